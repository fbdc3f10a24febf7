"""Change a condition's status, or add progress (e.g. community hours), always with dated evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Condition, ConditionStatus, Evidence
from desktop.ui.qt_typed import py_date, to_qdate

from ..context import AppContext
from ..labels import amount_text
from .base import WriteDialog, problem_label, show_problem

# The likeliest change first.
STATUS_ORDER = (
    ConditionStatus.MET,
    ConditionStatus.IN_PROGRESS,
    ConditionStatus.NOT_MET,
    ConditionStatus.WAIVED,
    ConditionStatus.NOT_STARTED,
)


class _EvidenceDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, person_id: str, condition: Condition, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._person_id = person_id
        self._condition = condition
        self.heading = QLabel(
            f"<b>{condition.title}</b><br>{condition.type.label} · {condition.status.label}", self
        )
        self.heading.setWordWrap(True)
        today = to_qdate(ctx.clock().date())
        self.on = QDateEdit(today, self)
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(today)
        self.on.setDisplayFormat("dd MMM yyyy")
        self.on.setAccessibleName(self.tr("Evidence date"))
        self.evidence = QPlainTextEdit(self)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(90)
        self.evidence.setPlaceholderText(self.tr("What shows this: e.g. 'timesheet signed by the placement'"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence_problem = problem_label(self, self.tr("Evidence problem"))
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.on.dateChanged.connect(self._mark_dirty)
        self.evidence.textChanged.connect(self._mark_dirty)

    def _add_evidence_rows(self) -> None:
        self.form.addRow(self.tr("Evidence &date:"), self.on)
        self.form.addRow(self.tr("&Evidence:"), self.evidence)
        self.form.addRow("", self.evidence_problem)

    def _evidence(self) -> Evidence:
        return Evidence(
            py_date(self.on.date()), self.evidence.toPlainText().strip(), self._ctx.services.user.username
        )

    def _check(self) -> bool:
        ok = bool(self.evidence.toPlainText().strip())
        show_problem(
            self.evidence_problem, "" if ok else self.tr("Evidence is required: say what shows this.")
        )
        if not ok:
            self.evidence.setFocus()
        return ok

    def _written(self, result: Any) -> None:
        self._condition = result
        self.case_changed.emit(self._person_id)


class ConditionStatusDialog(_EvidenceDialog):
    def __init__(
        self, ctx: AppContext, person_id: str, condition: Condition, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, person_id, condition, parent)
        self.setWindowTitle(self.tr("Change condition status"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("New status"))
        for status in STATUS_ORDER:
            if status is condition.status or (status is ConditionStatus.WAIVED and condition.mandatory):
                continue
            self.status.addItem(status.label, status.value)
        self.form.addRow(self.tr("New &status:"), self.status)
        self._add_evidence_rows()
        self.status.currentIndexChanged.connect(self._mark_dirty)
        self.status.setFocus()

    def set_status(self, status: ConditionStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))

    def _write(self) -> Callable[[], Any]:
        condition, status, evidence = (
            self._condition,
            ConditionStatus(self.status.currentData()),
            self._evidence(),
        )
        cases, pid = self._ctx.services.cases, self._person_id
        return lambda: cases.change_condition_status(pid, condition, status, evidence)


class AddProgressDialog(_EvidenceDialog):
    def __init__(
        self, ctx: AppContext, person_id: str, condition: Condition, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, person_id, condition, parent)
        self.setWindowTitle(self.tr("Add progress"))
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(1)
        remaining = max((condition.target or 0) - condition.progress, 0.5)
        self.amount.setRange(0.5, max(remaining, 0.5) + 100)
        self.amount.setValue(min(1.0, remaining))
        self.amount.setSuffix(f" {condition.unit}" if condition.unit else "")
        self.amount.setAccessibleName(self.tr("Amount to add"))
        done = QLabel(
            self.tr("{done} of {target} done so far").format(
                done=f"{condition.progress:g}", target=amount_text(condition.target or 0, condition.unit)
            ),
            self,
        )
        self.form.addRow(self.tr("So far:"), done)
        self.form.addRow(self.tr("&Add:"), self.amount)
        self._add_evidence_rows()
        self.amount.valueChanged.connect(self._mark_dirty)
        self.amount.setFocus()

    def _write(self) -> Callable[[], Any]:
        condition, amount, evidence = self._condition, self.amount.value(), self._evidence()
        cases, pid = self._ctx.services.cases, self._person_id
        return lambda: cases.add_condition_progress(pid, condition, amount, evidence)
