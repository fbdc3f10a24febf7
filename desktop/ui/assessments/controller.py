"""The Assessments tab's controller: loads a person's assessments off the GUI thread and opens the form for new,
drafted, completed, corrected and follow-up assessments. The tab itself only lays out what this loads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.assessments import Assessment, Stage, new_assessment, record_answers
from desktop.domain.instruments import InstrumentDefinition, carry_over_answers
from desktop.domain.pathway_needs import PATHWAY_NEEDS_ID, NeedCoverage
from desktop.services.instruments import InstrumentCatalogue

from ..changes import Changes
from ..context import AppContext
from ..dialogs.base import user_message
from .form_dialog import AssessmentDialog


@dataclass(frozen=True)
class LoadedAssessments:
    catalogue: InstrumentCatalogue
    assessments: tuple[Assessment, ...]
    names: dict[str, str]  # display names by user id
    coverage: tuple[NeedCoverage, ...] | None  # None until a pathway needs screen is completed

    @property
    def titles(self) -> dict[str, str]:
        return {d.id: d.short_title for d in self.catalogue.definitions.values()}

    @property
    def totals_max(self) -> dict[str, int]:
        return {d.id: d.scoring.total_max for d in self.catalogue.definitions.values() if d.has_total}


class AssessmentsController(QObject):
    loaded = Signal(object)  # LoadedAssessments
    failed = Signal(str)  # a message for the person at the keyboard
    assessment_saved = Signal(str)  # person id: a draft, a completion or a correction was written
    dialog_opened = Signal(object)  # AssessmentDialog

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        catalogue: InstrumentCatalogue | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.catalogue = catalogue or ctx.services.catalogue  # the one loaded after unlock, unless given
        self.repo = ctx.services.assessments
        self.current: LoadedAssessments | None = None
        self.dialog: AssessmentDialog | None = None
        self._generation = 0
        ctx.changes.changed.connect(self._on_changes_changed)

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation, pid, catalogue = self._generation, self.person_id, self.catalogue
        repo, staff, needs = self.repo, self.ctx.services.staff, self.ctx.services.needs

        def work() -> LoadedAssessments:
            assessments = tuple(repo.list_for_person(pid))
            names = {u.id: u.display_name for u in staff.users()}
            return LoadedAssessments(catalogue, assessments, names, needs.coverage(pid, assessments))

        # the read lane: the record's own load (queued just after this one) does not wait for it
        self.ctx.runner.read(
            work, lambda result: self._on_runner_loaded(generation, result), self._on_runner_failed
        )

    def _on_runner_loaded(self, generation: int, result: LoadedAssessments) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer load is on its way, or the tab was closed while this one ran
        self.current = result
        self.loaded.emit(result)

    def _on_runner_failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.failed.emit(user_message(exc))

    # -- choices -------------------------------------------------------------------------------------------
    def offered(self) -> list[InstrumentDefinition]:
        """What a new assessment can use: the latest version of each instrument, the needs screen first."""
        latest = self.catalogue.latest() if self.catalogue else []
        return sorted(latest, key=lambda d: (d.id != PATHWAY_NEEDS_ID, d.short_title.lower()))

    def default_stage(self, instrument_id: str) -> Stage:
        """Start until a start is completed, then review."""
        done = self.current.assessments if self.current else ()
        started = any(
            a.completed and a.stage is Stage.START and a.instrument_id == instrument_id for a in done
        )
        return Stage.REVIEW if started else Stage.START

    # -- dialogs -------------------------------------------------------------------------------------------
    def open_assessment(
        self, assessment: Assessment, parent: QWidget | None = None
    ) -> AssessmentDialog | None:
        """A draft opens to carry on, a completed assessment read-only."""
        if self.current is None:
            return None
        try:
            definition = self.catalogue.get(assessment.instrument_id, assessment.instrument_version)
        except KeyError as exc:
            self.failed.emit(self.tr("Cannot open it: {0}").format(exc.args[0]))
            return None
        titles = {d.id: d.short_title for d in self.catalogue.latest()}
        dialog = AssessmentDialog(
            self.ctx, self.repo, definition, assessment, titles, self.current.names, parent
        )
        dialog.assessment_saved.connect(self._on_dialog_written)
        dialog.assessment_completed.connect(self._on_dialog_written)
        dialog.follow_up_requested.connect(
            lambda instrument_id, done: self.start_follow_up(instrument_id, done, parent)
        )
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def start_assessment(
        self, instrument_id: str, stage: Stage, on: date | None = None, parent: QWidget | None = None
    ) -> AssessmentDialog | None:
        """A blank form for the latest version of an instrument, given today unless `on` says otherwise."""
        definition = self.catalogue.get(instrument_id)
        today = self.ctx.clock().date()
        try:
            draft = new_assessment(
                definition, self.person_id, stage, on or today, self.ctx.services.user.id, today
            )
        except ValueError as exc:
            self.failed.emit(user_message(exc))
            return None
        return self.open_assessment(draft, parent)

    def start_follow_up(
        self, instrument_id: str, done: Assessment, parent: QWidget | None = None
    ) -> AssessmentDialog | None:
        """The instrument a flag offers next (AUDIT after a positive AUDIT-C), its shared answers carried over."""
        target = self.catalogue.get(instrument_id)
        today = self.ctx.clock().date()
        draft = new_assessment(
            target, self.person_id, done.stage, done.administered_on, self.ctx.services.user.id, today
        )
        return self.open_assessment(
            record_answers(draft, target, carry_over_answers(done.answers, target)), parent
        )

    def correct(self, assessment: Assessment, reason: str, parent: QWidget | None = None) -> None:
        """Write a correction (a new linked draft), then open it."""
        repo = self.repo

        def corrected(draft: Assessment) -> None:
            self._on_dialog_written(draft)
            self.open_assessment(draft, parent)

        self.ctx.write(lambda: repo.correct(assessment, reason), corrected, self._on_runner_failed)

    def _on_changes_changed(self, changes: Changes) -> None:
        if isValid(self) and changes.touches_assessments(self.person_id):
            self.reload()  # its own writes, and conditions that change which needs are covered

    def _on_dialog_written(self, _assessment: Assessment) -> None:
        """The write's own Changes are already on the bus (`ctx.write`); this tells the tab it was saved."""
        self.assessment_saved.emit(self.person_id)
