"""corrections and erasures of delivered records, waiting to reach the case system

Revision ID: 0010_case_requests
Revises: 0009_open311_attributes
Create Date: 2026-11-26 04:00:00

A small outbox of its own (feature ``personal-data-1.1``): one row per correction or erasure
of a record the case system holds, with its own ID (the request's idempotency key), its state
and back-off, and, for a correction, the new contact details until they are delivered (then
blanked). Nothing existing is copied or changed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_case_requests"
down_revision: str | None = "0009_open311_attributes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_requests",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_case_requests_state", "case_requests", ["state", "created_at"])
    op.create_index("ix_case_requests_reference", "case_requests", ["reference"])


def downgrade() -> None:
    op.drop_index("ix_case_requests_reference", table_name="case_requests")
    op.drop_index("ix_case_requests_state", table_name="case_requests")
    op.drop_table("case_requests")
