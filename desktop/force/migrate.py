"""The force store's schema migrations (Alembic, its own environment and version table), run on open.

A store made by the first release (create_all, no version table) is stamped 0001 and upgraded. On SQLite an
encrypted copy of the file is kept in DIR/backups/ first; on PostgreSQL the upgrade is one transaction, taken under
an advisory lock so two team members opening at once do not both run it (back the server up as usual).
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from .errors import ForceStoreError
from .keys import ForceKeys

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "force_alembic_version"
FIRST = "0001_force_initial"
_LOCK_ID = 0x43504D47  # "CPMG"


def alembic_config(keys: ForceKeys | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["force_keys"] = keys
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _revision(conn: Connection) -> str | None:
    rev = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()
    if rev is None and "partners" in inspect(conn).get_table_names():
        return "legacy"  # the first release: tables made by create_all
    return rev


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def _check_known(revision: str | None) -> None:
    if revision in (None, "legacy"):
        return
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise ForceStoreError(
            f"this force store was written by a newer version of Checkpoint Desk (schema "
            f"{revision}); install the newer version to open it"
        )


def _backup_sqlite(engine: Engine, backups: Path, revision: str, now: datetime) -> None:
    path = Path(str(engine.url.database))
    if not path.exists() or path.stat().st_size == 0:
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups.mkdir(mode=0o700, exist_ok=True)
    target = backups / f"force-{revision}-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, path.open("rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)


def upgrade(engine: Engine, keys: ForceKeys, backups: Path | None, now: datetime) -> tuple[str | None, str]:
    """Bring the schema to head; returns (revision before, head). Refuses a store newer than this release."""
    head = head_revision()
    before = current_revision(engine)
    _check_known(before)
    if before == head:
        return before, head
    if before is not None and backups is not None and engine.dialect.name == "sqlite":
        _backup_sqlite(engine, backups, before, now)
    cfg = alembic_config(keys)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:  # batch migrations rebuild tables that others reference: check the keys once, at the end
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                if not sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
                now_rev = _revision(conn)  # another process may have upgraded while we waited
                _check_known(now_rev)
                if now_rev != head:
                    cfg.attributes["connection"] = conn
                    if now_rev == "legacy":
                        command.stamp(cfg, FIRST)
                    command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise ForceStoreError(
                        "the upgrade would break a reference between tables; nothing was changed"
                    )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    return before, head
