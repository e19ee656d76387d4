"""the ratings' period index leads with the visit after the time, so visits count unsorted

Revision ID: 0012_rating_visits_index
Revises: 0011_statistics_indexes
Create Date: 2026-11-26 06:40:00

The statistics count the visits rated in a period. With the period index ordered (given_at,
question, score, visit_id), counting distinct visits sorted every answer of the period in a
temporary b-tree: most of a year's count at a million records. A visit's answers share one
given_at (they are saved together), so ordered (given_at, visit_id, …) each visit is one run
of the index and is counted as it streams by (store.statistics). Same columns, same size.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_rating_visits_index"
down_revision: str | None = "0011_statistics_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_ratings_given_at"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="ratings")
    op.create_index(INDEX, "ratings", ["given_at", "visit_id", "question", "score"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="ratings")
    op.create_index(INDEX, "ratings", ["given_at", "question", "score", "visit_id"])
