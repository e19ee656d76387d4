"""visitors' ratings of the service at the desk

Revision ID: 0008_ratings
Revises: 0007_desk_workers
Create Date: 2026-11-26 04:00:00

A new table, one row per answer as the contract's ``POST /ratings:batch`` sends them (feature
``ratings``): the visit it belongs to, the question and its 1-5 score, an optional comment,
the staff ID only where the site allows it, and the same sync bookkeeping as submissions.
Indexed by time (covering the statistics' scans) and by state (the outbox). Nothing
existing is copied or changed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_ratings"
down_revision: str | None = "0007_desk_workers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ratings",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("site_id", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("question", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=100), nullable=True),
        sa.Column("submission_id", sa.String(length=36), nullable=True),
        sa.Column("sync_state", sa.String(length=20), nullable=False),
        sa.Column("sync_reason", sa.Text(), nullable=False),
        sa.Column("sync_attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_ratings_given_at", "ratings", ["given_at", "question", "score", "visit_id"])
    op.create_index("ix_ratings_sync_queue", "ratings", ["sync_state", "given_at"])


def downgrade() -> None:
    op.drop_index("ix_ratings_sync_queue", table_name="ratings")
    op.drop_index("ix_ratings_given_at", table_name="ratings")
    op.drop_table("ratings")
