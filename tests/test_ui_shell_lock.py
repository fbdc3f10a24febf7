"""Locking hides every person's data and keeps unsaved edits; unlocking needs the same user's passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from ui_fixtures import SHELL_PASS

from desktop.ui.main_window import MainWindow


class DraftEditor(QWidget):
    """A stand-in for a record editor: typed text is unsaved until saved."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLineEdit()
        QVBoxLayout(self).addWidget(self.text)

    def has_unsaved_changes(self) -> bool:
        return bool(self.text.text())


@pytest.fixture
def window(qtbot, open_as, ui_settings, monkeypatch):
    # Closing at teardown with a draft open would ask; a test that cares about the question patches it again.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    w = MainWindow(open_as("manager"), ui_settings, idle_minutes=10)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    yield w
    w.idle.shutdown()


class IdleClock:
    """A monotonic clock the test moves on, so idle time passes without sleeping."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def visible_texts(root: QWidget) -> str:
    """Every piece of text a person could read on screen in `root`."""
    parts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QLineEdit) if w.isVisible()]
    table = root.findChildren(QWidget, options=Qt.FindChildOption.FindChildrenRecursively)
    parts += [w.accessibleName() for w in table if w.isVisible()]
    return " ".join(parts)


def unlock(qtbot, w, passphrase: str) -> None:
    w.lock_screen.passphrase.setText(passphrase)
    qtbot.mouseClick(w.lock_screen.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_lock_hides_data_and_unlocking_brings_back_unsaved_text(qtbot, window):
    editor = DraftEditor()
    window.add_tab(editor, "draft", "Draft")
    editor.text.setText("Bethany attended late, said the bus")
    assert window.dashboard.table.model().rowCount() == 5  # the caseload is showing
    clock = IdleClock()
    window.idle.set_clock(clock, poll_ms=10)
    clock.advance(10 * 60)  # ten minutes with no input
    with qtbot.waitSignal(window.idle.locked, timeout=5_000):
        pass

    assert window.stack.currentWidget() is window.lock_screen
    assert not window.dashboard.table.isVisible() and not editor.isVisible()
    assert "Bethany" not in visible_texts(window)
    assert window.windowTitle() == "Checkpoint Desk \u2014 locked"
    assert window.lock_screen.note.text().startswith("1 unsaved edit kept")
    assert not window.act_new_referral.isEnabled() and not window.act_search.isEnabled()
    assert not window.act_lock.isEnabled()  # nothing to lock while locked

    unlock(qtbot, window, "not my passphrase")
    qtbot.waitUntil(window.lock_screen.error.isVisible, timeout=10_000)
    assert window.is_locked and "not right" in window.lock_screen.error.text()

    with qtbot.waitSignal(window.idle.unlocked, timeout=10_000):
        unlock(qtbot, window, SHELL_PASS)
    assert window.stack.currentWidget() is window.tabs and window.tabs.currentWidget() is editor
    assert editor.isVisible() and editor.text.text() == "Bethany attended late, said the bus"
    assert window.act_new_referral.isEnabled() and window.act_lock.isEnabled()
    assert "locked" not in window.windowTitle()


def test_input_keeps_the_app_unlocked_and_idle_time_then_locks_it(qtbot, window):
    clock = IdleClock()
    window.idle.set_clock(clock, poll_ms=10)
    for _ in range(4):  # a key every six minutes for 24 minutes: never ten minutes without input
        clock.advance(6 * 60)
        qtbot.keyClick(window.dashboard.search, Qt.Key.Key_Shift)
        with qtbot.waitSignal(window.idle.checked, timeout=2_000):
            pass
        assert not window.is_locked
    clock.advance(5 * 60)
    qtbot.mouseMove(window.dashboard.table.viewport(), QPoint(5, 5))
    qtbot.mouseMove(window.dashboard.table.viewport(), QPoint(20, 20))  # a mouse move counts as input too
    clock.advance(6 * 60)
    with qtbot.waitSignal(window.idle.checked, timeout=2_000):
        pass
    assert not window.is_locked
    clock.advance(4 * 60 + 1)  # ten minutes since the mouse moved
    with qtbot.waitSignal(window.idle.locked, timeout=2_000):
        pass


def test_ctrl_l_locks_at_once_and_dialogs_are_veiled_without_closing(qtbot, window):
    dialog = QDialog(window)
    dialog.setWindowTitle("Record a session for Bethany Bell")
    notes = QLineEdit("half-typed notes")
    QVBoxLayout(dialog).addWidget(notes)
    dialog.open()
    qtbot.waitExposed(dialog)
    size_before = dialog.size()
    window.activateWindow()
    with qtbot.waitSignal(window.idle.locked, timeout=2_000):
        window.act_lock.trigger()  # what Ctrl+L does
    assert dialog.isVisible() and not notes.isVisible()  # still open, contents hidden
    assert "Bethany" not in dialog.windowTitle()
    veil_screens = [c for c in dialog.children() if type(c).__name__ == "LockScreen"]
    assert len(veil_screens) == 1 and veil_screens[0].isVisible()

    veil_screens[0].passphrase.setText(SHELL_PASS)  # unlock from the dialog's own lock screen
    with qtbot.waitSignal(window.idle.unlocked, timeout=10_000):
        qtbot.mouseClick(veil_screens[0].unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and notes.isVisible() and notes.text() == "half-typed notes"
    assert dialog.size() == size_before
    assert dialog.windowTitle() == "Record a session for Bethany Bell"
    dialog.reject()


def test_ctrl_l_shortcut_is_bound(window):
    assert window.act_lock.shortcut().toString() == "Ctrl+L"


def test_closing_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    editor = DraftEditor()
    window.add_tab(editor, "draft", "Draft")
    editor.text.setText("unsaved")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def fake_warning(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    assert not window.close() and window.isVisible()
    assert asked[0] == "An open editor has unsaved changes. Close and lose them?"
    assert window.close()
    assert len(asked) == 2
