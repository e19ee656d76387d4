"""indexes that let the statistics count a long period without sorting it

Revision ID: 0011_statistics_indexes
Revises: 0010_case_requests
Create Date: 2026-11-26 05:30:00

One index per breakdown the statistics show (kind, category, unit, provider, channel,
submitter type), each led by that column and then the time received. The statistics count
each value's records in the period as a range of one index (store.statistics), so a year
of a million records is counted from the indexes alone, with no table look-ups and no
sorting of the period's rows. The ratings get one on (question, score, given_at) for the
same reason. Nothing existing is copied or changed; each save updates six
more small indexes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_statistics_indexes"
down_revision: str | None = "0010_case_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept in step with store.models.STATISTICS_INDEXES (a test compares the schema).
INDEXES = {
    "ix_submissions_kind_received": "kind",
    "ix_submissions_category_received": "category",
    "ix_submissions_unit_received": "concerns_unit",
    "ix_submissions_provider_received": "concerns_provider",
    "ix_submissions_channel_received": "channel",
    "ix_submissions_submitter_received": "submitter_type",
}


RATINGS_INDEX = "ix_ratings_question_score_given"


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "submissions", [column, "received_at"])
    op.create_index(RATINGS_INDEX, "ratings", ["question", "score", "given_at"])


def downgrade() -> None:
    op.drop_index(RATINGS_INDEX, table_name="ratings")
    for name in INDEXES:
        op.drop_index(name, table_name="submissions")
