"""A real encrypted store for the returns workflow tests: a manager, two keyworkers, three people at different
stages (a contract started in October, one older, one not complying now), and a small signing key.

Helpers, not fixtures: import the names you use (`from returns_store_fixtures import build_returns_store`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentOutcome,
    Consent,
    EligibilityAnswer,
    Person,
    Referral,
    Role,
    default_conditions,
)
from desktop.services.returns_workflow import ReturnWorkflow
from desktop.storage.store import CaseStore

RET_NOW = datetime(2026, 11, 26, 12, 0)
RET_PASS = "returns test passphrase"
ORGANISATION = "Northshire Recovery Partnership"


def ret_clock() -> datetime:
    return RET_NOW


@dataclass(frozen=True)
class ReturnsStore:
    folder: Path
    ids: dict[str, str]  # first name -> person ID


def _person(
    store: CaseStore,
    first: str,
    ref: str,
    keyworker_id: str,
    signed_on: date,
    outcomes: list[tuple[datetime, AppointmentOutcome | None]],
) -> str:
    person = Person(first, "Testcase", date(1990, 1, 2), ref, keyworker_id)
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    referral = Referral(
        person.id,
        "Northshire Police",
        "PC 12 Dale",
        "Possession (class B)",
        signed_on - timedelta(days=12),
        signed_on - timedelta(days=10),
        answers,
    )
    store.cases.add_referral(person, referral, Consent(person.id))
    store.cases.sign_contract(person.id, signed_on, default_conditions(""))
    for at, outcome in outcomes:
        appt = store.cases.schedule_appointment(Appointment(person.id, at, with_whom="keyworker"))
        if outcome is not None:
            store.cases.record_outcome(appt, outcome, "")
    return person.id


def build_returns_store(folder: Path) -> ReturnsStore:
    store, _ = CaseStore.create(folder, "admin", RET_PASS, "Ada Admin", clock=ret_clock)
    try:
        store.set_setting("organisation", ORGANISATION)
        store.add_user("manager", "Morgan Reid", Role.MANAGER, RET_PASS)
        alex = store.add_user("alex", "Alex Carter", Role.KEYWORKER, RET_PASS)
        sam = store.add_user("sam", "Sam Okafor", Role.KEYWORKER, RET_PASS)
        att, dna = AppointmentOutcome.ATTENDED, AppointmentOutcome.DID_NOT_ATTEND
        ids = {
            "Olivia": _person(
                store,
                "Olivia",
                "NS/26/300001",
                alex.id,
                date(2026, 10, 5),
                [
                    (datetime(2026, 10, 12, 10), att),
                    (datetime(2026, 10, 26, 10), att),
                    (datetime(2026, 11, 9, 10), att),
                ],
            ),
            "Noah": _person(
                store,
                "Noah",
                "NS/26/300002",
                sam.id,
                date(2026, 10, 20),
                [
                    (datetime(2026, 10, 27, 10), att),
                    (datetime(2026, 11, 3, 10), dna),
                    (datetime(2026, 11, 10, 10), dna),
                    (datetime(2026, 11, 17, 10), dna),
                ],
            ),
        }
        ReturnWorkflow(store).create_self_signed(now=RET_NOW, key_size=2048)
    finally:
        store.close()
    return ReturnsStore(folder, ids)


def copy_store(template: ReturnsStore, folder: Path) -> ReturnsStore:
    """A private copy of a built store (building costs a few Argon2id unlocks)."""
    shutil.copytree(template.folder, folder)
    for lock in folder.glob("*.lock"):
        lock.unlink()
    return ReturnsStore(folder, template.ids)


def open_as(rs: ReturnsStore, username: str) -> CaseStore:
    return CaseStore.open(rs.folder, username, RET_PASS, clock=ret_clock)
