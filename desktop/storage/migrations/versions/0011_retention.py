"""retention: legal holds, and the old values of corrected personal details

- legal_holds: one row per active hold (the person, why, who placed it and when). Removing a hold deletes its
  row; the audit log keeps both events.
- person_history: the value a person's detail had before an edit (rectification), kept off screen. It is a
  table and not the audit entry's detail so that an erasure can still remove it: the audit entry names only
  the fields and this row's id, and chained entries are never edited.

- erasure_notices: erasures to tell a partner in its next bundle (the partner's referral id only), when the
  data-sharing agreement asks for it (setting `privacy.tell_force_of_erasures`).

No existing table is rebuilt, so the returns and assessments triggers stay in place.

Revision ID: 0011_retention
Revises: 0010_demographics
Create Date: 2026-12-03 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_retention"
down_revision = "0013_assignments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by", sa.String(length=80), nullable=False),
        sa.Column("placed_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_legal_holds_person_id", "legal_holds", ["person_id"], unique=False)
    op.create_table(
        "person_history",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("old_values_json", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("changed_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_history_person_id", "person_history", ["person_id"], unique=False)
    op.create_table(
        "erasure_notices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("erased_on", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("erasure_notices")
    op.drop_index("ix_person_history_person_id", table_name="person_history")
    op.drop_table("person_history")
    op.drop_index("ix_legal_holds_person_id", table_name="legal_holds")
    op.drop_table("legal_holds")
