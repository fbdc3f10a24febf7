"""Vary a signed contract: vary, add or withdraw a condition, extend the end date, pause or resume; a reason
is always asked for. The rules are the domain's (desktop.domain.variations); this form only collects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Condition, ConditionStatus, ConditionType, Contract
from desktop.domain.contract import catalogue_condition
from desktop.domain.variations import (
    VariationKind,
    add_condition,
    extend,
    pause,
    resume,
    vary_condition,
    withdraw_condition,
)
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import py_date, to_qdate

from ..context import AppContext
from .base import WriteDialog, problem_label, show_problem

KIND_LABELS = {
    VariationKind.VARY: "Vary a condition (wording or target)",
    VariationKind.ADD: "Add a condition",
    VariationKind.WITHDRAW: "Withdraw a condition",
    VariationKind.EXTEND: "Extend the end date",
    VariationKind.PAUSE: "Pause the contract",
    VariationKind.RESUME: "Resume the contract",
}


class VaryContractDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        contract: Contract,
        conditions: Sequence[Condition],
        person_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._contract = contract
        self._conditions = [c for c in conditions if c.status is not ConditionStatus.WAIVED]
        self.setWindowTitle(self.tr("Vary the contract") + (f" — {person_name}" if person_name else ""))
        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind in VariationKind:
            if kind is (VariationKind.PAUSE if contract.paused else VariationKind.RESUME):
                continue
            self.kind.addItem(self.tr(KIND_LABELS[kind]), kind.value)
        self.condition = QComboBox(self)
        for c in self._conditions:
            self.condition.addItem(c.title, c.id)
        self.new_type = QComboBox(self)
        for t in ConditionType:
            if t is not ConditionType.OFFENDING:
                self.new_type.addItem(ui_label(t), t.value)
        self.wording = QLineEdit(self)
        self.wording.setPlaceholderText(self.tr("leave empty to keep the wording"))
        self.target = QDoubleSpinBox(self)
        self.target.setDecimals(0)
        self.target.setRange(0, 100)
        self.target.setSpecialValueText(self.tr("unchanged"))
        today = ctx.clock().date()
        self.new_end = QDateEdit(to_qdate(contract.end_date or today), self)
        self.on = QDateEdit(to_qdate(today), self)
        for edit in (self.new_end, self.on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.on.setMaximumDate(to_qdate(today))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        rows = (
            ("kind", self.tr("&Change:"), self.kind),
            ("condition", self.tr("Con&dition:"), self.condition),
            ("new_type", self.tr("&Type to add:"), self.new_type),
            ("wording", self.tr("&Wording:"), self.wording),
            ("target", self.tr("T&arget:"), self.target),
            ("new_end", self.tr("New &end date:"), self.new_end),
            ("on", self.tr("Date of the &variation:"), self.on),
            ("reason", self.tr("&Reason:"), self.reason),
        )
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            self._rows[key] = (label, widget)
        for signal in (
            self.kind.currentIndexChanged,
            self.condition.currentIndexChanged,
            self.new_type.currentIndexChanged,
            self.target.valueChanged,
            self.new_end.dateChanged,
            self.on.dateChanged,
        ):
            signal.connect(self._mark_dirty)
        self.wording.textEdited.connect(self._mark_dirty)
        self.reason.textChanged.connect(self._mark_dirty)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.reason_problem = problem_label(self, self.tr("Problem with the reason"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason_problem)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("Record variation"))
        self._on_kind_changed()
        self._dirty = False
        self.kind.setFocus()

    @property
    def chosen_kind(self) -> VariationKind:
        return VariationKind(self.kind.currentData())

    def _on_kind_changed(self, *_args: object) -> None:
        k = self.chosen_kind
        shown = {"kind", "on", "reason"} | {
            VariationKind.VARY: {"condition", "wording", "target"},
            VariationKind.ADD: {"new_type", "wording"},
            VariationKind.WITHDRAW: {"condition"},
            VariationKind.EXTEND: {"new_end"},
        }.get(k, set())
        for key, (label, widget) in self._rows.items():
            label.setVisible(key in shown)
            widget.setVisible(key in shown)

    def _check(self) -> bool:
        if not self.reason.toPlainText().strip():
            show_problem(self.reason_problem, self.tr("Write the reason for the variation."))
            self.reason.setFocus()
            return False
        show_problem(self.reason_problem, "")
        return True

    def _write(self) -> Callable[[], Any]:
        """Built on the GUI thread so a rule's refusal shows at once (DomainError is a ValueError)."""
        k, c, on, why = self.chosen_kind, self._contract, py_date(self.on.date()), self.reason.toPlainText()
        cond = next((x for x in self._conditions if x.id == self.condition.currentData()), None)
        cases, pid = self._ctx.services.cases, c.person_id
        if k is VariationKind.VARY and cond is not None:
            target = self.target.value() or None
            after, v = vary_condition(c, cond, on, why, title=self.wording.text() or None, target=target)
            return lambda: cases.record_variation(pid, v, condition=after)
        if k is VariationKind.WITHDRAW and cond is not None:
            after, v = withdraw_condition(c, cond, on, why, self._ctx.services.user.username)
            return lambda: cases.record_variation(pid, v, condition=after)
        if k is VariationKind.ADD:
            new = catalogue_condition(c.id, ConditionType(self.new_type.currentData()))
            if self.wording.text().strip():
                new = replace(new, title=self.wording.text().strip())
            added, v = add_condition(c, self._conditions, new, on, why)
            return lambda: cases.record_variation(pid, v, condition=added, new_condition=True)
        if k is VariationKind.EXTEND:
            after_c, v = extend(c, py_date(self.new_end.date()), on, why)
        elif k is VariationKind.PAUSE:
            after_c, v = pause(c, on, why)
        elif k is VariationKind.RESUME:
            after_c, v = resume(c, on, why)
        else:
            raise ValueError(self.tr("Choose the condition to change."))
        return lambda: cases.record_variation(pid, v, contract=after_c)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._contract.person_id)
