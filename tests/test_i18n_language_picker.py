"""Journey: a keyworker in Wales opens View ▸ Language… by the keyboard, ticks Cymraeg, presses OK; the choice is
in the UI-state file and the next start-up (chosen_language, as run_gui reads it) speaks Welsh. Cancel saves
nothing; the system choice goes back to following the locale."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from ui_input import button_with_text, click

from desktop.app.i18n import LANGUAGE_KEY, chosen_language
from desktop.app.root import build_context
from desktop.domain import Role
from desktop.storage.store import CaseStore
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import LanguageDialog

NOW = datetime(2026, 12, 3, 10, 0)
PASS = "language picker passphrase"


def clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path):
    admin, _ = CaseStore.create(tmp_path / "store", "admin", PASS, "Ada Admin", clock=clock)
    admin.add_user("alex", "Alex Carter", Role.KEYWORKER, PASS)
    admin.close()
    opened = CaseStore.open(tmp_path / "store", "alex", PASS, clock=clock)
    yield opened
    opened.close()


def open_window(qtbot, store, runner, settings, monkeypatch) -> MainWindow:  # noqa: F811
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    w = MainWindow(build_context(store, runner, clock), settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def language_dialog(qtbot, w: MainWindow) -> LanguageDialog:
    """Alt+V opens the View menu; L is Language…'s accelerator there."""
    qtbot.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    assert any(a.text() == "&Language\u2026" for a in menu.actions())
    qtbot.keyClick(menu, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LanguageDialog), timeout=5000)
    return QApplication.activeModalWidget()


def test_cymraeg_chosen_in_the_dialog_is_the_language_of_the_next_start(
    qtbot,
    store,
    runner,  # noqa: F811
    ui_settings,  # noqa: F811
    monkeypatch,
) -> None:
    w = open_window(qtbot, store, runner, ui_settings, monkeypatch)
    dlg = language_dialog(qtbot, w)
    assert dlg.choices["system"].isChecked()  # nothing saved yet: the system's language
    assert "next time Checkpoint Desk starts" in dlg.note.text()
    click(dlg.choices["cy"])
    assert dlg.choices["cy"].isChecked()
    click(button_with_text(dlg, "OK"))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)

    saved = QSettings(str(ui_settings.ui_state_file), QSettings.Format.IniFormat)
    assert saved.value(LANGUAGE_KEY) == "cy"
    assert chosen_language(saved, {}) == "cy"  # what run_gui installs at the next start

    again = language_dialog(qtbot, w)
    assert again.choices["cy"].isChecked()  # the dialog shows what is saved
    click(again.choices["system"])
    click(button_with_text(again, "Cancel"))
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    saved.sync()
    assert QSettings(str(ui_settings.ui_state_file), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "cy"

    third = language_dialog(qtbot, w)
    click(third.choices["en"])
    click(button_with_text(third, "OK"))
    qtbot.waitUntil(lambda: not third.isVisible(), timeout=5000)
    assert chosen_language(QSettings(str(ui_settings.ui_state_file), QSettings.Format.IniFormat), {}) == "en"
