"""contracts: counted condition targets, and the force's decision on a referral

- conditions.counts_kind: progress counted from attended sessions of one appointment kind; null for every
  condition already held (their progress stays as typed);
- referrals.decision / decided_on / decision_note: the force's decision after the contract (nfa, charge,
  other), as its bundle sent it; null until one arrives.

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
    op.add_column('referrals', sa.Column('decision', sa.String(length=20), nullable=True))
    op.add_column('referrals', sa.Column('decided_on', sa.Date(), nullable=True))
    op.add_column('referrals', sa.Column('decision_note', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('referrals') as batch:
        batch.drop_column('decision_note')
        batch.drop_column('decided_on')
        batch.drop_column('decision')
    with op.batch_alter_table('conditions') as batch:
        batch.drop_column('counts_kind')
