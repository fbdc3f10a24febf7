"""Journeys through real input: lock and unlock with the keyboard (even after wandering into a menu), Alt+S for
a record's Sessions tab, and a PHQ-9 safety banner that appears without moving the questions under the mouse."""

from __future__ import annotations

import pytest
from instrument_helpers import shipped
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from ui_fixtures import SHELL_PASS, shell_clock
from ui_input import click, press, type_into

from desktop.app.root import build_context
from desktop.storage.store import CaseStore
from desktop.ui.assessments.form_view import AssessmentForm
from desktop.ui.main_window import MainWindow


@pytest.fixture
def alex_window(qtbot, shell_store, runner, ui_settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(shell_store.folder, "alex", SHELL_PASS, clock=shell_clock)
    w = MainWindow(build_context(store, runner, shell_clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()
    runner.shutdown()
    store.close()


def test_lock_then_menu_mnemonic_then_esc_then_passphrase_and_enter_unlocks(qtbot, alex_window):
    w = alex_window
    with qtbot.waitSignal(w.idle.locked, timeout=2_000):
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # a person reaching for the Case menu
    press(Qt.Key.Key_Escape)
    assert w.lock_screen.passphrase.hasFocus()  # the keyboard is still on the passphrase
    with qtbot.waitSignal(w.idle.unlocked, timeout=10_000):
        type_into(w.lock_screen.passphrase, SHELL_PASS)
        press(Qt.Key.Key_Return)  # used to reach the menu bar and choose Quit
    assert w.isVisible() and not w.is_locked and w.menuBar().isEnabled()


def test_wrong_passphrase_then_enter_says_so_and_stays_locked(qtbot, alex_window):
    w = alex_window
    with qtbot.waitSignal(w.idle.locked, timeout=2_000):
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_into(w.lock_screen.passphrase, "not the passphrase")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(w.lock_screen.error.isVisible, timeout=10_000)
    assert w.is_locked and "not right" in w.lock_screen.error.text()


def test_alt_s_in_a_record_opens_its_sessions_tab(qtbot, alex_window):
    w = alex_window
    type_into(w.dashboard.search, "Aaron")
    press(Qt.Key.Key_Return, widget=w.dashboard.search)
    qtbot.waitUntil(lambda: w.tabs.currentWidget().property("personId") is not None, timeout=10_000)
    record = w.tabs.currentWidget()
    qtbot.wait(200)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert record.tabs.currentWidget() is record.sessions_tab  # not the Sync menu


def test_the_safety_banner_appears_without_moving_the_questions(qtbot):
    form = AssessmentForm(shipped().get("phq9"), titles={d.id: d.short_title for d in shipped().latest()})
    qtbot.addWidget(form)
    form.resize(820, 900)
    form.show()
    q1 = form.editors["q1"]
    before = q1.mapTo(form, QPoint(0, 0))
    click(form.editors["q9"].buttons["1"])  # thoughts of self-harm on several days
    qtbot.waitUntil(form.safety_banner.isVisible)
    assert q1.mapTo(form, QPoint(0, 0)) == before
