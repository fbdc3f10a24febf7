"""Manager journey through real input: a referral synced from the force arrives unassigned (and without
eligibility answers); the manager opens it, presses Change keyworker, picks Sam and assigns; Sam's caseload
then holds the person (the store lets one user in at a time, so the test checks the record's keyworker)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_fixtures import *  # noqa: F403
from ui_fixtures import SHELL_NOW, SHELL_PASS, build_shell_store, shell_clock
from ui_input import click, press, type_into

from desktop.domain import Consent, Person, Referral
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.dialogs.keyworker import KeyworkerDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def synced_store(tmp_path_factory):
    shell = build_shell_store(tmp_path_factory.mktemp("assign") / "store")
    store = CaseStore.open(shell.folder, "manager", SHELL_PASS, clock=shell_clock)
    try:
        person = Person("Uma", "Unassigned", date(1990, 1, 2), "NS/26/300001", None)
        referral = Referral(person.id, "Northshire Police", "PC 12 Ward", "Possession (class A)",
                            SHELL_NOW.date() - timedelta(days=5), SHELL_NOW.date() - timedelta(days=1))
        store.cases.add_referral(person, referral, Consent(person.id))  # as the force sync leaves it
    finally:
        store.close()
    return shell, person.id


@pytest.fixture
def manager_window(qtbot, synced_store, runner, ui_settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(synced_store[0].folder, "manager", SHELL_PASS, clock=shell_clock)
    w = MainWindow(AppContext(store, runner, shell_clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w, store
    w.close()
    runner.shutdown()
    store.close()


def test_manager_assigns_an_unassigned_synced_referral_and_the_keyworker_sees_it(qtbot, manager_window,
                                                                               synced_store):
    w, store = manager_window
    _shell, person_id = synced_store
    type_into(w.dashboard.search, "Uma")
    press(Qt.Key.Key_Return, widget=w.dashboard.search)
    qtbot.waitUntil(lambda: w.tabs.currentWidget().property("personId") == person_id, timeout=10_000)
    record = w.tabs.currentWidget()
    qtbot.waitUntil(lambda: "unassigned" in record.header.references.text(), timeout=10_000)
    assert record.header.badge.text() == "Not started"  # no contract: never "On track"
    assert "starts when the contract is signed" in record.header.reasons.text()
    details = record.details_tab.eligibility_text.text()
    assert "not checked yet" in details and "0 answer" not in details  # was "Not eligible: 0 answer(s) failed"

    click(record.header.keyworker_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KeyworkerDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    click(dialog.keyworker)  # opens the list; typing a name picks it, Enter closes the list
    popup = QApplication.activePopupWidget()
    target = popup.focusWidget() if popup is not None else dialog.keyworker
    qtbot.keyClicks(target, "Sam")
    press(Qt.Key.Key_Return, widget=target)
    qtbot.waitUntil(lambda: "Sam Okafor" in dialog.keyworker.currentText(), timeout=5_000)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: "Keyworker: Sam Okafor" in record.header.references.text(), timeout=10_000)

    sam = next(u for u in store.users() if u.username == "sam")
    assert store.cases.load_case(person_id).person.keyworker_id == sam.id
    assert any(r.person_id == person_id and r.keyworker == "Sam Okafor" for r in store.cases.caseload(SHELL_NOW))


def test_a_keyworker_has_no_keyworker_button(qtbot, open_as):
    from desktop.ui.record.view import PersonRecordView

    ctx = open_as("alex")
    person = next(iter(ctx.store.cases.search("Aaron", limit=1)))
    view = PersonRecordView(ctx, person)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Aaron" in view.header.name.text(), timeout=10_000)
    assert view.header.keyworker_button.isHidden()


def test_the_keyworker_is_told_at_sign_in_of_people_newly_assigned(qtbot, synced_store, runner, ui_settings,
                                                                   monkeypatch):
    from desktop.domain import Role

    shell, _ = synced_store
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)

    from desktop.ui.runner import BackgroundRunner

    runners: list[BackgroundRunner] = []

    def sign_in(username: str):
        store = CaseStore.open(shell.folder, username, SHELL_PASS, clock=shell_clock)
        runners.append(BackgroundRunner())
        w = MainWindow(AppContext(store, runners[-1], shell_clock), ui_settings)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
            w.show()
        return w, store

    def sign_out(w, store):
        w.close()
        runners[-1].shutdown()
        store.close()

    w, store = sign_in("alex")  # first sign-in: the caseload as it is counts as seen
    qtbot.wait(300)
    assert w.assignment_notice == ""
    sign_out(w, store)
    with CaseStore.open(shell.folder, "manager", SHELL_PASS, clock=shell_clock) as manager:
        alex = next(u for u in manager.users() if u.username == "alex" and u.role is Role.KEYWORKER)
        person = Person("Noor", "New", date(1993, 5, 6), "NS/26/300002", None)
        referral = Referral(person.id, "Northshire Police", "PC 12 Ward", "Possession (class B)",
                            SHELL_NOW.date() - timedelta(days=3), SHELL_NOW.date())
        manager.cases.assign_keyworker(manager.cases.add_referral(person, referral, Consent(person.id)), alex.id)
    w, store = sign_in("alex")
    qtbot.waitUntil(lambda: "Noor New" in w.assignment_notice, timeout=10_000)
    box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
    assert "Noor New" in box.text() and "Uma" not in box.text()
    click(box.button(QMessageBox.StandardButton.Ok))
    sign_out(w, store)
