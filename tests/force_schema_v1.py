"""FROZEN: the force store's schema as the first release made it with create_all (desktop/force/models.py at
d1cfaae). Used only to build a store "made by the previous release" for the upgrade tests; never change it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class PartnerRecord(Base):
    """A provider whose certificate the force pinned after checking its fingerprint."""

    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    cert_pem: Mapped[str] = mapped_column(Text)
    cert_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[str] = mapped_column(String(20))
    out_sequence: Mapped[int] = mapped_column(Integer, default=0)  # last sequence number sent to them
    out_last_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReceivedBundleRecord(Base):
    __tablename__ = "received_bundles"
    __table_args__ = (UniqueConstraint("partner_id", "sequence"),)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[str] = mapped_column(String(20))
    record_count: Mapped[int] = mapped_column(Integer)
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SentBundleRecord(Base):
    __tablename__ = "sent_bundles"
    __table_args__ = (UniqueConstraint("partner_id", "sequence"),)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))  # referral | ack
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(20))
    acked_at: Mapped[str | None] = mapped_column(String(20), nullable=True)


class ReferralRecord(Base):
    """A referral the force made: the force owns these facts."""

    __tablename__ = "referrals"
    __table_args__ = (UniqueConstraint("partner_id", "force_reference"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    force_reference: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    sent_in: Mapped[str] = mapped_column(String(36))
    withdrawn_on: Mapped[str | None] = mapped_column(String(10), nullable=True)


class ProviderRecord(Base):
    """A record the provider owns (return, contract state, condition status, attendance): latest version."""

    __tablename__ = "provider_records"
    __table_args__ = (Index("ix_provider_records_referral", "partner_id", "referral_id"),)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    force_reference: Mapped[str | None] = mapped_column(String(100), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    bundle_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str | None] = mapped_column(
        String(200), nullable=True
    )  # a return's PDF, under returns/


class ConflictRecord(Base):
    """Something a bundle said that the force's own records contradict: shown, never silently applied."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    bundle_id: Mapped[str] = mapped_column(String(36))
    record_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(300))
