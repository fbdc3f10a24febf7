"""Choose what to give: the instrument (latest version), the stage and the date it is given."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop.domain.assessments import Stage
from desktop.domain.instruments import InstrumentDefinition
from desktop.ui.language import ui_label


class NewAssessmentDialog(QDialog):
    def __init__(
        self,
        definitions: Sequence[InstrumentDefinition],
        today: date,
        stage_for: Callable[[str], Stage] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`stage_for(instrument_id)` suggests the stage (start until a start is completed, then review)."""
        super().__init__(parent)
        self._stage_for = stage_for
        self.setWindowTitle(self.tr("New assessment"))
        self.instrument = QComboBox(self)
        self.instrument.setAccessibleName(self.tr("Instrument"))
        for d in definitions:
            self.instrument.addItem(
                f"{d.short_title} — {d.title}" if d.short_title != d.title else d.title, d.id
            )
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Stage"))
        for s in Stage:
            self.stage.addItem(ui_label(s), s.value)
        self.instrument.currentIndexChanged.connect(self._on_instrument_changed)
        self._on_instrument_changed()
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd MMM yyyy")
        self.given_on.setAccessibleName(self.tr("Date given"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
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

    def _on_instrument_changed(self, *_args: object) -> None:
        instrument_id = self.instrument.currentData()
        if self._stage_for is not None and isinstance(instrument_id, str):
            self.stage.setCurrentIndex(self.stage.findData(self._stage_for(instrument_id).value))

    def chosen(self) -> tuple[str, Stage, date]:
        given_on = self.given_on.date().toPython()
        assert isinstance(given_on, date)
        return str(self.instrument.currentData()), Stage(self.stage.currentData()), given_on
