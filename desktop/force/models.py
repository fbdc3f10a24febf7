"""Tables of the force's store, the same on SQLite (SQLCipher) and PostgreSQL; changed only by migrations.

Column sizes follow what may reach them: values from a bundle get what the sync format allows (text up to 10,000
characters, times up to 40, counts and versions up to 2^53), so PostgreSQL never refuses what SQLite accepts;
the force's own inputs (references, names) are checked against `limits.py` before they reach the database.
Personal fields of a referral are AES-GCM tokens (see keys.py), found through keyed blind indexes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TIME = 40  # ISO 8601 UTC with fractions: the sync format's limit


class Base(DeclarativeBase):
    pass


class SettingRecord(Base):
    """store_id (ties the database to its vault), key_check, force name."""

    __tablename__ = "force_settings"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRecord(Base):
    """A member of the diversion team. The role is also sealed into their vault entry: the two must agree."""

    __tablename__ = "force_users"
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[str] = mapped_column(String(TIME))
    added_by: Mapped[str] = mapped_column(String(100))


class AuditRecord(Base):
    """The hash-chained log: each entry's hash covers its fields and the previous entry's hash."""

    __tablename__ = "force_audit"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(TIME))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PartnerRecord(Base):
    """A provider whose certificate the force pinned after checking its fingerprint."""

    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    cert_pem: Mapped[str] = mapped_column(Text)
    cert_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[str] = mapped_column(String(TIME))
    out_sequence: Mapped[int] = mapped_column(BigInteger, default=0)  # last sequence number sent to them
    out_last_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReceivedBundleRecord(Base):
    __tablename__ = "received_bundles"
    __table_args__ = (UniqueConstraint("partner_id", "sequence"),)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    sequence: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(TIME))
    received_at: Mapped[str] = mapped_column(String(TIME))
    record_count: Mapped[int] = mapped_column(BigInteger)
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SentBundleRecord(Base):
    __tablename__ = "sent_bundles"
    __table_args__ = (UniqueConstraint("partner_id", "sequence"),)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    sequence: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))  # referral | report | ack
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(TIME))
    acked_at: Mapped[str | None] = mapped_column(String(TIME), nullable=True)


class ReferralRecord(Base):
    """A referral the force made: the force owns these facts. `data` holds the referral without its person."""

    __tablename__ = "referrals"
    __table_args__ = (UniqueConstraint("partner_id", "force_reference"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    force_reference: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    sent_in: Mapped[str] = mapped_column(String(36))
    withdrawn_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # the person: AES-256-GCM tokens, one per field (None when the field was not given)
    first_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    date_of_birth: Mapped[str | None] = mapped_column(Text, nullable=True)
    pnc_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone: Mapped[str | None] = mapped_column(Text, nullable=True)
    email: Mapped[str | None] = mapped_column(Text, nullable=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    preferred_language: Mapped[str | None] = mapped_column(Text, nullable=True)
    # keyed blind indexes (HMAC-SHA-256) for look-ups by exact value
    last_name_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    date_of_birth_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    pnc_id_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)


class ReportRecord(Base):
    """News the force sends about a referral (reoffending, withdrawal, a correction): queued until a bundle
    to that provider carries it (`sent_in`)."""

    __tablename__ = "force_reports"
    id: Mapped[str] = mapped_column(
        String(36), primary_key=True
    )  # the record's ID (a correction: the referral's)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"))
    kind: Mapped[str] = mapped_column(String(20))  # reoffending | referral_withdrawn | correction
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # no personal field: a correction is rebuilt when sent
    made_at: Mapped[str] = mapped_column(String(TIME))
    made_by: Mapped[str] = mapped_column(String(100))
    sent_in: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ProviderRecord(Base):
    """A record the provider owns (return, contract state, condition status, attendance): latest version."""

    __tablename__ = "provider_records"
    __table_args__ = (Index("ix_provider_records_referral", "partner_id", "referral_id"),)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(BigInteger)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    force_reference: Mapped[str | None] = mapped_column(Text, nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    bundle_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str | None] = mapped_column(
        String(200), nullable=True
    )  # a return's PDF, under returns/
    received_at: Mapped[str | None] = mapped_column(String(TIME), nullable=True)
    read_at: Mapped[str | None] = mapped_column(String(TIME), nullable=True)  # a return: when someone read it
    read_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ConflictRecord(Base):
    """Something a bundle said that the force's own records contradict: shown, never silently applied."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    bundle_id: Mapped[str] = mapped_column(String(36))
    record_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
