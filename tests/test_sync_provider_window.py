"""Sync in the real main window: the Sync menu, the status figure, a Sync now that adds people to the caseload,
and actions disabled while the window is locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_provider_support import WHEN, ForceSide, csv_rows, provider_store

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import BackgroundRunner
from desktop.ui.sync import SyncHookup, SyncStatusWidget


@pytest.fixture
def window(qtbot, tmp_path: Path):
    force = ForceSide(tmp_path / "force")
    store = provider_store(tmp_path / "store", force)
    force.out = tmp_path / "inbox"
    runner = BackgroundRunner()
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    win = MainWindow(build_context(store, runner, lambda: WHEN), settings)
    qtbot.addWidget(win)
    win.show()
    yield win, force
    runner.shutdown()
    store.close()
    force.close()


def _hookup(win: MainWindow) -> SyncHookup:
    assert isinstance(win.sync, SyncHookup)  # the window builds it (main_window.HOOKUPS)
    return win.sync


def test_the_window_has_a_sync_menu_and_the_status_figure(qtbot, window, tmp_path):
    win, force = window
    hookup = _hookup(win)
    menu = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "Sync")
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Sync now",
        "Sync log and conflicts\u2026",
        "Set up a partner\u2026",
        "Save our certificate\u2026",
    ]
    assert win.findChildren(SyncStatusWidget) == [hookup.status]
    qtbot.waitUntil(lambda: hookup.status.status is not None, timeout=20_000)
    assert hookup.status.label.text() == "Never synced \u00b7 nothing waiting to go"

    force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor")))
    hookup.controller.act_sync_now.trigger()
    qtbot.waitUntil(lambda: hookup.controller.preview_dialog is not None, timeout=20_000)
    hookup.controller.preview_dialog.apply_button.click()
    qtbot.waitUntil(lambda: win.caseload.model.rowCount() == 1, timeout=20_000)
    assert win.statusBar().currentMessage().startswith("Sync done: 1 bundle applied")
    qtbot.waitUntil(lambda: hookup.status.label.text().startswith("Synced just now"), timeout=20_000)
    win.grab().save(str(tmp_path / "window.png"))


def test_sync_actions_are_disabled_while_the_window_is_locked(qtbot, window):
    win, _force = window
    hookup = _hookup(win)
    win.idle.lock()
    assert not hookup.controller.act_sync_now.isEnabled()
    win.idle.unlock()
    assert hookup.controller.act_sync_now.isEnabled()
