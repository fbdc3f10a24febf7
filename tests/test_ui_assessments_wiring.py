"""Outcomes in the real main window: a manager's Ctrl+Shift+O opens the improvement summary in one tab;
a keyworker gets no such action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from ui_assessment_fixtures import A_PASS, a_clock

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.domain import Role
from desktop.storage.store import CaseStore
from desktop.ui.assessments.improvement import ImprovementSummary
from desktop.ui.assessments.wiring import OutcomesHookup
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import BackgroundRunner


def _window(qtbot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_ctrl_shift_o_opens_the_outcomes_tab_once(qtbot, actx, tmp_path: Path) -> None:
    window = _window(qtbot, actx, tmp_path)
    hookup = getattr(window, "outcomes", None) or OutcomesHookup(window)
    assert hookup.action is not None and hookup.action.shortcut().toString() == "Ctrl+Shift+O"
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    assert hookup.action in view_menu.actions()
    hookup.action.trigger()
    summary = window.tabs.currentWidget()
    assert isinstance(summary, ImprovementSummary)
    qtbot.waitUntil(lambda: bool(summary.rows), timeout=10_000)
    count = window.tabs.count()
    hookup.action.trigger()
    assert window.tabs.count() == count and window.tabs.currentWidget() is summary


def test_a_keyworker_gets_no_outcomes_action(qtbot, qapp, tmp_path: Path) -> None:
    admin, _ = CaseStore.create(tmp_path / "kw", "admin", A_PASS, clock=a_clock)
    admin.add_user("alex", "Alex Carter", Role.KEYWORKER, A_PASS)
    admin.close()
    store = CaseStore.open(tmp_path / "kw", "alex", A_PASS, clock=a_clock)
    runner = BackgroundRunner()
    try:
        window = _window(qtbot, build_context(store, runner, a_clock), tmp_path)
        hookup = OutcomesHookup(window)
        assert hookup.action is None
        assert not [a for a in window.findChildren(QAction) if "Outcomes" in a.text()]
    finally:
        runner.shutdown()
        store.close()
