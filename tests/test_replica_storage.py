"""Migrations 0015_replicas and 0016_replica_tombstones build the tables the records describe, and goes down and up again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from store_fixtures import make_store

import desktop.storage.replica_records  # noqa: F401 - the replica tables in Base.metadata
from desktop.storage import migrate
from desktop.storage.records import Base

TABLES = (
    "replica_devices",
    "replica_rows",
    "replica_registers",
    "replica_conflicts",
    "replica_tombstones",
    "replica_users",
)


def _tables(store) -> set[str]:
    with store.engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}


def test_the_migration_matches_the_records_and_reverses(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    try:
        assert (
            migrate.current_revision(store.engine) == migrate.head_revision()
        )  # the head follows 0015_replicas
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diff if "replica_" in repr(d)] == []
        assert set(TABLES) <= _tables(store)
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0012_contracts")
        assert not set(TABLES) & _tables(store)
        migrate.upgrade(store.engine)
        assert set(TABLES) <= _tables(store)
    finally:
        store.close()
