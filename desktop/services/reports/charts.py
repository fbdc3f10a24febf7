"""The report's charts as ReportLab drawings: the funnel, month by month, attendance per keyworker.

They plot what the report may publish: a hidden figure is drawn as an empty bar labelled "<5" or "suppressed",
never at its true height. Readable in black and white (fills differ in lightness, every bar carries its number).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from desktop.domain.disclosure import Shown
from desktop.services.returns.styles import REGULAR, register_fonts

FILLS = (colors.Color(0.15, 0.15, 0.15), colors.Color(0.6, 0.6, 0.6), colors.white)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]  # 0 where hidden
    labels: tuple[str, ...]  # the text over each bar


def series_of(name: str, shown: Sequence[Shown], suffix: str = "") -> Series:
    return Series(
        name,
        tuple(0.0 if s.hidden or s.figure.value is None else float(s.figure.value) for s in shown),
        tuple((s.text + ("" if s.hidden else suffix)) if s.text else "n/a" for s in shown),
    )


def _style(chart: VerticalBarChart | HorizontalBarChart, series: Sequence[Series]) -> None:
    chart.data = [list(s.values) or [0.0] for s in series]
    chart.barLabelArray = [list(s.labels) for s in series]
    chart.barLabelFormat = "values"  # draw barLabelArray's texts
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 6.5
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    peak = max((v for s in series for v in s.values), default=0.0)
    chart.valueAxis.valueMax = max(peak * 1.2, 5)
    chart.barSpacing, chart.groupSpacing = 1, 6
    for i in range(len(series)):
        chart.bars[i].fillColor = FILLS[i % len(FILLS)]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.5


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float) -> None:
    if len(series) < 2:
        return
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dxTextSpace = 4
    legend.deltax = 90
    legend.colorNamePairs = [(FILLS[i % len(FILLS)], s.name) for i, s in enumerate(series)]
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.5
    drawing.add(legend)


def column_chart(categories: Sequence[str], series: Sequence[Series], width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, width - 40, height - 52
    _style(chart, series)
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.barLabels.nudge = 6
    drawing.add(chart)
    _legend(drawing, series, 28, 8)
    return drawing


def bar_chart(categories: Sequence[str], series: Sequence[Series], width: float, height: float) -> Drawing:
    """Horizontal bars, first category at the top (the funnel reads downwards)."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, 10, width - 160, height - 20
    rev = [Series(s.name, tuple(reversed(s.values)), tuple(reversed(s.labels))) for s in series]
    _style(chart, rev)
    chart.categoryAxis.categoryNames = list(reversed(categories)) or [""]
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing
