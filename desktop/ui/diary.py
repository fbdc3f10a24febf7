"""The diary: today's or this week's appointments across the user's caseload, with missed ones flagged.

Flagged in words and colour: 'Missed' (did not attend) and 'Past: no outcome recorded'. An outcome can be recorded
from here (Enter or double-click on a row); 'Open record' asks the main window to open the person.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Appointment, Person
from desktop.ui.language import ui_format

from .context import AppContext
from .dialogs.base import problem_label, show_problem, user_message
from .dialogs.session import RecordSessionDialog
from .record.contract_tab import _table
from .record.models import SORT_ROLE, AppointmentsTableModel
from .record.style import FLAG_MISSED, FLAG_OVERDUE, appointment_flag


def diary_range(today: date, week: bool) -> tuple[datetime, datetime]:
    """[start, end) of today, or of the Monday-to-Sunday week containing today."""
    start = today - timedelta(days=today.weekday()) if week else today
    end = start + timedelta(days=7 if week else 1)
    return datetime.combine(start, time.min), datetime.combine(end, time.min)


class AttentionFilter(QSortFilterProxyModel):
    """Optionally only the rows that need attention (missed, or past with no outcome)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_flagged = False
        self.setSortRole(SORT_ROLE)

    def set_only_flagged(self, on: bool) -> None:
        self.beginFilterChange()
        self._only_flagged = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """By time: the model holds its rows in time order already, so the row numbers say it without asking
        the model for two cells per comparison (a week at a large service: ~30,000 calls on the GUI thread)."""
        if left.column() == 0 and right.column() == 0:
            return left.row() < right.row()
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._only_flagged:
            return True
        model = self.sourceModel()
        assert isinstance(model, AppointmentsTableModel)
        return bool(model.data(model.index(source_row, model.column_of("flag"))))


class DiaryView(QWidget):
    session_recorded = Signal(str)
    person_activated = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.today_radio = QRadioButton(self.tr("&Today"), self)
        self.week_radio = QRadioButton(self.tr("This &week"), self)
        self.today_radio.setAccessibleName(self.tr("Show today's appointments"))
        self.week_radio.setAccessibleName(self.tr("Show this week's appointments"))
        self.span = QButtonGroup(self)
        self.span.addButton(self.today_radio)
        self.span.addButton(self.week_radio)
        self.today_radio.setChecked(True)
        self.only_flagged = QCheckBox(self.tr("Only those needing &attention"), self)
        self.only_flagged.setAccessibleName(
            self.tr("Show only missed appointments and those without an outcome")
        )
        self.range_label = QLabel(self)
        self.range_label.setAccessibleName(self.tr("Dates shown"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Diary summary"))
        self.problem = problem_label(self, self.tr("Problem loading the diary"))
        self.model = AppointmentsTableModel(ctx.clock, show_person=True, parent=self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self, self.tr("Appointments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Column widths from the first rows shown, not every row: a week at a large service has thousands,
        # and measuring each cell held the GUI thread (issue 14).
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.record_button = QPushButton(self.tr("&Record outcome…"), self)
        self.record_button.setAccessibleName(self.tr("Record outcome of the selected appointment"))
        self.record_button.setToolTip(self.tr("Record the outcome (Enter on a row)"))
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected person's record"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the diary"))
        top = QHBoxLayout()
        top.addWidget(self.today_radio)
        top.addWidget(self.week_radio)
        top.addSpacing(16)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.only_flagged)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.span.buttonToggled.connect(self._on_span_toggled)
        self.only_flagged.toggled.connect(self.proxy.set_only_flagged)
        self.refresh_button.clicked.connect(self.refresh)
        self.record_button.clicked.connect(self.record_outcome)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.table.activated.connect(self.record_outcome)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_actions()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------------
    @property
    def showing_week(self) -> bool:
        return self.week_radio.isChecked()

    def show_week(self, week: bool) -> None:
        (self.week_radio if week else self.today_radio).setChecked(True)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        start, end = diary_range(self._ctx.clock().date(), self.showing_week)
        cases = self._ctx.services.cases
        self.range_label.setText(self._range_text(start, end))
        self._ctx.runner.run(
            lambda: cases.appointments_between(start, end),
            lambda rows: self._on_runner_loaded(generation, rows),
            lambda exc: show_problem(self.problem, user_message(exc)),
        )

    def _range_text(self, start: datetime, end: datetime) -> str:
        if not self.showing_week:
            return ui_format(start, "dddd dd MMMM yyyy")
        last = end - timedelta(days=1)
        return self.tr("Week of {0} to {1}").format(
            ui_format(start, "ddd dd MMM"), ui_format(last, "ddd dd MMM yyyy")
        )

    def _on_runner_loaded(self, generation: int, rows: list[tuple[Appointment, Person]]) -> None:
        if generation != self._generation:
            return
        show_problem(self.problem, "")
        selected = self.selected()
        self.model.set_appointments(rows)
        self.table.resizeColumnsToContents()
        now = self._ctx.clock()
        flags = [appointment_flag(a, now) for a, _p in rows]
        missed, overdue = flags.count(FLAG_MISSED), flags.count(FLAG_OVERDUE)
        self.summary.setText(
            self.tr(
                "%n appointment(s) · {missed} missed · {overdue} past without an outcome", "", len(rows)
            ).format(missed=missed, overdue=overdue)
        )
        row = self.model.row_of(selected[0].id) if selected else -1
        if row < 0 and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._update_actions()
        self.loaded.emit()

    def _on_span_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.refresh()

    # -- acting --------------------------------------------------------------------------------------------
    def selected(self) -> tuple[Appointment, Person] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        appt, person = self.model.appointment_at(row), self.model.person_at(row)
        return (appt, person) if appt is not None and person is not None else None

    def select_appointment(self, appointment_id: str) -> None:
        row = self.model.row_of(appointment_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def flagged_rows(self) -> list[tuple[str, str]]:
        """(person's name, flag words) for each flagged row shown, in table order."""
        out = []
        flag_col = self.model.column_of("flag")
        for r in range(self.proxy.rowCount()):
            flag = self.proxy.data(self.proxy.index(r, flag_col))
            if flag:
                out.append((self.proxy.data(self.proxy.index(r, self.model.column_of("person"))), flag))
        return out

    def _update_actions(self, *_args: object) -> None:
        has = self.selected() is not None
        self.record_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def record_outcome(self, *_args: object) -> RecordSessionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        appt, person = chosen
        dlg = RecordSessionDialog(self._ctx, appt, person.full_name, self)
        dlg.session_recorded.connect(self._on_dialog_session_recorded)
        dlg.setModal(True)
        dlg.open()
        return dlg

    def _on_dialog_session_recorded(self, person_id: str) -> None:
        self.refresh()
        self.session_recorded.emit(person_id)

    def _on_open_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.person_activated.emit(chosen[1].id)

    def has_unsaved_changes(self) -> bool:
        return False
