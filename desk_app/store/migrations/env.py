"""Alembic environment: runs on the connection the desk hands over (see store.database)."""

from alembic import context

from desk_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that.
)
with context.begin_transaction():
    context.run_migrations()
