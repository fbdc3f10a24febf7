"""The review queue as a table: one row per return, its state in words and a tint (never colour alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain.returns import LOCKED_STATES, ReturnKind, ReturnState
from desktop.storage.returns_repo import StoredReturn
from desktop.ui.language import ui_format
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
RETURN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

PERSON, REFERENCE, KIND, PERIOD, STATE, KEYWORKER = range(6)
# Drafts first: what the manager has to do comes to the top.
STATE_ORDER: dict[str, int] = {
    ReturnState.DRAFT: 0,
    ReturnState.APPROVED: 1,
    ReturnState.SIGNED: 2,
    ReturnState.SUPERSEDED: 3,
    ReturnState.WITHDRAWN: 4,
}
KIND_ORDER: dict[str, int] = {
    ReturnKind.NON_COMPLIANCE: 0,
    ReturnKind.FINAL_OUTCOME: 1,
    ReturnKind.MONTHLY_PROGRESS: 2,
    ReturnKind.CONTRACT_START: 3,
}
_TINTS: dict[str, tuple[str, str]] = {  # (light foreground, light background): dark text on a pale tint
    ReturnState.DRAFT: ("#7a4100", "#fff0d6"),
    ReturnState.APPROVED: ("#0d3c61", "#e3eefa"),
    ReturnState.SIGNED: ("#1b5e20", "#e3f2e5"),
    ReturnState.SUPERSEDED: ("#4a4a4a", "#ececec"),
    ReturnState.WITHDRAWN: ("#5c2b2b", "#f3e6e6"),
}
_DARK_TINTS: dict[str, tuple[str, str]] = {
    ReturnState.DRAFT: ("#ffd08a", "#4a3310"),
    ReturnState.APPROVED: ("#a8d0f5", "#17324d"),
    ReturnState.SIGNED: ("#a5dba9", "#1e3a22"),
    ReturnState.SUPERSEDED: ("#c8c8c8", "#333333"),
    ReturnState.WITHDRAWN: ("#e8b4b4", "#3d2323"),
}


class ReturnsTableModel(QAbstractTableModel):
    """Rows arrive a page at a time: `set_rows(first_page, total)`, then the view's `fetchMore` (scrolling to
    the end, or the proxy asking) emits `more_wanted(offset)` and the controller answers with `add_rows`."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReturnsTableModel", "Person"),
        QT_TRANSLATE_NOOP("ReturnsTableModel", "Force reference"),
        QT_TRANSLATE_NOOP("ReturnsTableModel", "Return"),
        QT_TRANSLATE_NOOP("ReturnsTableModel", "Period"),
        QT_TRANSLATE_NOOP("ReturnsTableModel", "State"),
        QT_TRANSLATE_NOOP("ReturnsTableModel", "Keyworker"),
    )
    more_wanted = Signal(int)  # the offset of the next page to read

    def __init__(self, dark: bool = False) -> None:
        super().__init__()
        self._rows: list[StoredReturn] = []
        self._total = 0
        self._fetching = False
        self._dark = dark
        self._kinds: dict[str, str] = {
            ReturnKind.CONTRACT_START: self.tr("Contract start notice"),
            ReturnKind.MONTHLY_PROGRESS: self.tr("Monthly progress"),
            ReturnKind.NON_COMPLIANCE: self.tr("Non-compliance notice"),
            ReturnKind.FINAL_OUTCOME: self.tr("Final outcome"),
        }
        self._states: dict[str, str] = {
            ReturnState.DRAFT: self.tr("\u270e Draft: to review"),
            ReturnState.APPROVED: self.tr("\u2026 Approved, not signed"),
            ReturnState.SIGNED: self.tr("\u2714 Signed"),
            ReturnState.SUPERSEDED: self.tr("\u21bb Superseded"),
            ReturnState.WITHDRAWN: self.tr("\u2715 Withdrawn, not sent"),
        }

    # -- rows ----------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[StoredReturn], total: int | None = None) -> None:
        """The first page (or every row when `total` is not given) of `total` rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else max(total, len(self._rows))
        self._fetching = False
        self.endResetModel()

    def add_rows(self, offset: int, rows: list[StoredReturn]) -> None:
        """A further page read from `offset`; a page for an older listing (offset moved on) is ignored."""
        self._fetching = False
        if offset != len(self._rows) or not rows:
            if not rows:
                self._total = len(self._rows)  # the store has fewer now than when counted
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent) and not self._fetching:
            self._fetching = True
            self.more_wanted.emit(len(self._rows))

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def row_at(self, row: int) -> StoredReturn:
        return self._rows[row]

    def row_of(self, return_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == return_id), None)

    def rows(self) -> list[StoredReturn]:
        return list(self._rows)

    def kind_label(self, kind: str) -> str:
        return self._kinds.get(kind, kind)

    def state_label(self, state: str) -> str:
        return self._states.get(state, state)

    @staticmethod
    def period_text(r: StoredReturn) -> str:
        if r.period_start == r.period_end:
            return ui_format(r.period_start, "dd MMM yyyy")
        if r.period_start.year == r.period_end.year:
            return f"{ui_format(r.period_start, 'dd MMM')} \u2013 {ui_format(r.period_end, 'dd MMM yyyy')}"
        return f"{ui_format(r.period_start, 'dd MMM yyyy')} \u2013 {ui_format(r.period_end, 'dd MMM yyyy')}"

    # -- Qt ------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def _text(self, r: StoredReturn, column: int) -> str:
        if column == PERSON:
            return r.person_name
        if column == REFERENCE:
            return r.force_reference
        if column == KIND:
            return self.kind_label(r.kind) + (self.tr(" (correction)") if r.replaces_id else "")
        if column == PERIOD:
            return self.period_text(r)
        if column == STATE:
            return self.state_label(r.state)
        return r.keyworker

    def _sort_key(self, r: StoredReturn, column: int) -> Any:
        if column == PERIOD:
            return r.period_end.toordinal() * 10 + KIND_ORDER.get(r.kind, 9)
        if column == STATE:
            return STATE_ORDER.get(r.state, 9) * 10_000_000 - r.period_end.toordinal()
        if column == KIND:
            return KIND_ORDER.get(r.kind, 9)
        return self._text(r, column).lower()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATE and r.state in LOCKED_STATES:
                return (
                    self.tr("Signed by %1 on %2; code %3")
                    .replace("%1", r.signed_by)
                    .replace("%2", ui_format(r.signed_at, "dd MMM yyyy HH:mm") if r.signed_at else "?")
                    .replace("%3", r.short_code)
                )
            if column == STATE and r.state == ReturnState.WITHDRAWN:
                return r.withdrawn_reason
            return self._text(r, column)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == RETURN_ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if column == STATE and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            fg, bg = (_DARK_TINTS if self._dark else _TINTS)[r.state]
            return QColor(fg if role == Qt.ItemDataRole.ForegroundRole else bg)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(r, column)
        return None
