"""demographics: sex and ethnicity on people, for the reports commissioners compare services by

Both default to 'not_recorded' for everyone already in the store (nobody asked them yet), which reports show
apart from 'prefer_not_to_say'. Age is not stored: its band is worked out from the date of birth.

Revision ID: 0010_demographics
Revises: 0006_assessment_guard
Create Date: 2026-12-03 06:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_demographics"
down_revision = "0007_returns_truth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "people", sa.Column("sex", sa.String(length=30), nullable=False, server_default="not_recorded")
    )
    op.add_column(
        "people", sa.Column("ethnicity", sa.String(length=40), nullable=False, server_default="not_recorded")
    )


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("ethnicity")
        batch.drop_column("sex")
