"""returns truth: what a return needs to state facts as of its period's end

- appointments.absence_reason: an absence the keyworker accepted (illness with evidence, hospital, court,
  bereavement, "other: <text>"); it does not count against compliance and shows on the return.
- evidence.amount / evidence.status: what each dated entry added (hours, sessions) and the status it set, so a
  return can state a condition's progress and status as they stood on its period's last day. Rows written
  before this revision have neither; a return then shows their progress only when every entry falls inside
  its period, and otherwise leaves the figure off.
- returns.withdrawn_reason: why a draft left the queue unsigned (state "withdrawn"), e.g. a non-compliance
  notice for someone who re-engaged before it was signed.

Columns are added with plain ALTER TABLE (no table rebuild), so the returns table's triggers stay in place.

Revision ID: 0007_returns_truth
Revises: 0006_assessment_guard
Create Date: 2026-12-03 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_returns_truth"
down_revision = "0006_assessment_guard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "appointments", sa.Column("absence_reason", sa.String(300), nullable=False, server_default="")
    )
    op.add_column("evidence", sa.Column("amount", sa.Float(), nullable=True))
    op.add_column("evidence", sa.Column("status", sa.String(40), nullable=True))
    op.add_column("returns", sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # returns.withdrawn_reason stays: dropping it would rebuild the table and lose its signed-return triggers,
    # and an extra column with a default is harmless to the older code.
    op.execute("UPDATE returns SET state = 'draft' WHERE state = 'withdrawn'")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("status")
        batch.drop_column("amount")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_column("absence_reason")
