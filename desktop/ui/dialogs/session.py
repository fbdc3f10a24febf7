"""Schedule a session, and record its outcome with the keyboard alone (Enter saves)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Appointment, AppointmentKind, AppointmentOutcome
from desktop.ui.qt_typed import py_datetime, to_qdatetime

from ..context import AppContext
from ..record.style import fmt_datetime
from .base import WriteDialog

# Mnemonics chosen so Alt+letter picks an outcome without the mouse.
_OUTCOME_TEXT = {
    AppointmentOutcome.ATTENDED: "&Attended",
    AppointmentOutcome.LATE: "Attended &late",
    AppointmentOutcome.DID_NOT_ATTEND: "&Did not attend",
    AppointmentOutcome.CANCELLED_BY_PERSON: "Cancelled by the &person",
    AppointmentOutcome.CANCELLED_BY_SERVICE: "Cancelled by the &service",
}


def default_slot(now: datetime) -> datetime:
    """The next working day at 10:00: the usual first guess for a keywork session."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(10, 0))


class ScheduleSessionDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, person_id: str, person_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._person_id = person_id
        self.setWindowTitle(self.tr("Schedule a session") + (f" — {person_name}" if person_name else ""))
        self.when = QDateTimeEdit(to_qdatetime(default_slot(ctx.clock())), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        self.when.setAccessibleName(self.tr("Date and time"))
        self.kind = QComboBox(self)
        for kind in AppointmentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.with_whom = QLineEdit(ctx.services.user.display_name, self)
        self.with_whom.setAccessibleName(self.tr("With whom"))
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" minutes"))
        self.duration.setAccessibleName(self.tr("Duration"))
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("W&ith:"), self.with_whom)
        form.addRow(self.tr("&Duration:"), self.duration)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for sig in (
            self.when.dateTimeChanged,
            self.kind.currentIndexChanged,
            self.with_whom.textEdited,
            self.duration.valueChanged,
        ):
            sig.connect(self._mark_dirty)
        self.when.setFocus()

    def appointment(self) -> Appointment:
        return Appointment(
            self._person_id,
            py_datetime(self.when.dateTime()).replace(second=0, microsecond=0),
            AppointmentKind(self.kind.currentData()),
            self.with_whom.text().strip(),
            self.duration.value(),
        )

    def _write(self) -> Callable[[], Any]:
        appt = self.appointment()
        cases = self._ctx.services.cases
        return lambda: cases.schedule_appointment(appt)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._person_id)


class _EnterSaves(QObject):
    """Enter in the notes saves; Shift+Enter starts a new line."""

    def __init__(self, save: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._save = save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._save()
            return True
        return False


class RecordSessionDialog(WriteDialog):
    """Outcome (arrow keys or Alt+letter), Tab to the notes, Enter saves. Future sessions can only be cancelled."""

    session_recorded = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        appointment: Appointment,
        person_name: str = "",
        parent: QWidget | None = None,
        walk_in: bool = False,
    ) -> None:
        """`walk_in`: a session happening now that was never scheduled; saving adds it and its outcome."""
        super().__init__(ctx, parent)
        self._appt = appointment
        self.walk_in = walk_in
        title = self.tr("Record a session now") if walk_in else self.tr("Record session outcome")
        self.setWindowTitle(title + (f" — {person_name}" if person_name else ""))
        pattern = (
            self.tr("Walk-in {kind} session now ({when}){with_whom}")
            if walk_in
            else self.tr("{kind} on {when}{with_whom}")
        )
        summary = QLabel(
            pattern.format(
                kind=appointment.kind.label.lower() if walk_in else appointment.kind.label,
                when=fmt_datetime(appointment.planned_at),
                with_whom=self.tr(" with {0}").format(appointment.with_whom) if appointment.with_whom else "",
            ),
            self,
        )
        summary.setWordWrap(True)
        self.outcomes = QButtonGroup(self)
        box = QGroupBox(self.tr("Outcome"), self)
        box_layout = QVBoxLayout(box)
        future = appointment.planned_at > ctx.clock()
        self.radios: dict[AppointmentOutcome, QRadioButton] = {}
        for outcome in AppointmentOutcome:
            if future and (outcome.counts_as_attended or outcome is AppointmentOutcome.DID_NOT_ATTEND):
                continue
            if walk_in and not outcome.counts_as_attended:
                continue  # the person is here: attended (or late), nothing else
            radio = QRadioButton(self.tr(_OUTCOME_TEXT[outcome]), box)
            radio.setAccessibleName(outcome.label)
            self.outcomes.addButton(radio)
            self.radios[outcome] = radio
            box_layout.addWidget(radio)
            radio.toggled.connect(self._mark_dirty)
        current = appointment.outcome or next(iter(self.radios))
        self.radios.get(current, next(iter(self.radios.values()))).setChecked(True)
        self._dirty = False
        if future:
            note = QLabel(
                self.tr("This session is in the future: attendance can be recorded once it has happened."),
                self,
            )
            note.setWordWrap(True)
            box_layout.addWidget(note)
        self.notes = QPlainTextEdit(appointment.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes (Enter saves, Shift+Enter for a new line)"))
        self.notes.setAccessibleName(self.tr("Session notes"))
        self.notes.setFixedHeight(110)
        self.notes.installEventFilter(_EnterSaves(self._on_save_clicked, self))
        self.notes.textChanged.connect(self._mark_dirty)
        notes_label = QLabel(self.tr("&Notes:"), self)
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(box)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        # Unchecked radios of an exclusive group take no Tab focus, so chaining them all means Tab from the
        # chosen outcome always lands in the notes, then on Save.
        chain = [*self.radios.values(), self.notes, self.save_button]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        checked = self.outcomes.checkedButton()  # one is always checked; None only to the stubs
        if checked is not None:
            checked.setFocus()

    @property
    def appointment(self) -> Appointment:
        return self._appt

    def set_outcome(self, outcome: AppointmentOutcome) -> None:
        self.radios[outcome].setChecked(True)

    def chosen_outcome(self) -> AppointmentOutcome:
        checked = self.outcomes.checkedButton()
        return next(o for o, r in self.radios.items() if r is checked)

    def _write(self) -> Callable[[], Any]:
        appt, outcome, notes = self._appt, self.chosen_outcome(), self.notes.toPlainText().strip()
        cases = self._ctx.services.cases
        if self.walk_in:
            return lambda: cases.record_walk_in(appt, outcome, notes)
        return lambda: cases.record_outcome(appt, outcome, notes)

    def _written(self, result: Any) -> None:
        self._appt = result
        self.session_recorded.emit(self._appt.person_id)
