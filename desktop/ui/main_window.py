"""The main window: the caseload dashboard, with people's records and the diary in tabs beside it.

Every part is imported and built directly (typed); features that add menus, tiles and status figures are the
`*Hookup` objects of their `wiring.py`. Writes run through `ctx.write`, which publishes the `Changes` the
service returned on `ctx.changes`; the window routes it to the caseload (only the rows it names) and each view
listens for what concerns it. An open editor may
offer `has_unsaved_changes() -> bool` (see lock.py): asked before closing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from .assessments.wiring import OutcomesHookup
from .caseload.controller import CaseloadController
from .caseload.view import DashboardView
from .changes import Changes
from .context import AppContext
from .dialogs.referral import NewReferralDialog
from .diary import DiaryView
from .elided_label import ElidedLabel
from .lock import IdleLockController, LockScreen, WindowVeil, unsaved_editors
from .preferences import PreferencesHookup
from .privacy.wiring import PrivacyHookup
from .record.view import PersonRecordView
from .replicas.wiring import ReplicasHookup
from .reports.wiring import ReportsHookup
from .returns.wiring import ReturnsHookup
from .staff.wiring import StaffHookup
from .sync.wiring import SyncHookup
from .theme import is_dark


class WindowSettings(Protocol):
    """What the window needs from the app's settings (the composition root passes its own Settings)."""

    @property
    def ui_state_file(self) -> Path: ...

    @property
    def idle_lock_minutes(self) -> float: ...


