"""The victim side of a victim-related condition: the victim's wishes (and when asked), the contact made
(when and how), its outcome, and optionally the victim's name and contact details. Only the wishes, the date
and way of contact, and that an outcome is recorded ever reach a return (desktop.domain.victims)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain import Condition, ValidationError
from desktop.domain.victims import MAX_NAME, ContactHow, VictimContact, VictimWishes, checked

from ..context import AppContext
from ..date_field import DateField, DateProblem
from .base import WriteDialog, first_problem


class _Kept(TypedDict, total=False):
    """The identity an edit keeps: the record's id and the version it was read at."""

    id: str
    row_version: int


class VictimContactDialog(WriteDialog):
    victim_saved = Signal(str)  # person id

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        condition: Condition,
        current: VictimContact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._person_id, self._condition, self._current = person_id, condition, current
        self.setWindowTitle(self.tr("Victim contact") + f" — {condition.title}")
        today: Callable[[], date] = lambda: ctx.clock().date()  # noqa: E731
        self.wishes = QComboBox(self)
        for wish in VictimWishes:
            self.wishes.addItem(self.tr(wish.label), wish.value)
        self.wishes.setAccessibleName(self.tr("Victim's wishes"))
        self.wishes_on = DateField(today, self, past_only=True)
        self.wishes_on.setAccessibleName(self.tr("Date the victim was asked"))
        self.contact_on = DateField(today, self, past_only=True)
        self.contact_on.setAccessibleName(self.tr("Date contact was made"))
        self.contact_how = QComboBox(self)
        self.contact_how.addItem(self.tr("(no contact yet)"), "")
        for way in ContactHow:
            self.contact_how.addItem(self.tr(way.label.capitalize()), way.value)
        self.contact_how.setAccessibleName(self.tr("How contact was made"))
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(60)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome_on = DateField(today, self, past_only=True)
        self.outcome_on.setAccessibleName(self.tr("Date of the outcome"))
        self.victim_name = QLineEdit(self)
        self.victim_name.setMaxLength(MAX_NAME)
        self.victim_name.setAccessibleName(self.tr("Victim's name (optional)"))
        self.victim_contact = QLineEdit(self)
        self.victim_contact.setAccessibleName(self.tr("Victim's contact details (optional)"))
        note = QLabel(
            self.tr(
                "Returns say only the victim's wishes, when and how contact was made, and whether an outcome "
                "is recorded: never the victim's name, contact details or the outcome's words."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wishes:"), self.wishes)
        form.addRow(self.tr("&Asked on:"), self.wishes_on)
        form.addRow(self.tr("&Contact made on:"), self.contact_on)
        form.addRow(self.tr("&How:"), self.contact_how)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("Outcome &dated:"), self.outcome_on)
        form.addRow(self.tr("Victim's &name:"), self.victim_name)
        form.addRow(self.tr("Victim's con&tact:"), self.victim_contact)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        if current is not None:
            self.wishes.setCurrentIndex(max(0, self.wishes.findData(current.wishes.value)))
            self.wishes_on.setDate(current.wishes_on)
            self.contact_on.setDate(current.contact_on)
            how = current.contact_how.value if current.contact_how else ""
            self.contact_how.setCurrentIndex(max(0, self.contact_how.findData(how)))
            self.outcome.setPlainText(current.outcome)
            self.outcome_on.setDate(current.outcome_on)
            self.victim_name.setText(current.victim_name)
            self.victim_contact.setText(current.victim_contact)
        for edit in (self.wishes_on, self.contact_on, self.outcome_on, self.victim_name, self.victim_contact):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (self.wishes, self.contact_how):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.outcome.textChanged.connect(self._mark_dirty)
        self._dirty = False
        self.wishes.setFocus()

    def entered(self) -> VictimContact:
        days: list[date | None] = []
        for label, edit in (
            (self.tr("Date asked"), self.wishes_on),
            (self.tr("Date contact was made"), self.contact_on),
            (self.tr("Date of the outcome"), self.outcome_on),
        ):
            try:
                days.append(edit.value())
            except DateProblem as exc:
                edit.setFocus()
                raise ValueError(f"{label} {exc}") from None
        how = self.contact_how.currentData()
        cur = self._current
        kept: _Kept = {"id": cur.id, "row_version": cur.row_version} if cur else {}
        v = VictimContact(
            self._condition.id,
            self._person_id,
            VictimWishes(self.wishes.currentData()),
            days[0],
            days[1],
            ContactHow(how) if how else None,
            self.outcome.toPlainText(),
            days[2],
            self.victim_name.text(),
            self.victim_contact.text(),
            **kept,
        )
        try:
            return checked(v, self._ctx.clock().date())
        except ValidationError as exc:
            raise first_problem(exc, ": ") from None

    def _check(self) -> bool:
        return self._shows_no_problem(self.entered)

    def _write(self) -> Callable[[], Any]:
        contact, cases = self.entered(), self._ctx.services.cases
        return lambda: cases.save_victim_contact(contact)

    def _written(self, result: Any) -> None:
        self.victim_saved.emit(self._person_id)
