"""A window around the generic form: save a draft, complete it (refused with items unanswered), or read a
completed assessment. Writes run on the background runner; a completed assessment opens read-only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.assessments import Assessment, record_answers
from desktop.domain.instruments import InstrumentDefinition
from desktop.ui.language import ui_label

from ..context import AppContext
from ..dialogs.base import show_problem, user_message
from ..record.style import fmt_date
from .form_view import AssessmentForm

if TYPE_CHECKING:  # the service is handed in (ctx.services.assessments); named here for its type only
    from desktop.services.assessment_service import AssessmentService


class AssessmentDialog(QDialog):
    assessment_saved = Signal(object)  # Assessment (a draft)
    assessment_completed = Signal(object)  # Assessment
    follow_up_requested = Signal(str, object)  # instrument id, the completed Assessment it follows

    def __init__(
        self,
        ctx: AppContext,
        repo: AssessmentService,
        definition: InstrumentDefinition,
        assessment: Assessment,
        titles: Mapping[str, str] | None = None,
        user_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._repo = repo
        self._definition = definition
        self.assessment = assessment
        self._saving = False
        self._dirty = False
        self._names = dict(user_names or {})
        self.form = AssessmentForm(definition, assessment.answers, titles, self)
        self.form.context_line.setText(self._context_text(assessment))
        self.buttons = QDialogButtonBox(self)
        self.complete_button = QPushButton(self.tr("&Complete"), self)
        self.complete_button.setAccessibleName(self.tr("Complete the assessment"))
        self.save_button = QPushButton(self.tr("Save &draft"), self)
        self.save_button.setAccessibleName(self.tr("Save as a draft"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.complete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.complete_button.clicked.connect(self._on_complete_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        self.form.answers_changed.connect(self._on_form_answers_changed)
        self.form.follow_up_requested.connect(self._on_form_follow_up_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(f"{definition.short_title} — {ui_label(assessment.stage)}")
        self.resize(820, 760)
        self._show_mode()

    def _context_text(self, a: Assessment) -> str:
        me = self._ctx.services.user
        by = self._names.get(a.administered_by) or (
            me.display_name if a.administered_by == me.id else self.tr("another worker")
        )
        text = self.tr("{0} · given on {1} by {2}").format(ui_label(a.stage), fmt_date(a.administered_on), by)
        if a.completed:
            text += self.tr(" · completed (read only)")
        if a.supersedes:
            text += self.tr(" · correction: {0}").format(a.correction_reason)
        return text

    def _show_mode(self) -> None:
        read_only = self.assessment.completed
        self.form.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.complete_button.setVisible(not read_only)

    @property
    def read_only(self) -> bool:
        return self.assessment.completed

    # -- writing ---------------------------------------------------------------------------------------------
    def _answered(self) -> Assessment | None:
        invalid = self.form.controller.invalid_items()
        if invalid:
            self.form.check_complete()
            return None
        return record_answers(self.assessment, self._definition, self.form.answers)

    def _on_save_clicked(self) -> None:
        draft = self._answered()
        if draft is None or self._saving:
            return
        repo = self._repo
        self._run(lambda: repo.save_draft(draft), self._on_runner_saved)

    def _on_complete_clicked(self) -> None:
        if self._saving or not self.form.check_complete():
            return
        draft = self._answered()
        if draft is None:
            return
        repo, definition = self._repo, self._definition
        self._run(lambda: repo.complete(draft, definition), self._on_runner_completed)

    def _run(self, work: Any, done: Any) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        self.complete_button.setEnabled(False)
        show_problem(self.form.problem, "")
        self._ctx.write(work, done, self._on_runner_failed)  # publishes the assessment's Changes

    def _finish(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.complete_button.setEnabled(True)

    def _on_runner_saved(self, saved: Assessment) -> None:
        self._finish()
        self.assessment = saved
        self._dirty = False
        self.assessment_saved.emit(saved)
        self.accept()

    def _on_runner_completed(self, done: Assessment) -> None:
        self._finish()
        self.assessment = done
        self._dirty = False
        self.form.context_line.setText(self._context_text(done))
        self._show_mode()
        self.assessment_completed.emit(done)
        if not (done.score and done.score.follow_ups):
            self.accept()  # with a follow-up to offer, stay open on its button

    def _on_runner_failed(self, exc: BaseException) -> None:
        self._finish()
        show_problem(self.form.problem, user_message(exc))

    def _on_form_answers_changed(self) -> None:
        self._dirty = True

    def _on_form_follow_up_requested(self, instrument_id: str) -> None:
        if self.assessment.completed:
            self.follow_up_requested.emit(instrument_id, self.assessment)
            self.accept()

    def has_unsaved_changes(self) -> bool:
        return self._dirty and not self.assessment.completed

    def reject(self) -> None:
        if self._saving:
            return
        if self.has_unsaved_changes() and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.tr("Discard answers?"),
                self.tr("The answers given are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
