"""Sign a contract: choose up to the scheme's number of conditions of any type, adjust targets, set the dates.

Offered: the template (pathway rows replaced by the needs screen's ranked suggestions), then one row for each
condition type the template lacks (GPS tag, victim awareness, apology letter, custom). The no-reoffending row is
always ticked; once the cap is reached the unticked rows are disabled until one is unticked. A sessions target
can be counted from attended sessions of one appointment kind instead of being typed in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from desktop.domain import Condition, ConditionType, Pathway, default_conditions
from desktop.domain.contract import (
    COMMUNITY_HOURS_MAX,
    COMMUNITY_HOURS_MIN,
    catalogue_condition,
    check_conditions,
    default_choice,
    missing_types,
)
from desktop.domain.dates import default_end_date
from desktop.domain.enums import AppointmentKind
from desktop.services.contract_scheme import max_conditions as scheme_max_conditions
from desktop.services.pathway_conditions import contract_template_with_needs
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import py_date, to_qdate

from ..context import AppContext
from ..labels import error_text
from ..record.style import fmt_date
from ..wheel_guard import guard_wheel
from .base import WriteDialog, problem_label, show_problem


class SignContractDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        person_name: str = "",
        parent: QWidget | None = None,
        suggested: Sequence[Condition] = (),
        max_conditions: int | None = None,
    ) -> None:
        """`suggested`: pathway conditions from the latest needs screen (ranked), offered in place of the
        template's; `max_conditions`: the cap, from the scheme file when not given."""
        super().__init__(ctx, parent)
        self._person_id = person_id
        self._end_edited = False
        self.max_conditions = max_conditions if max_conditions is not None else scheme_max_conditions()
        self.setWindowTitle(self.tr("Sign the contract") + (f" — {person_name}" if person_name else ""))
        offered = contract_template_with_needs(default_conditions(""), suggested)
        self.template = offered + [
            catalogue_condition("", t, len(offered) + i) for i, t in enumerate(missing_types(offered))
        ]
        ticks = default_choice(self.template, self.max_conditions)
        box = QGroupBox(self.tr("Conditions"), self)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("<b>Include</b>"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Condition</b>"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Target</b>"), box), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>Counted from</b>"), box), 0, 3)
        self.checks: list[QCheckBox] = []
        self.titles: list[QLineEdit] = []
        self.targets: list[QDoubleSpinBox | None] = []
        self.counted_from: list[QComboBox | None] = []
        for row, cond in enumerate(self.template, start=1):
            label = (
                f"{ui_label(cond.type)}: {ui_label(cond.pathway)}" if cond.pathway else ui_label(cond.type)
            )
            check = QCheckBox(label, box)
            check.setChecked(ticks[row - 1])
            check.setAccessibleName(self.tr("Include {0}").format(label))
            if cond.mandatory:
                check.setEnabled(False)
                check.setText(ui_label(cond.type) + self.tr(" (always)"))
                check.setToolTip(self.tr("The offending condition is part of every contract."))
            title = QLineEdit(cond.title, box)
            title.setAccessibleName(self.tr("Wording of {0}").format(ui_label(cond.type)))
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
                target.setAccessibleName(self.tr("Target for {0}").format(ui_label(cond.type)))
                grid.addWidget(target, row, 2)
                target.valueChanged.connect(self._mark_dirty)
                target.setEnabled(check.isChecked())
                check.toggled.connect(target.setEnabled)
            counted: QComboBox | None = None
            if cond.unit == "sessions":
                counted = QComboBox(box)
                counted.addItem(self.tr("typed in by hand"), None)
                for kind in AppointmentKind:
                    counted.addItem(
                        self.tr("attended {0} sessions").format(ui_label(kind).lower()), kind.value
                    )
                linked = cond.counts_kind or (
                    AppointmentKind.TREATMENT if cond.pathway is Pathway.DRUGS else None
                )
                counted.setCurrentIndex(max(counted.findData(linked.value if linked else None), 0))
                counted.setAccessibleName(self.tr("Progress of {0} counted from").format(label))
                counted.setEnabled(check.isChecked())
                counted.currentIndexChanged.connect(self._mark_dirty)
                check.toggled.connect(counted.setEnabled)
                grid.addWidget(counted, row, 3)
            title.setEnabled(check.isChecked())
            check.toggled.connect(title.setEnabled)
            check.toggled.connect(self._mark_dirty)
            check.toggled.connect(self._on_choice_changed)
            title.textEdited.connect(self._mark_dirty)
            grid.addWidget(check, row, 0)
            grid.addWidget(title, row, 1)
            self.checks.append(check)
            self.titles.append(title)
            self.targets.append(target)
            self.counted_from.append(counted)
        self.count_label = QLabel(box)
        self.count_label.setAccessibleName(self.tr("Conditions chosen"))
        grid.addWidget(self.count_label, len(self.template) + 1, 0, 1, 4)
        self.conditions_problem = problem_label(box, self.tr("Problem with the conditions"))
        grid.addWidget(self.conditions_problem, len(self.template) + 2, 0, 1, 4)
        today = ctx.clock().date()
        self.signed = QDateEdit(to_qdate(today), self)
        self.signed.setMaximumDate(to_qdate(today))
        self.signed.setCalendarPopup(True)
        self.signed.setDisplayFormat("dd MMM yyyy")
        self.signed.setAccessibleName(self.tr("Date signed"))
        self.end = QDateEdit(to_qdate(default_end_date(today)), self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd MMM yyyy")
        self.end.setAccessibleName(self.tr("End date"))
        self.signed.dateChanged.connect(self._on_signed_date_changed)
        self.end.dateChanged.connect(self._on_end_date_changed)
        dates = QFormLayout()
        dates.addRow(self.tr("&Signed on:"), self.signed)
        dates.addRow(self.tr("&Ends on:"), self.end)
        hint = QLabel(
            self.tr("The contract runs four months from signing unless you change the end date."), self
        )
        hint.setWordWrap(True)
        if suggested:
            hint.setText(
                hint.text()
                + " "
                + self.tr(
                    "The pathway conditions come from the latest needs screen: "
                    "one for each medium or high need, high "
                    "needs first; tick the ones to include."
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(dates)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("Sign contract"))
        self._on_choice_changed()
        guard_wheel(self)
        self.checks[1].setFocus()

    def _on_choice_changed(self, *_args: object) -> None:
        """Keep the count in words; at the cap, the unticked rows cannot be ticked until one is unticked."""
        n = sum(c.isChecked() for c in self.checks)
        full = n >= self.max_conditions
        self.count_label.setText(
            self.tr("{0} of at most {1} conditions chosen.").format(n, self.max_conditions)
            + (" " + self.tr("Untick one to choose another.") if full else "")
        )
        for cond, check in zip(self.template, self.checks, strict=True):
            if not cond.mandatory:
                check.setEnabled(check.isChecked() or not full)
                check.setToolTip(
                    self.tr("The scheme allows at most {0} conditions.").format(self.max_conditions)
                    if full and not check.isChecked()
                    else ""
                )

    def _on_signed_date_changed(self, d: QDate) -> None:
        self._mark_dirty()
        if not self._end_edited:
            self.end.blockSignals(True)
            self.end.setDate(to_qdate(default_end_date(py_date(d))))
            self.end.blockSignals(False)

    def _on_end_date_changed(self, _d: QDate) -> None:
        self._mark_dirty()
        self._end_edited = True

    def chosen_conditions(self) -> list[Condition]:
        chosen = []
        for cond, check, title, target, counted in zip(
            self.template, self.checks, self.titles, self.targets, self.counted_from, strict=True
        ):
            if not check.isChecked():
                continue
            changes: dict[str, Any] = {"title": title.text().strip() or cond.title}
            if target is not None:
                changes["target"] = target.value()
            if counted is not None:
                kind = counted.currentData()
                changes["counts_kind"] = AppointmentKind(kind) if kind else None
            chosen.append(replace(cond, **changes))
        return chosen

    def _check(self) -> bool:
        try:
            check_conditions(self.chosen_conditions(), self.max_conditions)
        except ValueError as exc:
            show_problem(self.conditions_problem, error_text(exc) + ".")
            return False
        show_problem(self.conditions_problem, "")
        return True

    def _write(self) -> Callable[[], Any]:
        conditions = self.chosen_conditions()
        signed, end = py_date(self.signed.date()), py_date(self.end.date())
        if end <= signed:
            raise ValueError(self.tr("The end date must be after the signing date."))
        longest = default_end_date(signed)
        if end > longest:  # the scheme's contract is four months: a longer one is a typing slip, not a choice
            raise ValueError(
                self.tr(
                    "A contract runs at most four months: from {0} it must end by {1} (this end date is {2})."
                ).format(fmt_date(signed), fmt_date(longest), fmt_date(end))
            )
        cases, pid = self._ctx.services.cases, self._person_id
        cap = self.max_conditions
        return lambda: cases.sign_contract(pid, signed, conditions, end, cap)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._person_id)
