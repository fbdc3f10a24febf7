"""Journey: an admin manages staff in the Users window by real clicks and keys: add a keyworker, disable one who
left (their caseload handed over, the account kept), reset a forgotten passphrase. A manager sees the list only."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.domain import Consent, Person, Referral, Role
from desktop.storage import crash
from desktop.storage.errors import StoreError
from desktop.storage.records import AuditRecord
from desktop.storage.store import CaseStore
from desktop.ui.main_window import MainWindow
from desktop.ui.staff.users_dialog import (
    AddUserDialog,
    ChangeRoleDialog,
    DisableUserDialog,
    ResetPassphraseDialog,
    TransferCaseloadDialog,
    UsersDialog,
)

NOW = datetime(2026, 11, 26, 11, 0)
PASS = "users journey passphrase"
SHOTS = shots_dir()


def clock() -> datetime:
    return NOW


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=clock)
    try:
        store.add_user("maya", "Maya Manager", Role.MANAGER, PASS)
        alex = store.add_user("alex", "Alex Carter", Role.KEYWORKER, PASS)
        person = Person("Bethany", "Morgan", date(1994, 2, 3), "NS/26/300001", alex.id)
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
    return w


def users_window(qtbot, w: MainWindow) -> UsersDialog:
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(t, UsersDialog) and t.isVisible() for t in QApplication.topLevelWidgets()),
        timeout=5000,
    )
    dlg = next(t for t in QApplication.topLevelWidgets() if isinstance(t, UsersDialog))
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=5000)
    return dlg


def child(qtbot, cls):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls), timeout=5000)
    return QApplication.activeModalWidget()


def rows(dlg: UsersDialog) -> dict[str, tuple[str, ...]]:
    m = dlg.model
    return {
        m.index(r, 1).data(): tuple(m.index(r, c).data() for c in range(m.columnCount()))
        for r in range(m.rowCount())
    }


def click_user(qtbot, dlg: UsersDialog, username: str) -> None:
    m = dlg.model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == username)
    qtbot.mouseClick(
        dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=dlg.table.visualRect(m.index(row, 0)).center()
    )


def test_admin_adds_disables_and_resets_through_the_users_window(
    qtbot,
    folder,
    runner,
    ui_settings,  # noqa: F811
    monkeypatch,
):
    store = CaseStore.open(folder, "admin", PASS, clock=clock)
    try:
        w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
        dlg = users_window(qtbot, w)
        assert rows(dlg)["alex"] == ("Alex Carter", "alex", "Keyworker", "Active", "1")

        # Add: typed as a person would, with a capital in the user name (kept lower case).
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
        add = child(qtbot, AddUserDialog)
        assert add.focusWidget() is add.username
        qtbot.keyClicks(add.username, "Jo.Bloggs")
        qtbot.keyClick(add.username, Qt.Key.Key_Tab)
        qtbot.keyClicks(add.focusWidget(), "Jo Bloggs")
        qtbot.keyClick(add.focusWidget(), Qt.Key.Key_Tab)
        assert add.focusWidget() is add.role and add.role.currentText() == "Keyworker"
        qtbot.keyClick(add.role, Qt.Key.Key_Tab)
        qtbot.keyClicks(add.focusWidget(), "jo's first passphrase")
        qtbot.keyClick(add.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(add.focusWidget(), "jo's first passphrasX")
        qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
        assert add.isVisible() and add.message.text() == "The two passphrases differ."
        qtbot.mouseClick(add.passphrase.pass2, Qt.MouseButton.LeftButton)
        qtbot.keyClick(add.passphrase.pass2, Qt.Key.Key_End)
        qtbot.keyClick(add.passphrase.pass2, Qt.Key.Key_Backspace)
        qtbot.keyClicks(add.passphrase.pass2, "e")
        qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not add.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: "jo.bloggs" in rows(dlg), timeout=5000)
        assert rows(dlg)["jo.bloggs"][2:4] == ("Keyworker", "Active")

        # Disable Alex, who left: their caseload goes to Jo; the account stays, disabled.
        click_user(qtbot, dlg, "alex")
        assert dlg.disable_button.isEnabled()
        qtbot.mouseClick(dlg.disable_button, Qt.MouseButton.LeftButton)
        off = child(qtbot, DisableUserDialog)
        assert off.transfer.currentText() == "Jo Bloggs"
        off.grab().save(str(SHOTS / "users-disable-dialog.png"))
        qtbot.mouseClick(off.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not off.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: rows(dlg)["alex"][3] == "Disabled", timeout=5000)
        assert rows(dlg)["alex"][4] == "\u2014" and rows(dlg)["jo.bloggs"][4] == "1"
        dlg.grab().save(str(SHOTS / "users-window.png"))

        # Reset Jo's passphrase.
        click_user(qtbot, dlg, "jo.bloggs")
        qtbot.mouseClick(dlg.reset_button, Qt.MouseButton.LeftButton)
        reset = child(qtbot, ResetPassphraseDialog)
        qtbot.keyClicks(reset.focusWidget(), "jo's second passphrase")
        qtbot.keyClick(reset.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(reset.focusWidget(), "jo's second passphrase")
        qtbot.keyClick(reset.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not reset.isVisible(), timeout=10_000)
    finally:
        w.close()
        runner.shutdown()
        store.close()

    with pytest.raises(StoreError):
        CaseStore.open(folder, "alex", PASS, clock=clock)  # disabled: cannot sign in
    with pytest.raises(StoreError):
        CaseStore.open(folder, "jo.bloggs", "jo's first passphrase", clock=clock)
    with CaseStore.open(folder, "jo.bloggs", "jo's second passphrase", clock=clock) as jo:
        assert [r.name for r in jo.cases.caseload(NOW)] == ["Bethany Morgan"]
    with CaseStore.open(folder, "admin", PASS, clock=clock) as admin:
        assert admin.audit_check().ok
        assert not admin.user_list_problems()


def test_a_manager_sees_the_list_but_cannot_change_it(qtbot, folder, runner, ui_settings, monkeypatch):  # noqa: F811
    store = CaseStore.open(folder, "maya", PASS, clock=clock)
    try:
        w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
        dlg = users_window(qtbot, w)
        assert set(rows(dlg)) == {"admin", "maya", "alex"}
        assert not dlg.add_button.isVisible() and not dlg.disable_button.isVisible()
        assert dlg.note.isVisible()
        # A manager can hand a caseload over (long leave): Alex's one person to Maya herself.
        click_user(qtbot, dlg, "alex")
        qtbot.mouseClick(dlg.transfer_button, Qt.MouseButton.LeftButton)
        move = child(qtbot, TransferCaseloadDialog)
        assert move.transfer.currentText() == "Maya Manager"
        qtbot.mouseClick(move.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not move.isVisible(), timeout=5000)
        qtbot.waitUntil(
            lambda: rows(dlg)["maya"][4] == "1" and rows(dlg)["alex"][4] == "\u2014", timeout=5000
        )
        qtbot.waitUntil(lambda: w.caseload.model.row_at(0).keyworker == "Maya Manager", timeout=5000)
    finally:
        w.close()
        runner.shutdown()
        store.close()


def test_admin_changes_a_role_with_a_new_passphrase(qtbot, folder, runner, ui_settings, monkeypatch):  # noqa: F811
    store = CaseStore.open(folder, "admin", PASS, clock=clock)
    try:
        w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
        dlg = users_window(qtbot, w)
        click_user(qtbot, dlg, "alex")
        qtbot.mouseClick(dlg.role_button, Qt.MouseButton.LeftButton)
        change = child(qtbot, ChangeRoleDialog)
        assert change.focusWidget() is change.role and change.role.currentText() == "Manager"
        qtbot.keyClick(change.role, Qt.Key.Key_Tab)
        qtbot.keyClicks(change.focusWidget(), "alex manager passphrase")
        qtbot.keyClick(change.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(change.focusWidget(), "alex manager passphrase")
        change.grab().save(str(SHOTS / "users-change-role-dialog.png"))
        qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not change.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: rows(dlg)["alex"][2] == "Manager", timeout=5000)
    finally:
        w.close()
        runner.shutdown()
        store.close()
    with CaseStore.open(folder, "alex", "alex manager passphrase", clock=clock) as alex:
        assert alex.user.role is Role.MANAGER and alex.user.role.sees_everyone
    with pytest.raises(StoreError):
        CaseStore.open(folder, "alex", PASS, clock=clock)
    with CaseStore.open(folder, "admin", PASS, clock=clock) as admin:
        assert admin.audit_check().ok and not admin.user_list_problems()
        with admin.session() as s:
            details = list(s.scalars(select(AuditRecord.detail).where(AuditRecord.action == "user.role")))
        assert details == ["alex: keyworker to manager"]


class Killed(BaseException):
    pass


@pytest.mark.parametrize("point", ["role.after-vault", "role.after-db"])
def test_a_role_change_stopped_half_way_still_opens_and_is_finished_by_changing_again(
    folder, monkeypatch, point
):
    def die(name: str) -> None:
        if name == point:
            raise Killed(name)

    monkeypatch.setattr("desktop.storage.store.crash_point", die)
    store = CaseStore.open(folder, "admin", PASS, clock=clock)
    with pytest.raises(Killed):
        store.change_role("alex", Role.MANAGER, "alex half-way passphrase")
    store._lock.release()  # the process "died": only its lock file is left, as after kill -9
    store.engine.dispose()
    monkeypatch.setattr("desktop.storage.store.crash_point", crash.crash_point)
    with CaseStore.open(
        folder, "admin", PASS, clock=clock
    ) as admin:  # opens: the signed list marks the change
        admin.change_role("alex", Role.MANAGER, "alex final passphrase")
        assert not admin.user_list_problems()
    with CaseStore.open(folder, "alex", "alex final passphrase", clock=clock) as alex:
        assert alex.user.role is Role.MANAGER
