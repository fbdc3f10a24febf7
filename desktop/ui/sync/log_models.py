"""Tables of the sync log: bundles sent and received (with acknowledgements), and open conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.storage.sync_repo import SENT, BundleLogEntry, OpenConflict
from desktop.ui.language import ui_moment
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ACK_WAIT = timedelta(days=7)
_WARN = "#fff0d6"


# A context pyside6-lupdate and PySide agree on for module-level strings (see words.SyncWords).
SyncLog = type("SyncLog", (QObject,), {})()


def _when(moment: datetime | None) -> str:
    return ui_moment(moment) + " UTC" if moment else ""


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    warn: bool = False


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._cells: list[tuple[Cell, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return SyncLog.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell.text
        warn = any(c.warn for c in self._cells[index.row()])
        if role == Qt.ItemDataRole.BackgroundRole and warn:
            return QColor(_WARN)
        if role == Qt.ItemDataRole.ForegroundRole and warn:
            return QColor("#1a1a1a")
        return None

    def _reset(self, cells: list[tuple[Cell, ...]]) -> None:
        self.beginResetModel()
        self._cells = cells
        self.endResetModel()


class BundleLogModel(_Table):
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncLog", "When"),
        QT_TRANSLATE_NOOP("SyncLog", "Partner"),
        QT_TRANSLATE_NOOP("SyncLog", "Direction"),
        QT_TRANSLATE_NOOP("SyncLog", "Bundle"),
        QT_TRANSLATE_NOOP("SyncLog", "Records"),
        QT_TRANSLATE_NOOP("SyncLog", "Acknowledged"),
    )

    def set_bundles(self, bundles: list[BundleLogEntry], names: dict[str, str], now: datetime) -> None:
        rows: list[tuple[Cell, ...]] = []
        for b in sorted(bundles, key=lambda b: (b.at, b.direction == SENT, b.sequence), reverse=True):
            what = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(b.counts.items()))
            if b.direction == SENT:
                if b.acknowledged_at is not None:
                    ack = Cell(
                        SyncLog.tr("Yes, %1").replace("%1", _when(b.acknowledged_at))
                        + (SyncLog.tr(" (with conflicts)") if b.result == "applied_with_conflicts" else "")
                    )
                elif set(b.counts) <= {"ack"}:
                    ack = Cell(SyncLog.tr("Not expected (acknowledgements only)"))
                else:
                    late = now - b.at > ACK_WAIT
                    ack = Cell(
                        SyncLog.tr("\u26a0 No, after %n day(s)", "", (now - b.at).days)
                        if late
                        else SyncLog.tr("Not yet"),
                        warn=late,
                    )
            else:
                ack = Cell(SyncLog.tr("Ours sent") if b.result else "")
            rows.append(
                (
                    Cell(_when(b.at)),
                    Cell(names.get(b.partner_id, "?")),
                    Cell(SyncLog.tr("Sent") if b.direction == SENT else SyncLog.tr("Received")),
                    Cell(f"#{b.sequence}"),
                    Cell(what),
                    ack,
                )
            )
        self._reset(rows)


class ConflictModel(_Table):
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncLog", "Received"),
        QT_TRANSLATE_NOOP("SyncLog", "Partner"),
        QT_TRANSLATE_NOOP("SyncLog", "Record"),
        QT_TRANSLATE_NOOP("SyncLog", "Status"),
        QT_TRANSLATE_NOOP("SyncLog", "What to decide"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.conflicts: list[OpenConflict] = []

    def set_conflicts(self, conflicts: list[OpenConflict], names: dict[str, str]) -> None:
        self.conflicts = list(conflicts)
        self._reset(
            [
                (
                    Cell(_when(c.received_at)),
                    Cell(names.get(c.partner_id, "?")),
                    Cell(c.record_type.replace("_", " ")),
                    Cell(
                        SyncLog.tr("Waiting for its referral")
                        if c.state == "pending"
                        else SyncLog.tr("\u26a0 Conflict"),
                        warn=c.state != "pending",
                    ),
                    Cell(c.reason[:1].upper() + c.reason[1:]),
                )
                for c in conflicts
            ]
        )
