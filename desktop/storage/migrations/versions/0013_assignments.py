"""assignments: safety acknowledgements (who recorded what was done about a safety alert)

Keyworker assignments need no new column (people.keyworker_id, audited as person.assign); this revision adds
the table of safety acknowledgements: one row per action recorded, naming the assessments it covers.

Revision ID: 0013_assignments
Revises: 0009_trust
Create Date: 2026-12-03 07:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_assignments"
down_revision = "0009_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_actions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assessment_ids", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_safety_actions_person_id", "safety_actions", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_safety_actions_person_id", table_name="safety_actions")
    op.drop_table("safety_actions")
