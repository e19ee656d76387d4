"""the policy's fields: who gives the feedback, the unit it concerns, referral, urgency

Revision ID: 0006_policy_fields
Revises: 0004_privacy
Create Date: 2026-12-02 09:00:00

Contract 1.1 (feature ``intake-1.1``). Six nullable columns: records made before them say
nothing about these matters, and NULL keeps that apart from a choice made (an urgent record
whose reason was erased keeps ``urgent_reason = ''``). SQLite adds them in place, so the
search index's triggers and rowids stay (no batch rebuild, see 0003_search_index).

A partial index finds the urgent records not yet delivered, which head the queue until they
are: it holds only those, so it costs nothing for the rest.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_policy_fields"
down_revision: str | None = "0005_deadline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("submitter_type", sa.String(length=20)),
    ("concerns_unit", sa.String(length=100)),
    ("concerns_provider", sa.Text()),
    ("referral_to", sa.String(length=30)),
    ("referral_note", sa.Text()),
    ("urgent_reason", sa.Text()),
)


_URGENT_WAITING = "urgent_reason IS NOT NULL AND sync_state != 'synced'"


def upgrade() -> None:
    for name, type_ in _COLUMNS:
        op.add_column("submissions", sa.Column(name, type_, nullable=True))
    op.create_index(
        "ix_submissions_urgent_waiting",
        "submissions",
        ["received_at"],
        sqlite_where=sa.text(_URGENT_WAITING),
    )


def downgrade() -> None:
    op.drop_index("ix_submissions_urgent_waiting", table_name="submissions")
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: a copy would drop the search
    # index's triggers and renumber the rows it is keyed by.
    for name, _type in reversed(_COLUMNS):
        op.drop_column("submissions", name)
