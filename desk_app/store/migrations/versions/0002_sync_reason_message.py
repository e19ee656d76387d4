"""keep why a record waits as a translatable message

Revision ID: 0002_sync_reason_message
Revises: 0001_initial
Create Date: 2026-11-25 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_sync_reason_message"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: SQLite adds it in place, existing records keep their English reason.
    op.add_column("submissions", sa.Column("sync_reason_message", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("sync_reason_message")
