"""replica tombstones: erasures that travel between replicas, and clients taken off a laptop

- replica_tombstones: one row per person erased on any replica (kind 'erasure': carried in bundles, so every
  replica erases the person and never takes the person's rows again), or taken off this caseload replica
  because they were reassigned to another keyworker (kind 'exclude': this replica only, never sent). A
  person's random id only: no name, reference or date of birth (docs/personal-data.md).

Revision ID: 0016_replica_tombstones
Revises: 0014_onward
Create Date: 2026-12-07 15:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_replica_tombstones"
down_revision = "0014_onward"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "replica_tombstones",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_index("ix_replica_tombstones_change_seq", "replica_tombstones", ["change_seq"])


def downgrade() -> None:
    op.drop_index("ix_replica_tombstones_change_seq", table_name="replica_tombstones")
    op.drop_table("replica_tombstones")
