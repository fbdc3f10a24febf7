"""returns truth: what a return needs to state facts as of its period's end

- appointments.absence_reason: an absence the keyworker accepted (illness with evidence, hospital, court,
  bereavement, "other: <text>"); it does not count against compliance and shows on the return.
- evidence.amount / evidence.status: what each dated entry added (hours, sessions) and the status it set, so a
  return can state a condition's progress and status as they stood on its period's last day. Rows written
  before this revision have neither; a return then shows their progress only when every entry falls inside
  its period, and otherwise leaves the figure off.

Revision ID: 0007_returns_truth
Revises: 0006_assessment_guard
Create Date: 2026-12-03 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_returns_truth'
down_revision = '0006_assessment_guard'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointments") as batch:
        batch.add_column(sa.Column("absence_reason", sa.String(300), nullable=False, server_default=""))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("amount", sa.Float(), nullable=True))
        batch.add_column(sa.Column("status", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("status")
        batch.drop_column("amount")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_column("absence_reason")
