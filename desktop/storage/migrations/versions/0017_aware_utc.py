"""aware UTC: the timestamps that were written in local time are converted to UTC

Until now `assessments.completed_at`, `safety_actions.recorded_at` and `person_history.changed_at` (ISO text)
were written from the store's clock, which read this machine's local time, and `legal_holds.placed_at` held
aware ISO text (`...+00:00`); every other timestamp column already held UTC. The code now writes them all in
the one form (`storage/types.py`: UTC, `YYYY-MM-DD HH:MM:SS.ffffff`), so the values already held are
converted here.

A stored naive value says nothing about its zone; it is taken to be in **this machine's local zone at
migration time** (with that zone's summer time rule for its own date), which is the zone it was written in
unless the machine's zone was changed since. A value with an offset is converted by its offset.
A completed assessment is never changed (trigger `assessments_completed_never_change`): the trigger is dropped
for the conversion and created again, as it was, in the same transaction. Downgrade converts back.

Revision ID: 0017_aware_utc
Revises: 0016_replica_tombstones
Create Date: 2026-12-07 15:50:00
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from alembic import op
from sqlalchemy import text

revision = "0017_aware_utc"
down_revision = "0016_replica_tombstones"
branch_labels = None
depends_on = None

# (table, column, the form the previous version wrote: "local" naive local DateTime text, "local_iso" naive
# local ISO text, "utc_iso" aware UTC ISO text)
COLUMNS = (
    ("assessments", "completed_at", "local"),
    ("safety_actions", "recorded_at", "local"),
    ("person_history", "changed_at", "local_iso"),
    ("legal_holds", "placed_at", "utc_iso"),
)
GUARDED = {"assessments": ("assessments_completed_never_change",)}


def _to_utc_text(value: str, _form: str) -> str:
    moment = datetime.fromisoformat(value).astimezone(UTC)  # a naive moment is local time to astimezone
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _to_old_form(value: str, form: str) -> str:
    moment = datetime.fromisoformat(value).replace(tzinfo=UTC)
    if form == "utc_iso":
        return moment.isoformat()
    local = moment.astimezone().replace(tzinfo=None)
    return local.isoformat() if form == "local_iso" else local.isoformat(sep=" ", timespec="microseconds")


def _convert(change: Callable[[str, str], str]) -> None:
    conn = op.get_bind()
    for table, column, form in COLUMNS:
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
            conn.execute(update, {"v": change(str(value), form), "id": row_id})
        for _name, sql in triggers:
            conn.execute(text(sql))


def upgrade() -> None:
    _convert(_to_utc_text)


def downgrade() -> None:
    _convert(_to_old_form)
