"""Unlocking a real encrypted store through the dialog: wrong then right passphrase, unknown user, recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_fixtures import SHELL_PASS, ShellStore, shell_clock

from desktop.storage.store import CaseStore
from desktop.ui.unlock import RecoveryDialog, UnlockDialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wrong_then_right_passphrase_without_freezing_the_dialog(qtbot, runner, shell_store: ShellStore):
    d = UnlockDialog(shell_store.folder, runner, username="alex", clock=shell_clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.passphrase, "not the passphrase")
    click(qtbot, d.unlock_button)
    # Argon2id runs on the runner's thread: the click returns at once, with the dialog showing it is busy.
    assert d.busy.isVisible() and not d.unlock_button.isEnabled()
    qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    assert "not right for 'alex'" in d.error.text()
    assert d.passphrase.text() == "" and d.focusWidget() is d.passphrase
    assert d.store is None and d.isVisible() and d.unlock_button.isEnabled()

    qtbot.keyClicks(d.passphrase, SHELL_PASS)
    with qtbot.waitSignal(d.unlocked, timeout=10_000):
        qtbot.keyClick(d.passphrase, Qt.Key.Key_Return)
    assert d.store is not None and d.store.user.username == "alex"
    assert d.result() == d.DialogCode.Accepted
    d.store.close()


def test_unknown_user_is_named_and_the_demo_hint_shows_only_for_the_demo(
    qtbot, runner, shell_store: ShellStore
):
    d = UnlockDialog(shell_store.folder, runner, username="nobody", clock=shell_clock)
    qtbot.addWidget(d)
    d.show()
    assert not d.hint.isVisible()
    qtbot.keyClicks(d.passphrase, SHELL_PASS)
    click(qtbot, d.unlock_button)
    qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    assert "no user named 'nobody'" in d.error.text()

    demo = UnlockDialog(shell_store.folder, runner, username="manager", demo_passphrase="checkpoint-demo")
    qtbot.addWidget(demo)
    demo.show()
    assert demo.hint.isVisible() and "checkpoint-demo" in demo.hint.text()
    assert demo.user.text() == "manager" and demo.focusWidget() is demo.passphrase


def test_empty_fields_are_refused_before_any_work(qtbot, runner, shell_store: ShellStore):
    d = UnlockDialog(shell_store.folder, runner)
    qtbot.addWidget(d)
    d.show()
    click(qtbot, d.unlock_button)
    assert d.error.isVisible() and "user name and passphrase" in d.error.text()
    assert not d.busy.isVisible()


def test_recovery_key_sets_a_new_passphrase(qtbot, runner, tmp_path):
    store, recovery = CaseStore.create(tmp_path / "s", "admin", "first passphrase", "Ada", clock=shell_clock)
    store.close()
    d = RecoveryDialog(tmp_path / "s", runner, "admin", clock=shell_clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.key, recovery)
    qtbot.keyClicks(d.new1, "brand new passphrase")
    qtbot.keyClicks(d.new2, "brand new passphrase typo")
    click(qtbot, d.ok)
    assert "not the same" in d.error.text()
    d.new2.clear()
    qtbot.keyClicks(d.new2, "brand new passphrase")
    with qtbot.waitSignal(d.accepted, timeout=10_000):
        click(qtbot, d.ok)
    assert d.store is not None
    d.store.close()
    CaseStore.open(tmp_path / "s", "admin", "brand new passphrase").close()


def test_a_wrong_recovery_key_is_refused(qtbot, runner, shell_store: ShellStore):
    d = RecoveryDialog(shell_store.folder, runner, "admin", clock=shell_clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(d.new1, "brand new passphrase")
    qtbot.keyClicks(d.new2, "brand new passphrase")
    click(qtbot, d.ok)
    qtbot.waitUntil(d.error.isVisible, timeout=10_000)
    assert "recovery key" in d.error.text()
    assert d.store is None
