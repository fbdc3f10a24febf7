"""contracts: counted condition targets, and the force's decision on a referral

- conditions.counts_kind: progress counted from attended sessions of one appointment kind; null for every
  condition already held (their progress stays as typed);
- referrals.decision / decided_on / decision_note: the force's decision after the contract (nfa, charge,
  other), as its bundle sent it; null until one arrives;
- contracts.paused_on and the contract_variations table: variations of a signed contract with their reasons;
- contract_scans: scans of signed paper contracts, inside the encrypted database.

Revision ID: 0012_contracts
Revises: 0010_demographics
Create Date: 2026-12-03 07:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_contracts"
down_revision = "0011_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("conditions", sa.Column("counts_kind", sa.String(length=40), nullable=True))
    op.add_column("referrals", sa.Column("decision", sa.String(length=20), nullable=True))
    op.add_column("referrals", sa.Column("decided_on", sa.Date(), nullable=True))
    op.add_column("referrals", sa.Column("decision_note", sa.Text(), nullable=False, server_default=""))
    op.add_column("contracts", sa.Column("paused_on", sa.Date(), nullable=True))
    op.create_table(
        "contract_variations",
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("condition_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contract_variations_contract_id", "contract_variations", ["contract_id"])
    op.create_table(
        "contract_scans",
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("attached_by", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contract_scans_contract_id", "contract_scans", ["contract_id"])


def downgrade() -> None:
    op.drop_index("ix_contract_scans_contract_id", table_name="contract_scans")
    op.drop_table("contract_scans")
    op.drop_index("ix_contract_variations_contract_id", table_name="contract_variations")
    op.drop_table("contract_variations")
    with op.batch_alter_table("contracts") as batch:
        batch.drop_column("paused_on")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("decision_note")
        batch.drop_column("decided_on")
        batch.drop_column("decision")
    with op.batch_alter_table("conditions") as batch:
        batch.drop_column("counts_kind")
