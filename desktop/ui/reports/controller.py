"""The Reports tab's logic: pick a period and a keyworker, build the figures off the GUI thread, show them,
and export the shown report as CSV or signed PDF through a save dialog (written on the database thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.domain import DomainError
from desktop.domain.disclosure import Shown
from desktop.domain.reports import ENDED_STATES, Period, last_full_quarter, quarter_of
from desktop.services.reports import Report, ReportService
from desktop.ui.qt_typed import py_date, to_qdate

from ..context import AppContext
from ..labels import error_text
from .view import HEADLINES, ReportsView

PRESETS = ("last_quarter", "this_quarter", "custom")


class ReportsController(QObject):
    report_shown = Signal(object)  # the Report now on screen
    exported = Signal(str)  # the path written

    def __init__(
        self, ctx: AppContext, service: ReportService, view: ReportsView, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._service, self.view = ctx, service, view
        self.report: Report | None = None
        self._filling = False
        self.dialog: QFileDialog | None = None
        for key, text in zip(
            PRESETS,
            (self.tr("Last full quarter"), self.tr("This quarter so far"), self.tr("Chosen dates")),
            strict=True,
        ):
            view.preset.addItem(text, key)
        view.keyworker.addItem(self.tr("Whole service"), None)
        can_sign = ctx.services.user.role.can_sign_returns
        view.pdf_button.setEnabled(False)
        view.csv_button.setEnabled(False)
        if not can_sign:
            view.pdf_button.setToolTip(self.tr("Only a manager can sign the PCC report"))
        self._can_sign = can_sign
        self._apply_preset()
        view.preset.currentIndexChanged.connect(self._on_preset_changed)
        view.keyworker.currentIndexChanged.connect(self._on_keyworker_changed)
        view.start.dateChanged.connect(self._on_date_edited)
        view.end.dateChanged.connect(self._on_date_edited)
        view.show_button.clicked.connect(self._on_show_clicked)
        view.published.toggled.connect(self._on_published_toggled)
        view.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        view.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        ctx.runner.run(service.keyworker_choices, self._on_keyworkers_loaded, self._on_failed)

    # -- choosing ------------------------------------------------------------------------------------------
    def _apply_preset(self) -> None:
        key = self.view.preset.currentData()
        today = self._ctx.clock().date()
        if key == "custom":
            return
        period = (
            last_full_quarter(self._ctx.clock())
            if key == "last_quarter"
            else Period(quarter_of(today).start, today)
        )
        self._filling = True
        self.view.start.setDate(to_qdate(period.start))
        self.view.end.setDate(to_qdate(period.end))
        self._filling = False

    def _on_preset_changed(self, _index: int) -> None:
        self._apply_preset()
        if self.view.preset.currentData() != "custom":
            self.refresh()

    def _on_date_edited(self, _date: QDate) -> None:
        if not self._filling and self.view.preset.currentData() != "custom":
            self._filling = True
            self.view.preset.setCurrentIndex(PRESETS.index("custom"))
            self._filling = False

    def _on_keyworker_changed(self, _index: int) -> None:
        self.refresh()

    def _on_keyworkers_loaded(self, choices: list[tuple[str, str]]) -> None:
        for user_id, name in choices:
            self.view.keyworker.addItem(name, user_id)
        self.view.keyworker.addItem(self.tr("Unassigned"), "unassigned")

    def _on_show_clicked(self) -> None:
        self.refresh()

    def period(self) -> Period:
        start: date = py_date(self.view.start.date())
        end: date = py_date(self.view.end.date())
        return Period(start, end)

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            period = self.period()
        except DomainError as exc:
            self.view.status.setText(error_text(exc).capitalize() + ".")
            return
        keyworker = self.view.keyworker.currentData()
        self.view.status.setText(self.tr("Working out the figures\u2026"))
        self._ctx.runner.run(lambda: self._service.build(period, keyworker), self._on_built, self._on_failed)

    def _on_built(self, report: Report) -> None:
        self.report = report
        self.view.status.setText(
            self.tr("{0} to {1}, {2}: exact figures, for the service's own use.").format(
                report.period.start.strftime("%d/%m/%Y"), report.period.end.strftime("%d/%m/%Y"), report.scope
            )
        )
        self.view.csv_button.setEnabled(True)
        self.view.pdf_button.setEnabled(self._can_sign)
        self._show()
        self.report_shown.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self.view.status.setText(self.tr("Could not make the report: {0}").format(exc))

    def _on_published_toggled(self, _on: bool) -> None:
        if self.report is not None:
            self._show()

    def _show(self) -> None:
        assert self.report is not None
        shown = self.report.shown(suppressed=self.view.published.isChecked())
        by = {(s.figure.key, s.figure.dimension, s.figure.category): s for s in shown}
        for key, _title in HEADLINES:
            s = by[(key, "", "")]
            unit = "%" if s.figure.unit == "percent" and not s.hidden and s.text else ""
            self.view.headline_values[key].setText((s.text or "n/a") + unit)
        self.view.model.set_rows(shown)
        funnel = [
            by[("referrals_received", "", "")],
            by[("referrals_received", "eligibility", "eligible")],
            by[("contracts_signed", "", "")],
            by[("contracts_ended", "outcome", ENDED_STATES[0].value)],
        ]
        self.view.funnel.show_bars(
            [self.tr("Referred"), self.tr("Eligible"), self.tr("Signed"), self.tr("Completed")],
            [(self.tr("People"), funnel)],
        )
        months = self.report.period.months()
        self.view.monthly.show_bars(
            months,
            [
                (self.tr("Referrals"), self._row(shown, "referrals_received", "month")),
                (self.tr("Contracts signed"), self._row(shown, "contracts_signed", "month")),
                (self.tr("Completed"), self._row(shown, "contracts_completed", "month")),
            ],
        )
        rates = self._row(shown, "attendance_rate", "keyworker")
        self.view.keyworkers.show_bars(
            [s.figure.label for s in rates], [(self.tr("Attendance %"), rates)], percent=True
        )

    @staticmethod
    def _row(shown: list[Shown], key: str, dimension: str) -> list[Shown]:
        return [s for s in shown if s.figure.key == key and s.figure.dimension == dimension]

    # -- exporting -----------------------------------------------------------------------------------------
    def _ask_path(self, kind: str) -> None:
        if self.report is None:
            return
        p = self.report.period
        dialog = QFileDialog(
            self.view,
            self.tr("Export the report as CSV") if kind == "csv" else self.tr("Export the signed PDF report"),
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV (*.csv)" if kind == "csv" else "PDF (*.pdf)")
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(f"report-{p.start}-{p.end}.{kind}")
        dialog.fileSelected.connect(lambda path: self._export(kind, Path(path)))
        self.dialog = dialog
        dialog.open()

    def _export(self, kind: str, path: Path) -> None:
        report = self.report
        if report is None:
            return
        self.view.status.setText(self.tr("Writing {0}\u2026").format(path))

        def write() -> Any:
            if kind == "csv":
                return self._service.write_csv(report, path, suppressed=True)
            return self._service.write_pdf(report, path)

        def done(_digest: Any) -> None:
            self.view.status.setText(self.tr("Saved {0} (small numbers hidden, as published).").format(path))
            self.exported.emit(str(path))

        self._ctx.runner.run(write, done, self._on_export_failed)

    def _on_export_failed(self, exc: BaseException) -> None:
        self.view.status.setText(self.tr("Could not export: {0}").format(exc))
