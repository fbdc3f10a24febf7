"""The sync log: every bundle sent and received with its acknowledgement, and the conflicts to decide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import aware_utc

from ..context import AppContext
from .log_models import BundleLogModel, ConflictModel


def _table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class SyncLogDialog(QDialog):
    loaded = Signal()
    conflict_resolved = Signal(str)  # the record's ID

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Sync log"))
        self.bundles = BundleLogModel()
        self.conflicts = ConflictModel()
        self.bundle_view = _table(self.bundles, self)
        self.conflict_view = _table(self.conflicts, self)
        self.resolve_button = QPushButton(self.tr("Mark as dealt with\u2026"), self)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.message = QLabel(self)
        conflicts_page = QWidget(self)
        box = QVBoxLayout(conflicts_page)
        box.addWidget(
            QLabel(
                self.tr(
                    "Records the force sent that were not applied: nothing of ours was "
                    "overwritten. Deal with each by hand, then mark it."
                ),
                conflicts_page,
            )
        )
        box.addWidget(self.conflict_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        box.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.bundle_view, self.tr("Bundles"))
        self.tabs.addTab(conflicts_page, self.tr("Conflicts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(960, 520)
        self.refresh()

    def refresh(self) -> None:
        repo = self._ctx.services.sync
        self._ctx.runner.run(
            lambda: (repo.partners(), repo.bundles(), repo.open_conflicts()),
            self._on_log_loaded,
            self._on_log_failed,
        )

    def _on_log_loaded(self, result: Any) -> None:
        partners, bundles, conflicts = result
        names = {p.id: p.name for p in partners}
        now = aware_utc(self._ctx.clock())
        self.bundles.set_bundles(bundles, names, now)
        self.conflicts.set_conflicts(conflicts, names)
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(conflicts))))
        self.resolve_button.setEnabled(bool(conflicts))
        self.loaded.emit()

    def _on_log_failed(self, error: BaseException) -> None:
        self.message.setText(str(error).splitlines()[0] if str(error) else type(error).__name__)

    def _on_resolve_clicked(self) -> None:
        rows = self.conflict_view.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a conflict first."))
            return
        note, ok = QInputDialog.getText(self, self.tr("Dealt with"), self.tr("What was done about it?"))
        if ok:
            self.resolve(rows[0].row(), note)

    def resolve(self, row: int, note: str) -> None:
        conflict = self.conflicts.conflicts[row]
        repo = self._ctx.services.sync
        self._ctx.runner.run(
            lambda: repo.resolve_conflict(conflict.partner_id, conflict.record_id, note),
            lambda _r: self._on_resolved(conflict.record_id),
            self._on_log_failed,
        )

    def _on_resolved(self, record_id: str) -> None:
        self.message.clear()
        self.conflict_resolved.emit(record_id)
        self.refresh()
