"""the answers to an Open311 service's extra questions (its attributes)

Revision ID: 0009_open311_attributes
Revises: 0008_ratings
Create Date: 2026-11-26 04:00:00

One nullable text column on submissions holding the worker's answers as JSON
(``{"pole_number": "12", "hazards": ["cyclists"]}``). NULL in every record made before it, and
in records of categories that ask nothing. SQLite adds it in place, so the search index's
triggers and rowids stay (no batch rebuild, see 0003_search_index); nothing is copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_open311_attributes"
down_revision: str | None = "0008_ratings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("submissions", sa.Column("open311_attributes", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: see 0006_policy_fields.
    op.drop_column("submissions", "open311_attributes")
