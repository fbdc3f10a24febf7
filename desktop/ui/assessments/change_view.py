"""A person's change over time: the pathway needs radar beside line charts of PHQ-9, GAD-7 and AUDIT totals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.domain.assessments import Assessment, score_series
from desktop.domain.pathway_needs import needs_radar
from desktop.services.instruments import InstrumentCatalogue

from .charts import NeedsRadarChart, ScoreLineChart

TRACKED = ("phq9", "gad7", "audit")


class ChangeOverTimeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = NeedsRadarChart(self)
        self.lines: dict[str, ScoreLineChart] = {i: ScoreLineChart(self) for i in TRACKED}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.radar, 0, 0)
        for n, chart in enumerate(self.lines.values(), start=1):
            grid.addWidget(chart, n // 2, n % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_assessments(self, assessments: Sequence[Assessment], catalogue: InstrumentCatalogue) -> None:
        self.radar.show_radar(needs_radar(assessments))
        for instrument_id, chart in self.lines.items():
            try:
                definition = catalogue.get(instrument_id)
            except KeyError:
                chart.setVisible(False)
                continue
            chart.show_points(definition, score_series(assessments, instrument_id))
