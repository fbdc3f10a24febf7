"""The first-run wizard driven as a person drives it: the demo choice, or a new store with its admin, the
recovery key kept (0600), staff added, and Finish opening the store."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWizard
from ui_fixtures import shell_clock
from ui_input import click, on_next_dialog, press, type_into

from desktop.domain import Role
from desktop.storage.store import CaseStore
from desktop.ui.first_run import FirstRunWizard

B = QWizard.WizardButton


def shown(w: QWizard, which: QWizard.WizardButton) -> bool:
    return w.button(which).isVisible() and w.button(which).isEnabled()


def test_choosing_the_demo_finishes_at_once(qtbot, runner, tmp_path):
    w = FirstRunWizard(runner, tmp_path / "cases", clock=shell_clock)
    qtbot.addWidget(w)
    w.show()
    assert w.welcome.demo.isChecked() and shown(w, B.FinishButton) and not shown(w, B.NextButton)
    click(w.button(B.FinishButton))
    assert w.result() == QWizard.DialogCode.Accepted and w.chose_demo and w.store is None


def test_choosing_a_new_store_turns_finish_into_next_and_back(qtbot, runner, tmp_path):
    w = FirstRunWizard(runner, tmp_path / "cases", clock=shell_clock)
    qtbot.addWidget(w)
    w.show()
    click(
        w.welcome.create_new
    )  # the bug: Finish stayed, closed the wizard with no store, and the app quit (exit 1)
    assert shown(w, B.NextButton) and not shown(w, B.FinishButton)
    click(w.welcome.demo)
    assert shown(w, B.FinishButton) and not shown(w, B.NextButton)
    qtbot.waitUntil(lambda: w.welcome.demo.hasFocus())
    press(Qt.Key.Key_Down)  # the keyboard way: the arrow moves the choice to the next option
    assert w.welcome.create_new.isChecked() and shown(w, B.NextButton)


def test_a_new_store_with_admin_recovery_key_and_staff(qtbot, runner, tmp_path):
    folder = tmp_path / "cases"
    w = FirstRunWizard(runner, folder, clock=shell_clock)
    qtbot.addWidget(w)
    w.show()
    click(w.welcome.create_new)
    click(w.button(B.NextButton))
    assert w.currentId() == FirstRunWizard.ACCOUNT
    page = w.account
    type_into(page.display_name, "Ada Admin")
    type_into(page.pass1, "short")
    type_into(page.pass2, "short")
    click(w.button(B.CommitButton))
    assert w.currentId() == FirstRunWizard.ACCOUNT and "at least 8" in page.error.text()
    type_into(page.pass1, "a long admin passphrase", clear=True)
    type_into(page.pass2, "a long admin passphrase", clear=True)
    click(w.button(B.CommitButton))
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.RECOVERY, timeout=20_000)
    assert w.store is not None and w.store.user.role is Role.ADMIN
    assert w.recovery.key.text() == w.recovery_key and len(w.recovery_key) >= 32

    assert not shown(w, B.NextButton)  # not until the key is stored
    key_file = tmp_path / "key.txt"

    def save_in(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit)
        type_into(name, str(key_file), clear=True)
        press(Qt.Key.Key_Return, widget=name)

    on_next_dialog(QFileDialog, save_in)
    click(w.recovery.save_button)
    assert w.recovery_key in key_file.read_text()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # a secret: owner only
    press(Qt.Key.Key_Escape, widget=w)
    assert w.isVisible()  # the key is shown once: cannot cancel past it unacknowledged
    click(w.recovery.stored)
    assert shown(w, B.NextButton)
    click(w.button(B.NextButton))

    staff = w.staff
    type_into(staff.username, "alex")
    type_into(staff.display_name, "Alex Carter")
    type_into(staff.pass1, "alex passphrase 1")
    type_into(staff.pass2, "alex passphrase 1")
    click(staff.add_button)
    qtbot.waitUntil(lambda: staff.added.count() == 1, timeout=20_000)
    assert "Alex Carter" in staff.added.item(0).text() and staff.username.text() == ""
    assert {u.username: u.role for u in w.store.users()}["alex"] is Role.KEYWORKER
    type_into(staff.username, "ALEX")  # names ignore case at sign-in, so this would be the same person
    type_into(staff.pass1, "alex passphrase 2")
    type_into(staff.pass2, "alex passphrase 2")
    click(staff.add_button)
    qtbot.waitUntil(staff.error.isVisible, timeout=20_000)
    assert "already a user named" in staff.error.text() and staff.added.count() == 1
    click(w.button(B.FinishButton))
    assert w.result() == QWizard.DialogCode.Accepted and not w.isVisible()
    w.store.close()

    CaseStore.open(folder, "alex", "alex passphrase 1").close()
    CaseStore.open_with_recovery(folder, w.recovery_key, "admin", "a newer admin passphrase").close()
