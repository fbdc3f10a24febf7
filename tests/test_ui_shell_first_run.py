"""The first-run wizard: the demo choice, or a new store with its admin, the recovery key kept, and staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from ui_fixtures import *  # noqa: F403
from ui_fixtures import shell_clock

from desktop.domain import Role
from desktop.storage.store import CaseStore
from desktop.ui.first_run import FirstRunWizard


def test_choosing_the_demo_finishes_at_once(qtbot, runner, tmp_path):
    w = FirstRunWizard(runner, tmp_path / "cases", clock=shell_clock)
    qtbot.addWidget(w)
    w.show()
    assert w.welcome.demo.isChecked() and w.welcome.nextId() == -1
    w.accept()
    assert w.chose_demo and w.store is None


def test_a_new_store_with_admin_recovery_key_and_staff(qtbot, runner, tmp_path):
    folder = tmp_path / "cases"
    w = FirstRunWizard(runner, folder, clock=shell_clock)
    qtbot.addWidget(w)
    w.show()
    w.welcome.create.setChecked(True)
    w.next()
    assert w.currentId() == FirstRunWizard.ACCOUNT
    page = w.account
    page.display_name.setText("Ada Admin")
    page.pass1.setText("short")
    page.pass2.setText("short")
    w.button(QWizard.WizardButton.CommitButton).click()
    assert w.currentId() == FirstRunWizard.ACCOUNT and "at least 8" in page.error.text()
    page.pass1.setText("a long admin passphrase")
    page.pass2.setText("a long admin passphrase")
    w.button(QWizard.WizardButton.CommitButton).click()
    assert w.currentId() == FirstRunWizard.RECOVERY
    assert w.store is not None and w.store.user.role is Role.ADMIN
    assert w.recovery.key.text() == w.recovery_key and len(w.recovery_key) >= 32

    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # not until the key is stored
    w.recovery.save_to(tmp_path / "key.txt")
    assert w.recovery_key in (tmp_path / "key.txt").read_text()
    w.reject()
    assert w.isVisible()  # the key is shown once: cannot cancel past it unacknowledged
    w.recovery.stored.setChecked(True)
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.next()

    staff = w.staff
    staff.username.setText("alex")
    staff.display_name.setText("Alex Carter")
    staff.pass1.setText("alex passphrase 1")
    staff.pass2.setText("alex passphrase 1")
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    assert staff.added.count() == 1 and "Alex Carter" in staff.added.item(0).text()
    assert staff.username.text() == ""
    assert {u.username: u.role for u in w.store.users()}["alex"] is Role.KEYWORKER
    w.store.close()

    CaseStore.open(folder, "alex", "alex passphrase 1").close()
    CaseStore.open_with_recovery(folder, w.recovery_key, "admin", "a newer admin passphrase").close()
