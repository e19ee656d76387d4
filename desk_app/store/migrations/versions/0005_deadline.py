"""store each record's first-response deadline

Revision ID: 0005_deadline
Revises: 0004_privacy
Create Date: 2026-12-02 09:00:00

``first_response_due`` (UTC, nullable) is the end of the desk's own first-response promise,
counted when the record is saved; NULL where no reply is promised. SQLite adds it in place,
so the search index's triggers and rowids stay (no batch rebuild, see 0003_search_index), and
the index's update trigger, which watches other columns, is not fired by the backfill.

Existing records are backfilled by the policy's default rule — two calendar days, the end of
the day in this computer's local time — and only where a reply was asked for and the chosen
way of contact has an address or number. Why the default and not the site's settings: a
migration runs where no settings are read (``open_store`` knows only the file), and the rule is
written here once, frozen, so that a later change to the desk's code cannot change what this
upgrade did. A site that counts working days sees the receipts' dates (printed from the
settings) a day or two later than the queue's for records saved before the upgrade; the case
system's ``ack_due`` replaces either once a record is delivered.
"""

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0005_deadline"
down_revision: str | None = "0004_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEFAULT_DAYS = 2  # the policy's wording: a first response within two (calendar) days
_BATCH = 5_000


def _end_of_promise(received_at: datetime) -> datetime:
    """The end of the default promise for a record received at ``received_at`` (naive UTC,
    as stored), as naive UTC again."""
    local_day = received_at.replace(tzinfo=UTC).astimezone().date()
    midnight = datetime.combine(local_day + timedelta(days=_DEFAULT_DAYS + 1), time())
    return midnight.astimezone().astimezone(UTC).replace(tzinfo=None)


def upgrade() -> None:
    op.add_column("submissions", sa.Column("first_response_due", sa.DateTime(), nullable=True))
    connection = op.get_bind()
    records = sa.table(
        "submissions",
        sa.column("id", sa.String()),
        sa.column("received_at", sa.DateTime()),
        sa.column("anonymous", sa.Boolean()),
        sa.column("wants_reply", sa.Boolean()),
        sa.column("preferred_contact", sa.String()),
        sa.column("reporter_email", sa.Text()),
        sa.column("reporter_phone", sa.Text()),
        sa.column("reporter_postal_address", sa.Text()),
        sa.column("first_response_due", sa.DateTime()),
    )
    query = sa.select(
        records.c.id,
        records.c.received_at,
        records.c.preferred_contact,
        records.c.reporter_email,
        records.c.reporter_phone,
        records.c.reporter_postal_address,
    ).where(records.c.wants_reply.is_(True), records.c.anonymous.is_(False))
    update = (
        sa.update(records)
        .where(records.c.id == sa.bindparam("record_id"))
        .values(first_response_due=sa.bindparam("due"))
    )
    rows = connection.execute(query).fetchall()
    promised = []
    for row in rows:
        detail = {
            "email": row.reporter_email,
            "phone": row.reporter_phone,
            "letter": row.reporter_postal_address,
        }.get(row.preferred_contact or "")
        # The rule of domain.deadline.reply_possible: a way to reach the person, not blank.
        if detail and detail.strip():
            promised.append({"record_id": row.id, "due": _end_of_promise(row.received_at)})
    for start in range(0, len(promised), _BATCH):
        connection.execute(update, promised[start : start + _BATCH])


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: see 0004_privacy.
    op.drop_column("submissions", "first_response_due")
