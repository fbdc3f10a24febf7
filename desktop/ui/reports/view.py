"""The Reports tab's layout: period and keyworker pickers, export buttons, headline figures, charts, the table."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .charts import ReportChart
from .model import FiguresTableModel

HEADLINES = (
    ("referrals_received", "Referrals"),
    ("contracts_signed", "Contracts signed"),
    ("completion_rate", "Completion rate"),
    ("days_to_first_seen_median", "Median days to first seen"),
    ("attendance_rate", "Attendance rate"),
    ("contracts_active_at_end", "Active at the end"),
)


class ReportsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Period"))
        self.start = self._date(self.tr("First day"))
        self.end = self._date(self.tr("Last day"))
        self.keyworker = QComboBox(self)
        self.keyworker.setAccessibleName(self.tr("Keyworker"))
        self.published = QCheckBox(self.tr("Show as &published (small numbers hidden)"), self)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.csv_button = QPushButton(self.tr("Export &CSV\u2026"), self)
        self.pdf_button = QPushButton(self.tr("Export signed &PDF\u2026"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))

        pickers = QHBoxLayout()
        for label, widget in (
            (self.tr("Peri&od:"), self.preset),
            (self.tr("&From:"), self.start),
            (self.tr("&To:"), self.end),
            (self.tr("&Keyworker:"), self.keyworker),
        ):
            text = QLabel(label, self)
            text.setBuddy(widget)
            pickers.addWidget(text)
            pickers.addWidget(widget)
        pickers.addWidget(self.show_button)
        pickers.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.published)
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)

        self.headline_values: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for i, (key, title) in enumerate(HEADLINES):
            box = QVBoxLayout()
            value = QLabel("\u2013", self)
            value.setStyleSheet("font-size: 20pt; font-weight: 600;")
            value.setAccessibleName(self.tr(title))
            caption = QLabel(self.tr(title), self)
            box.addWidget(value)
            box.addWidget(caption)
            tiles.addLayout(box, 0, i)
            self.headline_values[key] = value

        self.funnel = ReportChart(self.tr("From referral to outcome"), horizontal=True)
        self.monthly = ReportChart(self.tr("Month by month"))
        self.keyworkers = ReportChart(self.tr("Attendance rate per keyworker"), horizontal=True)
        charts = QGridLayout()
        charts.addWidget(self.funnel, 0, 0)
        charts.addWidget(self.monthly, 0, 1)
        charts.addWidget(self.keyworkers, 1, 0, 1, 2)

        self.model = FiguresTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Every figure"))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(320)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(tiles)
        body_layout.addLayout(charts)
        body_layout.addWidget(self.table)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addLayout(exports)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDate(QDate.currentDate())
        return edit
