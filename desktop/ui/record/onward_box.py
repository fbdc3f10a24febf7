"""The record's list of referrals to other agencies (Details tab), with Refer… and Update… buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.onward import OnwardReferral
from desktop.ui.language import ui_label

from ..table_model import Index, RowTableModel
from .controller import LoadedCase, RecordController
from .style import fmt_date


class OnwardTableModel(RowTableModel):
    COLUMNS = ("Pathway", "Agency", "Referred", "Answer", "First attended")

    def referral_at(self, row: int) -> OnwardReferral | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.referral_at(index.row())
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        answer = ui_label(r.accepted) + (f", {fmt_date(r.accepted_on)}" if r.accepted_on else "")
        return (
            ui_label(r.pathway),
            r.agency,
            fmt_date(r.referred_on),
            answer,
            fmt_date(r.first_attended_on) if r.first_attended_on else self.tr("Not yet"),
        )[index.column()]


class OnwardBox(QGroupBox):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referrals to other agencies"), parent)
        self._controller = controller
        self.model = OnwardTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Referrals to other agencies"))
        self.table.setMinimumHeight(110)
        self.refer_button = QPushButton(self.tr("&Refer to an agency…"), self)
        self.refer_button.setAccessibleName(self.tr("Refer to another agency"))
        self.update_button = QPushButton(self.tr("&Update referral…"), self)
        self.update_button.setAccessibleName(self.tr("Update the selected referral"))
        self.update_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refer_button.clicked.connect(self._on_refer_clicked)
        self.update_button.clicked.connect(self._on_update_clicked)
        self.table.doubleClicked.connect(self._on_update_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        controller.loaded.connect(self._on_controller_loaded)

    def selected(self) -> OnwardReferral | None:
        index = self.table.currentIndex()
        return self.model.referral_at(index.row()) if index.isValid() else None

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        chosen = self.selected()
        self.model.set_rows(loaded.onward)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, r in enumerate(loaded.onward):
            if chosen is not None and r.id == chosen.id:
                self.table.setCurrentIndex(self.model.index(row, 0))
        self._on_table_current_changed()

    def _on_table_current_changed(self, *_args: object) -> None:
        self.update_button.setEnabled(self.selected() is not None)

    def _on_refer_clicked(self) -> None:
        self._controller.open_onward_referral(self)

    def _on_update_clicked(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._controller.open_onward_referral(self, chosen)
