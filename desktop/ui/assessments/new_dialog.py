"""Choose what to give: the instrument (latest version), the stage and the date it is given."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop.domain.assessments import Stage
from desktop.domain.instruments import InstrumentDefinition


class NewAssessmentDialog(QDialog):
    def __init__(self, definitions: Sequence[InstrumentDefinition], today: date, stage: Stage = Stage.START,
                 instrument_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.instrument = QComboBox(self)
        self.instrument.setAccessibleName(self.tr("Instrument"))
        for d in definitions:
            self.instrument.addItem(f"{d.short_title} — {d.title}" if d.short_title != d.title else d.title, d.id)
        if instrument_id:
            self.instrument.setCurrentIndex(max(self.instrument.findData(instrument_id), 0))
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Stage"))
        for s in Stage:
            self.stage.addItem(s.label, s.value)
        self.stage.setCurrentIndex(self.stage.findData(stage.value))
        self.given_on = QDateEdit(QDate(today), self)
        self.given_on.setMaximumDate(QDate(today))
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd MMM yyyy")
        self.given_on.setAccessibleName(self.tr("Date given"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        ok.setEnabled(bool(definitions))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Instrument:"), self.instrument)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Given on:"), self.given_on)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, Stage, date]:
        return (str(self.instrument.currentData()), Stage(self.stage.currentData()),
                self.given_on.date().toPython())
