"""Which pathway needs have a contract condition and a referral, and which do not (the gaps, in words)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.pathway_needs import NeedCoverage
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel

from ..context import AppContext
from ..dialogs.base import user_message
from ..record.style import danger_tint

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Pathway"),
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Need"),
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Contract condition"),
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Referral"),
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Gap"),
    QT_TRANSLATE_NOOP("NeedCoverageTableModel", "Why (notes and assessments)"),
)
GAP_NO_CONDITION = "Gap: no condition"


def gap_text(row: NeedCoverage) -> str:
    if row.uncovered:
        return GAP_NO_CONDITION
    if row.need.needs_condition:
        return "Covered" if row.has_referral else "Covered (no referral)"
    return "Low need: none expected" if not row.has_condition else "Covered"


class NeedCoverageTableModel(RowTableModel):
    COLUMNS = COLUMNS

    def coverage(self, row: int) -> NeedCoverage:
        found: NeedCoverage = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and row.need.notes:
            return row.need.notes
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 4 and row.uncovered:
            return danger_tint()
        return None

    def _text(self, row: NeedCoverage, column: int) -> str:
        need = row.need
        if column == 0:
            return ui_label(need.pathway)
        if column == 1:
            return ui_label(need.level) if need.level else "Not assessed"
        if column == 2:
            return "; ".join(c.title for c in row.conditions) or "None"
        if column == 3:
            return need.referral or "None recorded"
        if column == 4:
            return gap_text(row)
        return need.notes


class NeedsCoverageView(QWidget):
    """Loads itself with `reload()`, or is handed rows with `show_coverage()` by the assessments tab."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.person_id = person_id
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = NeedCoverageTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Pathway needs and what is being done"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.show_coverage(None)

    def reload(self) -> None:
        needs, pid = self._ctx.services.needs, self.person_id
        self._ctx.runner.read(lambda: needs.coverage(pid), self._on_runner_loaded, self._on_runner_failed)

    def _on_runner_loaded(self, rows: tuple[NeedCoverage, ...] | None) -> None:
        if isValid(self):
            self.show_coverage(rows)

    def _on_runner_failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.summary.setText(user_message(exc))

    def show_coverage(self, rows: Sequence[NeedCoverage] | None) -> None:
        self.model.set_rows(rows or ())
        if rows is None:
            self.summary.setText(
                self.tr(
                    "No needs screen or needs-bearing assessment (housing, AUDIT, PHQ-9, GAD-7) has been completed yet."
                )
            )
            return
        needing = [r for r in rows if r.need.needs_condition]
        gaps = [ui_label(r.need.pathway) for r in rows if r.uncovered]
        text = self.tr(
            "{0} medium or high needs: {1} with a contract condition, {2} with a referral."
        ).format(
            len(needing),
            sum(1 for r in needing if r.has_condition),
            sum(1 for r in needing if r.has_referral),
        )
        if gaps:
            text += " " + self.tr("Gaps (no condition): {0}.").format(", ".join(gaps))
        self.summary.setText(text)
        self.table.resizeRowsToContents()
