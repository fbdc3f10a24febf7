"""The diary: today / this week across the caseload, missed ones flagged in words, outcomes recorded from it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from ui_record_fixtures import NOW, PASSPHRASE, add_person, add_session, fixed_clock

from desktop.app.root import build_context
from desktop.domain import AppointmentOutcome, Role
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.diary import DiaryView, diary_range
from desktop.ui.runner import BackgroundRunner


@pytest.fixture(scope="module")
def diary_people(record_store):
    """This week (Mon 23 – Sun 29 Nov): a missed one Monday, one this morning with no outcome, one this
    afternoon, one tomorrow; and one last week and one next week that must not show. Alex's person is his."""
    alex = next(u for u in record_store.users() if u.username == "alex")
    mine = add_person(record_store, "Morgan", "Missed", keyworker_id=alex.id, signed_days_ago=20)
    other = add_person(record_store, "Olly", "Other", signed_days_ago=20)
    add_session(record_store, mine.id, -3, AppointmentOutcome.DID_NOT_ATTEND)  # Mon 23
    add_session(record_store, other.id, -2 / 24)  # today 09:00, no outcome yet
    add_session(record_store, mine.id, 4 / 24)  # today 15:00
    add_session(record_store, other.id, 1)  # tomorrow
    add_session(record_store, other.id, -7, AppointmentOutcome.ATTENDED)  # last week
    add_session(record_store, mine.id, 7)  # next week
    return mine, other


@pytest.fixture
def open_diary(qtbot, ctx, diary_people):
    def make(context: AppContext = ctx) -> DiaryView:
        view = DiaryView(context)
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        qtbot.waitSignal(view.loaded, timeout=5000).wait()
        qtbot.waitUntil(lambda: view.summary.text() != "")
        return view

    return make


def test_diary_range_today_and_week() -> None:
    assert diary_range(date(2026, 11, 26), week=False)[0].date() == date(2026, 11, 26)
    start, end = diary_range(date(2026, 11, 26), week=True)
    assert (start.date(), end.date()) == (date(2026, 11, 23), date(2026, 11, 30))


def test_today_flags_the_past_one_without_an_outcome(qtbot, open_diary) -> None:
    view = open_diary()
    assert not view.showing_week
    assert view.proxy.rowCount() == 2
    assert view.flagged_rows() == [("Olly Other", "Past: no outcome recorded")]
    assert view.summary.text() == "2 appointments · 0 missed · 1 past without an outcome"


def test_week_flags_the_missed_one_too(qtbot, open_diary) -> None:
    view = open_diary()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.week_radio, Qt.MouseButton.LeftButton)
    assert view.showing_week and view.proxy.rowCount() == 4
    assert view.flagged_rows() == [("Morgan Missed", "Missed"), ("Olly Other", "Past: no outcome recorded")]
    assert view.range_label.text() == "Week of Mon 23 Nov to Sun 29 Nov 2026"
    view.only_flagged.setChecked(True)
    assert view.proxy.rowCount() == 2


def test_record_an_outcome_from_the_diary(qtbot, open_diary, diary_people, record_store) -> None:
    _mine, other = diary_people
    view = open_diary()
    overdue = next(
        a
        for a in record_store.cases.load_case(other.id).appointments
        if a.outcome is None and a.planned_at < NOW
    )
    view.select_appointment(overdue.id)
    dlg = view.record_outcome()
    assert dlg is not None and dlg.appointment.id == overdue.id
    dlg.set_outcome(AppointmentOutcome.LATE)
    with qtbot.waitSignal(view.session_recorded, timeout=5000) as recorded:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert recorded.args == [other.id]
    assert dlg.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: view.flagged_rows() == [])
    assert "0 past without an outcome" in view.summary.text()


def test_open_record_emits_person_activated(qtbot, open_diary) -> None:
    view = open_diary()
    with qtbot.waitSignal(view.person_activated, timeout=1000) as activated:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert activated.args[0] == view.selected()[1].id


def test_a_keyworker_sees_only_their_own_people(qtbot, tmp_path) -> None:
    folder = tmp_path / "store"
    admin, _key = CaseStore.create(folder, "admin", PASSPHRASE, "Ada Admin", clock=fixed_clock)
    alex = admin.add_user("alex", "Alex Keyworker", Role.KEYWORKER, PASSPHRASE)
    add_session(admin, add_person(admin, "Mine", "Person", keyworker_id=alex.id).id, 1 / 24)
    add_session(admin, add_person(admin, "Someone", "Else").id, 2 / 24)
    admin.close()
    alex_store = CaseStore.open(folder, "alex", PASSPHRASE, clock=fixed_clock)
    runner = BackgroundRunner()
    try:
        view = DiaryView(build_context(alex_store, runner, fixed_clock))
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=5000):
            view.show()
        names = [
            view.proxy.data(view.proxy.index(r, view.model.column_of("person")))
            for r in range(view.proxy.rowCount())
        ]
        assert names == ["Mine Person"]
    finally:
        runner.shutdown()
        alex_store.close()
