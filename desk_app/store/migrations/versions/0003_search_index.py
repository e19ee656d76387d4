"""a trigram full-text index for the queue's search

Revision ID: 0003_search_index
Revises: 0002_sync_reason_message
Create Date: 2026-11-26 09:00:00

The queue searches four columns for any part of their text (a word, part of a reference, a
case number). A ``LIKE '%…%'`` reads every record: 1.4 s at a million records. An FTS5 table
with the ``trigram`` tokenizer finds substrings of three or more characters through an index,
folding case in every script (Å finds å), which SQLite's LIKE does only for A–Z.

The table is contentless (``content=''``): it stores the index only, not a second copy of the
text, and its rowid is a key we choose rather than the record's rowid:

    key = (whole seconds of received_at since 1970) << 30 | (submissions.rowid & (2^30 - 1))

so that FTS5's own "rowid descending" walk, which stops after the first few matches, is
"newest received first" — also for records imported with an old received time. The low bits
lead back to the record (``submissions`` has a text primary key, so its rowid is SQLite's
implicit one; VACUUM and the backup API keep it). Triggers keep the index in step with every
insert, delete and change of an indexed column; a contentless table must be told the old
values to forget them, which the triggers have.

A later migration that rebuilds ``submissions`` (Alembic's batch mode copies the table) drops
these triggers and renumbers the rows: it must call ``drop_search_index`` before and
``create_search_index`` after.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_search_index"
down_revision: str | None = "0002_sync_reason_message"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "reference, category, description, case_number"


def _key(row: str) -> str:
    # Keep in step with _SEARCH_KEY_SHIFT in desk_app/store/repository.py.
    return (
        f"((CAST(strftime('%s', {row}.received_at) AS INTEGER) << 30) | ({row}.rowid & 1073741823))"
    )


def _values(row: str) -> str:
    return ", ".join(f"{row}.{name.strip()}" for name in _COLUMNS.split(","))


def create_search_index() -> None:
    """Create the index, fill it from the records there are, and start the triggers."""
    # columnsize=0: no per-record token counts, which only ranking (bm25) would read.
    op.execute(
        f"CREATE VIRTUAL TABLE submission_search USING fts5({_COLUMNS}, content='', "
        "columnsize=0, tokenize='trigram case_sensitive 0')"
    )
    op.execute(
        f"INSERT INTO submission_search (rowid, {_COLUMNS}) "
        f"SELECT {_key('submissions')}, {_values('submissions')} FROM submissions"
    )
    # One merged segment instead of the dozens a bulk fill leaves: fewer b-trees per query.
    op.execute("INSERT INTO submission_search (submission_search) VALUES ('optimize')")
    forget_old = (
        f"INSERT INTO submission_search (submission_search, rowid, {_COLUMNS}) "
        f"VALUES ('delete', {_key('OLD')}, {_values('OLD')});"
    )
    index_new = (
        f"INSERT INTO submission_search (rowid, {_COLUMNS}) "
        f"VALUES ({_key('NEW')}, {_values('NEW')});"
    )
    op.execute(
        f"CREATE TRIGGER submission_search_insert AFTER INSERT ON submissions BEGIN {index_new} END"
    )
    op.execute(
        f"CREATE TRIGGER submission_search_delete AFTER DELETE ON submissions "
        f"BEGIN {forget_old} END"
    )
    # Only a change of what is indexed (or of the key) touches the index: sync bookkeeping
    # updates, the most frequent ones, cost nothing extra.
    op.execute(
        f"CREATE TRIGGER submission_search_update "
        f"AFTER UPDATE OF {_COLUMNS}, received_at ON submissions "
        f"BEGIN {forget_old} {index_new} END"
    )


def drop_search_index() -> None:
    """Remove the triggers and the index (the records themselves are untouched)."""
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS submission_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS submission_search")


def upgrade() -> None:
    create_search_index()


def downgrade() -> None:
    drop_search_index()
