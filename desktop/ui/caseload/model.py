"""The caseload as a Qt table model over `CaseloadRow`s. Tested without any widget.

Display text is for people; `SORT_ROLE` gives the underlying value (a number or a folded string) so the proxy
sorts "day 9" before "day 10" and "not complying" above "at risk", in C++ without calling back into Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain import CaseloadRow, ContractState
from desktop.ui.language import ui_format, ui_reason, ui_summary

from ..theme import compliance_colours, compliance_text, compliance_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SORT_ROLE,
        PERSON_ID_ROLE,
        ROW_ROLE,
        Qt.ItemDataRole.DecorationRole,
    }
)
_NO_DATE_LATE = float("inf")
_NO_DATE_EARLY = float("-inf")

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    REFERENCE = 1
    KEYWORKER = 2
    STATE = 3
    DAY = 4
    NEXT_APPOINTMENT = 5
    LAST_ATTENDANCE = 6
    CONDITIONS = 7
    COMPLIANCE = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadTableModel", text)


# The contract states' domain labels, translated at run time by state_label (listed so lupdate extracts them).
STATE_LABELS = (
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Offered"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Active"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Completed"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Failed (non-compliance)"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Failed (reoffended)"),
    QT_TRANSLATE_NOOP("CaseloadTableModel", "Withdrawn"),
)


def _headers() -> dict[Column, str]:
    return {
        Column.NAME: QCoreApplication.translate("CaseloadTableModel", "Name"),
        Column.REFERENCE: QCoreApplication.translate("CaseloadTableModel", "Force reference"),
        Column.KEYWORKER: QCoreApplication.translate("CaseloadTableModel", "Keyworker"),
        Column.STATE: QCoreApplication.translate("CaseloadTableModel", "Contract"),
        Column.DAY: QCoreApplication.translate("CaseloadTableModel", "Contract day"),
        Column.NEXT_APPOINTMENT: QCoreApplication.translate("CaseloadTableModel", "Next appointment"),
        Column.LAST_ATTENDANCE: QCoreApplication.translate("CaseloadTableModel", "Last attended"),
        Column.CONDITIONS: QCoreApplication.translate("CaseloadTableModel", "Conditions met"),
        Column.COMPLIANCE: QCoreApplication.translate("CaseloadTableModel", "Compliance"),
    }


def format_when(when: datetime | None, with_time: bool) -> str:
    if when is None:
        return "\u2014"  # em dash: nothing booked / never attended
    if with_time:
        return ui_format(when, "ddd d MMM HH:mm")
    return ui_format(when, "d MMM yyyy")


def state_label(row: CaseloadRow) -> str:
    if row.state is None:
        return QCoreApplication.translate("CaseloadTableModel", "No contract")
    return _tr(row.state.label)


def day_sort_key(row: CaseloadRow) -> int:
    """Signed contracts by day; not yet signed (or no contract) sort before day 1."""
    if row.state is None:
        return -2
    if row.state is ContractState.OFFERED:
        return -1
    return row.contract_day


class CaseloadTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, dark: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._index_of: dict[str, int] = {}
        self._dark = dark
        self._headers = _headers()
        self._sorted_by: tuple[Column, Qt.SortOrder] | None = None
        self._alerts: dict[str, str] = {}  # person id -> their open safety concerns, in words
        self._alert_icon: Any = None
        self._decisions: dict[str, str] = {}  # person id -> the force's decision code (nfa, charge, other)

    # -- data in -------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            col, order = self._sorted_by
            self._rows.sort(
                key=lambda r: self._sort_key(r, col), reverse=order == Qt.SortOrder.DescendingOrder
            )
        self._index_of = {r.person_id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def update_rows(self, rows: Iterable[CaseloadRow], gone: Iterable[str] = ()) -> None:
        """Replace rows in place (a person's case changed), append new people, drop those no longer visible."""
        last = len(Column) - 1
        for row in rows:
            i = self._index_of.get(row.person_id)
            if i is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._index_of[row.person_id] = len(self._rows)
                self._rows.append(row)
                self.endInsertRows()
            else:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        for person_id in gone:
            i = self._index_of.get(person_id)
            if i is not None:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self._index_of = {r.person_id: j for j, r in enumerate(self._rows)}
                self.endRemoveRows()
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)  # a changed row may belong elsewhere now

    def set_alerts(self, alerts: Mapping[str, str], only: Iterable[str] | None = None) -> None:
        """Open safety alerts (person id -> words), for everyone or only for the people in `only`."""
        if only is None:
            self._alerts = dict(alerts)
        else:
            for pid in only:
                self._alerts.pop(pid, None)
            self._alerts.update(alerts)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.NAME), self.index(len(self._rows) - 1, Column.NAME))

    def set_decisions(self, decisions: Mapping[str, str], only: Iterable[str] | None = None) -> None:
        """The force's decisions (person id -> nfa / charge / other), for everyone or only the people in `only`;
        a closed case's contract column names it."""
        if only is None:
            self._decisions = dict(decisions)
        else:
            for pid in only:
                self._decisions.pop(pid, None)
            self._decisions.update(decisions)
        if self._rows:
            col = Column.STATE
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def decision_text(self, row: CaseloadRow) -> str:
        """ "Force: no further action" for a closed case the force has decided; empty otherwise."""
        code = self._decisions.get(row.person_id, "")
        if not code or row.state is None or not row.state.is_terminal:
            return ""
        words = {
            "nfa": self.tr("no further action"),
            "charge": self.tr("charge"),
            "other": self.tr("other disposal"),
        }.get(code, code)
        return self.tr("force: %1").replace("%1", words)

    def set_alert_icon(self, icon: Any) -> None:
        self._alert_icon = icon

    def alert_ids(self) -> frozenset[str]:
        return frozenset(self._alerts)

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            if self._rows:
                col = Column.COMPLIANCE
                self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves by the underlying values: one Python sort instead of a Qt sort that would
        call `data()` for every comparison (10,000 rows: a few ms instead of a second). Stable, so ties keep the
        previous order (e.g. most serious first, then by name)."""
        if not 0 <= column < len(Column):
            return
        col = Column(column)
        self._sorted_by = (col, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].person_id for i in persistent]
        self._rows.sort(key=lambda r: self._sort_key(r, col), reverse=order == Qt.SortOrder.DescendingOrder)
        self._index_of = {r.person_id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(self._index_of[pid], i.column()) for pid, i in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # -- data out ------------------------------------------------------------------------------------------
    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def rows_view(self) -> Sequence[CaseloadRow]:
        """The rows in order, not copied: read only (for the filter proxy)."""
        return self._rows

    def row_at(self, i: int) -> CaseloadRow:
        return self._rows[i]

    def row_of(self, person_id: str) -> int | None:
        return self._index_of.get(person_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _HANDLED_ROLES or not index.isValid():
            return (
                None  # most roles a view asks for (font, alignment, decoration...): answered first, cheaply
            )
        row = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role == ROW_ROLE:
            return row
        if col is Column.COMPLIANCE:
            return self._compliance_data(row, role)
        if col is Column.NAME and row.person_id in self._alerts:
            return self._alert_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.DAY and row.state is ContractState.ACTIVE:
            return self.tr("%n day(s) left", "", row.days_left)
        return None

    def _display(self, row: CaseloadRow, col: Column) -> str:
        if col is Column.NAME:
            return row.name
        if col is Column.REFERENCE:
            return row.force_reference
        if col is Column.KEYWORKER:
            return row.keyworker
        if col is Column.STATE:
            decided = self.decision_text(row)
            return f"{state_label(row)} \u00b7 {decided}" if decided else state_label(row)
        if col is Column.DAY:
            if row.state is None or row.state is ContractState.OFFERED:
                return self.tr("not signed")
            return (
                self.tr("%1 of %2")
                .replace("%1", str(row.contract_day))
                .replace("%2", str(row.contract_length))
            )
        if col is Column.NEXT_APPOINTMENT:
            return format_when(row.next_appointment, with_time=True)
        if col is Column.LAST_ATTENDANCE:
            return format_when(row.last_attendance, with_time=False)
        if col is Column.CONDITIONS:
            if not row.conditions_total:
                return "\u2014"
            return (
                self.tr("%1 of %2")
                .replace("%1", str(row.conditions_met))
                .replace("%2", str(row.conditions_total))
            )
        if row.state is None:
            return self.tr("— no contract yet")
        if _not_signed(row):
            return self.tr("— starts when signed")
        text = compliance_text(row.compliance.level)
        reasons = row.compliance.reasons
        if reasons:  # the reason in the cell itself, not only in the tooltip (issue 11)
            text += ": " + ui_reason(reasons[0])
            if len(reasons) > 1:
                text += " " + self.tr("(+%1 more)").replace("%1", str(len(reasons) - 1))
        return text

    def _sort_key(self, row: CaseloadRow, col: Column) -> Any:
        if col is Column.NAME:
            return row.name.casefold()
        if col is Column.REFERENCE:
            return row.force_reference.casefold()
        if col is Column.KEYWORKER:
            return row.keyworker.casefold()
        if col is Column.STATE:
            return state_label(row).casefold()
        if col is Column.DAY:
            return day_sort_key(row)
        if col is Column.NEXT_APPOINTMENT:
            return row.next_appointment.timestamp() if row.next_appointment else _NO_DATE_LATE
        if col is Column.LAST_ATTENDANCE:
            return row.last_attendance.timestamp() if row.last_attendance else _NO_DATE_EARLY
        if col is Column.CONDITIONS:
            return row.conditions_met / row.conditions_total if row.conditions_total else -1.0
        # Most serious first when sorted descending; ties broken by the number of reasons.
        return row.compliance.level.rank * 100 + len(row.compliance.reasons)

    def _compliance_data(self, row: CaseloadRow, role: int) -> Any:
        level = row.compliance.level
        if _not_signed(row):  # no contract to comply with yet: neither a colour nor "on track"
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                if row.state is None:
                    return self.tr("No contract has been offered: there is nothing to comply with yet")
                return self.tr("Compliance is judged once the contract is signed")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return compliance_colours(level, self._dark).foreground
        if role == Qt.ItemDataRole.BackgroundRole:
            return compliance_colours(level, self._dark).background
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.compliance.reasons:
                return compliance_words(level)
            lines = "".join(f"<li>{_escape(ui_reason(r))}</li>" for r in row.compliance.reasons)
            return f"<b>{_escape(compliance_words(level))}</b><ul style='margin:0'>{lines}</ul>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ui_summary(row.compliance)
        return None

    def _alert_data(self, row: CaseloadRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return self._alert_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"<b>{_escape(self.tr('Safety alert: no action recorded yet'))}</b><br>"
                f"{_escape(self._alerts[row.person_id])}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, safety alert").format(row.name)
        return None


def _not_signed(row: CaseloadRow) -> bool:
    return row.state is None or row.state is ContractState.OFFERED


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
