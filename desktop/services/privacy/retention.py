"""The retention schedule in use (the shipped defaults, or an admin's copy in the store) and its plan."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain import Role
from desktop.domain.retention import DueItem, PersonFacts, Schedule, due_for_erasure, parse_schedule
from desktop.resources import resource
from desktop.storage import privacy as db
from desktop.storage.store import BACKUP_DIR, CaseStore

from .erasure import erase

SETTING = "retention.schedule"


@dataclass(frozen=True, slots=True)
class Plan:
    people: list[DueItem]
    backups: list[tuple[Path, date]]  # automatic backups past their period, with the day they were made

    @property
    def erasable(self) -> list[DueItem]:
        return [d for d in self.people if not d.held]


def default_schedule_text() -> str:
    return resource("retention", "schedule.json").read_text(encoding="utf-8")


def load_schedule(store: CaseStore) -> Schedule:
    raw = store.setting(SETTING) or default_schedule_text()
    return parse_schedule(json.loads(raw))


def set_schedule(store: CaseStore, raw: str) -> Schedule:
    """Replace the store's schedule (admin): checked whole before anything is saved."""
    store.require_role(Role.ADMIN)
    try:
        schedule = parse_schedule(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise ValueError(f"the schedule is not JSON (line {exc.lineno}: {exc.msg})") from None
    store.set_setting(SETTING, raw)
    return schedule


def set_tell_force(store: CaseStore, on: bool) -> None:
    """Whether an erasure is sent to the force in the next bundle (the data-sharing agreement decides; admin)."""
    store.require_role(Role.ADMIN)
    store.set_setting(db.TELL_FORCE, "yes" if on else "no")


def _d(v: object) -> date | None:
    return date.fromisoformat(str(v)[:10]) if v else None


def plan(store: CaseStore, today: date) -> Plan:
    db.require_erasure_role(store)
    schedule = load_schedule(store)
    facts = [
        PersonFacts(str(pid), str(ref), state, _d(closed), _d(last))
        for pid, ref, state, closed, last in db.retention_facts(store)
    ]
    people = due_for_erasure(facts, schedule, today, db.held_ids(store))
    backups: list[tuple[Path, date]] = []
    rule = schedule.rule("pre_migration_backup")
    if rule is not None and rule.erase:
        for f in sorted((store.folder / BACKUP_DIR).glob("cases-before-*.db")):
            made = _backup_date(f)
            if made is not None and rule.due_on(made) <= today:
                backups.append((f, made))
    return Plan(people, backups)


def _backup_date(path: Path) -> date | None:
    try:
        return datetime.strptime(path.stem.removeprefix("cases-before-")[:8], "%Y%m%d").date()
    except ValueError:
        return None


def apply(store: CaseStore, the_plan: Plan) -> tuple[int, int]:
    """Erase everyone due and not held, and delete old automatic backups. Returns (people, files)."""
    people = 0
    try:
        for item in the_plan.erasable:
            if db.holds(store, item.person_id):
                continue  # held since the plan was shown: kept, as the hold says
            erase(store, item.person_id, item.why, rule=f"retention:{item.kind}", vacuum=False)
            people += 1
    finally:
        if people:
            db.compact(store)  # once for the batch: secure_delete already zeroed each freed page
    files = 0
    for f, made in the_plan.backups:
        f.unlink(missing_ok=True)
        files += 1
        store.record_event("backup.expire", "store", detail=f"{f.name} made {made.isoformat()}")
    return people, files
