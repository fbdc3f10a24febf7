"""Qt item models behind the record's tables and the diary. Tested without any widget."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain import (
    Appointment,
    AppointmentKind,
    AppointmentOutcome,
    ComplianceLevel,
    Condition,
    ConditionStatus,
    ContractState,
    Evidence,
    Person,
    PoliceSharing,
)
from desktop.domain.clock import local_time
from desktop.storage.audit import AuditEntry
from desktop.ui.labels import amount_text
from desktop.ui.language import ui_label

from .style import (
    FLAG_MISSED,
    FLAG_OVERDUE,
    appointment_flag,
    danger_tint,
    fmt_date,
    fmt_datetime,
    level_tint,
    warning_tint,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole


class _Table(QAbstractTableModel):
    """Rows of any item; subclasses give headers and `_cell(row_item, column, role)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    _header_cache: list[str] | None = None

    def _header_texts(self) -> list[str]:
        """The headers, translated once per model: Qt asks for the column count for every cell it measures
        (the diary's resizeColumnsToContents asked 11,000 times: 260 ms of `tr` on the GUI thread)."""
        if self._header_cache is None:
            self._header_cache = self._headers()
        return self._header_cache

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._header_texts()[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column(), role)


class ConditionsTableModel(_Table):
    TYPE, TITLE, PROGRESS, STATUS, EVIDENCE = range(5)

    def _headers(self) -> list[str]:
        return [
            self.tr("Type"),
            self.tr("Condition"),
            self.tr("Progress"),
            self.tr("Status"),
            self.tr("Last evidence"),
        ]

    def condition_at(self, row: int) -> Condition | None:
        item = self.item_at(row)
        return item if isinstance(item, Condition) else None

    def progress_text(self, c: Condition) -> str:
        if c.target is None:
            return ui_label(c.status)
        return (
            self.tr("{done} of {target}")
            .format(done=f"{c.progress:g}", target=amount_text(c.target, c.unit))
            .strip()
        )

    def _cell(self, c: Condition, column: int, role: int) -> Any:
        last = c.evidence[-1] if c.evidence else None
        if role in (_DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == self.TYPE:
                label = ui_label(c.type) + (self.tr(" (mandatory)") if c.mandatory else "")
                return label
            if column == self.TITLE:
                return c.title
            if column == self.PROGRESS:
                if role == SORT_ROLE:
                    return c.progress / c.target if c.target else -1.0
                return self.progress_text(c)
            if column == self.STATUS:
                return ui_label(c.status)
            if column == self.EVIDENCE:
                if last is None:
                    return self.tr("none yet")
                if role == SORT_ROLE:
                    return last.on.isoformat()
                return f"{fmt_date(last.on)}: {last.text}"
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            if c.status is ConditionStatus.NOT_MET:
                return danger_tint()
            if c.status.is_settled:
                return level_tint(ComplianceLevel.ON_TRACK)
        return None


class EvidenceTableModel(_Table):
    ON, TEXT, BY = range(3)

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Evidence"), self.tr("Recorded by")]

    def set_condition(self, condition: Condition | None) -> None:
        rows = sorted(condition.evidence, key=lambda e: e.on, reverse=True) if condition else []
        self.set_rows(rows)

    def _cell(self, e: Evidence, column: int, role: int) -> Any:
        if role not in (_DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.ON:
            return e.on.isoformat() if role == SORT_ROLE else fmt_date(e.on)
        if column == self.TEXT:
            return e.text
        return e.recorded_by


class AppointmentsTableModel(_Table):
    """This person's sessions (rows of (appointment, None)) or the diary's (rows of (appointment, person))."""

    def __init__(
        self, clock: Callable[[], datetime], show_person: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._show_person = show_person

    def _columns(self) -> list[str]:
        cols = ["when"] + (["person", "reference"] if self._show_person else [])
        return cols + ["kind", "with", "duration", "outcome", "flag", "notes"]

    def _headers(self) -> list[str]:
        names = {
            "when": self.tr("When"),
            "person": self.tr("Person"),
            "reference": self.tr("Force ref."),
            "kind": self.tr("Kind"),
            "with": self.tr("With"),
            "duration": self.tr("Minutes"),
            "outcome": self.tr("Outcome"),
            "flag": self.tr("Attention"),
            "notes": self.tr("Notes"),
        }
        return [names[c] for c in self._columns()]

    def column_of(self, name: str) -> int:
        return self._columns().index(name)

    def set_appointments(self, rows: Sequence[tuple[Appointment, Person | None]]) -> None:
        self.set_rows(sorted(rows, key=lambda r: r[0].planned_at))

    def appointment_at(self, row: int) -> Appointment | None:
        item = self.item_at(row)
        return item[0] if item else None

    def person_at(self, row: int) -> Person | None:
        item = self.item_at(row)
        return item[1] if item else None

    def row_of(self, appointment_id: str) -> int:
        return next((i for i, (a, _p) in enumerate(self._rows) if a.id == appointment_id), -1)

    def flag_text(self, appt: Appointment) -> str:
        flag = appointment_flag(appt, self._clock())
        if flag == FLAG_MISSED:
            return self.tr("Missed")
        if flag == FLAG_OVERDUE:
            return self.tr("Past: no outcome recorded")
        return ""

    def _cell(self, item: tuple[Appointment, Person | None], column: int, role: int) -> Any:
        appt, person = item
        name = self._columns()[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            flag = appointment_flag(appt, self._clock())
            if flag == FLAG_MISSED:
                return danger_tint()
            if flag == FLAG_OVERDUE:
                return warning_tint()
            return None
        if role not in (_DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        if name == "when":
            return appt.planned_at.isoformat() if role == SORT_ROLE else fmt_datetime(appt.planned_at)
        if name == "person":
            return person.full_name if person else ""
        if name == "reference":
            return person.force_reference if person else ""
        if name == "kind":
            return ui_label(appt.kind)
        if name == "with":
            return appt.with_whom
        if name == "duration":
            return appt.duration_minutes if role == SORT_ROLE else str(appt.duration_minutes)
        if name == "outcome":
            return ui_label(appt.outcome) if appt.outcome else self.tr("not recorded")
        if name == "flag":
            return self.flag_text(appt)
        return appt.notes


ACTION_NAMES = {
    "person.open": "Record opened",
    "person.update": "Personal details updated",
    "referral.create": "Referral received",
    "consent.update": "Consent updated",
    "contract.sign": "Contract signed",
    "contract.close": "Contract closed",
    "condition.status": "Condition status changed",
    "condition.progress": "Condition progress added",
    "appointment.schedule": "Session scheduled",
    "appointment.outcome": "Session outcome recorded",
    "keyworker.assign": "Keyworker assigned",
    "assessment.create": "Assessment started (draft)",
    "assessment.save": "Assessment draft saved",
    "assessment.complete": "Assessment completed",
    "assessment.correct": "Assessment correction started",
    "assessment.discard": "Assessment draft discarded",
    "person.assign": "Keyworker assigned",
    "safety.acknowledge": "Safety action recorded",
    "appointment.absence_accepted": "Absence accepted",
    "appointment.absence_unaccepted": "Absence not accepted",
    "referral.update": "Referral updated",
    "referral.send": "Referral sent to the force",
    "referral.withdrawn": "Referral withdrawn by the force",
    "bundle.receive": "Received from the force",
    "return.draft": "Return drafted",
    "return.refresh": "Return draft brought up to date",
    "return.narrative": "Return narrative edited",
    "return.approve": "Return approved",
    "return.sign": "Return signed",
    "return.print": "Return printed",
    "return.export": "Return written to the outbox",
    "return.open": "Return opened",
    "return.mark_read": "Return marked as read by the force",
    "return.withdraw": "Return withdrawn",
    "return.correct": "Return correction drafted",
    "return.supersede": "Return replaced by a correction",
    "person.subject_access": "Subject access copy made",
    "person.erase": "Personal data erased",
    "hold.add": "Hold on deletion placed",
    "hold.remove": "Hold on deletion lifted",
    "retention.schedule": "Deletion date set",
    "onward.create": "Referred to another agency",
    "onward.update": "Referral to another agency updated",
    "victim.create": "Victim contact recorded",
    "victim.update": "Victim contact updated",
    "contract.scan": "Scan of the signed contract attached",
    "contract.scan_export": "Scan of the signed contract opened or saved",
}
_ISO_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_RETURN_KINDS = {
    "contract_start": "Contract start notice",
    "monthly_progress": "Monthly progress return",
    "non_compliance": "Non-compliance notice",
    "final_outcome": "Final outcome return",
}


def _iso(text: str) -> str:
    try:
        return fmt_date(date.fromisoformat(text))
    except ValueError:
        return text


def _dates_in_words(detail: str) -> str:
    """'monthly_progress 2026-11-02..2026-11-30' -> 'Monthly progress return, 02 Nov 2026 to 30 Nov 2026'."""
    for kind, words in _RETURN_KINDS.items():
        if detail == kind or detail.startswith(kind + " "):
            detail = words + ("," + detail[len(kind) :] if detail != kind else "")
            break
    detail = _ISO_RANGE.sub(lambda m: f"{_iso(m.group(1))} to {_iso(m.group(2))}", detail)
    return _ISO_DATE.sub(lambda m: _iso(m.group(1)), detail)


def _label(value: str) -> str:
    for enum in (ContractState, AppointmentOutcome, AppointmentKind, ConditionStatus, PoliceSharing):
        try:
            return ui_label(enum(value))
        except ValueError:
            continue
    return value.replace("_", " ")


def readable_detail(detail: str) -> str:
    """Stored values in an audit detail shown as their labels: 'not_started -> met' -> 'Not started → Met'."""
    if " -> " in detail:
        before, after = detail.split(" -> ", 1)
        return f"{_label(before)} → {_label(after)}"
    if detail in _RETURN_KINDS or _ISO_RANGE.search(detail) or _ISO_DATE.search(detail):
        return _dates_in_words(detail)
    return _label(detail) if detail and " " not in detail else detail


class TimelineTableModel(_Table):
    WHEN, ACTION, WHO, DETAIL = range(4)

    def _headers(self) -> list[str]:
        return [self.tr("When"), self.tr("What happened"), self.tr("Who"), self.tr("Detail")]

    names: dict[str, str] = {}  # user name -> the person's name, set by the timeline tab

    def sentence(self, e: AuditEntry) -> str:
        """The entry as one line in words: 'Alex Carter: Return drafted (Monthly progress return, ...).'"""
        detail = readable_detail(e.detail)
        what = self.action_name(e.action)
        return f"{self.names.get(e.actor, e.actor)}: {what}" + (f" ({detail})." if detail else ".")

    def action_name(self, action: str) -> str:
        known = ACTION_NAMES.get(action)
        return self.tr(known) if known else action.replace(".", " ").replace("_", " ").capitalize()

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.set_rows(sorted(entries, key=lambda e: e.seq, reverse=True))

    def _cell(self, e: AuditEntry, column: int, role: int) -> Any:
        if role not in (_DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(e)  # the whole line, whatever the column width
        if column == self.WHEN:
            return e.seq if role == SORT_ROLE else fmt_datetime(local_time(e.at))
        if column == self.ACTION:
            return self.action_name(e.action)
        if column == self.WHO:
            return self.names.get(e.actor, e.actor)
        return readable_detail(e.detail)
