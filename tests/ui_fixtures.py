"""Fixtures for the GUI shell and caseload tests: real encrypted stores, built once per module.

A pytest plugin (tests/conftest.py lists it in `pytest_plugins`): a test names these fixtures as arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentOutcome,
    ComplianceAssessment,
    ComplianceLevel,
    Consent,
    ContractState,
    EligibilityAnswer,
    Person,
    Reason,
    Referral,
    Role,
    default_conditions,
)
from desktop.domain.case import CaseloadRow
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.runner import BackgroundRunner

SHELL_NOW = datetime(2026, 11, 26, 11, 0)
SHELL_PASS = "shell test passphrase"


def shell_clock() -> datetime:
    return SHELL_NOW


@dataclass(frozen=True)
class ShellStore:
    """A store with admin, manager, and keyworkers alex and sam, each with their own people."""

    folder: Path
    recovery_key: str
    alex_people: tuple[str, ...]  # names
    sam_people: tuple[str, ...]


def _add(
    store: CaseStore,
    first: str,
    last: str,
    ref: str,
    keyworker_id: str,
    signed_days_ago: int | None,
    missed: int = 0,
) -> None:
    person = Person(first, last, date(1991, 3, 4), ref, keyworker_id)
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    referral = Referral(
        person.id,
        "Northshire Police",
        "PC 99 Dale",
        "Possession (class B)",
        SHELL_NOW.date() - timedelta(days=200),
        SHELL_NOW.date() - timedelta(days=199),
        answers,
    )
    store.cases.add_referral(person, referral, Consent(person.id))
    if signed_days_ago is None:
        return
    store.cases.sign_contract(
        person.id, SHELL_NOW.date() - timedelta(days=signed_days_ago), default_conditions("")
    )
    for i in range(missed):
        appt = store.cases.schedule_appointment(
            Appointment(person.id, SHELL_NOW - timedelta(days=7 * (missed - i)), with_whom="keyworker")
        )
        store.cases.record_outcome(appt, AppointmentOutcome.DID_NOT_ATTEND, "")
    store.cases.schedule_appointment(Appointment(person.id, SHELL_NOW + timedelta(days=2, hours=3)))


def build_shell_store(folder: Path) -> ShellStore:
    store, recovery = CaseStore.create(folder, "admin", SHELL_PASS, "Ada Admin", clock=shell_clock)
    try:
        store.add_user("manager", "Morgan Manager", Role.MANAGER, SHELL_PASS)
        alex = store.add_user("alex", "Alex Carter", Role.KEYWORKER, SHELL_PASS)
        sam = store.add_user("sam", "Sam Okafor", Role.KEYWORKER, SHELL_PASS)
        _add(store, "Aaron", "Atkinson", "NS/26/100001", alex.id, 9)
        _add(store, "Bethany", "Bell", "NS/26/100002", alex.id, 100, missed=2)  # at risk
        _add(store, "Callum", "Carr", "NS/26/100003", alex.id, None)  # referred, no contract
        _add(store, "Danielle", "Dobson", "NS/26/200001", sam.id, 40, missed=3)  # not complying
        _add(store, "Ellis", "Elliott", "NS/26/200002", sam.id, 115)  # ends within 14 days
    finally:
        store.close()
    return ShellStore(
        folder,
        recovery,
        ("Aaron Atkinson", "Bethany Bell", "Callum Carr"),
        ("Danielle Dobson", "Ellis Elliott"),
    )


@pytest.fixture(scope="module")
def shell_store(tmp_path_factory: pytest.TempPathFactory) -> ShellStore:
    return build_shell_store(tmp_path_factory.mktemp("shell") / "store")


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)


@pytest.fixture
def runner(qtbot: object) -> Iterator[BackgroundRunner]:
    r = BackgroundRunner()
    yield r
    r.shutdown()


@pytest.fixture
def open_as(shell_store: ShellStore, runner: BackgroundRunner) -> Iterator[Callable[[str], AppContext]]:
    """`open_as("alex")` → an AppContext on the shell store signed in as that user (closed after the test)."""
    opened: list[CaseStore] = []

    def make(username: str) -> AppContext:
        store = CaseStore.open(shell_store.folder, username, SHELL_PASS, clock=shell_clock)
        opened.append(store)
        return build_context(store, runner, shell_clock)

    yield make
    runner.shutdown()
    for store in opened:
        store.close()


def make_row(
    name: str,
    *,
    state: ContractState | None = ContractState.ACTIVE,
    day: int = 10,
    length: int = 122,
    level: ComplianceLevel = ComplianceLevel.ON_TRACK,
    met: int = 1,
    total: int = 5,
    next_at: datetime | None = None,
    last_at: datetime | None = None,
    keyworker: str = "Alex Carter",
    person_id: str | None = None,
    reasons: tuple[str, ...] = (),
) -> CaseloadRow:
    """A caseload row without any store, for model and proxy tests."""
    assessment = ComplianceAssessment(level, tuple(Reason(level, "test", {"text": r}) for r in reasons))
    return CaseloadRow(
        person_id or name.lower().replace(" ", "-"),
        name,
        f"REF/{name[:3].upper()}",
        keyworker,
        state,
        day,
        length,
        max(length - day, 0),
        next_at,
        last_at,
        met,
        total,
        assessment,
    )
