"""Alembic environment: always run by desktop.storage.migrate with an open connection in `attributes`."""

from __future__ import annotations

from alembic import context

from desktop.storage.records import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop.storage.migrate, which opens the encrypted store")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
