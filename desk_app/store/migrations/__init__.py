"""Alembic migrations of the desk database (run by store.database at start-up)."""
