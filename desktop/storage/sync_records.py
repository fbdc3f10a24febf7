"""ORM records of file-based sync with the force: our identity, partners, the bundle log, change tracking.

- `SyncIdentityRecord`: the organisation's RSA key and certificate. The key is kept (as PKCS#8 PEM) only here,
  inside the encrypted store; the certificate is public and is given to the force.
- `SyncPartnerRecord`: a force whose certificate we pinned after checking its fingerprint by phone, its
  inbox/outbox folders and the sequence numbers of our bundles to it.
- `SyncBundleRecord`: every bundle sent or received (the received ones are the "seen" IDs and sequences
  that refuse a replay); a sent one is marked when the force acknowledges it.
- `SyncSentRecord`: which version of which record went to which partner, so an export sends only changes.
- `SyncReceivedRecord`: the highest version of each of the force's records we hold (idempotent imports), the
  person it concerns, and whether it was applied, waits for its referral, or is a conflict for a person.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .records import Base, Tracked
from .types import UtcDateTime


class SyncIdentityRecord(Tracked, Base):
    __tablename__ = "sync_identity"
    name: Mapped[str] = mapped_column(String(200))
    cert_pem: Mapped[str] = mapped_column(Text)
    cert_sha256: Mapped[str] = mapped_column(String(64))
    key_pem: Mapped[str] = mapped_column(Text)  # unencrypted PKCS#8: the store itself is the encryption


class SyncPartnerRecord(Tracked, Base):
    __tablename__ = "sync_partners"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    cert_pem: Mapped[str] = mapped_column(Text)
    cert_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    inbox: Mapped[str] = mapped_column(Text, default="")
    outbox: Mapped[str] = mapped_column(Text, default="")
    out_sequence: Mapped[int] = mapped_column(Integer, default=0)  # last sequence number we sent to them
    out_last_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    in_last_sequence: Mapped[int] = mapped_column(Integer, default=0)  # highest sequence received from them
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SyncBundleRecord(Tracked, Base):
    """direction: 'sent' or 'received'. Times are naive UTC."""

    __tablename__ = "sync_bundles"
    __table_args__ = (
        UniqueConstraint("partner_id", "direction", "bundle_id"),
        UniqueConstraint("partner_id", "direction", "sequence"),
    )
    partner_id: Mapped[str] = mapped_column(ForeignKey("sync_partners.id"), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    bundle_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # sent or applied
    file_name: Mapped[str] = mapped_column(String(260), default="")
    # sent bundles: the force's acknowledgement
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ack_result: Mapped[str] = mapped_column(String(40), default="")
    ack_conflicts_json: Mapped[str] = mapped_column(Text, default="[]")
    # received bundles: our result, and the bundle that carried our acknowledgement (None: still to send)
    result: Mapped[str] = mapped_column(String(40), default="")
    conflicts_json: Mapped[str] = mapped_column(Text, default="[]")
    needs_ack: Mapped[bool] = mapped_column(default=False)
    ack_sent_in: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SyncSentRecord(Tracked, Base):
    """The version of one of our records last sent to a partner (`record_version`) and its content hash."""

    __tablename__ = "sync_sent_records"
    __table_args__ = (UniqueConstraint("partner_id", "record_id"),)
    partner_id: Mapped[str] = mapped_column(ForeignKey("sync_partners.id"))
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    record_version: Mapped[int] = mapped_column(Integer)
    data_sha256: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[str] = mapped_column(String(36))


class SyncReceivedRecord(Tracked, Base):
    """One of the force's records, at the highest version received. state: applied | pending | conflict."""

    __tablename__ = "sync_received_records"
    __table_args__ = (
        UniqueConstraint("partner_id", "record_id"),
        Index("ix_sync_received_referral", "partner_id", "referral_id"),
    )
    partner_id: Mapped[str] = mapped_column(ForeignKey("sync_partners.id"))
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    record_version: Mapped[int] = mapped_column(Integer)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the force's referral ID
    person_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    data_json: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="applied")
    reason: Mapped[str] = mapped_column(Text, default="")
