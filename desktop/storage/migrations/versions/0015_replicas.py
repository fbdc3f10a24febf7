"""replicas: devices, per-field registers, replicated rows and conflicts (docs/replicas.md)

Every replicated table already has a UUID key and a row_version (storage.records.Tracked); what replicas add:

- replica_devices: this device (its RSA key, inside the encrypted database) and every peer device: name,
  certificate, the caseload it carries, revoked_at, and the per-peer bundle sequences and acknowledgements;
- replica_rows: one row per replicated record: the person it belongs to, the hash of its content when last seen,
  its append version (append-only kinds) and its place in the local change log (change_seq);
- replica_registers: one row per replicated field: the values it holds with the writes that made them;
- replica_conflicts: a field changed on two replicas to different values: both values, both devices, who
  resolved it and when.

Revision ID: 0015_replicas
Revises: 0012_contracts
Create Date: 2026-12-03 11:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_replicas"
down_revision = "0012_contracts"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "replica_devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        *_tracked(),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("key_pem", sa.Text(), nullable=True),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("is_manager", sa.Boolean(), nullable=False),
        sa.Column("caseload_user_id", sa.String(length=36), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=80), nullable=True),
        sa.Column("out_sequence", sa.Integer(), nullable=False),
        sa.Column("out_last_sha256", sa.String(length=64), nullable=True),
        sa.Column("in_sequence", sa.Integer(), nullable=False),
        sa.Column("received_through", sa.Integer(), nullable=False),
        sa.Column("acked_through", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "replica_rows",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("append_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id"),
    )
    op.create_index("ix_replica_rows_change_seq", "replica_rows", ["change_seq"])
    op.create_index("ix_replica_rows_person_id", "replica_rows", ["person_id"])
    op.create_table(
        "replica_registers",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("state_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", "field"),
    )
    op.create_table(
        "replica_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        *_tracked(),
        sa.Column("conflict_key", sa.Text(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("devices_json", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_by", sa.String(length=80), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conflict_key"),
    )


def downgrade() -> None:
    op.drop_table("replica_conflicts")
    op.drop_table("replica_registers")
    op.drop_index("ix_replica_rows_person_id", table_name="replica_rows")
    op.drop_index("ix_replica_rows_change_seq", table_name="replica_rows")
    op.drop_table("replica_rows")
    op.drop_table("replica_devices")
