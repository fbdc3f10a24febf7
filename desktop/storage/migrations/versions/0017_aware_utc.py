"""aware UTC: the timestamps that were written in local time are converted to UTC

Until now `assessments.completed_at` and `safety_actions.recorded_at` were written from the store's clock,
which read this machine's local time; every other timestamp column already held UTC. The code now writes
them in UTC (`storage/types.py` `UtcDateTime`), so the values already held are converted here.

A stored naive value says nothing about its zone; it is taken to be in **this machine's local zone at
migration time** (with that zone's summer time rule for its own date), which is the zone it was written in
unless the machine's zone was changed since. The stored text keeps its form (`YYYY-MM-DD HH:MM:SS.ffffff`).
A completed assessment is never changed (trigger `assessments_completed_never_change`): the trigger is dropped
for the conversion and created again, as it was, in the same transaction. Downgrade converts back.

Revision ID: 0017_aware_utc
Revises: 0014_onward
Create Date: 2026-12-07 15:50:00
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from alembic import op
from sqlalchemy import text

revision = "0017_aware_utc"
down_revision = "0014_onward"
branch_labels = None
depends_on = None

COLUMNS = (("assessments", "completed_at"), ("safety_actions", "recorded_at"))
GUARDED = {"assessments": ("assessments_completed_never_change",)}


def _local_to_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)  # a naive moment is local time to astimezone


def _utc_to_local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _convert(change: Callable[[datetime], datetime]) -> None:
    conn = op.get_bind()
    for table, column in COLUMNS:
        triggers = [
            (name, sql)
            for name in GUARDED.get(table, ())
            for (sql,) in conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": name}
            )
        ]
        for name, _sql in triggers:
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        rows = conn.execute(text(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')).all()
        update = text(f'UPDATE "{table}" SET "{column}" = :v WHERE id = :id')
        for row_id, value in rows:
            moment = change(datetime.fromisoformat(str(value)))
            conn.execute(update, {"v": moment.isoformat(sep=" ", timespec="microseconds"), "id": row_id})
        for _name, sql in triggers:
            conn.execute(text(sql))


def upgrade() -> None:
    _convert(_local_to_utc)


def downgrade() -> None:
    _convert(_utc_to_local)
