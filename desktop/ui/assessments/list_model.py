"""The person's administrations as a table: date, stage, instrument, score, band, by whom, and status in words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.assessments import Assessment, current_assessments
from desktop.domain.clock import moment_key
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel

from ..record.style import danger_tint, fmt_date, warning_tint

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Date"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Stage"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Instrument"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Score"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Band"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Given by"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Status"),
)
DATE, STAGE, INSTRUMENT, SCORE, BAND, BY, STATUS = range(len(COLUMNS))

DRAFT = QT_TRANSLATE_NOOP("AssessmentTableModel", "Draft")
COMPLETED = QT_TRANSLATE_NOOP("AssessmentTableModel", "Completed")
SUPERSEDED = QT_TRANSLATE_NOOP("AssessmentTableModel", "Superseded")  # a completed correction replaces it


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentTableModel", text)


def status_text(a: Assessment, superseded: bool, correction_in_draft: bool = False) -> str:
    """In words: draft, completed, correction, superseded; a safety flag is named too."""
    if not a.completed:
        text = (
            QCoreApplication.translate("AssessmentTableModel", "Draft correction")
            if a.supersedes
            else _tr(DRAFT)
        )
    elif superseded:
        text = QCoreApplication.translate("AssessmentTableModel", "Superseded by a correction")
    else:
        text = (
            QCoreApplication.translate("AssessmentTableModel", "Completed (correction)")
            if a.supersedes
            else _tr(COMPLETED)
        )
        if correction_in_draft:
            text += QCoreApplication.translate("AssessmentTableModel", ", correction in draft")
    if a.score is not None and a.score.safety_flags:
        text += QCoreApplication.translate("AssessmentTableModel", " · safety flag")
    return text


class AssessmentTableModel(RowTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._superseded: set[str] = set()
        self._corrected: set[str | None] = set()  # ids with a correction, drafted or completed
        self._titles: dict[str, str] = {}
        self._totals: dict[str, int] = {}
        self._names: dict[str, str] = {}

    def set_assessments(
        self,
        assessments: Sequence[Assessment],
        titles: Mapping[str, str],
        totals_max: Mapping[str, int],
        names: Mapping[str, str],
    ) -> None:
        """Newest first; `titles` and `totals_max` by instrument id, `names` by user id."""
        self.beginResetModel()
        self._rows = sorted(
            assessments,
            key=lambda a: (a.administered_on, a.completed_at is None, moment_key(a.completed_at)),
            reverse=True,
        )
        current = {a.id for a in current_assessments(assessments)}
        self._superseded = {a.id for a in assessments if a.id not in current}
        self._corrected = {a.supersedes for a in assessments if a.supersedes}
        self._titles, self._totals, self._names = dict(titles), dict(totals_max), dict(names)
        self.endResetModel()

    def assessment(self, row: int) -> Assessment:
        return self._rows[row]

    def row_of(self, assessment_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == assessment_id), -1)

    def is_superseded(self, assessment_id: str) -> bool:
        return assessment_id in self._superseded

    def has_correction(self, assessment_id: str) -> bool:
        """A correction of it exists (in draft or completed): correct that one, not this."""
        return assessment_id in self._corrected

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == STATUS:
            return self._tint(a)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None

    def _text(self, a: Assessment, column: int) -> str:
        if column == DATE:
            return fmt_date(a.administered_on)
        if column == STAGE:
            return ui_label(a.stage)
        if column == INSTRUMENT:
            return self._titles.get(a.instrument_id, a.instrument_id)
        if column == SCORE:
            return self._score(a)
        if column == BAND:
            return a.score.band.label if a.score and a.score.band else "—"
        if column == BY:
            return self._names.get(a.administered_by, "unknown")
        superseded = a.id in self._superseded
        return status_text(a, superseded, a.id in self._corrected and not superseded)

    def _score(self, a: Assessment) -> str:
        if a.score is None or a.score.total is None:
            return "—"
        top = self._totals.get(a.instrument_id)
        text = f"{a.score.total} of {top}" if top else str(a.score.total)
        return text + (" (partial)" if a.score.total_is_partial else "")

    def _tint(self, a: Assessment) -> QColor | None:
        if a.score is not None and a.score.safety_flags:
            return danger_tint()
        if not a.completed or a.id in self._superseded:
            return warning_tint()
        return None
