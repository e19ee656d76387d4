"""erasing personal data, and an append-only audit trail

Revision ID: 0004_privacy
Revises: 0003_search_index
Create Date: 2026-12-01 09:00:00

Two nullable columns say when (UTC) and why (``retention`` or ``request``) a record's personal
data was erased; SQLite adds them in place, so the search index's triggers and rowids stay
(no batch rebuild, see 0003_search_index).

``audit_events`` records who looked at, printed, exported or erased residents' data: when,
what, the OS login and staff ID, which references — never the personal data itself. Triggers
make it append-only in the file itself, so no code path (nor a slip in a later one) can change
or delete an event.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_privacy"
down_revision: str | None = "0003_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("submissions", sa.Column("personal_data_erased_at", sa.DateTime(), nullable=True))
    op.add_column(
        "submissions",
        sa.Column("personal_data_erasure_reason", sa.String(length=20), nullable=True),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("staff_id", sa.String(length=100), nullable=False),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_events_no_{action.lower()} BEFORE {action} ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )


def downgrade() -> None:
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{action}")
    op.drop_index("ix_audit_events_occurred_at", table_name="audit_events")
    op.drop_table("audit_events")
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: a copy would drop the search
    # index's triggers and renumber the rows it is keyed by.
    op.drop_column("submissions", "personal_data_erasure_reason")
    op.drop_column("submissions", "personal_data_erased_at")
