"""SQLAlchemy ORM records: the tables of the case store. Domain objects live in desktop.domain, not here."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .clock import utcnow as utcnow  # re-exported: the column defaults' clock, kept importable here
from .types import UtcDateTime


class Base(DeclarativeBase):
    pass


class Tracked:
    """UUID key, timestamps and a row version on every record: what sync needs to settle who changed what."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)


class UserRecord(Tracked, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonRecord(Tracked, Base):
    __tablename__ = "people"
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[date] = mapped_column(Date)
    force_reference: Mapped[str] = mapped_column(String(100), index=True)
    pnc_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_language: Mapped[str] = mapped_column(String(40), default="English")
    keyworker_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    sex: Mapped[str] = mapped_column(String(30), default="not_recorded", server_default="not_recorded")
    ethnicity: Mapped[str] = mapped_column(String(40), default="not_recorded", server_default="not_recorded")
    gender_identity: Mapped[str] = mapped_column(
        String(30), default="not_recorded", server_default="not_recorded"
    )
    disability: Mapped[str] = mapped_column(String(30), default="not_recorded", server_default="not_recorded")
    gp_practice: Mapped[str] = mapped_column(String(200), default="", server_default="")
    emergency_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    emergency_phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    emergency_relationship: Mapped[str] = mapped_column(String(200), default="", server_default="")


class ReferralRecord(Tracked, Base):
    __tablename__ = "referrals"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    force: Mapped[str] = mapped_column(String(200))
    officer: Mapped[str] = mapped_column(String(200))
    offence: Mapped[str] = mapped_column(Text)
    offence_date: Mapped[date] = mapped_column(Date)
    referral_date: Mapped[date] = mapped_column(Date)
    eligibility_json: Mapped[str] = mapped_column(Text, default="[]")
    decision: Mapped[str | None] = mapped_column(
        String(20), nullable=True
    )  # the force's: nfa | charge | other
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class ConsentRecord(Tracked, Base):
    __tablename__ = "consents"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), unique=True)
    police_sharing: Mapped[str] = mapped_column(String(40))
    national_reporting: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sharing_agreement_ref: Mapped[str] = mapped_column(String(100), default="")


class ContractRecord(Tracked, Base):
    __tablename__ = "contracts"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    state: Mapped[str] = mapped_column(String(40))
    offered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    paused_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # paused since (variations)


class VariationRecord(Tracked, Base):
    """A variation of a signed contract (desktop.domain.variations): what changed, when, why and by whom."""

    __tablename__ = "contract_variations"
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    condition_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")


class ContractScanRecord(Tracked, Base):
    """A scan of the signed paper contract, kept inside the encrypted database (never as a loose file)."""

    __tablename__ = "contract_scans"
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    attached_by: Mapped[str] = mapped_column(String(80), default="")


class ConditionRecord(Tracked, Base):
    __tablename__ = "conditions"
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(40), default="")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(40))
    pathway: Mapped[str | None] = mapped_column(String(40), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    counts_kind: Mapped[str | None] = mapped_column(
        String(40), nullable=True
    )  # progress from attended sessions


class EvidenceRecord(Tracked, Base):
    __tablename__ = "evidence"
    condition_id: Mapped[str] = mapped_column(ForeignKey("conditions.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)  # progress this entry added
    status: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the status this entry set


class AppointmentRecord(Tracked, Base):
    __tablename__ = "appointments"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    planned_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    outcome: Mapped[str | None] = mapped_column(String(40), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    absence_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")


class AuditRecord(Base):
    """Append-only. `hash` = SHA-256 over the previous hash and this entry's canonical content."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    person_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str | None] = mapped_column(String(80), nullable=True, default=None)
    signature: Mapped[str | None] = mapped_column(
        String(100), nullable=True, default=None
    )  # Ed25519 over hash

    __table_args__ = (Index("ix_audit_person", "person_id", "seq"),)


class SettingRecord(Base):
    """Store-wide settings (organisation name, idle lock minutes, ...) as text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


from . import assessment_records as _assessment_records  # noqa: E402,F401
from . import onward_records as _onward_records  # noqa: E402,F401
from . import return_records as _return_records  # noqa: E402,F401
from . import safety as _safety  # noqa: E402,F401
from . import sync_records as _sync_records  # noqa: E402,F401
