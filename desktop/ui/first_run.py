"""The first-run wizard: open the demo, or create a case store, its admin, keep the recovery key, add staff."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain import Role
from desktop.services.users import add_staff
from desktop.storage.errors import StoreError
from desktop.storage.store import CaseStore
from desktop.ui.language import ui_format

from .runner import BackgroundRunner
from .unlock import busy_bar, error_label, passphrase_problem


def run_and_wait(runner: BackgroundRunner, fn: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    """Run `fn` on the database thread while the GUI keeps painting; return (result, error)."""
    loop = QEventLoop()
    out: list[Any] = [None, None]

    def done(result: Any) -> None:
        out[0] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        out[1] = error
        loop.quit()

    runner.run(fn, done, failed)
    loop.exec()
    return out[0], out[1]


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Checkpoint Desk"))
        self.setSubTitle(self.tr("There is no case store on this computer yet."))
        self.demo = QRadioButton(self.tr("&Open the demo: invented people, to try the app safely"))
        self.create_new = QRadioButton(self.tr("&Set up a new case store for my service"))
        self.demo.setChecked(True)
        # QWizard decides Finish or Next from nextId() only when it switches to a page, so the choice made here
        # kept the Finish of "Open the demo": Finish then closed the wizard with no store (the app quit, exit 1).
        self.create_new.toggled.connect(self._on_choice_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(self.create_new)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else FirstRunWizard.ACCOUNT

    def _on_choice_toggled(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.restart()  # re-enter this (first) page, so the wizard asks nextId() again: Next or Finish
            chosen = self.demo if self.demo.isChecked() else self.create_new
            QTimer.singleShot(
                0, chosen.setFocus
            )  # keep the keyboard on the choice (restart moves it to Cancel)


class AccountPage(QWizardPage):
    """Folder and the administrator's account. Leaving this page creates the store (a commit page)."""

    def __init__(self, wizard: FirstRunWizard, default_folder: Path) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Create the case store"))
        self.setSubTitle(
            self.tr("The case store is an encrypted folder. The first account is its administrator.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create"))
        self.folder = QLineEdit(str(default_folder))
        self.folder.setAccessibleName(self.tr("Case store folder"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.pass1, self.pass2 = QLineEdit(), QLineEdit()
        for w, name in (
            (self.username, self.tr("Administrator user name")),
            (self.display_name, self.tr("Administrator full name")),
            (self.pass1, self.tr("Passphrase")),
            (self.pass2, self.tr("Passphrase again")),
        ):
            w.setAccessibleName(name)
        for w in (self.pass1, self.pass2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("Full &name:"), self.display_name)
        form.addRow(self.tr("&Passphrase:"), self.pass1)
        form.addRow(self.tr("&Again:"), self.pass2)
        self.error = error_label()
        self.busy = busy_bar()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:
        folder, user = Path(self.folder.text().strip()), self.username.text().strip()
        problem = "" if user and self.folder.text().strip() else self.tr("Enter a folder and a user name.")
        problem = problem or passphrase_problem(self.pass1.text(), self.pass2.text())
        if not problem and folder.exists() and any(folder.iterdir()):
            problem = self.tr("That folder is not empty: choose a new one.")
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.busy.setVisible(True)
        self.setEnabled(False)
        passphrase, name, clock = self.pass1.text(), self.display_name.text().strip(), self._wizard.clock
        result, error = run_and_wait(
            self._wizard.runner, lambda: CaseStore.create(folder, user, passphrase, name, clock=clock)
        )
        self.setEnabled(True)
        self.busy.setVisible(False)
        if error is not None:
            self.error.setText(
                str(error)
                if isinstance(error, StoreError | ValueError | OSError)
                else self.tr("The case store could not be created.")
            )
            self.error.setVisible(True)
            return False
        self._wizard.store, self._wizard.recovery_key = result
        self.pass1.clear()
        self.pass2.clear()
        return True


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Keep the recovery key safe"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way back into the case "
                "store. It is shown once. Print it or save it somewhere safe, away from this "
                "computer."
            )
        )
        self.key = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.save_button = QPushButton(self.tr("Sa&ve to file\u2026"))  # Alt+S is "I have &stored"
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key safely"))
        self.stored.toggled.connect(self.completeChanged)
        self.saved_note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)
        layout.addWidget(self.stored)

    def initializePage(self) -> None:
        self.key.setText(self._wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def key_text(self) -> str:
        store = self._wizard.store
        folder = str(store.folder) if store else ""
        return (
            self.tr("Checkpoint Desk recovery key")
            + "\n\n"
            + self._wizard.recovery_key
            + "\n\n"
            + self.tr("Case store: %1").replace("%1", folder)
            + "\n"
            + self.tr("Created: %1").replace("%1", ui_format(self._wizard.clock(), "dd MMM yyyy"))
            + "\n"
        )

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(self.key_text())
            doc.print_(printer)
            self.saved_note.setText(self.tr("Sent to the printer."))

    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            "checkpoint-desk-recovery-key.txt",
            self.tr("Text (*.txt)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the key to `path` readable by its owner only (0600), via a temp file then a rename."""
        write_private(path, self.key_text())
        self.saved_note.setText(self.tr("Saved to %1. Move it off this computer.").replace("%1", str(path)))


def write_private(path: Path, text: str) -> None:
    """Create `path` with mode 0600 from the start (never world-readable, even for a moment), then rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class StaffPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Add your staff"))
        self.setSubTitle(
            self.tr(
                "Add managers and keyworkers now or later. Each chooses a passphrase of at "
                "least 8 characters; a keyworker sees only their own caseload."
            )
        )
        self.username, self.display_name, self.pass1, self.pass2 = (QLineEdit() for _ in range(4))
        for secret in (self.pass1, self.pass2):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role, label in (
            (Role.KEYWORKER, self.tr("Keyworker")),
            (Role.MANAGER, self.tr("Manager")),
            (Role.ADMIN, self.tr("Administrator")),
        ):
            self.role.addItem(label, role.value)
        form = QFormLayout()
        for label, w, name in (
            (self.tr("&User name:"), self.username, self.tr("Staff user name")),
            (self.tr("Full &name:"), self.display_name, self.tr("Staff full name")),
            (self.tr("&Role:"), self.role, self.tr("Role")),
            (self.tr("&Passphrase:"), self.pass1, self.tr("Staff passphrase")),
            (self.tr("&Again:"), self.pass2, self.tr("Staff passphrase again")),
        ):
            w.setAccessibleName(name)
            form.addRow(label, w)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.added = QListWidget()
        self.added.setAccessibleName(self.tr("Staff added"))
        self.error = error_label()
        self.busy = busy_bar()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(QLabel(self.tr("Added:")))
        layout.addWidget(self.added)

    def _on_add_clicked(self) -> None:
        store = self._wizard.store
        user, name = self.username.text().strip(), self.display_name.text().strip()
        problem = "" if user else self.tr("Enter a user name.")
        problem = problem or passphrase_problem(self.pass1.text(), self.pass2.text())
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem or store is None:
            return
        role, passphrase = Role(self.role.currentData()), self.pass1.text()
        self.busy.setVisible(True)
        self.add_button.setEnabled(False)
        _result, error = run_and_wait(
            self._wizard.runner, lambda: add_staff(store, user, name, role, passphrase)
        )
        self.busy.setVisible(False)
        self.add_button.setEnabled(True)
        if error is not None:
            self.error.setText(
                str(error)
                if isinstance(error, StoreError | ValueError)
                else self.tr("The account could not be added.")
            )
            self.error.setVisible(True)
            return
        self.added.addItem(f"{name or user} ({user}, {self.role.currentText().lower()})")
        for w in (self.username, self.display_name, self.pass1, self.pass2):
            w.clear()
        self.username.setFocus()


class FirstRunWizard(QWizard):
    """After `exec()`: `chose_demo`, or `store` (open, as the new admin) and `recovery_key`."""

    WELCOME, ACCOUNT, RECOVERY, STAFF = range(4)

    def __init__(
        self,
        runner: BackgroundRunner,
        default_folder: Path,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
        offer_demo: bool = True,
    ) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.store: CaseStore | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Checkpoint Desk \u2014 first run"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage()
        self.account = AccountPage(self, default_folder)
        self.recovery = RecoveryKeyPage(self)
        self.staff = StaffPage(self)
        self.setPage(self.WELCOME, self.welcome)
        self.setPage(self.ACCOUNT, self.account)
        self.setPage(self.RECOVERY, self.recovery)
        self.setPage(self.STAFF, self.staff)
        self.setStartId(self.WELCOME if offer_demo else self.ACCOUNT)
        self.setMinimumSize(640, 480)

    @property
    def chose_demo(self) -> bool:
        return (
            self.store is None
            and self.welcome.demo.isChecked()
            and self.result() == QDialog.DialogCode.Accepted
        )

    def reject(self) -> None:
        if (
            self.store is not None
            and not self.recovery.stored.isChecked()
            and self.currentId() == self.RECOVERY
        ):
            return  # the key is shown once: do not let it slip away unacknowledged
        super().reject()
