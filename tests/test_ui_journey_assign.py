"""Journey: a manager assigns a keyworker to a referral that came from the force unassigned, from the caseload
and from the record, by real clicks and keys; the keyworker is told at their next sign-in, once."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.domain import Consent, Person, Referral, Role
from desktop.services.assignments import take_assignment_notice
from desktop.storage.audit import AuditEntry
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import CaseStore
from desktop.ui.dialogs.assign import AssignKeyworkerDialog
from desktop.ui.main_window import MainWindow

NOW = datetime(2026, 11, 26, 11, 0)
PASS = "journey test passphrase"
SHOTS = shots_dir()


def clock() -> datetime:
    return NOW


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=clock)
    try:
        store.add_user("maya", "Maya Manager", Role.MANAGER, PASS)
        store.add_user("alex", "Alex Carter", Role.KEYWORKER, PASS)
        store.add_user("sam", "Sam Okafor", Role.KEYWORKER, PASS)
        for first, last, ref in (("Bethany", "Morgan", "NS/26/300001"), ("Connor", "Price", "NS/26/300002")):
            person = Person(
                first, last, date(1994, 2, 3), ref, None
            )  # from the force: no keyworker, unscreened
            store.cases.add_referral(
                person,
                Referral(
                    person.id,
                    "Northshire Police",
                    "PC 12 Dale",
                    "Possession",
                    NOW.date() - timedelta(days=5),
                    NOW.date() - timedelta(days=2),
                    (),
                ),
                Consent(person.id),
            )
    finally:
        store.close()
    return folder


def open_window(qtbot, store, runner, settings, monkeypatch) -> MainWindow:  # noqa: F811
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    w = MainWindow(build_context(store, runner, clock), settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.resize(1280, 760)
    return w


def click_row(qtbot, w: MainWindow, name: str) -> None:
    table = w.dashboard.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def picker(qtbot) -> AssignKeyworkerDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AssignKeyworkerDialog), timeout=5000)
    return QApplication.activeModalWidget()


def choose(qtbot, dlg: AssignKeyworkerDialog, label: str) -> None:
    """Home, then down-arrow through the combo (focused when the dialog opens) until `label` shows."""
    assert dlg.focusWidget() is dlg.keyworker
    qtbot.keyClick(dlg.keyworker, Qt.Key.Key_Home)
    for _ in range(dlg.keyworker.count()):
        if dlg.keyworker.currentText() == label:
            return
        qtbot.keyClick(dlg.keyworker, Qt.Key.Key_Down)
    raise AssertionError(
        f"{label} not offered: {[dlg.keyworker.itemText(i) for i in range(dlg.keyworker.count())]}"
    )


def assignments(store: CaseStore, person_id: str) -> list[AuditEntry]:
    return [e for e in store.cases.timeline(person_id) if e.action == "person.assign"]


def test_manager_assigns_from_the_caseload_and_reassigns_from_the_record(
    qtbot,
    folder,
    runner,
    ui_settings,  # noqa: F811
    monkeypatch,
):
    store = CaseStore.open(folder, "maya", PASS, clock=clock)
    try:
        w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
        assert w.dashboard.assign_button.isVisible()
        scope = w.dashboard.scope  # Show: Unassigned, chosen with the keyboard
        scope.setFocus()
        while scope.currentData() != "unassigned":
            qtbot.keyClick(scope, Qt.Key.Key_Down)
        table = w.dashboard.table
        assert {table.model().index(r, 0).data() for r in range(table.model().rowCount())} == {
            "Bethany Morgan",
            "Connor Price",
        }
        click_row(qtbot, w, "Bethany Morgan")
        qtbot.mouseClick(w.dashboard.assign_button, Qt.MouseButton.LeftButton)
        dlg = picker(qtbot)
        assert dlg.keyworker.currentText() == "Unassigned"
        offered = [dlg.keyworker.itemText(i) for i in range(dlg.keyworker.count())]
        assert offered == ["Unassigned", "Alex Carter", "Sam Okafor", "Maya Manager (manager)"]  # no admin
        choose(qtbot, dlg, "Alex Carter")
        dlg.grab().save(str(SHOTS / "assign-keyworker-dialog.png"))
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
        pid = dlg._person_id
        model = w.caseload.model
        qtbot.waitUntil(lambda: model.row_at(model.row_of(pid)).keyworker == "Alex Carter", timeout=5000)
        qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)  # only Connor is left unassigned
        assert table.model().index(0, 0).data() == "Connor Price"
        w.grab().save(str(SHOTS / "caseload-assign-keyworker.png"))
        while scope.currentData() != "everyone":
            qtbot.keyClick(scope, Qt.Key.Key_Up)
        click_row(qtbot, w, "Bethany Morgan")

        # The record: open it with Enter on the selected row, then reassign in its header.
        w.dashboard.table.setFocus()
        qtbot.keyClick(w.dashboard.table, Qt.Key.Key_Return)
        record = w.tabs.currentWidget()
        qtbot.waitUntil(lambda: "Alex Carter" in record.header.references.text(), timeout=5000)
        assert "Eligibility not yet screened" in record.details_tab.eligibility_text.text()
        assert "answer(s) failed" not in record.details_tab.eligibility_text.text()
        assert record.header.assign_button.isVisible()
        record.grab().save(str(SHOTS / "record-header-keyworker.png"))
        qtbot.mouseClick(record.header.assign_button, Qt.MouseButton.LeftButton)
        dlg = picker(qtbot)
        assert dlg.keyworker.currentText() == "Alex Carter"
        choose(qtbot, dlg, "Sam Okafor")
        qtbot.keyClick(dlg.keyworker, Qt.Key.Key_Return)  # Enter: the default button, Assign
        qtbot.waitUntil(lambda: "Sam Okafor" in record.header.references.text(), timeout=5000)
        qtbot.waitUntil(lambda: model.row_at(model.row_of(pid)).keyworker == "Sam Okafor", timeout=5000)
        details = sorted(e.detail for e in assignments(store, pid))
        assert details == ["to alex (was unassigned)", "to sam (was alex)"]
        assert all(e.actor == "maya" for e in assignments(store, pid))
        # Back on the caseload, Bethany to Alex again: her open record follows.
        bar = w.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        assert w.tabs.currentIndex() == 0
        click_row(qtbot, w, "Bethany Morgan")
        qtbot.mouseClick(w.dashboard.assign_button, Qt.MouseButton.LeftButton)
        dlg = picker(qtbot)
        choose(qtbot, dlg, "Alex Carter")
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Alex Carter" in record.header.references.text(), timeout=5000)
        assert len(assignments(store, pid)) == 3
    finally:
        w.close()
        runner.shutdown()
        store.close()

    # Sam signs in: nothing (Bethany went back to Alex). Alex: told once, about Bethany.
    store = CaseStore.open(folder, "sam", PASS, clock=clock)
    try:
        assert take_assignment_notice(store) == []  # assigned to Sam, then moved away again
    finally:
        store.close()
    store = CaseStore.open(folder, "alex", PASS, clock=clock)
    try:
        notice = take_assignment_notice(store)
        assert [(n.name, n.assigned_by) for n in notice] == [("Bethany Morgan", "maya")]
        assert take_assignment_notice(store) == []  # once only
    finally:
        store.close()


def test_a_keyworker_signing_in_sees_the_notice_and_cannot_assign(
    qtbot,
    folder,
    runner,
    ui_settings,  # noqa: F811
    monkeypatch,
):
    store = CaseStore.open(folder, "maya", PASS, clock=clock)
    try:
        people = {r.name: r.person_id for r in store.cases.caseload(NOW)}
        alex = next(u.id for u in store.users() if u.username == "alex")
        store.cases.assign_keyworker(people["Connor Price"], alex)
    finally:
        store.close()
    store = CaseStore.open(folder, "alex", PASS, clock=clock)
    try:
        w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
        notice = w.dashboard.notice
        qtbot.waitUntil(notice.isVisible, timeout=5000)
        assert "Newly assigned to you since your last sign-in (1)" in notice.text()
        assert "Connor Price" in notice.text()
        assert not w.dashboard.assign_button.isVisible()
        w.grab().save(str(SHOTS / "caseload-newly-assigned-notice.png"))
        with pytest.raises(PermissionDenied):
            store.cases.assign_keyworker(people["Connor Price"], None)
    finally:
        w.close()
        runner.shutdown()
        store.close()
