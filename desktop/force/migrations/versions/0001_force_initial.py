"""the force's store as the first release made it with create_all (no alembic version table)

A store without a version table but with these tables is stamped at this revision and upgraded from here.

Revision ID: 0001_force_initial
Revises:
Create Date: 2026-12-02 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_force_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("cert_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("added_at", sa.String(20), nullable=False),
        sa.Column("out_sequence", sa.Integer(), nullable=False),
        sa.Column("out_last_sha256", sa.String(64), nullable=True),
    )
    op.create_table(
        "received_bundles",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("previous_sha256", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("received_at", sa.String(20), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("ack_bundle_id", sa.String(36), nullable=True),
        sa.UniqueConstraint("partner_id", "sequence"),
    )
    op.create_table(
        "sent_bundles",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("acked_at", sa.String(20), nullable=True),
        sa.UniqueConstraint("partner_id", "sequence"),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("force_reference", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("sent_in", sa.String(36), nullable=False),
        sa.Column("withdrawn_on", sa.String(10), nullable=True),
        sa.UniqueConstraint("partner_id", "force_reference"),
    )
    op.create_table(
        "provider_records",
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), primary_key=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(36), nullable=True),
        sa.Column("force_reference", sa.String(100), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=True),
    )
    op.create_index("ix_provider_records_referral", "provider_records", ["partner_id", "referral_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("partner_id", sa.Integer(), sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "conflicts",
        "provider_records",
        "referrals",
        "sent_bundles",
        "received_bundles",
        "partners",
    ):
        op.drop_table(table)
