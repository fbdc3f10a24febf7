"""Returns in the real main window: Ctrl+Shift+R opens the review queue in a tab (once), and the dashboard's
"Returns due" tile counts the returns drafted and still to sign, for what the signed-in user may see."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from returns_store_fixtures import ReturnsStore, build_returns_store, open_as, ret_clock

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.view import ReturnsView
from desktop.ui.returns.wiring import ReturnsHookup
from desktop.ui.runner import BackgroundRunner


@pytest.fixture(scope="module")
def rs(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-wiring") / "store")


@pytest.fixture
def window(
    rs: ReturnsStore, qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    store = open_as(rs, request.param)
    runner = BackgroundRunner()
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    win = MainWindow(build_context(store, runner, ret_clock), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    for i in range(win.tabs.count()):
        widget = win.tabs.widget(i)
        if isinstance(widget, ReturnsView):
            widget.controller.shutdown()
    runner.shutdown()
    store.close()


def _hookup(win: MainWindow) -> ReturnsHookup:
    existing = getattr(win, "returns", None)
    return existing if isinstance(existing, ReturnsHookup) else ReturnsHookup(win)


@pytest.mark.parametrize("window", ["manager"], indirect=True)
def test_the_returns_due_tile_counts_returns_to_sign_and_ctrl_shift_r_opens_the_queue(
    window: MainWindow, qtbot: QtBot
) -> None:
    hookup = _hookup(window)
    hookup.update_count()
    qtbot.waitUntil(lambda: window.dashboard.returns.number.text() == "5", timeout=20_000)
    assert "still to be signed" in window.dashboard.returns.toolTip()
    assert hookup.action.shortcut().toString() == "Ctrl+Shift+R"
    hookup.action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), ReturnsView), timeout=10_000)
    view = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=20_000)
    tabs = window.tabs.count()
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.tabs.count() == tabs and window.tabs.currentWidget() is view  # one queue, not two


@pytest.mark.parametrize("window", ["alex"], indirect=True)
def test_a_keyworker_counts_only_their_own_peoples_returns(window: MainWindow, qtbot: QtBot) -> None:
    hookup = _hookup(window)
    hookup.update_count()
    qtbot.waitUntil(lambda: window.dashboard.returns.number.text() == "2", timeout=20_000)


@pytest.mark.parametrize("window", ["manager"], indirect=True)
def test_the_returns_action_sits_in_the_view_menu_and_is_disabled_while_locked(window: MainWindow) -> None:
    action = _hookup(window).action
    assert action in window.view_menu.actions() and action in window.toolbar.actions()
    window.idle.lock()
    assert not action.isEnabled()
    window.idle.unlock()
    assert action.isEnabled()
