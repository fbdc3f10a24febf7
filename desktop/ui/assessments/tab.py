"""The record's Assessments tab: the person's administrations, new ones, reading and correcting completed ones,
change over time, and which pathway needs have a condition and a referral."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assessments import Assessment, Stage, new_assessment, record_answers
from desktop.domain.instruments import carry_over_answers
from desktop.domain.pathway_needs import NeedCoverage
from desktop.services.instruments import InstrumentCatalogue
from desktop.services.pathway_conditions import catalogue_for_store, coverage_for_person
from desktop.storage.assessments import AssessmentRepository

from ..context import AppContext
from ..dialogs.base import problem_label, show_problem, user_message
from .change_view import ChangeOverTimeView
from .form_dialog import AssessmentDialog
from .list_model import AssessmentTableModel
from .needs_view import NeedsCoverageView
from .new_dialog import NewAssessmentDialog


@dataclass(frozen=True)
class LoadedAssessments:
    catalogue: InstrumentCatalogue
    assessments: tuple[Assessment, ...]
    names: dict[str, str]
    coverage: tuple[NeedCoverage, ...] | None


class AssessmentsTab(QWidget):
    loaded = Signal(str)  # person id, each time the list is (re)loaded
    assessment_saved = Signal(str)  # person id, after a draft, a completion or a correction is written

    def __init__(self, ctx: AppContext, person_id: str, catalogue: InstrumentCatalogue | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.person_id = person_id
        self.catalogue = catalogue
        self.repo: AssessmentRepository | None = None
        self.current: LoadedAssessments | None = None
        self.dialog: AssessmentDialog | None = None
        self._generation = 0
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.correct_button = QPushButton(self.tr("Co&rrect…"), self)
        self.correct_button.setToolTip(self.tr("A completed assessment is never changed: a correction is a new, "
                                               "linked version and both are kept"))
        self.count = QLabel(self)
        self.problem = problem_label(self, self.tr("Problem with the assessments"))
        self.model = AssessmentTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.change = ChangeOverTimeView(self)
        self.coverage = NeedsCoverageView(ctx, person_id, self)
        self.sections = QTabWidget(self)
        self.change_scroll = QScrollArea(self)
        self.change_scroll.setWidgetResizable(True)
        self.change_scroll.setWidget(self.change)
        self.sections.addTab(self.change_scroll, self.tr("Change over time"))
        self.sections.addTab(self.coverage, self.tr("Needs and what is being done"))
        top = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.correct_button):
            top.addWidget(button)
        top.addWidget(self.count, 1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.problem)
        upper_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([240, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.correct_button.clicked.connect(self._on_correct_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation, store, pid, known = self._generation, self._ctx.store, self.person_id, self.catalogue

        def work() -> LoadedAssessments:
            catalogue = known or catalogue_for_store(store.folder)
            assessments = tuple(AssessmentRepository(store, catalogue.definitions).list_for_person(pid))
            names = {u.id: u.display_name for u in store.users()}
            return LoadedAssessments(catalogue, assessments, names, coverage_for_person(store, pid, assessments))

        self._ctx.runner.run(work, lambda result: self._on_runner_loaded(generation, result), self._on_runner_failed)

    def _on_runner_loaded(self, generation: int, result: LoadedAssessments) -> None:
        if generation != self._generation:
            return
        self.current = result
        self.catalogue = result.catalogue
        self.repo = AssessmentRepository(self._ctx.store, result.catalogue.definitions)
        titles = {d.id: d.short_title for d in result.catalogue.definitions.values()}
        totals = {d.id: d.scoring.total_max for d in result.catalogue.definitions.values() if d.has_total}
        self.model.set_assessments(result.assessments, titles, totals, result.names)
        self.count.setText(self.tr("{0} assessments, newest first").format(len(result.assessments)))
        self.change.show_assessments(result.assessments, result.catalogue)
        self.coverage.show_coverage(result.coverage)
        show_problem(self.problem, "")
        self._update_buttons()
        self.loaded.emit(self.person_id)

    def _on_runner_failed(self, exc: BaseException) -> None:
        show_problem(self.problem, user_message(exc))

    # -- selection -----------------------------------------------------------------------------------------
    def selected(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.assessment(rows[0].row()) if rows else None

    def select(self, assessment_id: str) -> None:
        row = self.model.row_of(assessment_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        ready = self.current is not None
        chosen = self.selected()
        self.new_button.setEnabled(ready)
        self.open_button.setEnabled(ready and chosen is not None)
        self.correct_button.setEnabled(ready and chosen is not None and chosen.completed
                                       and not self.model.is_superseded(chosen.id))

    # -- actions -------------------------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {d.id: d.short_title for d in self.catalogue.latest()} if self.catalogue else {}

    def _names(self) -> dict[str, str]:
        return self.current.names if self.current else {}

    def open_assessment(self, assessment: Assessment) -> AssessmentDialog | None:
        """Open a draft to carry on, or a completed assessment read-only."""
        if self.repo is None or self.catalogue is None:
            return None
        try:
            definition = self.catalogue.get(assessment.instrument_id, assessment.instrument_version)
        except KeyError as exc:
            show_problem(self.problem, self.tr("Cannot open it: {0}").format(exc.args[0]))
            return None
        dialog = AssessmentDialog(self._ctx, self.repo, definition, assessment, self._titles(), self._names(), self)
        dialog.assessment_saved.connect(self._on_dialog_written)
        dialog.assessment_completed.connect(self._on_dialog_written)
        dialog.follow_up_requested.connect(self._on_dialog_follow_up_requested)
        self.dialog = dialog
        dialog.open()
        return dialog

    def start_assessment(self, instrument_id: str, stage: Stage, on: date | None = None) -> AssessmentDialog | None:
        """A blank form for the latest version of an instrument, given today unless `on` says otherwise."""
        if self.catalogue is None:
            return None
        definition = self.catalogue.get(instrument_id)
        today = self._ctx.clock().date()
        try:
            draft = new_assessment(definition, self.person_id, stage, on or today, self._ctx.store.user.id, today)
        except ValueError as exc:
            show_problem(self.problem, user_message(exc))
            return None
        return self.open_assessment(draft)

    def correct(self, assessment: Assessment, reason: str) -> None:
        """Start a correction (a new linked draft) and open it."""
        if self.repo is None:
            return
        repo = self.repo
        self._ctx.runner.run(lambda: repo.correct(assessment, reason), self._on_runner_corrected,
                             self._on_runner_failed)

    def _default_stage(self, instrument_id: str) -> Stage:
        done = self.current.assessments if self.current else ()
        started = any(a.completed and a.stage is Stage.START and a.instrument_id == instrument_id for a in done)
        return Stage.REVIEW if started else Stage.START

    def _on_new_clicked(self) -> None:
        if self.catalogue is None:
            return
        choose = NewAssessmentDialog(self.catalogue.latest(), self._ctx.clock().date(),
                                     self._default_stage("pathway_needs"), "pathway_needs", self)
        if choose.exec() == NewAssessmentDialog.DialogCode.Accepted:
            instrument_id, stage, on = choose.chosen()
            self.start_assessment(instrument_id, stage, on)

    def _on_open_clicked(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_assessment(chosen)

    def _on_correct_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Correct an assessment"),
                                          self.tr("Why is it being corrected? (kept with both versions)"))
        if ok and reason.strip():
            self.correct(chosen, reason)

    def _on_runner_corrected(self, draft: Assessment) -> None:
        self.assessment_saved.emit(self.person_id)
        self.reload()
        self.open_assessment(draft)

    def _on_dialog_written(self, _assessment: Assessment) -> None:
        self.assessment_saved.emit(self.person_id)
        self.reload()

    def _on_dialog_follow_up_requested(self, instrument_id: str, done: Assessment) -> None:
        if self.catalogue is None:
            return
        target = self.catalogue.get(instrument_id)
        today = self._ctx.clock().date()
        draft = new_assessment(target, self.person_id, done.stage, done.administered_on, self._ctx.store.user.id,
                               today)
        draft = record_answers(draft, target, carry_over_answers(done.answers, target))
        self.open_assessment(draft)
