"""The fast caseload query (aggregates for the shown times, appointments read only where compliance reads them,
conditions built only for contracts it judges) gives the same rows as rows built from whole cases: on a larger
demo service, at several moments (before, during and after most contracts), for a keyworker's own caseload and
for a chosen few (`only`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from store_fixtures import NOW, PASS

from desktop.domain import ComplianceLevel, ContractState, caseload_row
from desktop.services.demo import create_demo_store
from desktop.storage.store import CaseStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("caseload") / "demo"
    create_demo_store(folder, people=90, seed=7, passphrase=PASS, now=NOW)
    return folder


def _slow(store, now, only=None):
    names = {u.id: u.display_name for u in store.users()}
    return {
        c.person.id: caseload_row(c, names.get(c.person.keyworker_id or "", "unassigned"), now)
        for c in store.cases.load_cases(only)
    }


@pytest.mark.parametrize("shift_days", [-120, -30, 0, 0.5, 45, 400])
def test_fast_rows_equal_rows_from_whole_cases_at_several_moments(demo, shift_days):
    now = NOW + timedelta(days=shift_days)
    with CaseStore.open(demo, "manager", PASS, clock=lambda: now) as store:
        fast = store.cases.caseload(now)
        slow = _slow(store, now)
    assert {r.person_id: r for r in fast} == slow
    assert len(fast) == 90
    if shift_days == 0:  # the demo's own day has every level and contract state, so every path ran
        assert {r.compliance.level for r in fast} == set(ComplianceLevel)
        states = {r.state for r in fast}
        assert {ContractState.ACTIVE, ContractState.OFFERED} <= states
        assert any(s is not None and s.is_terminal for s in states)
        assert any(r.next_appointment for r in fast) and any(r.last_attendance for r in fast)


def test_fast_rows_equal_for_a_keyworker_and_for_a_chosen_few(demo):
    with CaseStore.open(demo, "alex", PASS, clock=lambda: NOW) as store:
        mine = store.cases.caseload(NOW)
        assert {r.person_id: r for r in mine} == _slow(store, NOW)
        assert 0 < len(mine) < 90
        few = [r.person_id for r in mine[::3]]
        assert {r.person_id: r for r in store.cases.caseload(NOW, few)} == _slow(store, NOW, few)


def test_rows_come_most_serious_first_then_by_name(demo):
    with CaseStore.open(demo, "manager", PASS, clock=lambda: NOW) as store:
        rows = store.cases.caseload(NOW)
    keys = [(-r.compliance.level.rank, r.name.lower()) for r in rows]
    assert keys == sorted(keys)


def test_times_at_the_very_moment_and_without_a_contract(tmp_path):
    """An appointment planned exactly now is the next one; one attended exactly now is the last attended; a
    person with no contract (whose appointments compliance never reads) still shows both."""
    from store_fixtures import make_store, new_person

    from desktop.domain import Appointment, AppointmentOutcome

    with make_store(tmp_path / "s") as store:
        a = store.cases.add_referral(*new_person("Ann", "Now", "NS/1"))
        b = store.cases.add_referral(*new_person("Ben", "Then", "NS/2"))
        store.cases.schedule_appointment(Appointment(a.id, NOW))
        store.cases.schedule_appointment(Appointment(a.id, NOW + timedelta(days=7)))
        past = store.cases.schedule_appointment(Appointment(b.id, NOW - timedelta(days=3)))
        store.cases.record_outcome(past, AppointmentOutcome.ATTENDED, "")
        at_now = store.cases.schedule_appointment(Appointment(b.id, NOW))
        store.cases.record_outcome(at_now, AppointmentOutcome.LATE, "")
        store.cases.schedule_appointment(Appointment(b.id, NOW - timedelta(days=1)))  # past, never recorded
        rows = {r.person_id: r for r in store.cases.caseload(NOW)}
        assert rows == _slow(store, NOW)
    assert rows[a.id].state is None and rows[a.id].next_appointment == NOW
    assert rows[b.id].last_attendance == NOW and rows[b.id].next_appointment is None
