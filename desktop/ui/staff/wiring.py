"""Staff in the main window: the caseload's "Assign keyworker…" button (managers and admins), the notice a
keyworker gets at sign-in of people newly assigned to them, and the Users window (admins).

Built once by the main window; it uses only the window's public parts (`ctx`, `dashboard`,
`caseload`, `add_view_action`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.domain import User
from desktop.services.assignments import NewlyAssigned

from ..dialogs.assign import AssignKeyworkerDialog
from ..dialogs.base import user_message
from .users_dialog import UsersDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow


class StaffHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = window.ctx
        self.assign_dialog: AssignKeyworkerDialog | None = None
        dashboard = window.dashboard
        dashboard.assign_button.setVisible(self._ctx.services.user.role.sees_everyone)
        dashboard.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.users_dialog: UsersDialog | None = None
        self.users_action = QAction(self.tr("&Users\u2026"), window)
        self.users_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.users_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.users_action.setToolTip(
            self.tr("Staff accounts: add, disable, reset a passphrase (Ctrl+Shift+U)")
        )
        self.users_action.triggered.connect(self.open_users)
        if self._ctx.services.user.role.sees_everyone:
            window.add_view_action(self.users_action)
        self._ctx.runner.run(
            self._ctx.services.staff.take_assignment_notice, self._on_runner_notice, lambda _exc: None
        )  # a notice that cannot be read is not worth an error

    def open_users(self) -> UsersDialog:
        if self.users_dialog is None:
            self.users_dialog = UsersDialog(self._ctx, self._window)
        self.users_dialog.show()
        self.users_dialog.raise_()
        self.users_dialog.activateWindow()
        return self.users_dialog

    # -- the sign-in notice ------------------------------------------------------------------------------------
    def _on_runner_notice(self, found: list[NewlyAssigned]) -> None:
        notice = self._window.dashboard.notice
        if not found:
            notice.setVisible(False)
            return
        names = ", ".join(escape(f.name) for f in found[:8]) + (
            self.tr(" and {0} more").format(len(found) - 8) if len(found) > 8 else ""
        )
        notice.setText(
            self.tr("<b>Newly assigned to you since your last sign-in ({0}):</b> {1}").format(
                len(found), names
            )
        )
        notice.setToolTip(
            "\n".join(self.tr("{0}, assigned by {1}").format(f.name, f.assigned_by) for f in found)
        )
        notice.setVisible(True)

    # -- the keyworker picker on the caseload ------------------------------------------------------------------
    def _on_assign_button_clicked(self) -> None:
        caseload = self._window.caseload
        pid = caseload.current_person_id()
        if pid is None:
            self._window.statusBar().showMessage(self.tr("Select a person in the caseload first."), 5000)
            return
        self._ctx.runner.run(
            self._ctx.services.staff.users,
            lambda users: self._open_picker(pid, users),
            lambda exc: self._window.statusBar().showMessage(user_message(exc), 5000),
        )

    def _open_picker(self, pid: str, users: list[User]) -> None:
        caseload = self._window.caseload
        at = caseload.model.row_of(pid)
        if at is None:
            return
        row = caseload.model.row_at(at)
        dlg = AssignKeyworkerDialog(self._ctx, pid, row.name, row.keyworker_id, users, self._window)
        dlg.setModal(True)
        dlg.open()
        self.assign_dialog = dlg
