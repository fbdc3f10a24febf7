"""assessment guard: a completed assessment is never changed or deleted, in the database too

The repository already refuses these writes; the triggers refuse them from any other path (a sync import, a
hand-edited copy opened with the key). A correction is a new row, so nothing legitimate updates a completed one.
A later batch_alter_table on `assessments` rebuilds the table and must create these triggers again.

Revision ID: 0006_assessment_guard
Revises: 0005_returns
Create Date: 2026-11-26 05:55:00
"""

from __future__ import annotations

from alembic import op

revision = "0006_assessment_guard"
down_revision = "0005_returns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE TRIGGER assessments_completed_never_change BEFORE UPDATE ON assessments
        WHEN OLD.completed = 1
        BEGIN SELECT RAISE(ABORT, 'a completed assessment is never changed: record a correction'); END
    """)
    op.execute("""
        CREATE TRIGGER assessments_completed_never_deleted BEFORE DELETE ON assessments
        WHEN OLD.completed = 1
        BEGIN SELECT RAISE(ABORT, 'a completed assessment is never deleted'); END
    """)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessments_completed_never_deleted")
    op.execute("DROP TRIGGER IF EXISTS assessments_completed_never_change")