class MainWindow(QMainWindow):
    lock_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        settings: WindowSettings,
        idle_minutes: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings  # public for hookups: the language picker's ui-state file
        self._ui_state = QSettings(str(settings.ui_state_file), QSettings.Format.IniFormat)
        self._veils: list[WindowVeil] = []
        self._title = self.tr("Checkpoint Desk \u2014 %1").replace("%1", ctx.services.folder.name)
        self.setWindowTitle(self._title)
        self.setObjectName("mainWindow")

        self.dashboard = DashboardView()
        self.caseload = CaseloadController(ctx, self.dashboard, dark=is_dark(self.palette()), parent=self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.dashboard, self.tr("Caseload"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.setAccessibleName(self.tr("Workspace"))
        self.lock_screen = LockScreen(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self.idle = IdleLockController(
            idle_minutes if idle_minutes is not None else settings.idle_lock_minutes, self
        )
        self._build_actions()
        self._build_status_bar()
        # The caseload goes first on the one database thread: the hookups' own loads queue behind it.
        self.caseload.refresh()
        self.returns = ReturnsHookup(self)
        self.sync = SyncHookup(self)
        self.outcomes = OutcomesHookup(self)
        self.reports = ReportsHookup(self)
        self.staff = StaffHookup(self)
        self.privacy = PrivacyHookup(self)
        self.replicas = ReplicasHookup(self)
        self.preferences = PreferencesHookup(self)
        ctx.changes.changed.connect(self._on_changes_changed)

        self.caseload.person_activated.connect(self._on_caseload_person_activated)
        self.caseload.load_failed.connect(self._on_caseload_load_failed)
        self.tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        self.idle.locked.connect(self._on_idle_locked)
        self.idle.unlocked.connect(self._on_idle_unlocked)
        self.lock_screen.passphrase_verified.connect(self.idle.unlock)
        self.lock_screen.quit_requested.connect(self.close)
        ctx.runner.busy_changed.connect(self._on_runner_busy_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_style_color_scheme_changed)
        self._restore_layout()

    # -- building ------------------------------------------------------------------------------------------
    def _action(
        self, text: str, shortcuts: list[QKeySequence | str], slot: Callable[[], object], tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(
            f"{tip or text.replace('&', '')} ({QKeySequence(shortcuts[0]).toString()})" if shortcuts else tip
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence
        self.act_new_referral = self._action(
            self.tr("&New referral\u2026"), [K("Ctrl+N")], self._on_new_referral
        )
        self.act_record_session = self._action(
            self.tr("&Record session\u2026"), [K("Ctrl+R")], self._on_record_session
        )
        self.act_search = self._action(self.tr("&Search"), [K("Ctrl+F")], self._on_search)
        self.act_diary = self._action(self.tr("&Diary"), [K("Ctrl+D")], self.open_diary)
        self.act_refresh = self._action(self.tr("Re&fresh"), [K("F5")], self.refresh)
        self.act_next = self._action(
            self.tr("Ne&xt person"), [K("Ctrl+PgDown"), K("Alt+Down")], lambda: self._on_step_person(1)
        )
        self.act_previous = self._action(
            self.tr("Pre&vious person"), [K("Ctrl+PgUp"), K("Alt+Up")], lambda: self._on_step_person(-1)
        )
        self.act_close_tab = self._action(self.tr("&Close tab"), [K("Ctrl+W")], self._on_close_current_tab)
        self.act_lock = self._action(
            self.tr("&Lock"),
            [K("Ctrl+L")],
            self.idle.lock,
            self.tr("Hide everyone's data until your passphrase is entered"),
        )
        self.act_quit = self._action(self.tr("&Quit"), [K("Ctrl+Q")], self.close)
        self.act_switch_user = self._action(
            self.tr("S&witch user\u2026"),
            [K("Ctrl+Shift+L")],
            self._on_switch_user,
            self.tr("Sign out and let someone else sign in, without quitting"),
        )
        self.switch_user_requested = False  # read by the composition root after the window closes
        self.act_caseload = self._action(
            self.tr("&Caseload"), [K("Ctrl+1")], lambda: self.tabs.setCurrentIndex(0)
        )
        self._data_actions = [
            self.act_new_referral,
            self.act_record_session,
            self.act_search,
            self.act_diary,
            self.act_refresh,
            self.act_next,
            self.act_previous,
            self.act_close_tab,
            self.act_caseload,
            self.act_lock,
        ]  # Lock too: nothing to lock while locked

        bar = self.menuBar()
        case_menu = bar.addMenu(self.tr("&Case"))
        for a in (
            self.act_new_referral,
            self.act_record_session,
            None,
            self.act_lock,
            self.act_switch_user,
            None,
            self.act_quit,
        ):
            case_menu.addSeparator() if a is None else case_menu.addAction(a)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for a in (
            self.act_caseload,
            self.act_diary,
            self.act_search,
            None,
            self.act_next,
            self.act_previous,
            None,
            self.act_close_tab,
            self.act_refresh,
        ):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)

        self.toolbar = toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (
            self.act_caseload,
            self.act_new_referral,
            self.act_record_session,
            self.act_diary,
            self.act_refresh,
            self.act_lock,
        ):
            toolbar.addAction(a)

    def add_view_action(self, action: QAction) -> None:
        """A hookup's action (Returns, Outcomes): window shortcut, View menu, tool bar, disabled while locked."""
        self.addAction(action)
        self.view_menu.addAction(action)
        self.toolbar.addAction(action)
        self._data_actions.append(action)
        action.setEnabled(not self.is_locked)

    def _build_status_bar(self) -> None:
        user = self.ctx.services.user
        who = QLabel(
            self.tr("Signed in as %1 (%2)").replace("%1", user.display_name).replace("%2", user.role.value)
        )
        who.setAccessibleName(self.tr("Signed-in user"))
        where = (
            ElidedLabel()
        )  # a long folder path gives way to the sync figure; the whole path is its tooltip
        where.setText(str(self.ctx.services.folder))
        where.setAccessibleName(self.tr("Case store folder"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumSize(90, 12)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setVisible(False)
        bar = self.statusBar()
        bar.addWidget(who)
        bar.addWidget(where, 1)
        bar.addPermanentWidget(self.busy)

    # -- opening things in tabs ----------------------------------------------------------------------------
    def _tab_for(self, key: str) -> int:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is not None and widget.property("tabKey") == key:
                return i
        return -1

    def show_tab(self, key: str) -> QWidget | None:
        """Switch to the tab opened under `key` and return its widget; None if there is none."""
        index = self._tab_for(key)
        if index < 0:
            return None
        self.tabs.setCurrentIndex(index)
        return self.tabs.widget(index)

    def add_tab(self, widget: QWidget, key: str, title: str, at: int = -1) -> QWidget:
        """Show `widget` in a tab (or switch to it)."""
        widget.setProperty("tabKey", key)
        index = self.tabs.insertTab(at, widget, title) if at >= 0 else self.tabs.addTab(widget, title)
        self.tabs.setCurrentIndex(index)
        return widget

    def open_person(self, person_id: str, replace_current: bool = False) -> PersonRecordView:
        existing = self._tab_for(f"person:{person_id}")
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            found = self.tabs.widget(existing)
            assert isinstance(found, PersonRecordView)
            return found
        row_index = self.caseload.model.row_of(person_id)
        title = self.caseload.model.row_at(row_index).name if row_index is not None else self.tr("Person")
        widget = PersonRecordView(self.ctx, person_id)
        widget.setProperty("personId", person_id)
        at = -1
        current = self.tabs.currentWidget()
        if (
            replace_current
            and current is not None
            and current.property("personId")
            and not unsaved_editors(current)
        ):
            at = self.tabs.currentIndex()
            self.tabs.removeTab(at)
            current.deleteLater()
        self.add_tab(widget, f"person:{person_id}", title, at)
        return widget

    def open_diary(self) -> DiaryView:
        existing = self._tab_for("diary")
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            found = self.tabs.widget(existing)
            assert isinstance(found, DiaryView)
            return found
        widget = DiaryView(self.ctx)
        widget.person_activated.connect(self._on_caseload_person_activated)
        self.add_tab(widget, "diary", self.tr("Diary"))
        return widget

    # -- the change bus --------------------------------------------------------------------------------------
    def _on_changes_changed(self, changes: Changes) -> None:
        """The caseload reloads only the rows a write names (all of them after a sync, erasure or F5)."""
        if changes.all_people:
            self.caseload.refresh()
        elif changes.people:
            self.caseload.refresh_people(sorted(changes.people))
        if changes.all_people:
            for i in range(1, self.tabs.count()):
                widget = self.tabs.widget(i)
                if isinstance(widget, DiaryView):
                    widget.refresh()

    # -- slots ---------------------------------------------------------------------------------------------
    def _on_caseload_person_activated(self, person_id: str) -> None:
        self.open_person(person_id)

    def _on_caseload_load_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _on_new_referral(self) -> None:
        dialog = NewReferralDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_record_session(self) -> None:
        current = self.tabs.currentWidget()
        person_id = current.property("personId") if current is not None else None
        person_id = person_id or self.caseload.current_person_id()
        if not person_id:
            self.statusBar().showMessage(self.tr("Choose a person first (arrow keys, then Ctrl+R)."), 5_000)
            return
        fresh = self._tab_for(f"person:{person_id}") < 0
        widget = self.open_person(person_id)
        if fresh:
            widget.loaded.connect(
                lambda *_a: widget.record_session(), Qt.ConnectionType.SingleShotConnection
            )  # once loaded
        else:
            widget.record_session()

    def _on_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.dashboard.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.dashboard.search.selectAll()

    def _on_step_person(self, step: int) -> None:
        person_id = self.caseload.move_selection(step)
        current = self.tabs.currentWidget()
        if person_id and current is not None and current.property("personId"):
            self.open_person(person_id, replace_current=True)

    def _on_close_current_tab(self) -> None:
        if self.tabs.currentIndex() > 0:
            self._on_tabs_close_requested(self.tabs.currentIndex())

    def _on_tabs_close_requested(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if index == 0 or widget is None:
            return
        if unsaved_editors(widget) and not self._confirm_discard(1):
            return
        self.tabs.removeTab(index)
        widget.deleteLater()

    def refresh(self) -> None:
        """F5: everything may have changed (another PC's sync, a restore): every view reloads what it shows."""
        self.ctx.changes.publish(Changes.everything())

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _on_style_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.caseload.model.set_dark(is_dark(self.palette()))

    # -- locking -------------------------------------------------------------------------------------------
    def _secondary_windows(self) -> list[QWidget]:
        """Other visible windows of the app (dialogs, detached views): they are veiled while locked."""
        kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and w.windowType() in kinds
        ]

    def _on_idle_locked(self) -> None:
        unsaved = len(unsaved_editors(self.tabs))
        others = self._secondary_windows()
        unsaved += sum(len(unsaved_editors(w)) for w in others)
        self._veils = [WindowVeil(w, self._make_veil_screen) for w in others]
        self.lock_screen.reset(unsaved)
        self.stack.setCurrentWidget(self.lock_screen)
        self.tabs.setVisible(False)
        for a in self._data_actions:
            a.setEnabled(False)
        # The menus stay shut while locked: Alt+C then Esc left the menu bar holding the keyboard, so the
        # passphrase typed next went to the menus and Enter chose Quit. The lock screen has its own Quit.
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.setWindowTitle(self.tr("Checkpoint Desk \u2014 locked"))
        self.lock_screen.passphrase.setFocus()
        self.lock_changed.emit(True)

    def _make_veil_screen(self, parent: QWidget) -> LockScreen:
        screen = LockScreen(self.ctx, parent)
        screen.passphrase_verified.connect(self.idle.unlock)
        screen.quit_requested.connect(self.close)
        screen.reset()
        return screen

    def _on_idle_unlocked(self) -> None:
        for veil in self._veils:
            veil.remove()
        self._veils = []
        self.tabs.setVisible(True)
        self.stack.setCurrentWidget(self.tabs)
        for a in self._data_actions:
            a.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.setWindowTitle(self._title)
        self.lock_changed.emit(False)

    @property
    def is_locked(self) -> bool:
        return self.idle.is_locked

    # -- closing and layout --------------------------------------------------------------------------------
    def _confirm_discard(self, count: int) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("%n open editor(s) have unsaved changes. Close and lose them?", "", count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_switch_user(self) -> None:
        self.switch_user_requested = True
        if not self.close():
            self.switch_user_requested = False  # unsaved work kept: stay signed in

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = unsaved_editors(self.tabs) + [
            e for w in self._secondary_windows() for e in unsaved_editors(w)
        ]
        if unsaved and not self._confirm_discard(len(unsaved)):
            event.ignore()
            return
        for w in self._secondary_windows():
            w.close()  # a dialog left open would keep the app running after the last main window
        self._save_layout()
        self.idle.shutdown()
        event.accept()

    def _restore_layout(self) -> None:
        geometry = self._ui_state.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: 1400x860, but never larger than the screen it opens on (a 1366x768 laptop)
            screen = self.screen() or QGuiApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            width, height = (
                (1400, 860) if room is None else (min(1400, room.width()), min(860, room.height()))
            )
            self.resize(width, height)
        state = self._ui_state.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = self._ui_state.value("caseload/header")
        if isinstance(header, QByteArray):
            self.dashboard.table.horizontalHeader().restoreState(header)

    def _save_layout(self) -> None:
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/state", self.saveState())
        self._ui_state.setValue("caseload/header", self.dashboard.table.horizontalHeader().saveState())
        self._ui_state.sync()
