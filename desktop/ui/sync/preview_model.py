"""The import preview as a table: one row per planned change or conflict, status in words and colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.services.sync_provider import InboxItem
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP
from desktop.ui.sync.words import SyncWords

Index = QModelIndex | QPersistentModelIndex
CHANGE, WAITING, CONFLICT, REFUSED = "change", "waiting", "conflict", "refused"
_TINTS = {CONFLICT: "#fff0d6", REFUSED: "#fde3e3", WAITING: "#eef2f7"}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    bundle: str
    kind: str
    text: str


def rows_of(items: list[InboxItem], refused: list[tuple[str, str]]) -> list[PreviewRow]:
    rows: list[PreviewRow] = []
    for item in items:
        p = item.preview
        label = f"#{p.sequence} {p.partner}"
        if p.sequence_note:
            rows.append(PreviewRow(label, WAITING, p.sequence_note))
        rows += [PreviewRow(label, CHANGE, c.text) for c in p.changes]
        rows += [PreviewRow(label, WAITING if c.pending else CONFLICT, c.reason) for c in p.conflicts]
        if p.is_empty:
            rows.append(
                PreviewRow(
                    label,
                    CHANGE,
                    SyncWords.tr("nothing new (%n record(s) already held)", "", p.unchanged),
                )
            )
    rows += [PreviewRow(name, REFUSED, text) for name, text in refused]
    return rows


class PreviewTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewTableModel", "Bundle"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Status"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "What happens"),
    )

    def __init__(self, rows: list[PreviewRow] | None = None) -> None:
        super().__init__()
        self._rows = list(rows or [])
        self._words = {
            CHANGE: self.tr("Will change"),
            WAITING: self.tr("Note"),
            CONFLICT: self.tr("Conflict: not applied"),
            REFUSED: self.tr("Refused"),
        }

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.bundle, self._words[row.kind], row.text)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.kind in _TINTS:
            return QColor(_TINTS[row.kind])
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in _TINTS:
            return QColor("#1a1a1a")
        return None

    def count(self, kind: str) -> int:
        return sum(1 for r in self._rows if r.kind == kind)
