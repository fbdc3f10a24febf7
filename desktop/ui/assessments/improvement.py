"""For a manager: the share of the caseload whose scores improved between start and exit, per instrument.

Improvement means the total moved in the better direction by at least the instrument's reliable change
(PHQ-9: 6 points), else 1 point. People without both a start and an exit score are counted apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import (
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.assessments import ImprovementShare, improvement_share
from desktop.domain.instruments import InstrumentDefinition
from desktop.services.instruments import InstrumentCatalogue
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel

from ..context import AppContext
from ..dialogs.base import problem_label, show_problem, user_message
from .change_view import TRACKED
from .charts import whole_number_axis

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ImprovementTableModel", "Instrument"),
    QT_TRANSLATE_NOOP("ImprovementTableModel", "Improved"),
    QT_TRANSLATE_NOOP("ImprovementTableModel", "No change"),
    QT_TRANSLATE_NOOP("ImprovementTableModel", "Worse"),
    QT_TRANSLATE_NOOP("ImprovementTableModel", "Share improved"),
    QT_TRANSLATE_NOOP("ImprovementTableModel", "Without start and exit"),
)


@dataclass(frozen=True)
class ImprovementRow:
    definition: InstrumentDefinition
    share: ImprovementShare

    @property
    def share_text(self) -> str:
        if self.share.share is None:
            return "No one measured yet"
        return f"{self.share.share:.0%} ({self.share.improved} of {self.share.measured})"


def improvement_rows(catalogue: InstrumentCatalogue, assessments: Sequence[Any]) -> list[ImprovementRow]:
    """One row per scored instrument: PHQ-9, GAD-7 and AUDIT first, then any other with a total."""
    scored = [d for d in catalogue.latest() if d.has_total]
    scored.sort(key=lambda d: (TRACKED.index(d.id) if d.id in TRACKED else len(TRACKED), d.short_title))
    return [ImprovementRow(d, improvement_share(assessments, d)) for d in scored]


class ImprovementTableModel(RowTableModel):
    COLUMNS = COLUMNS

    def row(self, n: int) -> ImprovementRow:
        found: ImprovementRow = self._rows[n]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        s = r.share
        values = (r.definition.short_title, s.improved, s.no_change, s.worse, r.share_text, s.without_both)
        return str(values[index.column()])


class ImprovementSummary(QWidget):
    """Loads the visible caseload's assessments off the GUI thread and shows the shares as a table and a chart."""

    loaded = Signal()

    def __init__(
        self, ctx: AppContext, catalogue: InstrumentCatalogue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.catalogue = catalogue or ctx.services.catalogue
        everyone = ctx.services.user.role.sees_everyone
        self.heading = QLabel(
            self.tr("<b>Improvement between start and exit: {0}</b>").format(
                self.tr("the whole service") if everyone else self.tr("your caseload")
            ),
            self,
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problem = problem_label(self, self.tr("Problem loading the summary"))
        self.model = ImprovementTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Improvement by instrument"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.bar_sets: dict[str, QBarSet] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addWidget(self.chart_view, 1)
        self.rows: list[ImprovementRow] = []
        self.reload()

    def reload(self) -> None:
        repo, catalogue = self._ctx.services.assessments, self.catalogue

        def work() -> tuple[InstrumentCatalogue, list[ImprovementRow]]:
            ids = [d.id for d in catalogue.latest() if d.has_total]
            assessments = repo.list_visible(ids)
            return catalogue, improvement_rows(catalogue, assessments)

        self._ctx.runner.run(work, self._on_runner_loaded, self._on_runner_failed)

    def _on_runner_failed(self, exc: BaseException) -> None:
        if isValid(self):
            show_problem(self.problem, user_message(exc))

    def _on_runner_loaded(self, result: tuple[InstrumentCatalogue, list[ImprovementRow]]) -> None:
        if not isValid(self):
            return  # closed while loading
        self.catalogue, self.rows = result
        self.model.set_rows(self.rows)
        measured = [r for r in self.rows if r.share.measured]
        lines = [
            self.tr("{0}: {1} of {2} people improved by {3} or more points ({4:.0%}).").format(
                r.definition.short_title,
                r.share.improved,
                r.share.measured,
                r.share.min_change,
                r.share.share or 0,
            )
            for r in measured
        ]
        self.summary.setText(
            " ".join(lines) if lines else self.tr("No one has both a start and an exit score yet.")
        )
        self._draw(measured)
        self.loaded.emit()

    def _draw(self, rows: Sequence[ImprovementRow]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.tr("People by change between start and exit"))
        rows = list(reversed(rows))  # horizontal bars run bottom-up: keep the table's order top-down
        series = QHorizontalStackedBarSeries()
        styles = (
            (self.tr("Improved"), QColor(46, 160, 67), Qt.BrushStyle.SolidPattern, "improved"),
            (self.tr("No change"), QColor(150, 150, 150), Qt.BrushStyle.Dense4Pattern, "no_change"),
            (self.tr("Worse"), QColor(215, 40, 40), Qt.BrushStyle.BDiagPattern, "worse"),
        )
        self.bar_sets = {}
        for label, colour, pattern, field in styles:
            bar_set = QBarSet(label)
            bar_set.setBrush(QBrush(colour, pattern))
            bar_set.setLabelColor(QColor(0, 0, 0))
            bar_set.append([float(getattr(r.share, field)) for r in rows])
            series.append(bar_set)
            self.bar_sets[field] = bar_set
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.definition.short_title for r in rows])
        people = whole_number_axis(0, max((r.share.measured for r in rows), default=1))
        people.setTitleText(self.tr("People"))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(people, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(people)
