"""Record what was done about a person's safety alert: a structured action and free text, audited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.clock import local_day
from desktop.domain.safety import MAX_ACTION_TEXT, SafetyAction, SafetyConcern
from desktop.ui.language import ui_label

from ..context import AppContext
from ..record.style import fmt_date
from .base import WriteDialog, problem_label, show_problem


class SafetyActionDialog(WriteDialog):
    acknowledged = Signal(str)  # person id

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        person_name: str,
        concerns: Sequence[SafetyConcern],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Safety alert: {0}").format(person_name))
        self._person_id = person_id
        self._concerns = tuple(concerns)
        items = "".join(
            f"<li>{escape(c.instrument)} ({escape(fmt_date(local_day(c.on)) if c.on else '')}): "
            f"{escape(c.text)}</li>"
            for c in self._concerns
        )
        self.concerns = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>", self)
        self.concerns.setWordWrap(True)
        self.concerns.setAccessibleName(self.tr("Safety concerns"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action taken"))
        for a in SafetyAction:
            self.action.addItem(ui_label(a), a.value)
        self.details = QPlainTextEdit(self)
        self.details.setAccessibleName(self.tr("What was done"))
        self.details.setTabChangesFocus(True)
        self.details.setMinimumWidth(440)
        self.details.setFixedHeight(96)
        self.details_problem = problem_label(self, self.tr("Problem with what was done"))
        self.action.currentIndexChanged.connect(self._on_action_changed)
        self.action.currentIndexChanged.connect(self._mark_dirty)
        self.details.textChanged.connect(self._mark_dirty)
        self.details.textChanged.connect(lambda: show_problem(self.details_problem, ""))
        self.save_button.setText(self.tr("&Record action"))
        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.action)
        self.details_label = QLabel(self)
        form.addRow(self.details_label, self.details)
        self.details_label.setBuddy(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Needs follow-up:</b>"), self))
        layout.addWidget(self.concerns)
        layout.addLayout(form)
        layout.addWidget(self.details_problem)
        layout.addWidget(QLabel(self.tr("Recorded with your name and the time, in the audit log."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._on_action_changed()
        self.action.setFocus()

    def _chosen(self) -> SafetyAction:
        return SafetyAction(self.action.currentData())

    def _on_action_changed(self, *_args: object) -> None:
        none = self._chosen() is SafetyAction.NONE_NEEDED
        self.details_label.setText(self.tr("&Why not:") if none else self.tr("&What was done:"))
        self.details.setPlaceholderText(
            self.tr("Why no action is needed (required)")
            if none
            else self.tr("What was done, with whom, and what happens next (required)")
        )

    def _check(self) -> bool:
        text = self.details.toPlainText().strip()
        problem = ""
        if not text:
            problem = (
                self.tr("Say why no action is needed.")
                if self._chosen() is SafetyAction.NONE_NEEDED
                else self.tr("Say what was done.")
            )
        elif len(text) > MAX_ACTION_TEXT:
            problem = self.tr("At most {0} characters (now {1}).").format(MAX_ACTION_TEXT, len(text))
        show_problem(self.details_problem, problem)
        if problem:
            self.details.setFocus()
        return not problem

    def _write(self) -> Callable[[], Any]:
        safety, pid, concerns = self._ctx.services.safety, self._person_id, self._concerns
        action, text, now = self._chosen(), self.details.toPlainText(), self._ctx.clock()
        return lambda: safety.acknowledge(pid, concerns, action, text, now)

    def _written(self, result: Any) -> None:
        self.acknowledged.emit(self._person_id)
