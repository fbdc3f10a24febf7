"""The record's Assessments tab: the person's administrations (stage, date, instrument, score, band, by whom,
status), new ones, reading and correcting completed ones, change over time, and which pathway needs have a
condition and a referral. Layout only: `AssessmentsController` loads and opens."""

from __future__ import annotations

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

from desktop.domain.assessments import Assessment
from desktop.services.instruments import InstrumentCatalogue

from ..context import AppContext
from ..dialogs.base import problem_label, show_problem
from .change_view import ChangeOverTimeView
from .controller import AssessmentsController, LoadedAssessments
from .form_dialog import AssessmentDialog
from .list_model import AssessmentTableModel
from .needs_view import NeedsCoverageView
from .new_dialog import NewAssessmentDialog


class AssessmentsTab(QWidget):
    loaded = Signal(str)  # person id, each time the list is (re)loaded
    assessment_saved = Signal(str)  # person id, after a draft, a completion or a correction is written

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        catalogue: InstrumentCatalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.controller = AssessmentsController(ctx, person_id, catalogue, self)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.correct_button = QPushButton(self.tr("Co&rrect…"), self)
        self.correct_button.setToolTip(
            self.tr(
                "A completed assessment is never changed: a correction is a new, "
                "linked version and both are kept"
            )
        )
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
        self.change_scroll = QScrollArea(self)
        self.change_scroll.setWidgetResizable(True)
        self.change_scroll.setWidget(self.change)
        self.coverage = NeedsCoverageView(ctx, person_id, self)
        self.sections = QTabWidget(self)
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
        self.controller.loaded.connect(self._on_controller_loaded)
        self.controller.failed.connect(self._on_controller_failed)
        self.controller.assessment_saved.connect(self.assessment_saved)
        self._update_buttons()
        self.controller.reload()

    # -- for the record view and tests -------------------------------------------------------------------------
    def reload(self) -> None:
        self.controller.reload()

    @property
    def dialog(self) -> AssessmentDialog | None:
        """The form window opened last."""
        return self.controller.dialog

    def selected(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.assessment(rows[0].row()) if rows else None

    def select(self, assessment_id: str) -> None:
        row = self.model.row_of(assessment_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- slots -----------------------------------------------------------------------------------------------
    def _on_controller_loaded(self, result: LoadedAssessments) -> None:
        chosen = self.selected()
        self.model.set_assessments(result.assessments, result.titles, result.totals_max, result.names)
        if chosen is not None:
            self.select(chosen.id)
        self.count.setText(self.tr("{0} assessments, newest first").format(len(result.assessments)))
        self.change.show_assessments(result.assessments, result.catalogue)
        self.coverage.show_coverage(result.coverage)
        show_problem(self.problem, "")
        self._update_buttons()
        self.loaded.emit(self.person_id)

    def _on_controller_failed(self, message: str) -> None:
        show_problem(self.problem, message)

    def _update_buttons(self, *_args: object) -> None:
        ready = self.controller.current is not None
        chosen = self.selected()
        self.new_button.setEnabled(ready)
        self.open_button.setEnabled(ready and chosen is not None)
        self.correct_button.setEnabled(
            ready and chosen is not None and chosen.completed and not self.model.has_correction(chosen.id)
        )

    def _on_new_clicked(self) -> None:
        choose = NewAssessmentDialog(
            self.controller.offered(), self.controller.ctx.clock().date(), self.controller.default_stage, self
        )
        choose.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        choose.accepted.connect(lambda: self.controller.start_assessment(*choose.chosen(), self))
        choose.open()  # window-modal without a nested event loop: the form opens once Start is pressed

    def _on_open_clicked(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.controller.open_assessment(chosen, self)

    def _on_correct_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Correct an assessment"),
            self.tr("Why is it being corrected? (kept with both versions)"),
        )
        if ok and reason.strip():
            self.controller.correct(chosen, reason, self)
