"""Journey (issue 11): a manager reads the dashboard. Each tile says in words what it counts (not only in a
tooltip); clicking "Returns due" opens the queue showing the same number of returns to review and sign; the
compliance cell names its reason; a person with no contract is never "On track"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from returns_store_fixtures import ReturnsStore, build_returns_store, open_as, ret_clock
from ui_fixtures import make_row

from desktop.app.i18n import ui_reason
from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.domain import ContractState
from desktop.ui.caseload.model import ROW_ROLE, CaseloadTableModel, Column
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.view import ReturnsView
from desktop.ui.runner import BackgroundRunner

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture(scope="module")
def rs(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("journey-dashboard") / "store")


@pytest.fixture
def window(rs: ReturnsStore, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    store = open_as(rs, "manager")
    runner = BackgroundRunner()
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    win = MainWindow(build_context(store, runner, ret_clock), settings)
    qtbot.addWidget(win)
    win.resize(1400, 800)
    win.show()
    yield win
    for i in range(win.tabs.count()):
        widget = win.tabs.widget(i)
        if isinstance(widget, ReturnsView):
            widget.controller.shutdown()
    runner.shutdown()
    store.close()


def test_the_returns_tile_matches_the_queue_and_reasons_are_in_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    d = window.dashboard
    for tile in (d.active, d.at_risk, d.ending, d.returns):
        assert tile.detail.isVisible() and tile.detail.text()  # what it counts, on screen
    qtbot.waitUntil(lambda: d.returns.number.text() == "5", timeout=20_000)
    model = d.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        text = model.index(r, Column.COMPLIANCE).data()
        if row.state is ContractState.ACTIVE and row.compliance.reasons:
            assert ui_reason(row.compliance.reasons[0]) in text
        if row.state is None:
            assert text == "\u2014 no contract yet"
    window.grab().save(str(SHOTS / "dashboard-reasons-visible.png"))

    qtbot.mouseClick(d.returns, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), ReturnsView), timeout=10_000)
    view = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: "to review and sign" in view.status.text(), timeout=20_000)
    assert view.filter.currentText() == "To review and sign"
    assert view.proxy.rowCount() == int(d.returns.number.text()) == 5
    assert "5 to review and sign" in view.status.text()
    view.grab().save(str(SHOTS / "returns-queue-to-sign.png"))


def test_no_contract_is_not_on_track() -> None:
    m = CaseloadTableModel()
    m.set_rows([make_row("Nadia Noone", state=None, day=0)])
    cell = m.index(0, Column.COMPLIANCE)
    assert cell.data() == "\u2014 no contract yet" and cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "No contract" in cell.data(Qt.ItemDataRole.ToolTipRole)
