"""Keyworker journeys through real input: Ctrl+R on a person offers the most recent past session awaiting an
outcome (record a missed appointment with a reason), else a walk-in session happening now."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_fixtures import SHELL_NOW, SHELL_PASS, _add, build_shell_store, shell_clock
from ui_input import click, press, type_into

from desktop.app.root import build_context
from desktop.domain import Appointment, AppointmentOutcome
from desktop.storage.store import CaseStore
from desktop.ui.dialogs.session import RecordSessionDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def sessions_store(tmp_path_factory):
    shell = build_shell_store(tmp_path_factory.mktemp("sessions") / "store")
    store = CaseStore.open(shell.folder, "admin", SHELL_PASS, clock=shell_clock)
    try:
        alex = next(u for u in store.users() if u.username == "alex")
        _add(store, "Fiona", "Fairweather", "NS/26/100020", alex.id, 30)  # has a future session in 2 days
        fiona = next(p for p in store.cases.search("Fiona", limit=5))
        for days in (9, 2):  # two past sessions, nobody recorded what happened
            store.cases.schedule_appointment(Appointment(fiona, SHELL_NOW - timedelta(days=days)))
    finally:
        store.close()
    return shell


@pytest.fixture
def alex_window(qtbot, sessions_store, runner, ui_settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(sessions_store.folder, "alex", SHELL_PASS, clock=shell_clock)
    w = MainWindow(build_context(store, runner, shell_clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # keyboard shortcuts go to the active window
    yield w, store
    w.close()
    runner.shutdown()
    store.close()


def _open_record(qtbot, w: MainWindow, name: str) -> str:
    type_into(w.dashboard.search, name)
    press(Qt.Key.Key_Return, widget=w.dashboard.search)
    qtbot.waitUntil(lambda: w.tabs.currentWidget().property("personId") is not None, timeout=10_000)
    return w.tabs.currentWidget().property("personId")


def _dialog(qtbot) -> RecordSessionDialog:
    from PySide6.QtWidgets import QApplication

    def found():
        return next(
            (
                d
                for d in QApplication.topLevelWidgets()
                if isinstance(d, RecordSessionDialog) and d.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def test_ctrl_r_offers_the_most_recent_past_session_and_records_a_missed_one_with_a_reason(
    qtbot, alex_window
):
    w, store = alex_window
    person = _open_record(qtbot, w, "Fiona")
    qtbot.wait(200)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot)
    assert dialog.appointment.planned_at == SHELL_NOW - timedelta(
        days=2
    )  # most recent past, not the future one
    assert AppointmentOutcome.DID_NOT_ATTEND in dialog.radios and AppointmentOutcome.ATTENDED in dialog.radios
    click(dialog.radios[AppointmentOutcome.DID_NOT_ATTEND])
    type_into(dialog.notes, "Phoned at 10:20: no bus because of the strike")
    with qtbot.waitSignal(dialog.session_recorded, timeout=10_000):
        press(Qt.Key.Key_Return, widget=dialog.notes)  # Enter saves
    saved = next(a for a in store.cases.load_case(person).appointments if a.id == dialog.appointment.id)
    assert saved.outcome is AppointmentOutcome.DID_NOT_ATTEND and "strike" in saved.notes


def test_ctrl_r_with_nothing_awaiting_records_a_walk_in_now(qtbot, alex_window):
    w, store = alex_window
    person = _open_record(qtbot, w, "Aaron")  # only a future session: Ctrl+R used to offer just "Cancelled"
    before = len(store.cases.load_case(person).appointments)
    qtbot.wait(200)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot)
    assert "now" in dialog.windowTitle() and dialog.walk_in
    assert set(dialog.radios) == {AppointmentOutcome.ATTENDED, AppointmentOutcome.LATE}
    type_into(dialog.notes, "Dropped in; talked about housing")
    with qtbot.waitSignal(dialog.session_recorded, timeout=10_000):
        press(Qt.Key.Key_Return, widget=dialog.notes)
    appts = store.cases.load_case(person).appointments
    assert len(appts) == before + 1
    walk_in = next(a for a in appts if a.planned_at == SHELL_NOW)
    assert walk_in.outcome is AppointmentOutcome.ATTENDED and "housing" in walk_in.notes
