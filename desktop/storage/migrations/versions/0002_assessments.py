"""assessments: administrations of instruments (needs assessments, PHQ-9, AUDIT...)

Revision ID: 0002_assessments
Revises: 0001
Create Date: 2026-11-26 05:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_assessments"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("instrument_id", sa.String(length=80), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("administered_on", sa.Date(), nullable=False),
        sa.Column("administered_by", sa.String(length=36), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("band_id", sa.String(length=80), nullable=True),
        sa.Column("flag_ids", sa.Text(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["assessments.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessments_supersedes"), ["supersedes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_supersedes"))
        batch_op.drop_index(batch_op.f("ix_assessments_person_id"))

    op.drop_table("assessments")
