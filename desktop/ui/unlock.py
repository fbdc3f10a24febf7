"""The unlock dialog (user + passphrase) and the recovery-key dialog. Argon2id runs on the runner's thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.users import canonical_username
from desktop.storage.errors import StoreError, UnknownUser, WrongPassphrase
from desktop.storage.store import CaseStore

from .runner import BackgroundRunner

MIN_PASSPHRASE = 8
# The helpers below call QDialog.tr on the class, so their strings sit in the "QDialog" context (as
# lupdate reads them). PySide6 allows that; its stubs type tr as an instance method only: hence the ignores.


def passphrase_problem(first: str, second: str) -> str:
    """Empty when the new passphrase is acceptable, else what is wrong with it, in words."""
    if len(first) < MIN_PASSPHRASE:
        return QDialog.tr("The passphrase must be at least %n characters.", "", MIN_PASSPHRASE)  # type: ignore[arg-type]
    if first != second:
        return QDialog.tr("The two passphrases are not the same.")  # type: ignore[call-arg, arg-type]
    return ""


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #ffffff; background: #b3261e; padding: 6px; border-radius: 4px;")
    label.setAccessibleName(QDialog.tr("Problem"))  # type: ignore[call-arg, arg-type]
    label.setVisible(False)
    return label


def ok_cancel(text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box whose default (Enter) button is `text`, never Cancel."""
    box = QDialogButtonBox()
    ok = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAutoDefault(False)
    ok.setAutoDefault(True)
    ok.setDefault(True)
    return box, ok


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setVisible(False)
    bar.setAccessibleName(QDialog.tr("Working"))  # type: ignore[call-arg, arg-type]
    return bar


class UnlockDialog(QDialog):
    """On success `self.store` holds the open store and the dialog is accepted."""

    unlocked = Signal(object)  # CaseStore

    def __init__(
        self,
        folder: Path,
        runner: BackgroundRunner,
        username: str = "",
        demo_passphrase: str = "",
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the case store \u2014 Checkpoint Desk"))
        self.store: CaseStore | None = None
        self._folder = Path(folder)
        self._runner = runner
        self._clock = clock

        title = QLabel(self.tr("<b>Unlock the case store</b>"))
        where = QLabel(str(self._folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        where.setAccessibleName(self.tr("Case store folder"))
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)

        self.hint = QLabel(
            self.tr(
                "This is the demo store: every account (manager, alex, sam, priya, admin) uses "
                "the passphrase <b>%1</b>."
            ).replace("%1", demo_passphrase)
        )
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(demo_passphrase))
        self.hint.setAccessibleName(self.tr("Demo passphrase hint"))
        self.error = error_label()
        self.busy = busy_bar()
        self.forgot = QPushButton(self.tr("&Forgot passphrase? Use the recovery key"))
        self.forgot.setFlat(True)
        self.forgot.setAccessibleName(self.tr("Use the recovery key"))
        self.forgot.setAutoDefault(False)
        self.buttons, self.unlock_button = ok_cancel(self.tr("&Unlock"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self._on_forgot_clicked)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self._on_buttons_accepted)
        (self.passphrase if username else self.user).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.user, self.passphrase, self.unlock_button, self.forgot):
            w.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        layout = self.layout()  # always set (in __init__); None only to the stubs
        if message and layout is not None:  # a wrapped message needs room: grow, don't squeeze or clip it
            layout.activate()
            needed = (
                layout.totalHeightForWidth(self.width())
                if layout.hasHeightForWidth()
                else self.sizeHint().height()
            )
            self.resize(self.width(), max(self.height(), needed + 6))

    def _on_buttons_accepted(self) -> None:
        if self.busy.isVisible():
            return  # Enter in the field and the default button both ask: one unlock is enough
        user, passphrase = self.user.text().strip(), self.passphrase.text()
        if not user or not passphrase:
            self.show_error(self.tr("Enter your user name and passphrase."))
            return
        self.show_error("")
        self._set_busy(True)
        folder, clock = self._folder, self._clock
        self._runner.run(
            lambda: CaseStore.open(folder, canonical_username(folder, user), passphrase, clock),
            self._on_open_done,
            self._on_open_failed,
        )

    def _on_open_done(self, store: CaseStore) -> None:
        self._set_busy(False)
        if self.result() == QDialog.DialogCode.Rejected and not self.isVisible():
            store.close()  # cancelled while Argon2id was still working
            return
        self.store = store
        self.unlocked.emit(store)
        self.accept()

    def _on_open_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.show_error(
                self.tr("That passphrase is not right for '%1'. Check Caps Lock and try again.").replace(
                    "%1", self.user.text().strip()
                )
            )
            self.passphrase.clear()
            self.passphrase.setFocus()
        elif isinstance(error, UnknownUser):
            self.show_error(
                self.tr("There is no user named '%1' in this case store.").replace(
                    "%1", self.user.text().strip()
                )
            )
            self.user.selectAll()
            self.user.setFocus()
        elif isinstance(error, StoreError):
            self.show_error(str(error))
        else:
            self.show_error(
                self.tr("The case store could not be opened: %1").replace("%1", type(error).__name__)
            )

    def _on_forgot_clicked(self) -> None:
        dialog = RecoveryDialog(self._folder, self._runner, self.user.text().strip(), self._clock, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None:
            self.store = dialog.store
            self.unlocked.emit(dialog.store)
            self.accept()


class RecoveryDialog(QDialog):
    """The recovery key sets a new passphrase for a user and opens the store (CaseStore.open_with_recovery)."""

    def __init__(
        self,
        folder: Path,
        runner: BackgroundRunner,
        username: str = "",
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover access with the recovery key"))
        self.store: CaseStore | None = None
        self._folder, self._runner, self._clock = Path(folder), runner, clock
        intro = QLabel(
            self.tr(
                "Type the recovery key you were given when the case store was created "
                "(groups of four letters and digits), and choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setPlaceholderText("ABCD-EFGH-\u2026")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.new1 = QLineEdit()
        self.new2 = QLineEdit()
        for field, name in (
            (self.new1, self.tr("New passphrase")),
            (self.new2, self.tr("New passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.key)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&New passphrase:"), self.new1)
        form.addRow(self.tr("&Again:"), self.new2)
        self.error = error_label()
        self.busy = busy_bar()
        self.buttons, self.ok = ok_cancel(self.tr("Set passphrase and &open"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        key, user, new = self.key.text().strip(), self.user.text().strip(), self.new1.text()
        problem = "" if key and user else self.tr("Enter the recovery key and the user name.")
        problem = problem or passphrase_problem(new, self.new2.text())
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return
        self.busy.setVisible(True)
        self.ok.setEnabled(False)
        folder, clock = self._folder, self._clock
        self._runner.run(
            lambda: CaseStore.open_with_recovery(folder, key, user, new, clock),
            self._on_done,
            self._on_failed,
        )

    def _on_done(self, store: CaseStore) -> None:
        self.busy.setVisible(False)
        self.store = store
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.ok.setEnabled(True)
        self.error.setText(
            str(error)
            if isinstance(error, StoreError | ValueError)
            else self.tr("Recovery failed: %1").replace("%1", type(error).__name__)
        )
        self.error.setVisible(True)
