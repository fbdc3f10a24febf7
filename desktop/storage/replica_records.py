"""ORM records of the replica tables (migrations 0015_replicas, 0016_replica_tombstones; docs/replicas.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .records import Base, Tracked
from .types import UtcDateTime


class ReplicaDeviceRecord(Tracked, Base):
    """A device holding a replica: this one (is_self, with its key) or a peer. Sequences are per peer."""

    __tablename__ = "replica_devices"
    name: Mapped[str] = mapped_column(String(200))
    cert_pem: Mapped[str] = mapped_column(Text)
    key_pem: Mapped[str | None] = mapped_column(Text, nullable=True)  # this device only; inside SQLCipher
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    caseload_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    out_sequence: Mapped[int] = mapped_column(Integer, default=0)  # last bundle sent to this peer
    out_last_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    in_sequence: Mapped[int] = mapped_column(Integer, default=0)  # last bundle applied from this peer
    received_through: Mapped[int] = mapped_column(Integer, default=0)  # its change log, as far as we hold it
    acked_through: Mapped[int] = mapped_column(Integer, default=0)  # our change log, as far as it holds it
    counter: Mapped[int] = mapped_column(Integer, default=0)  # this device: last write counter (dots)
    change_seq: Mapped[int] = mapped_column(Integer, default=0)  # this device: last change log position


class ReplicaRowRecord(Base):
    __tablename__ = "replica_rows"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    row_hash: Mapped[str] = mapped_column(String(64))
    append_version: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_replica_rows_change_seq", "change_seq"),
        Index("ix_replica_rows_person_id", "person_id"),
    )


class ReplicaRegisterRecord(Base):
    __tablename__ = "replica_registers"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    state_json: Mapped[str] = mapped_column(Text)


class ReplicaConflictRecord(Tracked, Base):
    __tablename__ = "replica_conflicts"
    conflict_key: Mapped[str] = mapped_column(Text)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    values_json: Mapped[str] = mapped_column(Text)
    devices_json: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (UniqueConstraint("conflict_key"),)


class ReplicaTombstoneRecord(Base):
    """A person erased on some replica ('erasure', travels) or taken off this caseload replica ('exclude')."""

    __tablename__ = "replica_tombstones"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    origin_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    change_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ix_replica_tombstones_change_seq", "change_seq"),)


class ReplicaUserRecord(Base):
    """A user added on the manager's store after this replica was made: pending, clash or added here."""

    __tablename__ = "replica_users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(80))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    sender: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
