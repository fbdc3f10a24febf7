"""contracts: a condition's progress can be counted from attended sessions of one appointment kind

Null for every condition already held: their progress stays as typed.

Revision ID: 0012_contracts
Revises: 0010_demographics
Create Date: 2026-12-03 07:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_contracts'
down_revision = '0010_demographics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('conditions', sa.Column('counts_kind', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conditions') as batch:
        batch.drop_column('counts_kind')
