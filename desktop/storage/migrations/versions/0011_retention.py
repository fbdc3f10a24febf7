"""retention: legal holds that keep a person's data whatever the retention schedule says

One row per active hold (the person, why, who placed it and when). Removing a hold deletes its row; the audit
log keeps both events. No existing table is rebuilt, so the returns and assessments triggers stay in place.

Revision ID: 0011_retention
Revises: 0010_demographics
Create Date: 2026-12-03 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_retention'
down_revision = '0010_demographics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('legal_holds',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('placed_by', sa.String(length=80), nullable=False),
    sa.Column('placed_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_legal_holds_person_id', 'legal_holds', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_legal_holds_person_id', table_name='legal_holds')
    op.drop_table('legal_holds')
