"""sync: our sync identity, partners (pinned force certificates), the bundle log and change tracking

Revision ID: 0004_sync
Revises: 0002_assessments
Create Date: 2026-11-26 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sync"
down_revision = "0002_assessments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("cert_sha256", sa.String(length=64), nullable=False),
        sa.Column("key_pem", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_partners",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("cert_sha256", sa.String(length=64), nullable=False),
        sa.Column("inbox", sa.Text(), nullable=False),
        sa.Column("outbox", sa.Text(), nullable=False),
        sa.Column("out_sequence", sa.Integer(), nullable=False),
        sa.Column("out_last_sha256", sa.String(length=64), nullable=True),
        sa.Column("in_last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cert_sha256"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "sync_bundles",
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("ack_result", sa.String(length=40), nullable=False),
        sa.Column("ack_conflicts_json", sa.Text(), nullable=False),
        sa.Column("result", sa.String(length=40), nullable=False),
        sa.Column("conflicts_json", sa.Text(), nullable=False),
        sa.Column("needs_ack", sa.Boolean(), nullable=False),
        sa.Column("ack_sent_in", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["sync_partners.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "direction", "bundle_id"),
        sa.UniqueConstraint("partner_id", "direction", "sequence"),
    )
    with op.batch_alter_table("sync_bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_bundles_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_bundles_sha256"), ["sha256"], unique=False)

    op.create_table(
        "sync_received_records",
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["sync_partners.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "record_id"),
    )
    with op.batch_alter_table("sync_received_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_received_records_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_sync_received_referral", ["partner_id", "referral_id"], unique=False)

    op.create_table(
        "sync_sent_records",
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("data_sha256", sa.String(length=64), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["sync_partners.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_sent_records")
    with op.batch_alter_table("sync_received_records", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_received_referral")
        batch_op.drop_index(batch_op.f("ix_sync_received_records_person_id"))

    op.drop_table("sync_received_records")
    with op.batch_alter_table("sync_bundles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_bundles_sha256"))
        batch_op.drop_index(batch_op.f("ix_sync_bundles_partner_id"))

    op.drop_table("sync_bundles")
    op.drop_table("sync_partners")
    op.drop_table("sync_identity")
