"""users, roles and the audit chain; sealed personal fields with blind indexes; reports queue; returns read queue;
column sizes that hold what the sync format allows on both engines

Moves each referral's person out of the `data` JSON into one AES-GCM token per field (with the keys the migration
runner passes in), and fills each provider record's received time from its bundle.

Revision ID: 0002_force_sealed
Revises: 0001_force_initial
Create Date: 2026-12-02 08:10:00
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002_force_sealed"
down_revision = "0001_force_initial"
branch_labels = None
depends_on = None

TIME = 40
PERSON_FIELDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_id",
    "phone",
    "email",
    "address",
    "preferred_language",
)


def upgrade() -> None:
    op.create_table(
        "force_settings",
        sa.Column("key", sa.String(50), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "force_users",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.String(TIME), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False),
    )
    op.create_table(
        "force_audit",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(TIME), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    with op.batch_alter_table("partners") as t:
        t.alter_column("added_at", type_=sa.String(TIME), existing_nullable=False)
        t.alter_column("out_sequence", type_=sa.BigInteger(), existing_nullable=False)
    with op.batch_alter_table("received_bundles") as t:
        t.alter_column("sequence", type_=sa.BigInteger(), existing_nullable=False)
        t.alter_column("created_at", type_=sa.String(TIME), existing_nullable=False)
        t.alter_column("received_at", type_=sa.String(TIME), existing_nullable=False)
        t.alter_column("record_count", type_=sa.BigInteger(), existing_nullable=False)
    with op.batch_alter_table("sent_bundles") as t:
        t.alter_column("sequence", type_=sa.BigInteger(), existing_nullable=False)
        t.alter_column("created_at", type_=sa.String(TIME), existing_nullable=False)
        t.alter_column("acked_at", type_=sa.String(TIME), existing_nullable=True)
    with op.batch_alter_table("referrals") as t:
        t.alter_column("version", type_=sa.BigInteger(), existing_nullable=False)
        for field in PERSON_FIELDS:
            t.add_column(sa.Column(field, sa.Text(), nullable=True))
        for field in ("last_name", "date_of_birth", "pnc_id"):
            t.add_column(sa.Column(f"{field}_index", sa.String(64), nullable=True))
            t.create_index(f"ix_referrals_{field}_index", [f"{field}_index"])
    with op.batch_alter_table("provider_records") as t:
        t.alter_column("version", type_=sa.BigInteger(), existing_nullable=False)
        t.alter_column("force_reference", type_=sa.Text(), existing_nullable=True)
        t.add_column(sa.Column("received_at", sa.String(TIME), nullable=True))
        t.add_column(sa.Column("read_at", sa.String(TIME), nullable=True))
        t.add_column(sa.Column("read_by", sa.String(100), nullable=True))
    with op.batch_alter_table("conflicts") as t:
        t.alter_column("reason", type_=sa.Text(), existing_nullable=False)
    op.create_table(
        "force_reports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("referral_id", sa.String(36), sa.ForeignKey("referrals.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("made_at", sa.String(TIME), nullable=False),
        sa.Column("made_by", sa.String(100), nullable=False),
        sa.Column("sent_in", sa.String(36), nullable=True),
    )
    op.create_index("ix_force_reports_partner_id", "force_reports", ["partner_id"])
    op.execute(
        "UPDATE provider_records SET received_at = (SELECT received_at FROM received_bundles "
        "WHERE received_bundles.bundle_id = provider_records.bundle_id)"
    )
    _seal_people()


def _seal_people() -> None:
    from desktop.force.people import seal_person  # the same sealing as new referrals get

    bind = op.get_bind()
    referrals = sa.table(
        "referrals",
        sa.column("id", sa.String),
        sa.column("data", sa.JSON),
        *(sa.column(f, sa.Text) for f in PERSON_FIELDS),
        *(sa.column(f"{f}_index", sa.String) for f in ("last_name", "date_of_birth", "pnc_id")),
    )
    rows = bind.execute(sa.select(referrals.c.id, referrals.c.data)).all()
    if not rows:
        return
    keys = op.get_context().config.attributes.get("force_keys")
    if keys is None:
        raise RuntimeError("sealing the referrals' personal fields needs the force's keys")
    for referral_id, data in rows:
        content: dict[str, Any] = json.loads(data) if isinstance(data, str) else dict(data)
        person = content.pop("person", None) or {}
        values = seal_person(keys, referral_id, person)
        bind.execute(referrals.update().where(referrals.c.id == referral_id).values(data=content, **values))


def downgrade() -> None:
    raise NotImplementedError(
        "the force's store is not downgraded: restore the backup made before the upgrade"
    )
