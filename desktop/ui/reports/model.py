"""Every figure of a report as a table: section, figure, breakdown, category, value (tested without widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.disclosure import Shown
from desktop.domain.reports import DIMENSION_LABELS, SECTION_LABELS, figure_label
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP

from ..table_model import Index, RowTableModel


class FiguresTableModel(RowTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("FiguresTableModel", "Section"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Figure"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Breakdown"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Category"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Value"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s: Shown = self._rows[index.row()]
        f = s.figure
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return SECTION_LABELS.get(f.section, f.section)
            if col == 1:
                return figure_label(f)
            if col == 2:
                return DIMENSION_LABELS.get(f.dimension, f.dimension)
            if col == 3:
                return f.label
            if not s.text:
                return self.tr("n/a")
            return s.text + ("%" if f.unit == "percent" and not s.hidden else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and s.hidden:
            return self.tr("Hidden in published figures: a small number, or one that would reveal one")
        return None

    def shown_at(self, row: int) -> Shown:
        return self._rows[row]  # type: ignore[no-any-return]
