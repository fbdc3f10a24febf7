"""The Users window (managers see it, admins change it): every account with its role, status and caseload; add,
disable (handing the caseload to someone), change a role, reset a passphrase. The store work is desktop/services/users.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Role
from desktop.services.users import MAX_DISPLAY_NAME, StaffMember
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP

from ..context import AppContext
from ..dialogs.assign import assignable_users
from ..dialogs.base import WriteDialog, problem_label, show_problem, user_message

Index = QModelIndex | QPersistentModelIndex
ROLE_WORDS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Admin"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.KEYWORKER: QT_TRANSLATE_NOOP("Role", "Keyworker"),
}


def _role(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_WORDS[role])


class StaffTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTableModel", "Name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "User name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Role"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Caseload"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffMember] = []

    def set_rows(self, rows: Sequence[StaffMember]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def member(self, row: int) -> StaffMember:
        return self._rows[row]

    def members(self) -> list[StaffMember]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.user.display_name,
                m.user.username,
                _role(m.user.role),
                self.tr("Active") if m.user.active else self.tr("Disabled"),
                str(m.caseload) if m.caseload else "\u2014",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return m.user.display_name  # long names are elided in the cell
        if role == Qt.ItemDataRole.ForegroundRole and not m.user.active:
            return Qt.GlobalColor.gray
        return None


def _passphrase_problem(first: str, second: str) -> str:
    if not first:
        return QCoreApplication.translate("PassphraseFields", "Enter a passphrase.")
    if first != second:
        return QCoreApplication.translate("PassphraseFields", "The two passphrases differ.")
    return ""


class _PassphraseFields:
    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        self.pass1, self.pass2 = QLineEdit(parent), QLineEdit(parent)
        for w, name in (
            (self.pass1, QCoreApplication.translate("PassphraseFields", "New passphrase")),
            (self.pass2, QCoreApplication.translate("PassphraseFields", "Repeat passphrase")),
        ):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
        form.addRow(QCoreApplication.translate("PassphraseFields", "&Passphrase:"), self.pass1)
        form.addRow(QCoreApplication.translate("PassphraseFields", "R&epeat:"), self.pass2)


class AddUserDialog(WriteDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username, self.display_name = QLineEdit(self), QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setMaxLength(40)
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.display_name.setMaxLength(MAX_DISPLAY_NAME)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for r in (Role.KEYWORKER, Role.MANAGER, Role.ADMIN):
            self.role.addItem(_role(r), r.value)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.passphrase = _PassphraseFields(self, form)
        for w in (self.username, self.display_name, self.passphrase.pass1, self.passphrase.pass2):
            w.textEdited.connect(self._mark_dirty)
        self.save_button.setText(self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def _check(self) -> bool:
        problem = "" if self.username.text().strip() else self.tr("Enter a user name.")
        problem = problem or self.tr(
            _passphrase_problem(self.passphrase.pass1.text(), self.passphrase.pass2.text())
        )
        show_problem(self.message, problem)
        return not problem

    def _write(self) -> Callable[[], Any]:
        staff, user, name = self._ctx.services.staff, self.username.text(), self.display_name.text()
        role, passphrase = Role(self.role.currentData()), self.passphrase.pass1.text()
        return lambda: staff.add(user, name, role, passphrase)

    def _written(self, result: Any) -> None:
        self.changed.emit()


class ResetPassphraseDialog(WriteDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._username = member.user.username
        self.setWindowTitle(self.tr("New passphrase for {0}").format(member.user.display_name))
        form = QFormLayout()
        self.passphrase = _PassphraseFields(self, form)
        for w in (self.passphrase.pass1, self.passphrase.pass2):
            w.textEdited.connect(self._mark_dirty)
        self.save_button.setText(self.tr("&Set passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Give them the new passphrase in person. Their old one stops working, and "
                    "the database is re-keyed."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.pass1.setFocus()

    def _check(self) -> bool:
        problem = self.tr(_passphrase_problem(self.passphrase.pass1.text(), self.passphrase.pass2.text()))
        show_problem(self.message, problem)
        return not problem

    def _write(self) -> Callable[[], Any]:
        staff, user, passphrase = self._ctx.services.staff, self._username, self.passphrase.pass1.text()
        return lambda: staff.reset_passphrase(user, passphrase)

    def _written(self, result: Any) -> None:
        self.changed.emit()


class ChangeRoleDialog(WriteDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._username = member.user.username
        self.setWindowTitle(self.tr("Role of {0}").format(member.user.display_name))
        self.setMinimumWidth(440)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("New role"))
        for r in (Role.KEYWORKER, Role.MANAGER, Role.ADMIN):
            if r is not member.user.role:
                self.role.addItem(_role(r), r.value)
        form = QFormLayout()
        form.addRow(self.tr("&New role:"), self.role)
        self.passphrase = _PassphraseFields(self, form)
        for w in (self.passphrase.pass1, self.passphrase.pass2):
            w.textEdited.connect(self._mark_dirty)
        self.save_button.setText(self.tr("&Change role"))
        note = QLabel(
            self.tr(
                "Now a {0}. The role is sealed into their key, so they get a new passphrase: give it "
                "to them in person. The database is re-keyed."
            ).format(_role(member.user.role).lower()),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.role.setFocus()

    def _check(self) -> bool:
        problem = self.tr(_passphrase_problem(self.passphrase.pass1.text(), self.passphrase.pass2.text()))
        show_problem(self.message, problem)
        return not problem

    def _write(self) -> Callable[[], Any]:
        staff, user, passphrase = self._ctx.services.staff, self._username, self.passphrase.pass1.text()
        role = Role(self.role.currentData())
        return lambda: staff.change_role(user, role, passphrase)

    def _written(self, result: Any) -> None:
        self.changed.emit()


class TransferCaseloadDialog(WriteDialog):
    """Everyone on one person's caseload to another keyworker (long leave, a change of team): managers too."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        member: StaffMember,
        staff: Sequence[StaffMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._member = member
        self.setWindowTitle(self.tr("Caseload of {0}").format(member.user.display_name))
        self.setMinimumWidth(440)
        self.transfer = QComboBox(self)
        self.transfer.setAccessibleName(self.tr("Give the caseload to"))
        for u in assignable_users([m.user for m in staff if m.user.id != member.user.id]):
            self.transfer.addItem(u.display_name, u.id)
        self.save_button.setText(self.tr("&Transfer"))
        form = QFormLayout()
        form.addRow(self.tr("&Give their {0} people to:").format(member.caseload), self.transfer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each person's new keyworker is recorded in the audit log and told at their next sign-in."
                ),
                self,
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.transfer.setFocus()

    def _check(self) -> bool:
        problem = (
            "" if self.transfer.currentData() else self.tr("There is nobody else to give the caseload to.")
        )
        show_problem(self.message, problem)
        return not problem

    def _write(self) -> Callable[[], Any]:
        cases, source, to = self._ctx.services.cases, self._member.user.id, self.transfer.currentData()
        return lambda: cases.transfer_caseload(source, to)

    def _written(self, result: Any) -> None:
        self.changed.emit()


class DisableUserDialog(WriteDialog):
    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        member: StaffMember,
        staff: Sequence[StaffMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._member = member
        self.setWindowTitle(self.tr("Disable {0}").format(member.user.display_name))
        self.setMinimumWidth(440)
        self.transfer = QComboBox(self)
        self.transfer.setAccessibleName(self.tr("Give their caseload to"))
        for u in assignable_users([m.user for m in staff if m.user.id != member.user.id]):
            self.transfer.addItem(u.display_name, u.id)
        self.save_button.setText(self.tr("&Disable"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "{0} will no longer be able to sign in. The account is kept, since records and the "
                "audit log name them; the database is re-keyed."
            ).format(member.user.display_name),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        if member.caseload:
            form = QFormLayout()
            form.addRow(self.tr("&Give their {0} people to:").format(member.caseload), self.transfer)
            layout.addLayout(form)
        else:
            self.transfer.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _check(self) -> bool:
        problem = ""
        if self._member.caseload and self.transfer.currentData() is None:
            problem = self.tr("Add another keyworker first: their caseload needs someone.")
        show_problem(self.message, problem)
        return not problem

    def _write(self) -> Callable[[], Any]:
        staff, user = self._ctx.services.staff, self._member.user.username
        to = self.transfer.currentData() if self._member.caseload else None
        return lambda: staff.disable(user, to)

    def _written(self, result: Any) -> None:
        self.changed.emit()


class UsersDialog(QDialog):
    """Non-modal; its own dialogs are window-modal over it."""

    staff_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Users"))
        self.model = StaffTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton(self.tr("&Add\u2026"), self)
        self.disable_button = QPushButton(self.tr("&Disable\u2026"), self)
        self.reset_button = QPushButton(self.tr("&Reset passphrase\u2026"), self)
        self.role_button = QPushButton(self.tr("Change r&ole\u2026"), self)
        self.transfer_button = QPushButton(self.tr("&Transfer caseload\u2026"), self)
        self.problem = problem_label(self, self.tr("Problem with users"))
        admin = ctx.services.user.role is Role.ADMIN
        buttons = QHBoxLayout()
        for b in (self.add_button, self.disable_button, self.reset_button, self.role_button):
            b.setVisible(admin)
            buttons.addWidget(b)
        buttons.addWidget(self.transfer_button)  # managers and admins
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        self.note = QLabel(
            self.tr("Only an admin can add, disable or change users; you can transfer a caseload.")
            if not admin
            else "",
            self,
        )
        self.note.setVisible(not admin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(720, 380)
        self.child: QDialog | None = None
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._on_table_selection_changed()
        self.reload()

    def reload(self) -> None:
        self._ctx.runner.run(
            self._ctx.services.staff.members,
            self._on_runner_loaded,
            lambda exc: show_problem(self.problem, user_message(exc)),
        )

    def _on_runner_loaded(self, rows: list[StaffMember]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for i, m in enumerate(rows):
                if m.user.id == selected.user.id:
                    self.table.selectRow(i)
        self._on_table_selection_changed()

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def _on_table_selection_changed(self, *_args: object) -> None:
        m = self.selected()
        mine = m is not None and m.user.username == self._ctx.services.user.username
        self.disable_button.setEnabled(m is not None and m.user.active and not mine)
        self.reset_button.setEnabled(m is not None and m.user.active)
        self.role_button.setEnabled(m is not None and m.user.active and not mine)
        self.transfer_button.setEnabled(m is not None and m.caseload > 0)

    def _open(self, dlg: WriteDialog) -> None:
        dlg.changed.connect(self._on_child_changed)  # type: ignore[attr-defined]
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.open()
        self.child = dlg

    def _on_child_changed(self) -> None:
        self.reload()
        self.staff_changed.emit()

    def _on_add_button_clicked(self) -> None:
        self._open(AddUserDialog(self._ctx, self))

    def _on_disable_button_clicked(self) -> None:
        m = self.selected()
        if m is not None:
            self._open(DisableUserDialog(self._ctx, m, self.model.members(), self))

    def _on_transfer_button_clicked(self) -> None:
        m = self.selected()
        if m is not None:
            self._open(TransferCaseloadDialog(self._ctx, m, self.model.members(), self))

    def _on_role_button_clicked(self) -> None:
        m = self.selected()
        if m is not None:
            self._open(ChangeRoleDialog(self._ctx, m, self))

    def _on_reset_button_clicked(self) -> None:
        m = self.selected()
        if m is not None:
            self._open(ResetPassphraseDialog(self._ctx, m, self))
