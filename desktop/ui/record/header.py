"""The record's header: who, references, contract dates, day N of M, days left, compliance in colour and words."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import ComplianceAssessment, ContractState
from desktop.domain.clock import local_day
from desktop.ui.language import ui_label, ui_reason, ui_summary

from ..elided_label import ElidedLabel
from ..theme import compliance_style, compliance_text, is_dark
from .controller import LoadedCase
from .style import fmt_date


class RecordHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = ElidedLabel(self)  # a very long name ends in '…' with the whole name as the tooltip
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setAccessibleName(self.tr("Name"))
        self.references = ElidedLabel(self)
        self.references.setAccessibleName(self.tr("References and keyworker"))
        self.assign_button = QPushButton(self.tr("Change &keyworker\u2026"), self)
        self.assign_button.setAccessibleName(self.tr("Change keyworker"))
        self.assign_button.setVisible(False)  # managers and admins only (the view decides)
        self.contract = QLabel(self)
        self.contract.setAccessibleName(self.tr("Contract"))
        self.contract.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setAccessibleName(self.tr("Compliance level"))
        self.reasons = QLabel(self)
        self.reasons.setAccessibleName(self.tr("Compliance reasons"))
        self.reasons.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.name)
        refs = QHBoxLayout()
        refs.addWidget(self.references, 1)
        refs.addWidget(self.assign_button)
        left.addLayout(refs)
        left.addWidget(self.contract)
        left.addStretch(1)
        right = QGridLayout()
        right.addWidget(QLabel(self.tr("Compliance:"), self), 0, 0)
        right.addWidget(self.badge, 0, 1)
        right.addWidget(self.reasons, 1, 0, 1, 3)
        right.setColumnStretch(2, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.safety = QFrame(self)  # a safety alert, above everything else, until someone records an action
        self.safety.setObjectName("safetyAlert")
        self.safety.setStyleSheet(
            "#safetyAlert { background-color: #b3261e; border-radius: 4px; }"
            "#safetyAlert QLabel { color: #ffffff; }"
        )
        self.safety_text = QLabel(self.safety)
        self.safety_text.setWordWrap(True)
        self.safety_text.setAccessibleName(self.tr("Safety alert"))
        self.safety_button = QPushButton(self.tr("Record acti&on\u2026"), self.safety)
        self.safety_button.setAccessibleName(self.tr("Record what was done about the safety alert"))
        alert = QHBoxLayout(self.safety)
        alert.setContentsMargins(8, 4, 8, 4)
        alert.addWidget(self.safety_text, 1)
        alert.addWidget(self.safety_button)
        self.safety.setVisible(False)
        outer = QVBoxLayout()
        outer.addWidget(self.safety)
        outer.addLayout(row)
        self.setLayout(outer)
        self.name.setText(self.tr("Loading…"))

    def show_case(self, loaded: LoadedCase, now: datetime) -> None:
        case = loaded.case
        person = case.person
        self.name.setText(person.full_name)
        self.references.setText(
            self.tr("Force ref. {ref} · PNC {pnc} · Keyworker: {kw}").format(
                ref=person.force_reference or "—",
                pnc=person.pnc_id or self.tr("none"),
                kw=loaded.keyworker_name or self.tr("unassigned"),
            )
        )
        self.contract.setText(self.contract_text(loaded, now))
        contract = case.contract
        if contract is None or contract.state is ContractState.OFFERED:
            self.show_not_started()  # compliance has nothing to measure yet: never "On track"
        else:
            self.show_compliance(case.compliance(now))
        self.show_safety(loaded)

    def show_not_started(self) -> None:
        self.badge.setText(self.tr("Not started"))
        self.badge.setStyleSheet(
            "QLabel { padding: 4px 8px; border-radius: 4px; border: 1px solid palette(mid); }"
        )
        self.badge.setAccessibleDescription(self.tr("Not started: no signed contract yet"))
        self.reasons.setAccessibleDescription(self.tr("Compliance starts when the contract is signed."))
        self.reasons.setText(self.tr("Compliance starts when the contract is signed."))

    def show_safety(self, loaded: LoadedCase) -> None:
        concerns = loaded.safety
        if not concerns:
            self.safety.setVisible(False)
            self.safety_text.setText("")
            return
        lines = "".join(
            f"<li>{escape(c.instrument)}, {escape(fmt_date(local_day(c.on)) if c.on else '')}: "
            f"{escape(c.text)}</li>"
            for c in concerns
        )
        self.safety_text.setText(
            f"<b>\u26a0 {escape(self.tr('Safety alert: no action recorded yet'))}</b>"
            f"<ul style='margin-left: -20px'>{lines}</ul>"
        )
        self.safety_text.setAccessibleDescription("\n".join(c.text for c in concerns))
        self.safety.setVisible(True)

    def contract_text(self, loaded: LoadedCase, now: datetime) -> str:
        contract = loaded.case.contract
        today = now.date()
        if contract is None:
            return self.tr("No contract yet")
        if contract.state is ContractState.OFFERED:
            return self.tr("Contract offered, not signed")
        dates = self.tr("signed {signed}, ends {end}").format(
            signed=fmt_date(contract.signed_on), end=fmt_date(contract.end_date)
        )
        if contract.state is ContractState.ACTIVE:
            return self.tr(
                "Active contract: {dates} · day {day} of {length} · %n day(s) left",
                "",
                contract.days_left(today),
            ).format(
                dates=dates,
                day=contract.day(today),
                length=contract.length_days,
            )
        return self.tr("{state} on {closed} ({dates}){reason}").format(
            state=ui_label(contract.state),
            closed=fmt_date(contract.closed_on),
            dates=dates,
            reason=f": {contract.outcome_reason}" if contract.outcome_reason else "",
        )

    def show_compliance(self, assessment: ComplianceAssessment) -> None:
        self.badge.setText(compliance_text(assessment.level))
        self.badge.setStyleSheet(compliance_style(assessment.level, is_dark(self.palette())))
        self.badge.setAccessibleDescription(ui_summary(assessment))
        texts = [ui_reason(r) for r in assessment.reasons]
        self.reasons.setAccessibleDescription("\n".join(texts))
        if assessment.reasons:
            items = "".join(f"<li>{escape(t[:1].upper() + t[1:])}</li>" for t in texts)
            self.reasons.setText(f"<ul style='margin-left: -20px'>{items}</ul>")
        else:
            self.reasons.setText(self.tr("Nothing of concern."))

    def reason_lines(self) -> list[str]:
        """The reasons as shown, for tests and screen readers."""
        return [r.strip() for r in self.reasons.accessibleDescription().split("\n") if r.strip()]
