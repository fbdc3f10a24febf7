"""Make a replica… (managers): the device's name, the whole service or one keyworker's caseload, the folder the
new store goes in, and the manager's own passphrase (the copy is opened with it to be trimmed). The work is
`ctx.services.replicas.make` on the runner; this module lays out and checks what was entered only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import User


@dataclass(frozen=True, slots=True)
class ReplicaRequest:
    device_name: str
    folder: Path
    caseload: str | None  # a keyworker's user name; None for the whole service
    passphrase: str


class MakeReplicaDialog(QDialog):
    def __init__(self, keyworkers: list[User], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a replica"))
        self.setModal(True)
        self.device_edit = QLineEdit()
        self.device_edit.setPlaceholderText(self.tr("e.g. Kim laptop, Desk 2"))
        self.whole = QRadioButton(self.tr("The whole service (a desk)"))
        self.one = QRadioButton(self.tr("One keyworker's caseload only (a laptop)"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one)
        self.keyworker_combo = QComboBox()
        for u in keyworkers:
            self.keyworker_combo.addItem(f"{u.display_name} ({u.username})", u.username)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("A new, empty folder, e.g. E:\\kim-laptop"))
        self.browse = QPushButton(self.tr("Browse\u2026"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        for edit in (self.device_edit, self.folder_edit, self.passphrase_edit):
            edit.textEdited.connect(
                self.error_label.clear
            )  # a problem shown goes once the person mends a field
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("Make replica"))

        form = QFormLayout()
        form.addRow(self.tr("&Device name:"), self.device_edit)
        form.addRow(self.tr("Holds:"), self.whole)
        form.addRow("", self.one)
        form.addRow(self.tr("&Keyworker:"), self.keyworker_combo)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        folder_label = QLabel(self.tr("&Folder:"))  # a row of two widgets: the label needs its buddy named
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        form.addRow(self.tr("Your &passphrase:"), self.passphrase_edit)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The replica has the same users and passphrases, and its own device key. A caseload replica "
                "carries no other keyworker's clients."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.one.toggled.connect(self._update)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _update(self) -> None:
        self.keyworker_combo.setEnabled(self.one.isChecked())
        if self.one.isChecked() and self.keyworker_combo.count() == 0:
            self.error_label.setText(self.tr("There is no active keyworker to make a caseload replica for."))

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the replica"))
        if chosen:
            self.folder_edit.setText(chosen)  # a new, empty folder (the file dialog can make one)

    def request(self) -> ReplicaRequest:
        caseload = self.keyworker_combo.currentData() if self.one.isChecked() else None
        return ReplicaRequest(
            self.device_edit.text().strip(),
            Path(self.folder_edit.text().strip()),
            str(caseload) if caseload else None,
            self.passphrase_edit.text(),
        )

    def problem(self) -> str | None:
        """What stops the replica being made as entered (one line), or None."""
        if not self.device_edit.text().strip():
            return self.tr("Give the device a name.")
        if self.one.isChecked() and self.keyworker_combo.currentData() is None:
            return self.tr("Choose the keyworker whose caseload the replica carries.")
        text = self.folder_edit.text().strip()
        if not text:
            return self.tr("Give the folder the replica goes in.")
        folder = Path(text)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            return self.tr("{0} is not a new, empty folder.").format(folder)
        if not self.passphrase_edit.text():
            return self.tr("Give your passphrase: the copy is opened with it.")
        return None

    def _on_accepted(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            return
        self.accept()
