"""workers who sign in with a PIN on a shared OS account

Revision ID: 0007_desk_workers
Revises: 0004_privacy
Create Date: 2026-11-26 01:00:00

``desk_workers`` holds each worker's ID, display name and the argon2id hash of their PIN
(never the PIN), with the count and time of wrong tries so that the wait between tries
survives a restart. A new table: nothing existing is copied or changed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_desk_workers"
down_revision: str | None = "0006_policy_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_workers",
        sa.Column("worker_id", sa.String(length=100), primary_key=True),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=False),
        sa.Column("failed_tries", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("pin_set_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("desk_workers")
