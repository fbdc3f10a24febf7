"""First-time set-up of the signing key: create a self-signed certificate for the organisation, or import a
PKCS#12 file a certificate authority issued to it. The dialog only collects the choice; the controller does the
work off the GUI thread (making an RSA key takes a moment)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
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


@dataclass(frozen=True, slots=True)
class IdentityChoice:
    create: bool
    organisation: str = ""
    p12_path: Path | None = None
    password: bytes | None = None


class IdentitySetupDialog(QDialog):
    def __init__(self, organisation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the signing key for returns"))
        intro = QLabel(
            self.tr(
                "Returns to the force are signed with the organisation's key. There is none in this case store yet. "
                "Create one now (the force is sent its certificate to trust), or import the file a certificate "
                "authority issued to the organisation."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_option = QRadioButton(self.tr("&Create a key and certificate for the organisation"), self)
        self.import_option = QRadioButton(self.tr("&Import a PKCS#12 file (.p12 or .pfx)"), self)
        group = QButtonGroup(self)
        group.addButton(self.create_option)
        group.addButton(self.import_option)
        self.create_option.setChecked(True)
        self.organisation = QLineEdit(organisation, self)
        self.organisation.setAccessibleName(self.tr("Organisation name on the certificate"))
        self.p12_path = QLineEdit(self)
        self.p12_path.setReadOnly(True)
        self.p12_path.setAccessibleName(self.tr("PKCS#12 file"))
        choose = QPushButton(self.tr("Choose\u2026"), self)
        choose.clicked.connect(self._on_choose_clicked)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("PKCS#12 password"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        form.addRow(self.create_option)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.import_option)
        row = QHBoxLayout()
        row.addWidget(self.p12_path, 1)
        row.addWidget(choose)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PKCS#12 file"), "", self.tr("PKCS#12 files (*.p12 *.pfx);;All files (*)")
        )
        if path:
            self.p12_path.setText(path)
            self.import_option.setChecked(True)

    def choice(self) -> IdentityChoice:
        if self.create_option.isChecked():
            return IdentityChoice(True, organisation=self.organisation.text().strip())
        password = self.password.text().encode("utf-8") or None
        return IdentityChoice(False, p12_path=Path(self.p12_path.text()), password=password)

    def _on_buttons_accepted(self) -> None:
        choice = self.choice()
        if choice.create and not choice.organisation:
            self.problem.setText(self.tr("\u26a0 Type the organisation's name."))
            return
        if not choice.create and not self.p12_path.text():
            self.problem.setText(self.tr("\u26a0 Choose the PKCS#12 file."))
            return
        self.accept()
