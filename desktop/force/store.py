"""Open the force's database (SQLCipher file or PostgreSQL server) and look after partners and settings.

PostgreSQL credentials never travel on a command line (where `ps` shows them): a URL holding a password is
refused; the password comes from libpq's password file (~/.pgpass, $PGPASSFILE or --db-passfile) or a service
file (--db-service, ~/.pg_service.conf or $PGSERVICEFILE).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from cryptography import x509
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.sync import cert_pem, fingerprint, load_cert
from desktop.services.sync.manifest import utc_text
from desktop.storage.engine import encrypted_engine

from . import audit
from .errors import ForceStoreError
from .keys import ForceKeys
from .limits import PARTNER_NAME, check_text
from .models import PartnerRecord, SettingRecord

__all__ = ["ForceStore", "ForceStoreError", "database_url", "engine_url", "partner_cert"]


def engine_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (SQLAlchemy would otherwise look for psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def database_url(
    db: str | None, default_sqlite: Path, *, service: str | None = None, passfile: Path | None = None
) -> URL:
    """The URL to open, from --db / $CHECKPOINT_FORCE_DB, --db-service and --db-passfile."""
    if service and db:
        raise ForceStoreError("give either --db or --db-service, not both")
    if service:
        url = URL.create("postgresql+psycopg", query={"service": service})
    elif db:
        try:
            url = make_url(engine_url(db))
        except ArgumentError:
            raise ForceStoreError("--db is not a database URL (postgresql://user@host/dbname)") from None
        if url.password is not None or "password" in url.query:
            raise ForceStoreError(
                "a password in the database URL shows in `ps` and shell history: put it in a "
                "password file (~/.pgpass or --db-passfile) or a service file (--db-service)"
            )
    else:
        url = URL.create("sqlite", database=str(default_sqlite.resolve()))
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ForceStoreError(f"unsupported database {url.get_backend_name()!r}: use SQLite or PostgreSQL")
    if passfile is not None:
        if url.get_backend_name() != "postgresql":
            raise ForceStoreError("--db-passfile is for PostgreSQL")
        if not passfile.is_file():
            raise ForceStoreError(f"no password file {passfile}")
        url = url.update_query_dict({"passfile": str(passfile.resolve())})
    return url


def _touch_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives -wal and -shm the same mode)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


def make_engine(url: URL, keys: ForceKeys) -> Engine:
    if url.get_backend_name() == "sqlite":
        if not url.database:
            raise ForceStoreError("an SQLite database needs a file")
        path = Path(url.database)
        _touch_private(path)
        return encrypted_engine(path, keys.sqlcipher_key)
    return create_engine(url, pool_pre_ping=True)


class ForceStore:
    def __init__(self, engine: Engine, keys: ForceKeys) -> None:
        self.engine = engine
        self.keys = keys
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    # -- settings -------------------------------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        with self._sessions() as session:
            row = session.get(SettingRecord, key)
            return None if row is None else row.value

    # -- partners -------------------------------------------------------------------------------------------
    def add_partner(self, name: str, cert_data: bytes, now: datetime, actor: str = "") -> PartnerRecord:
        try:
            cert = load_cert(cert_data)
        except ValueError:
            raise ForceStoreError("the file is not a certificate (PEM or DER)") from None
        name = check_text("the partner's name", name, PARTNER_NAME)
        with self.transaction() as session:
            if session.scalar(select(PartnerRecord).where(PartnerRecord.name == name)):
                raise ForceStoreError(f"a partner named {name!r} exists already")
            same = session.scalar(select(PartnerRecord).where(PartnerRecord.cert_sha256 == fingerprint(cert)))
            if same:
                raise ForceStoreError(f"this certificate is already pinned as {same.name!r}")
            row = PartnerRecord(
                name=name,
                cert_pem=cert_pem(cert).decode("ascii"),
                cert_sha256=fingerprint(cert),
                added_at=utc_text(now),
                out_sequence=0,
            )
            session.add(row)
            session.flush()
            audit.append(
                session, now, actor, "partner.add", "partner", str(row.id), f"sha256 {fingerprint(cert)}"
            )
        return row

    def partners(self) -> list[PartnerRecord]:
        with self._sessions() as session:
            return list(session.scalars(select(PartnerRecord).order_by(PartnerRecord.name)))

    def partner(self, name: str) -> PartnerRecord:
        with self._sessions() as session:
            row = session.scalar(select(PartnerRecord).where(PartnerRecord.name == name))
        if row is None:
            known = ", ".join(p.name for p in self.partners()) or "none yet"
            raise ForceStoreError(f"no partner named {name!r} (partners: {known})")
        return row


def partner_cert(row: PartnerRecord) -> x509.Certificate:
    return load_cert(row.cert_pem.encode("ascii"))
