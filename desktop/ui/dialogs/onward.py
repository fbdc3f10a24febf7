"""Record or update a referral to another agency: pathway, agency, date referred, the agency's answer and when,
and when the person first attended. The rules are desktop.domain.onward's; problems show beside the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain import Pathway, ValidationError
from desktop.domain.onward import MAX_AGENCY, Accepted, OnwardReferral, checked
from desktop.ui.language import ui_label

from ..context import AppContext
from ..date_field import DateField, DateProblem
from .base import WriteDialog, first_problem


class OnwardReferralDialog(WriteDialog):
    onward_saved = Signal(str)  # person id

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        person_name: str = "",
        referral: OnwardReferral | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._person_id = person_id
        self._referral = referral
        title = (
            self.tr("Update a referral to another agency") if referral else self.tr("Refer to another agency")
        )
        self.setWindowTitle(title + (f" — {person_name}" if person_name else ""))
        today: Callable[[], date] = lambda: ctx.clock().date()  # noqa: E731
        self.pathway = QComboBox(self)
        for p in Pathway:
            self.pathway.addItem(ui_label(p), p.value)
        self.pathway.setAccessibleName(self.tr("Pathway"))
        self.agency = QLineEdit(self)
        self.agency.setMaxLength(MAX_AGENCY)
        self.agency.setAccessibleName(self.tr("Agency referred to"))
        self.referred_on = DateField(today, self, past_only=True)
        self.referred_on.setAccessibleName(self.tr("Date referred"))
        self.accepted_choice = QComboBox(self)
        for a in (Accepted.NOT_KNOWN, Accepted.YES, Accepted.NO):
            self.accepted_choice.addItem(ui_label(a), a.value)
        self.accepted_choice.setAccessibleName(self.tr("Accepted by the agency"))
        self.accepted_on = DateField(today, self, past_only=True)
        self.accepted_on.setAccessibleName(self.tr("Date the agency answered"))
        self.first_attended_on = DateField(today, self, past_only=True)
        self.first_attended_on.setAccessibleName(self.tr("Date first attended"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.note.setAccessibleName(self.tr("Working note (never on a return)"))
        form = QFormLayout()
        form.addRow(self.tr("&Pathway:"), self.pathway)
        form.addRow(self.tr("A&gency:"), self.agency)
        form.addRow(self.tr("&Referred on:"), self.referred_on)
        form.addRow(self.tr("A&ccepted:"), self.accepted_choice)
        form.addRow(self.tr("&Answered on:"), self.accepted_on)
        form.addRow(self.tr("&First attended:"), self.first_attended_on)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        if referral is not None:
            self.pathway.setCurrentIndex(max(0, self.pathway.findData(referral.pathway.value)))
            self.agency.setText(referral.agency)
            self.referred_on.setDate(referral.referred_on)
            self.accepted_choice.setCurrentIndex(
                max(0, self.accepted_choice.findData(referral.accepted.value))
            )
            self.accepted_on.setDate(referral.accepted_on)
            self.first_attended_on.setDate(referral.first_attended_on)
            self.note.setPlainText(referral.note)
        for edit in (self.agency, self.referred_on, self.accepted_on, self.first_attended_on):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (self.pathway, self.accepted_choice):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.note.textChanged.connect(self._mark_dirty)
        self._dirty = False
        (self.agency if referral else self.pathway).setFocus()

    def _dates(self) -> tuple[date | None, date | None, date | None]:
        out: list[date | None] = []
        for label, edit in (
            (self.tr("Date referred"), self.referred_on),
            (self.tr("Date answered"), self.accepted_on),
            (self.tr("Date first attended"), self.first_attended_on),
        ):
            try:
                out.append(edit.value())
            except DateProblem as exc:
                edit.setFocus()
                raise ValueError(f"{label} {exc}") from None
        return out[0], out[1], out[2]

    def entered(self) -> OnwardReferral:
        """The referral as the form says (ValueError / ValidationError with a one-line reason otherwise)."""
        referred, answered, attended = self._dates()
        if referred is None:
            self.referred_on.setFocus()
            raise ValueError(self.tr("Give the date the referral was made."))
        base = self._referral
        values: dict[str, Any] = {
            "pathway": Pathway(self.pathway.currentData()),
            "agency": self.agency.text(),
            "referred_on": referred,
            "accepted": Accepted(self.accepted_choice.currentData()),
            "accepted_on": answered,
            "first_attended_on": attended,
            "note": self.note.toPlainText(),
        }
        if base is None:
            r = OnwardReferral(self._person_id, **values)
        else:
            r = OnwardReferral(self._person_id, **values, id=base.id, row_version=base.row_version)
        try:
            return checked(r, self._ctx.clock().date())
        except ValidationError as exc:
            raise first_problem(exc) from None

    def _check(self) -> bool:
        return self._shows_no_problem(self.entered)

    def _write(self) -> Callable[[], Any]:
        referral, cases = self.entered(), self._ctx.services.cases
        return lambda: cases.save_onward_referral(referral)

    def _written(self, result: Any) -> None:
        self.onward_saved.emit(self._person_id)
