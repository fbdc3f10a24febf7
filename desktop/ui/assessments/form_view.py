"""The generic assessment form: built from any instrument definition, no hand-made form per instrument.

The score and band update live; a safety flag shows as a banner in words (and red); other flags and any
follow-up instrument (AUDIT after a positive AUDIT-C) show beneath it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.instruments import AnswerValue, InstrumentDefinition, Score

from ..dialogs.base import problem_label, show_problem
from .form_controller import AssessmentFormController
from .item_editors import ItemEditor, editor_for

SAFETY_STYLE = (
    "QLabel { color: #ffffff; background-color: #8c1d18; border: 2px solid #5c0f0c; "
    "border-radius: 4px; padding: 8px; font-weight: bold; }"
)
READ_ONLY_STYLE = (
    "QRadioButton:disabled, QCheckBox:disabled, QLineEdit:disabled, QComboBox:disabled, "
    "QAbstractSpinBox:disabled { color: palette(window-text); }"
)
NOTE_STYLE = (
    "QLabel { color: #3b2a00; background-color: #ffe08a; border: 1px solid #b38600; "
    "border-radius: 4px; padding: 6px; }"
)


class AssessmentForm(QWidget):
    answers_changed = Signal()
    follow_up_requested = Signal(str)  # instrument id

    def __init__(
        self,
        definition: InstrumentDefinition,
        answers: Mapping[str, AnswerValue] | None = None,
        titles: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self._titles = dict(titles or {})
        self.controller = AssessmentFormController(definition, answers, self)
        self.title = QLabel(f"<h2>{definition.title}</h2>", self)
        self.title.setWordWrap(True)
        self.context_line = QLabel(self)  # stage, date and who: set by the dialog
        self.context_line.setWordWrap(True)
        intro = self.tr("Asked about: {0}.").format(definition.period) if definition.period else ""
        if definition.instructions:
            intro += " " + definition.instructions
        self.instructions = QLabel(intro.strip(), self)
        self.instructions.setWordWrap(True)
        self.score_label = QLabel(self)
        self.score_label.setAccessibleName(self.tr("Score"))
        self.score_label.setStyleSheet("QLabel { font-size: 12pt; padding: 4px 0; }")
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.safety_banner = QLabel(self)
        self.safety_banner.setWordWrap(True)
        self.safety_banner.setStyleSheet(SAFETY_STYLE)
        self.safety_banner.setAccessibleName(self.tr("Safety alert"))
        self.safety_banner.hide()
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        self.flags_label.setStyleSheet(NOTE_STYLE)
        self.flags_label.setAccessibleName(self.tr("Things to follow up"))
        self.flags_label.hide()
        self.follow_up_buttons: dict[str, QPushButton] = {}
        follow_row = QHBoxLayout()
        for follow_up in definition.follow_ups:
            name = self._titles.get(follow_up, follow_up)
            button = QPushButton(self.tr("Start {0} (answers carried over)").format(name), self)
            button.setAccessibleName(self.tr("Start {0}").format(name))
            button.clicked.connect(lambda _=False, i=follow_up: self.follow_up_requested.emit(i))
            button.hide()
            follow_row.addWidget(button)
            self.follow_up_buttons[follow_up] = button
        follow_row.addStretch(1)
        self.problem = problem_label(self, self.tr("Problem with the form"))
        self.editors: dict[str, ItemEditor] = {}
        body = QWidget(self)
        self.body = body
        body_layout = QVBoxLayout(body)
        self._build_sections(body, body_layout)
        if definition.licence:
            licence = QLabel(definition.licence, body)
            licence.setWordWrap(True)
            licence.setStyleSheet("QLabel { font-size: 8pt; }")
            body_layout.addWidget(licence)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.context_line, self.instructions, self.score_label):
            layout.addWidget(widget)
        # The questions come before anything that appears while answering (safety banner, notes, follow-ups,
        # problems): shown above, they pushed the questions down mid-entry and clicks landed on the wrong one.
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.safety_banner)
        layout.addWidget(self.flags_label)
        layout.addLayout(follow_row)
        layout.addWidget(self.problem)
        for item_id, value in self.controller.answers.items():
            self.editors[item_id].set_value(value)
        self.controller.score_changed.connect(self._on_controller_score_changed)
        self._on_controller_score_changed(self.controller.score)

    def _build_sections(self, body: QWidget, layout: QVBoxLayout) -> None:
        group: QGroupBox | None = None
        section: str | None = None
        for number, item in enumerate(self.definition.items, start=1):
            if group is None or item.section != section:
                section = item.section
                group = QGroupBox(section, body)
                QVBoxLayout(group)
                layout.addWidget(group)
            editor = editor_for(item, number, group)
            editor.answer_changed.connect(self._on_editor_answer_changed)
            group_layout = group.layout()
            assert group_layout is not None
            group_layout.addWidget(editor)
            self.editors[item.id] = editor

    # -- behaviour -------------------------------------------------------------------------------------------
    @property
    def answers(self) -> dict[str, AnswerValue]:
        return self.controller.answers

    @property
    def score(self) -> Score:
        return self.controller.score

    def set_read_only(self, read_only: bool) -> None:
        """Inputs are disabled but keep the palette's text colour, and each chosen option is in bold."""
        self.body.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        for editor in self.editors.values():
            editor.set_read_only(read_only)
        for instrument_id, button in self.follow_up_buttons.items():
            button.setEnabled(read_only)
            if not read_only:
                button.setToolTip(self.tr("Offered once this form is completed"))
            else:
                button.setToolTip(
                    self.tr("Open {0} with the answers already given").format(
                        self._titles.get(instrument_id, instrument_id)
                    )
                )

    def check_complete(self) -> bool:
        """Show why the form cannot be completed yet (naming each item); True when it can."""
        problems = self.controller.completion_problems()
        if not problems:
            show_problem(self.problem, "")
            return True
        head = self.tr("Not completed: answer these or mark them declined ({0}):").format(len(problems))
        show_problem(self.problem, head + "\n" + "\n".join(problems))
        return False

    def _on_editor_answer_changed(self, item_id: str, value: object) -> None:
        self.controller.set_answer(item_id, value)  # type: ignore[arg-type]
        if self.problem.isVisible():
            self.check_complete()  # keep the list of what is left up to date, or clear it
        self.answers_changed.emit()

    def _on_controller_score_changed(self, result: Score) -> None:
        text = self.controller.summary()
        self.score_label.setText(
            self.tr("<b>Score:</b> {0}").format(text)
            if self.definition.has_total
            else self.tr("<b>Progress:</b> {0}").format(text)
        )
        safety = self.controller.safety_messages()
        self.safety_banner.setText("\n".join(self.tr("⚠ SAFETY: {0}").format(m) for m in safety))
        self.safety_banner.setVisible(bool(safety))
        notes = self.controller.other_flag_messages()
        self.flags_label.setText("\n".join(self.tr("Note: {0}").format(m) for m in notes))
        self.flags_label.setVisible(bool(notes))
        for instrument_id, button in self.follow_up_buttons.items():
            button.setVisible(instrument_id in result.follow_ups)
