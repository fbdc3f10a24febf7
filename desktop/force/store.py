"""Open the force's database and look after partners and sequence numbers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from cryptography import x509
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.sync import cert_pem, fingerprint, load_cert
from desktop.services.sync.manifest import utc_text

from .models import Base, PartnerRecord


class ForceStoreError(Exception):
    """A command cannot go ahead: unknown partner, duplicate name, bad certificate file."""


def engine_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (SQLAlchemy would otherwise look for psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class ForceStore:
    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(engine_url(url))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def add_partner(self, name: str, cert_data: bytes, now: datetime) -> PartnerRecord:
        try:
            cert = load_cert(cert_data)
        except ValueError:
            raise ForceStoreError("the file is not a certificate (PEM or DER)") from None
        name = name.strip()
        if not name:
            raise ForceStoreError("give the partner a name")
        with self.transaction() as session:
            if session.scalar(select(PartnerRecord).where(PartnerRecord.name == name)):
                raise ForceStoreError(f"a partner named {name!r} exists already")
            same = session.scalar(select(PartnerRecord).where(PartnerRecord.cert_sha256 == fingerprint(cert)))
            if same:
                raise ForceStoreError(f"this certificate is already pinned as {same.name!r}")
            row = PartnerRecord(name=name, cert_pem=cert_pem(cert).decode("ascii"),
                                cert_sha256=fingerprint(cert), added_at=utc_text(now), out_sequence=0)
            session.add(row)
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
