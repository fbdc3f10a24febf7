"""The Contract tab: conditions with their progress and status, the selected one's evidence, and the actions."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Condition, ContractState
from desktop.domain.victims import VICTIM_CONDITIONS
from desktop.ui.language import ui_format, ui_label

from .controller import LoadedCase, RecordController
from .models import SORT_ROLE, ConditionsTableModel, EvidenceTableModel
from .scans_box import ScansBox
from .style import fmt_date


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    return view


class ContractTab(QWidget):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.sign_button = QPushButton(self.tr("Si&gn contract…"), self)
        self.close_button = QPushButton(self.tr("C&lose contract…"), self)
        self.vary_button = QPushButton(self.tr("&Vary contract…"), self)
        self.vary_button.setAccessibleName(self.tr("Vary contract"))
        self.status_button = QPushButton(self.tr("Change s&tatus…"), self)
        self.progress_button = QPushButton(self.tr("Add &progress…"), self)
        self.victim_button = QPushButton(self.tr("Victi&m contact…"), self)
        self.victim_button.setToolTip(
            self.tr("The victim's wishes, the contact made and its outcome, for a victim-related condition")
        )
        for button, name in (
            (self.sign_button, self.tr("Sign contract")),
            (self.close_button, self.tr("Close contract")),
            (self.status_button, self.tr("Change condition status")),
            (self.progress_button, self.tr("Add progress to condition")),
            (self.victim_button, self.tr("Victim contact for the condition")),
        ):
            button.setAccessibleName(name)
        self.state_label = QLabel(self)
        self.model = ConditionsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(self, self.tr("Conditions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConditionsTableModel.TITLE, QHeaderView.ResizeMode.Interactive)
        self.evidence_model = EvidenceTableModel(self)
        self.evidence = _table(self, self.tr("Evidence for the selected condition"))
        self.evidence.setModel(self.evidence_model)
        self.evidence.horizontalHeader().setStretchLastSection(False)
        self.evidence.horizontalHeader().setSectionResizeMode(
            EvidenceTableModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.evidence_title = QLabel(self.tr("Evidence: select a condition"), self)
        self.victim_label = QLabel(self)
        self.victim_label.setAccessibleName(self.tr("Victim contact for the selected condition"))
        self.victim_label.hide()
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.evidence_title)
        lower_layout.addWidget(self.victim_label)
        lower_layout.addWidget(self.evidence)
        self.scans = ScansBox(controller, lower)
        lower_layout.addWidget(self.scans)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 160])
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        for b in (
            self.status_button,
            self.progress_button,
            self.victim_button,
            self.sign_button,
            self.vary_button,
            self.close_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.vary_button.clicked.connect(self._on_vary_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.progress_button.clicked.connect(self._on_progress_clicked)
        self.victim_button.clicked.connect(self._on_victim_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.doubleClicked.connect(self._on_status_clicked)
        controller.loaded.connect(self._on_controller_loaded)
        self._update_actions()

    def selected_condition(self) -> Condition | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.condition_at(self.proxy.mapToSource(index).row())

    def select_condition(self, condition_id: str) -> None:
        for row in range(self.model.rowCount()):
            cond = self.model.condition_at(row)
            if cond is not None and cond.id == condition_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        selected = self.selected_condition()
        self.model.set_rows(loaded.case.conditions)
        contract = loaded.case.contract
        text = (
            self.tr("Contract: {0}").format(ui_label(contract.state))
            if contract
            else self.tr("No contract signed yet: sign one to set the conditions.")
        )
        if contract is not None and contract.paused_on is not None:
            text += " " + self.tr("(paused since {0})").format(ui_format(contract.paused_on, "dd MMM yyyy"))
        self.state_label.setText(text)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(ConditionsTableModel.TITLE, min(self.table.columnWidth(1), 360))
        if selected is not None:
            self.select_condition(selected.id)
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._on_table_current_changed()

    def _on_table_current_changed(self, *_args: object) -> None:
        cond = self.selected_condition()
        self.evidence_model.set_condition(cond)
        self.evidence.resizeColumnToContents(0)
        self.evidence_title.setText(
            self.tr("Evidence for '{0}' ({1})").format(cond.title, len(cond.evidence))
            if cond
            else self.tr("Evidence: select a condition")
        )
        self._show_victim(cond)
        self._update_actions()

    def _show_victim(self, cond: Condition | None) -> None:
        """What is recorded of the victim side (not their name or details): wishes, contact, outcome."""
        if cond is None or cond.type not in VICTIM_CONDITIONS:
            self.victim_label.hide()
            return
        loaded = self._controller.current
        v = loaded.victims.get(cond.id) if loaded else None
        if v is None:
            text = self.tr("Victim: wishes not recorded yet")
        else:
            text = self.tr("Victim: {0}").format(ui_label(v.wishes))
            if v.contact_on and v.contact_how:
                text += self.tr("; contact made {0} ({1})").format(
                    fmt_date(v.contact_on), ui_label(v.contact_how)
                )
            if v.outcome_on:
                text += self.tr("; outcome recorded")
        self.victim_label.setText(text)
        self.victim_label.show()

    def _update_actions(self) -> None:
        case = self._controller.case
        contract = case.contract if case else None
        active = contract is not None and contract.state is ContractState.ACTIVE
        cond = self.selected_condition()
        self.sign_button.setEnabled(case is not None and (contract is None or contract.state.is_terminal))
        self.close_button.setEnabled(contract is not None and not contract.state.is_terminal)
        self.vary_button.setEnabled(active)
        self.status_button.setEnabled(active and cond is not None)
        self.progress_button.setEnabled(
            active
            and cond is not None
            and cond.target is not None
            and not cond.status.is_settled
            and cond.counts_kind is None
        )
        self.victim_button.setEnabled(cond is not None and cond.type in VICTIM_CONDITIONS)
        self.progress_button.setToolTip(
            self.tr("Counted from attended {0} sessions: record the session instead.").format(
                ui_label(cond.counts_kind).lower()
            )
            if cond is not None and cond.counts_kind is not None
            else ""
        )

    def _on_sign_clicked(self) -> None:
        self._controller.open_sign_contract(self)

    def _on_vary_clicked(self) -> None:
        self._controller.open_vary_contract(self)

    def _on_close_clicked(self) -> None:
        self._controller.open_close_contract(self)

    def _on_status_clicked(self, *_args: object) -> None:
        cond = self.selected_condition()
        if cond is not None and self.status_button.isEnabled():
            self._controller.open_condition_status(cond, self)

    def _on_progress_clicked(self) -> None:
        cond = self.selected_condition()
        if cond is not None:
            self._controller.open_add_progress(cond, self)

    def _on_victim_clicked(self) -> None:
        cond = self.selected_condition()
        if cond is not None and cond.type in VICTIM_CONDITIONS:
            self._controller.open_victim_contact(cond, self)
