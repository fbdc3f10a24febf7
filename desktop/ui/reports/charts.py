"""The report's charts with QtCharts: the funnel, month by month, attendance per keyworker. Series differ in
lightness as well as colour, and every bar carries its number, so nothing depends on colour alone."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from desktop.domain.disclosure import Shown

FILLS = (QColor(40, 70, 120), QColor(120, 160, 210), QColor(215, 225, 240))


class ReportChart(QChartView):
    """One bar chart; `show_bars` replaces its content. `values` lets tests read what is drawn."""

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.chart_.setTitle(title)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setAccessibleName(title)
        self._horizontal = horizontal
        self.values: dict[str, list[float]] = {}

    def show_bars(
        self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[Shown]]], percent: bool = False
    ) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        self.values = {}
        peak = 0.0
        cats = list(categories)
        if self._horizontal:  # Qt draws the first category at the bottom: reverse, so it reads downwards
            cats = cats[::-1]
        for i, (name, shown) in enumerate(series):
            values = [0.0 if s.hidden or s.figure.value is None else float(s.figure.value) for s in shown]
            if self._horizontal:
                values = values[::-1]
            bar_set = QBarSet(name)
            bar_set.setColor(FILLS[i % len(FILLS)])
            bar_set.setBorderColor(QColor(30, 30, 30))
            bar_set.setLabelColor(
                QColor(20, 20, 20)
            )  # the labels sit beyond the bar's end, on the background
            bar_set.append(values)
            bars.append(bar_set)
            self.values[name] = values
            peak = max([peak, *values])
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value" + ("%" if percent else ""))
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(cats or [""])
        value_axis = QValueAxis()
        # Whole-number ticks with room beyond the longest bar for its label: percent 0-120 by 20; small counts
        # up to a multiple of 4 by quarters; larger ones rounded to Qt's "nice numbers" (1, 2 or 5 times 10^n).
        value_axis.setLabelFormat("%d")
        if percent:
            value_axis.setRange(0, 120)
            value_axis.setTickCount(7)
        elif peak * 1.15 <= 8:
            value_axis.setRange(0, float(max(4, 4 * math.ceil(peak * 1.15 / 4))))
            value_axis.setTickCount(5)
        else:
            value_axis.setRange(0, peak * 1.15)
            value_axis.applyNiceNumbers()
        if self._horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(cat_axis)
        bars.attachAxis(value_axis)
        chart.legend().setVisible(len(series) > 1)
