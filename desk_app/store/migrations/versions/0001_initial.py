"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-25 12:04:51.044466
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("site_id", sa.String(length=100), nullable=False),
        sa.Column("site_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("occurred_utc_offset_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sa.Text(), nullable=False),
        sa.Column("reporter_email", sa.Text(), nullable=False),
        sa.Column("reporter_phone", sa.Text(), nullable=False),
        sa.Column("reporter_postal_address", sa.Text(), nullable=False),
        sa.Column("preferred_contact", sa.String(length=10), nullable=True),
        sa.Column("wants_reply", sa.Boolean(), nullable=False),
        sa.Column("on_behalf_relation", sa.String(length=20), nullable=True),
        sa.Column("on_behalf_note", sa.Text(), nullable=False),
        sa.Column("privacy_notice_given", sa.Boolean(), nullable=False),
        sa.Column("contact_ok", sa.Boolean(), nullable=False),
        sa.Column("staff_id", sa.String(length=100), nullable=False),
        sa.Column("staff_display_name", sa.String(length=200), nullable=False),
        sa.Column("sync_state", sa.String(length=20), nullable=False),
        sa.Column("sync_reason", sa.Text(), nullable=False),
        sa.Column("sync_attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.Column("case_number", sa.String(length=50), nullable=False),
        sa.Column("case_status", sa.String(length=20), nullable=False),
        sa.Column("case_status_text", sa.Text(), nullable=False),
        sa.Column("ack_due", sa.DateTime(), nullable=True),
        sa.Column("status_updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.create_index("ix_submissions_received_at", ["received_at"], unique=False)
        batch_op.create_index(
            "ix_submissions_sync_queue", ["sync_state", "received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_index("ix_submissions_sync_queue")
        batch_op.drop_index("ix_submissions_received_at")

    op.drop_table("submissions")
    op.drop_table("desk_meta")
