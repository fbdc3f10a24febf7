"""Each write of the UI's services says what it touched, and `AppContext.write` publishes exactly that, once,
before the caller sees the saved value. Real encrypted store, the root's real services, the real runner."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from store_fixtures import NOW, PASS, make_store, new_person

from desktop.app.root import build_context, build_services
from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    ConditionStatus,
    Evidence,
    Role,
    default_conditions,
)
from desktop.domain.changes import Changes, Written


@pytest.fixture
def store(tmp_path: Path):
    s = make_store(tmp_path / "store")
    yield s
    s.close()


def _case(pid: str) -> Changes:
    return Changes(people=frozenset([pid]), assessments=frozenset([pid]), returns=True)


def test_case_writes_name_the_person_and_what_else_may_differ(store) -> None:
    cases = build_services(store).cases
    added = cases.add_referral(*new_person("Iona", "Ivers", "DUR/9"))
    assert isinstance(added, Written) and added.changes == Changes.for_people([added.value.id])
    pid = added.value.id
    signed = cases.sign_contract(pid, date(2026, 11, 1), default_conditions(""), None, 6)
    assert signed.changes == _case(pid)  # the needs coverage and the returns due may differ too
    condition = cases.load_case(pid).conditions[0]
    evidence = Evidence(date(2026, 11, 20), "letter from the placement", "admin")
    changed = cases.change_condition_status(pid, condition, ConditionStatus.MET, evidence)
    assert changed.changes == _case(pid) and changed.value.status is ConditionStatus.MET
    booked = cases.schedule_appointment(Appointment(pid, NOW - timedelta(days=1)))
    assert booked.changes == _case(pid)
    seen = cases.record_outcome(booked.value, AppointmentOutcome.ATTENDED, "talked")
    assert seen.changes == Changes.for_people([pid], returns=True)  # assessments untouched by a session
    assert cases.load_case(pid).appointments[0].outcome is AppointmentOutcome.ATTENDED


def test_staff_writes_name_accounts_and_a_moved_caseload_names_everyone(store) -> None:
    services = build_services(store)
    kim = services.staff.add("kim", "Kim Keyworker", Role.KEYWORKER, PASS)
    jo = services.staff.add("jo", "Jo Keyworker", Role.KEYWORKER, PASS)
    assert kim.changes == Changes(staff=True)
    assert services.staff.reset_passphrase("kim", PASS + "-new") == Changes(staff=True)
    services.cases.add_referral(*new_person("Kai", "Kerr", "DUR/10", keyworker_id=kim.value.id))
    moved = services.staff.disable("kim", jo.value.id)
    assert len(moved.value) == 1
    assert moved.changes == Changes(all_people=True, staff=True, returns=True)


def test_ctx_write_publishes_the_changes_once_then_hands_on_the_value(qtbot, store, runner) -> None:
    ctx = build_context(store, runner)
    published: list[Changes] = []
    ctx.changes.changed.connect(published.append)
    got: list[object] = []
    person, referral, consent = new_person("Wyn", "Wade", "DUR/11")
    with qtbot.waitSignal(ctx.changes.changed, timeout=5_000):
        ctx.write(lambda: ctx.services.cases.add_referral(person, referral, consent), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert published == [Changes.for_people([got[0].id])]  # type: ignore[attr-defined]
    assert got[0].full_name == "Wyn Wade"  # type: ignore[attr-defined]
    done: list[object] = []
    ctx.write(lambda: 42, done.append)  # an answer that is no Changes publishes nothing
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert done == [42] and len(published) == 1
