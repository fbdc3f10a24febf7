"""Alembic environment of the force's store (separate from the provider's): run by desktop.force.migrate with an
open connection, and the force's keys for migrations that move data, in `attributes`."""

from __future__ import annotations

from alembic import context

from desktop.force.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the force's migrations through desktop.force.migrate, which opens the store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    version_table="force_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
