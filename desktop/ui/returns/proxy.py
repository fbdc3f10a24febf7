"""Filtering and sorting over the review queue: what to show (to review / signed / all) and a text search."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop.domain.returns import LOCKED_STATES, UNSIGNED_STATES
from desktop.storage.returns_repo import StoredReturn

from .model import ROW_ROLE, SORT_ROLE, STATE


class QueueFilter(StrEnum):
    TO_REVIEW = "to_review"  # drafts and approved returns: still to sign
    SIGNED = "signed"  # signed and superseded
    ALL = "all"

    def accepts(self, state: str) -> bool:
        if self is QueueFilter.TO_REVIEW:
            return state in UNSIGNED_STATES
        if self is QueueFilter.SIGNED:
            return state in LOCKED_STATES
        return True


class ReturnsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._filter = QueueFilter.ALL
        self._text = ""
        self.sort(STATE)

    def set_queue_filter(self, value: QueueFilter) -> None:
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Rows whose person, force reference or code contain every word typed (any case)."""
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        row: StoredReturn = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None or not self._filter.accepts(row.state):
            return False
        if self._text:
            haystack = f"{row.person_name} {row.force_reference} {row.short_code} {row.keyworker}".lower()
            return all(word in haystack for word in self._text.split())
        return True
