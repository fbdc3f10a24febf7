"""Sign a contract: choose conditions from the default template, adjust targets, set the dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Condition, ConditionType, default_conditions
from desktop.domain.contract import COMMUNITY_HOURS_MAX, COMMUNITY_HOURS_MIN
from desktop.domain.dates import default_end_date
from desktop.services.pathway_conditions import contract_template_with_needs

from ..context import AppContext
from ..record.style import fmt_date
from ..wheel_guard import guard_wheel
from .base import WriteDialog


class SignContractDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str, person_name: str = "", parent: QWidget | None = None,
                 suggested: Sequence[Condition] = ()) -> None:
        """`suggested`: pathway conditions from the latest needs screen, offered in place of the template's."""
        super().__init__(ctx, parent)
        self._person_id = person_id
        self._end_edited = False
        self.setWindowTitle(self.tr("Sign the contract") + (f" — {person_name}" if person_name else ""))
        self.template = contract_template_with_needs(default_conditions(""), suggested)
        box = QGroupBox(self.tr("Conditions"), self)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("<b>Include</b>"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Condition</b>"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Target</b>"), box), 0, 2)
        self.checks: list[QCheckBox] = []
        self.titles: list[QLineEdit] = []
        self.targets: list[QDoubleSpinBox | None] = []
        for row, cond in enumerate(self.template, start=1):
            label = f"{cond.type.label}: {cond.pathway.label}" if cond.pathway else cond.type.label
            check = QCheckBox(label, box)
            check.setChecked(True)
            check.setAccessibleName(self.tr("Include {0}").format(label))
            if cond.mandatory:
                check.setEnabled(False)
                check.setText(cond.type.label + self.tr(" (always)"))
                check.setToolTip(self.tr("The offending condition is part of every contract."))
            title = QLineEdit(cond.title, box)
            title.setAccessibleName(self.tr("Wording of {0}").format(cond.type.label))
            title.setMinimumWidth(420)
            target: QDoubleSpinBox | None = None
            if cond.target is not None:
                target = QDoubleSpinBox(box)
                target.setDecimals(0)
                if cond.type is ConditionType.COMMUNITY_HOURS:
                    target.setRange(COMMUNITY_HOURS_MIN, COMMUNITY_HOURS_MAX)
                else:
                    target.setRange(1, 100)
                target.setValue(cond.target)
                target.setSuffix(f" {cond.unit}")
                target.setAccessibleName(self.tr("Target for {0}").format(cond.type.label))
                grid.addWidget(target, row, 2)
                target.valueChanged.connect(self._mark_dirty)
                check.toggled.connect(target.setEnabled)
            check.toggled.connect(title.setEnabled)
            check.toggled.connect(self._mark_dirty)
            title.textEdited.connect(self._mark_dirty)
            grid.addWidget(check, row, 0)
            grid.addWidget(title, row, 1)
            self.checks.append(check)
            self.titles.append(title)
            self.targets.append(target)
        today = ctx.clock().date()
        self.signed = QDateEdit(QDate(today), self)
        self.signed.setMaximumDate(QDate(today))
        self.signed.setCalendarPopup(True)
        self.signed.setDisplayFormat("dd MMM yyyy")
        self.signed.setAccessibleName(self.tr("Date signed"))
        self.end = QDateEdit(QDate(default_end_date(today)), self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd MMM yyyy")
        self.end.setAccessibleName(self.tr("End date"))
        self.signed.dateChanged.connect(self._on_signed_date_changed)
        self.end.dateChanged.connect(self._on_end_date_changed)
        dates = QFormLayout()
        dates.addRow(self.tr("&Signed on:"), self.signed)
        dates.addRow(self.tr("&Ends on:"), self.end)
        hint = QLabel(self.tr("The contract runs four months from signing unless you change the end date."), self)
        hint.setWordWrap(True)
        if suggested:
            hint.setText(hint.text() + " " + self.tr("The pathway conditions come from the latest needs screen: "
                                                     "one for each medium or high need."))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(dates)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("Sign contract"))
        guard_wheel(self)
        self.checks[1].setFocus()

    def _on_signed_date_changed(self, d: QDate) -> None:
        self._mark_dirty()
        if not self._end_edited:
            self.end.blockSignals(True)
            self.end.setDate(QDate(default_end_date(d.toPython())))
            self.end.blockSignals(False)

    def _on_end_date_changed(self, _d: QDate) -> None:
        self._mark_dirty()
        self._end_edited = True

    def chosen_conditions(self) -> list[Condition]:
        chosen = []
        for cond, check, title, target in zip(self.template, self.checks, self.titles, self.targets, strict=True):
            if not check.isChecked():
                continue
            changes: dict[str, Any] = {"title": title.text().strip() or cond.title}
            if target is not None:
                changes["target"] = target.value()
            chosen.append(replace(cond, **changes))
        return chosen

    def _write(self) -> Callable[[], Any]:
        conditions = self.chosen_conditions()
        signed, end = self.signed.date().toPython(), self.end.date().toPython()
        if end <= signed:
            raise ValueError(self.tr("The end date must be after the signing date."))
        longest = default_end_date(signed)
        if end > longest:  # the scheme's contract is four months: a longer one is a typing slip, not a choice
            raise ValueError(self.tr("A contract runs at most four months: from {0} it must end by {1} "
                                     "(this end date is {2}).").format(
                fmt_date(signed), fmt_date(longest), fmt_date(end)))
        cases, pid = self._ctx.store.cases, self._person_id
        return lambda: cases.sign_contract(pid, signed, conditions, end)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._person_id)
