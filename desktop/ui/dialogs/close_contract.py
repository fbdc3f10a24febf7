"""Close a contract with an outcome and a reason; only the moves the contract's state allows are offered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Contract, ContractState, allowed_transitions
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import py_date, to_qdate

from ..context import AppContext
from .base import WriteDialog, problem_label, show_problem

OUTCOME_ORDER = (
    ContractState.COMPLETED,
    ContractState.FAILED_NON_COMPLIANCE,
    ContractState.FAILED_REOFFENDED,
    ContractState.WITHDRAWN,
)


class CloseContractDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, contract: Contract, person_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._contract = contract
        self.setWindowTitle(self.tr("Close the contract") + (f" — {person_name}" if person_name else ""))
        box = QGroupBox(self.tr("Outcome"), self)
        box_layout = QVBoxLayout(box)
        self.outcomes = QButtonGroup(self)
        self.radios: dict[ContractState, QRadioButton] = {}
        for state in OUTCOME_ORDER:
            if state not in allowed_transitions(contract.state):
                continue
            radio = QRadioButton(ui_label(state), box)
            radio.setAccessibleName(ui_label(state))
            self.outcomes.addButton(radio)
            self.radios[state] = radio
            box_layout.addWidget(radio)
            radio.toggled.connect(self._on_outcome_toggled)
        today = ctx.clock().date()
        self.on = QDateEdit(to_qdate(today), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd MMM yyyy")
        self.on.setMaximumDate(to_qdate(today))
        if contract.signed_on:
            self.on.setMinimumDate(to_qdate(contract.signed_on))
        self.on.setAccessibleName(self.tr("Date closed"))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason_hint = QLabel(self)
        self.reason_hint.setWordWrap(True)
        self.reason_problem = problem_label(self, self.tr("Reason problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Closed on:"), self.on)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.reason_hint)
        form.addRow("", self.reason_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("Close contract"))
        self.reason.textChanged.connect(self._mark_dirty)
        if not self.radios:
            show_problem(self.message, self.tr("This contract is already closed."))
            self.save_button.setEnabled(False)
        else:
            # No outcome is preselected: closing is a deliberate choice the court may hear about.
            next(iter(self.radios.values())).setFocus()
            self._on_outcome_toggled(False)
        self._dirty = False

    def set_outcome(self, state: ContractState) -> None:
        self.radios[state].setChecked(True)

    def chosen_outcome(self) -> ContractState | None:
        checked = self.outcomes.checkedButton()
        return next((s for s, r in self.radios.items() if r is checked), None)

    def _on_outcome_toggled(self, _checked: bool) -> None:
        self._mark_dirty()
        chosen = self.chosen_outcome()
        required = chosen is not ContractState.COMPLETED
        if chosen is None:
            self.reason_hint.setText(
                self.tr("Choose an outcome. A reason is required unless it is 'Completed'.")
            )
            return
        self.reason_hint.setText(
            self.tr("A reason is required: the court may be told why the contract failed.")
            if required
            else self.tr("A note is optional for a completed contract.")
        )

    def _check(self) -> bool:
        state = self.chosen_outcome()
        if state is None:
            show_problem(self.message, self.tr("Choose an outcome."))
            return False
        missing = state is not ContractState.COMPLETED and not self.reason.toPlainText().strip()
        show_problem(
            self.reason_problem,
            self.tr("Give a reason for '{0}'.").format(ui_label(state)) if missing else "",
        )
        if missing:
            self.reason.setFocus()
        return not missing

    def _write(self) -> Callable[[], Any]:
        contract, state = self._contract, self.chosen_outcome()
        on, reason = py_date(self.on.date()), self.reason.toPlainText().strip()
        assert state is not None
        cases = self._ctx.services.cases
        return lambda: cases.close_contract(contract, state, on, reason)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._contract.person_id)
