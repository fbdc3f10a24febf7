"""Change over time with QtCharts: pathway needs at start against the latest screen (a radar), and one line chart
per scored instrument across stages. Series are told apart by line style and named in the legend, not by colour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.domain.assessments import ScorePoint
from desktop.domain.instruments import InstrumentDefinition
from desktop.domain.pathway_needs import NeedLevel, NeedsRadar
from desktop.ui.language import ui_label

from ..record.style import fmt_date

START_COLOUR = QColor(90, 90, 90)
LATEST_COLOUR = QColor(0, 102, 204)
FULL_CIRCLE = 360.0


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(380, 300)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return view


class NeedsRadarChart(QChartView):
    """Need level (none 0 to high 3) per pathway: start dashed grey, the latest review or exit solid blue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.polar = QPolarChart()
        super().__init__(self.polar, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 380)
        self.polar.setMargins(QMargins(4, 4, 4, 4))
        self.polar.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setAccessibleName(self.tr("Pathway needs at start and at the latest review"))
        self.start_series: QLineSeries | None = None
        self.latest_series: QLineSeries | None = None
        self.show_radar(None)

    def show_radar(self, radar: NeedsRadar | None) -> None:
        chart = self.polar
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.start_series = self.latest_series = None
        if radar is None:
            chart.setTitle(self.tr("Pathway needs: no screen completed at start yet"))
            return
        chart.setTitle(self.tr("Pathway needs: start against the latest screen"))
        step = FULL_CIRCLE / len(radar.pathways)
        angular = QCategoryAxis()
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, pathway in enumerate(radar.pathways):
            angular.append(_short(ui_label(pathway)), i * step)
        angular.setRange(0, FULL_CIRCLE)
        radial = QCategoryAxis()
        radial.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for level in NeedLevel:
            radial.append(ui_label(level), level.rank)
        radial.setRange(0, NeedLevel.HIGH.rank)
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        start_name = self.tr("Start, {0} (dashed)").format(fmt_date(radar.start_on))
        self.start_series = self._add(
            radar.start, step, start_name, START_COLOUR, Qt.PenStyle.DashLine, angular, radial
        )
        if radar.latest is not None and radar.latest_stage is not None:
            name = self.tr("{0}, {1} (solid)").format(ui_label(radar.latest_stage), fmt_date(radar.latest_on))
            self.latest_series = self._add(
                radar.latest, step, name, LATEST_COLOUR, Qt.PenStyle.SolidLine, angular, radial
            )

    def _add(
        self,
        ranks: Sequence[int],
        step: float,
        name: str,
        colour: QColor,
        style: Qt.PenStyle,
        angular: QCategoryAxis,
        radial: QCategoryAxis,
    ) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        for i, rank in enumerate(ranks):
            series.append(QPointF(i * step, rank))
        series.append(QPointF(FULL_CIRCLE, ranks[0]))  # close the shape
        series.setPen(QPen(colour, 2.5, style))
        series.setPointsVisible(True)
        self.polar.addSeries(series)
        series.attachAxis(angular)
        series.attachAxis(radial)
        return series


def _short(label: str) -> str:
    """'Employment and training' -> 'Employment' (the radar has little room); the table gives the full name."""
    return label.split(" and ")[0]


class ScoreLineChart(QChartView):
    """One instrument's totals across stages, with its bands named on the right-hand axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.line_chart = QChart()
        super().__init__(self.line_chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(380, 280)
        self.line_chart.setMargins(QMargins(4, 4, 4, 4))
        self.line_chart.legend().hide()
        self.series: QLineSeries | None = None

    def show_points(self, definition: InstrumentDefinition, points: Sequence[ScorePoint]) -> None:
        chart = self.line_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        name = definition.short_title
        self.setAccessibleName(self.tr("{0} scores across stages").format(name))
        if not points:
            self.series = None
            chart.setTitle(self.tr("{0}: no completed scores yet").format(name))
            return
        better = (
            self.tr("lower is better") if definition.scoring.lower_is_better else self.tr("higher is better")
        )
        chart.setTitle(self.tr("{0} across stages ({1})").format(name, better))
        series = QLineSeries()
        series.setName(name)
        for i, point in enumerate(points):
            series.append(QPointF(i, point.total))
        series.setPen(QPen(LATEST_COLOUR, 2.5))
        series.setPointsVisible(True)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsClipping(False)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([f"{ui_label(p.stage)}<br>{fmt_date(p.administered_on)}" for p in points])
        y_axis = whole_number_axis(definition.scoring.total_min, definition.scoring.total_max)
        y_axis.setTitleText(self.tr("Total"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if definition.bands:
            bands = QCategoryAxis()
            bands.setRange(definition.scoring.total_min, definition.scoring.total_max)
            for band in definition.bands:
                bands.append(band.label, band.maximum)
            bands.setGridLineVisible(False)
            small = bands.labelsFont()
            small.setPointSizeF(small.pointSizeF() * 0.85)
            bands.setLabelsFont(small)
            chart.addAxis(bands, Qt.AlignmentFlag.AlignRight)
            series.attachAxis(bands)
        self.series = series


def whole_number_axis(low: int, high: int) -> QValueAxis:
    """A value axis whose ticks fall on round whole numbers (0, 5, 10... not 0, 6.75, 13.5 labelled 6, 13)."""
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat("%d")
    span = max(high - low, 1)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(tick_step(span))
    return axis


def tick_step(span: int) -> int:
    """A whole-number tick step that lands a labelled tick on the instrument's true maximum (GAD-7: 0, 3...21,
    not 0, 5...20 with 21 unlabelled), with at most 9 intervals; else the nearest round step."""
    exact = next((step for step in range(1, span + 1) if span % step == 0 and span / step <= 9), None)
    if exact is not None and exact <= 10:
        return exact
    return next(step for step in (1, 2, 5, 10, 20, 50, 100, 10**9) if span / step <= 8)


def series_values(series: QLineSeries | None) -> list[tuple[float, float]]:
    """The (x, y) points of a series, for tests and for reading a chart out loud."""
    if series is None:
        return []
    return [(p.x(), p.y()) for p in series.points()]
