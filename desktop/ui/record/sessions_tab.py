"""The Sessions tab: this person's appointments, schedule one (Ctrl+Shift+S), record an outcome (Ctrl+R)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import Appointment

from ..dialogs.session import RecordSessionDialog, ScheduleSessionDialog
from .contract_tab import _table
from .controller import LoadedCase, RecordController
from .models import SORT_ROLE, AppointmentsTableModel
from .style import FLAG_OVERDUE, appointment_flag


class SessionsTab(QWidget):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.schedule_button = QPushButton(self.tr("Sc&hedule session…"), self)
        self.schedule_button.setToolTip(self.tr("Schedule a session (Ctrl+Shift+S)"))
        self.schedule_button.setAccessibleName(self.tr("Schedule session"))
        self.record_button = QPushButton(self.tr("&Record outcome…"), self)
        self.record_button.setToolTip(self.tr("Record the selected session's outcome (Ctrl+R)"))
        self.record_button.setAccessibleName(self.tr("Record outcome"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Attendance summary"))
        self.model = AppointmentsTableModel(controller.ctx.clock, show_person=False, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(self, self.tr("Sessions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.schedule_button)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.record_button.clicked.connect(self.open_record_outcome)
        self.table.activated.connect(self.open_record_outcome)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        controller.loaded.connect(self._on_controller_loaded)
        self._on_table_current_changed()

    def selected_appointment(self) -> Appointment | None:
        index = self.table.currentIndex()
        return self.model.appointment_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def select_appointment(self, appointment_id: str) -> None:
        row = self.model.row_of(appointment_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def open_schedule(self) -> ScheduleSessionDialog | None:
        if self._controller.case is None:
            return None
        return self._controller.open_schedule(self)

    def open_record_outcome(self, *_args: object) -> RecordSessionDialog | None:
        appt = self.selected_appointment()
        if appt is None:
            return None
        return self._controller.open_record_outcome(appt, self)

    def awaiting_outcome(self) -> Appointment | None:
        """The most recent past session still without an outcome (what Ctrl+R is for), if any."""
        case, now = self._controller.case, self._controller.now()
        past = [a for a in (case.appointments if case else ()) if a.outcome is None and a.planned_at <= now]
        return max(past, key=lambda a: a.planned_at) if past else None

    def open_due_or_walk_in(self) -> RecordSessionDialog | None:
        """Ctrl+R: the past session awaiting an outcome (most recent first), else a walk-in session now. It never
        uses whatever row happens to be selected (it was often the furthest-future one: only 'Cancelled')."""
        if self._controller.case is None:
            return None
        due = self.awaiting_outcome()
        if due is not None:
            self.select_appointment(due.id)
            return self._controller.open_record_outcome(due, self)
        now = self._controller.now().replace(second=0, microsecond=0)
        walk_in = Appointment(
            self._controller.person_id, now, with_whom=self._controller.ctx.services.user.display_name
        )
        return self._controller.open_record_outcome(walk_in, self, walk_in=True)

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        selected = self.selected_appointment()
        appts = loaded.case.appointments
        self.model.set_appointments([(a, None) for a in appts])
        now = self._controller.now()
        past = [a for a in appts if a.planned_at <= now]
        attended = sum(1 for a in appts if a.attended)
        missed = sum(1 for a in appts if a.is_missed)
        pending = sum(1 for a in past if appointment_flag(a, now) == FLAG_OVERDUE)
        text = self.tr("%n session(s): {att} attended, {missed} missed", "", len(appts)).format(
            att=attended, missed=missed
        )
        if pending:
            text += self.tr(", {0} past without an outcome").format(pending)
        self.summary.setText(text)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_appointment(selected.id)
        else:
            self._select_default(now)
        self._on_table_current_changed()

    def _select_default(self, now: datetime) -> None:
        """The most recent past session awaiting an outcome, else the latest past one, else the first shown."""
        due = self.awaiting_outcome()
        case = self._controller.case
        past = [a for a in (case.appointments if case else ()) if a.planned_at <= now]
        if due is not None:
            self.select_appointment(due.id)
        elif past:
            self.select_appointment(max(past, key=lambda a: a.planned_at).id)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _on_table_current_changed(self, *_args: object) -> None:
        self.record_button.setEnabled(self.selected_appointment() is not None)
