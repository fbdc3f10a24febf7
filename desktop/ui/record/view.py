"""A person's record: the header above the contract, sessions, timeline, details and assessments tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..assessments.tab import AssessmentsTab
from ..context import AppContext
from ..dialogs.base import problem_label, show_problem
from ..dialogs.session import RecordSessionDialog, ScheduleSessionDialog
from .contract_tab import ContractTab
from .controller import LoadedCase, RecordController
from .details_tab import DetailsTab
from .header import RecordHeader
from .sessions_tab import SessionsTab
from .timeline_tab import TimelineTab


class PersonRecordView(QWidget):
    """Loads the case on construction (off the GUI thread); `loaded` fires each time it is (re)loaded."""

    case_changed = Signal(str)
    session_recorded = Signal(str)
    loaded = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.controller = RecordController(ctx, person_id, self)
        self.header = RecordHeader(self)
        self.problem = problem_label(self, self.tr("Problem with this record"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Record sections"))
        self.contract_tab = ContractTab(self.controller, self.tabs)
        self.sessions_tab = SessionsTab(self.controller, self.tabs)
        self.timeline_tab = TimelineTab(self.controller, self.tabs)
        self.details_tab = DetailsTab(self.controller, self.tabs)
        self.tabs.addTab(self.contract_tab, self.tr("&Contract"))
        self.tabs.addTab(self.sessions_tab, self.tr("&Sessions"))
        self.tabs.addTab(self.timeline_tab, self.tr("T&imeline"))
        self.tabs.addTab(self.details_tab, self.tr("&Details"))
        self.assessments_tab = AssessmentsTab(ctx, person_id, parent=self.tabs)
        self.tabs.addTab(self.assessments_tab, self.tr("&Assessments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.shortcuts = [
            self._shortcut("Ctrl+Shift+S", self.schedule_session),
            self._shortcut("Ctrl+R", self.record_session),
        ]
        self.header.assign_button.setVisible(self.controller.can_assign())
        self.header.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.header.safety_button.clicked.connect(self._on_safety_button_clicked)
        self.controller.loaded.connect(self._on_controller_loaded)
        self.controller.failed.connect(self._on_controller_failed)
        self.controller.case_changed.connect(self.case_changed)
        self.controller.session_recorded.connect(self.session_recorded)
        self.setWindowTitle(self.tr("Record"))
        self.controller.reload()

    def _shortcut(self, keys: str, slot: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def reload(self) -> None:
        self.controller.reload()

    def refresh(self) -> None:
        self.controller.reload()

    def record_session(self) -> RecordSessionDialog | None:
        """Ctrl+R here or in the main window: the past session awaiting an outcome, else a walk-in now."""
        self.tabs.setCurrentWidget(self.sessions_tab)
        return self.sessions_tab.open_due_or_walk_in()

    def _on_assign_button_clicked(self) -> None:
        self.controller.open_assign_keyworker(self)

    def _on_safety_button_clicked(self) -> None:
        self.controller.open_safety_action(self)

    def schedule_session(self) -> ScheduleSessionDialog | None:
        self.tabs.setCurrentWidget(self.sessions_tab)
        return self.sessions_tab.open_schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resolve_shortcut_conflicts()

    def _resolve_shortcut_conflicts(self) -> None:
        """A window action on the same keys wins (it calls `record_session()`), so Qt never sees two matches."""
        window = self.window()
        taken = (
            {
                seq.toString()
                for action in window.findChildren(QAction)
                if not (isinstance(owner := action.parent(), QWidget) and self.isAncestorOf(owner))
                for seq in action.shortcuts()
            }
            if window is not self
            else set()
        )
        for shortcut in self.shortcuts:
            shortcut.setEnabled(shortcut.key().toString() not in taken)

    def has_unsaved_changes(self) -> bool:
        return self.details_tab.has_unsaved_changes()

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        show_problem(self.problem, "")
        self.header.show_case(loaded, self.controller.now())
        self.setWindowTitle(loaded.case.person.full_name)
        self.loaded.emit(self.person_id)

    def _on_controller_failed(self, message: str) -> None:
        show_problem(self.problem, message)
        if self.controller.case is None:
            self.header.name.setText(self.tr("Record not available"))
