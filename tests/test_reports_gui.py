"""The Reports tab through real input, against a real encrypted store holding the synthetic service (Q3 2026 is
the last full quarter on the fixed clock): figures, charts, published view, keyworker, dates, exports."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit
from reports_store import PASS, ReportStore, build_report_store, clock

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.services.reports import ReportService
from desktop.services.returns import verify_pdf
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.wiring import ReportsTab
from desktop.ui.runner import BackgroundRunner


@pytest.fixture(scope="module")
def rs(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    return build_report_store(tmp_path_factory.mktemp("reports_gui") / "store")


def _ctx(rs: ReportStore, user: str) -> Iterator[AppContext]:
    store = CaseStore.open(rs.folder, user, PASS, clock=clock)
    runner = BackgroundRunner()
    yield build_context(store, runner, clock)
    runner.shutdown()
    store.close()


@pytest.fixture
def mctx(qapp, rs: ReportStore) -> Iterator[AppContext]:
    yield from _ctx(rs, "mona")


@pytest.fixture
def tab(qtbot, mctx: AppContext) -> ReportsTab:
    tab = ReportsTab(mctx, ReportService(mctx.store))
    qtbot.addWidget(tab)
    tab.resize(1200, 1000)
    tab.show()
    qtbot.waitUntil(lambda: tab.controller.report is not None, timeout=10_000)
    return tab


def _headline(tab: ReportsTab, key: str) -> str:
    return tab.view.headline_values[key].text()


def test_opens_on_the_last_full_quarter_with_exact_figures_and_charts(tab: ReportsTab) -> None:
    v = tab.view
    assert (v.start.date(), v.end.date()) == (QDate(2026, 7, 1), QDate(2026, 9, 30))
    assert _headline(tab, "referrals_received") == "6"
    assert _headline(tab, "completion_rate") == "33.3%"
    assert _headline(tab, "days_to_first_seen_median") == "7.5"
    assert v.funnel.values["People"] == [1.0, 4.0, 5.0, 6.0]  # drawn bottom-up: completed ... referred
    assert v.monthly.values["Referrals"] == [3.0, 1.0, 2.0]
    assert sorted(v.keyworkers.values["Attendance %"]) == [57.1, 100.0, 100.0]
    assert v.model.rowCount() == len(tab.controller.report.figures)
    assert "exact figures" in v.status.text()


def test_published_view_hides_small_numbers(qtbot, tab: ReportsTab) -> None:
    qtbot.mouseClick(tab.view.published, Qt.MouseButton.LeftButton)
    assert tab.view.published.isChecked()
    assert _headline(tab, "completion_rate") == "suppressed"
    assert _headline(tab, "referrals_received") == "6"
    assert tab.view.funnel.values["People"] == [
        0.0,
        0.0,
        0.0,
        6.0,
    ]  # hidden bars are not drawn at their height
    texts = {tab.view.model.index(r, 4).data() for r in range(tab.view.model.rowCount())}
    assert "<5" in texts and "1" not in texts


def test_choosing_a_keyworker_by_keyboard(qtbot, tab: ReportsTab) -> None:
    combo = tab.view.keyworker
    qtbot.waitUntil(lambda: combo.count() == 4, timeout=5000)  # whole service, Alex, Bea, unassigned
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Alex Keyworker"
    qtbot.waitUntil(lambda: _headline(tab, "referrals_received") == "4", timeout=10_000)
    assert "Alex Keyworker" in tab.view.status.text()


def test_typing_dates_and_show(qtbot, tab: ReportsTab) -> None:
    start = tab.view.start
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, "01/08/2026")
    assert start.date() == QDate(2026, 8, 1)
    assert tab.view.preset.currentData() == "custom"
    qtbot.mouseClick(tab.view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.controller.report.period.start.month == 8, timeout=10_000)
    assert _headline(tab, "referrals_received") == "3"  # P4 1 Aug, P5 10 Sep, P6 28 Sep


def _save_as(qtbot, path: Path) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.wait(300)  # the dialog reads the folder on its own thread before it takes a name
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(name, str(path))
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_export_csv_and_signed_pdf_through_the_save_dialog(qtbot, tab: ReportsTab, tmp_path: Path) -> None:
    qtbot.mouseClick(tab.view.csv_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.controller.exported, timeout=10_000):
        _save_as(qtbot, tmp_path / "q3.csv")
    out = tmp_path / "q3.csv"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert ",not_eligible,Not eligible,<5," in out.read_text(
        encoding="utf-8-sig"
    )  # exports are always suppressed
    assert "Saved" in tab.view.status.text()
    qtbot.mouseClick(tab.view.pdf_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.controller.exported, timeout=20_000):
        _save_as(qtbot, tmp_path / "q3.pdf")
    result = verify_pdf((tmp_path / "q3.pdf").read_bytes())
    assert result.intact and result.signer == "Mona Manager for Northshire Recovery"


def test_a_keyworker_cannot_sign_but_sees_their_own_figures(qtbot, qapp, rs: ReportStore) -> None:
    for ctx in _ctx(rs, "bea"):
        tab = ReportsTab(ctx, ReportService(ctx.store))
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda t=tab: t.controller.report is not None, timeout=10_000)
        assert _headline(tab, "referrals_received") == "1"
        assert tab.view.csv_button.isEnabled() and not tab.view.pdf_button.isEnabled()


def test_ctrl_shift_p_opens_reports_in_the_main_window_once(qtbot, mctx: AppContext, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    window = MainWindow(mctx, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    assert window.reports.action in view_menu.actions()
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), ReportsTab), timeout=5000)
    count = window.tabs.count()
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.tabs.count() == count
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.controller.report is not None, timeout=10_000)


def test_figures_table_model_without_widgets(qapp) -> None:
    from desktop.domain.disclosure import suppress
    from desktop.domain.reports import build_figures
    from desktop.ui.reports.model import FiguresTableModel
    from tests.reports_service import NAMES, Q3, report_cases

    figures = build_figures(report_cases(), Q3, NAMES)
    model = FiguresTableModel()
    model.set_rows(suppress(figures))
    assert model.rowCount() == len(figures) and model.columnCount() == 5
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Section", "Figure", "Breakdown", "Category", "Value"]
    rows = {tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())}
    assert ("Referrals and contracts", "Referrals received", "Eligibility", "Not eligible", "<5") in rows
    assert ("Referrals and contracts", "Referrals received", "", "", "6") in rows
    hidden_row = next(r for r in range(model.rowCount()) if model.shown_at(r).hidden)
    assert "Hidden in published figures" in model.index(hidden_row, 4).data(Qt.ItemDataRole.ToolTipRole)
