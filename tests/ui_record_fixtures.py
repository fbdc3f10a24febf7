"""Fixtures for the record, dialog and diary tests: one real encrypted store per module, people added per test.

A pytest plugin (tests/conftest.py lists it in `pytest_plugins`): a test names these fixtures as arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.app.root import build_context
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
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.runner import BackgroundRunner

NOW = datetime(2026, 11, 26, 11, 0)  # a Thursday, late morning
PASSPHRASE = "correct horse battery staple"


def fixed_clock() -> datetime:
    return NOW


def eligible_answers() -> tuple[EligibilityAnswer, ...]:
    return tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)


def add_person(
    store: CaseStore,
    first: str = "Jordan",
    last: str = "Smith",
    *,
    keyworker_id: str | None = None,
    signed_days_ago: int | None = 30,
    reference: str = "",
) -> Person:
    """A referred person; with `signed_days_ago` set, an active contract on the default template too."""
    person = Person(
        first,
        last,
        date(1990, 5, 17),
        reference or f"DUR/{first[:3].upper()}{last[:3].upper()}/26",
        keyworker_id=keyworker_id,
        pnc_id="26/123456X",
    )
    referral = Referral(
        person.id,
        "Durham Constabulary",
        "PC 1234 Example",
        "Possession of a class B drug",
        NOW.date() - timedelta(days=40),
        NOW.date() - timedelta(days=35),
        eligible_answers(),
    )
    person = store.cases.add_referral(person, referral, Consent(person.id, recorded_on=NOW.date()))
    if signed_days_ago is not None:
        store.cases.sign_contract(
            person.id, NOW.date() - timedelta(days=signed_days_ago), default_conditions("")
        )
    return person


def add_session(
    store: CaseStore,
    person_id: str,
    days_from_now: float,
    outcome: AppointmentOutcome | None = None,
    with_whom: str = "Alex Keyworker",
) -> Appointment:
    appt = store.cases.schedule_appointment(
        Appointment(
            person_id,
            (NOW + timedelta(days=days_from_now)).replace(second=0, microsecond=0),
            with_whom=with_whom,
        )
    )
    if outcome is not None:
        appt = store.cases.record_outcome(appt, outcome, "")
    return appt


@pytest.fixture(scope="module")
def record_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    """An encrypted store (admin + keyworker 'alex'), shared by one test module; tests add their own people."""
    folder: Path = tmp_path_factory.mktemp("record") / "store"
    store, _recovery = CaseStore.create(folder, "admin", PASSPHRASE, "Ada Admin", clock=fixed_clock)
    store.add_user("alex", "Alex Keyworker", Role.KEYWORKER, PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def ctx(qapp: object, record_store: CaseStore) -> Iterator[AppContext]:
    runner = BackgroundRunner()
    yield build_context(record_store, runner, fixed_clock)
    runner.shutdown()


@pytest.fixture
def person_factory(record_store: CaseStore) -> Callable[..., Person]:
    def make(*args: object, **kwargs: object) -> Person:
        return add_person(record_store, *args, **kwargs)  # type: ignore[arg-type]

    return make
