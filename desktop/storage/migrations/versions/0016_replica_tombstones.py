"""replica tombstones: erasures that travel between replicas, and clients taken off a laptop

- replica_tombstones: one row per person erased on any replica (kind 'erasure': carried in bundles, so every
  replica erases the person and never takes the person's rows again), or taken off this caseload replica
  because they were reassigned to another keyworker (kind 'exclude': this replica only, never sent). A
  person's random id only: no name, reference or date of birth (docs/personal-data.md);
- replica_users: users added on the manager's store after this replica was made, as its bundles named them
  (id, user name, display name, role: no vault entry, no key). 'pending' until this replica's admin adds
  them here (they then get the same id, so records naming them apply); 'clash' when another user here has
  the name (audited once); 'added' after.

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
    op.create_table(
        "replica_users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("sender", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("replica_users")
    op.drop_index("ix_replica_tombstones_change_seq", table_name="replica_tombstones")
    op.drop_table("replica_tombstones")
