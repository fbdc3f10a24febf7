"""Set up the force as a partner: import its certificate, check the fingerprint by phone, choose the folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import display_fingerprint
from desktop.services.sync_provider import SyncSetupError, read_certificate

from ..context import AppContext


def _name_of(cert: object) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)  # type: ignore[attr-defined]
    return str(names[0].value) if names else ""


class PartnerDialog(QDialog):
    partner_added = Signal(str)  # the partner's name

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cert_data: bytes | None = None
        self.setWindowTitle(self.tr("Set up a partner force"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Partner name"))
        self.cert_path = QLineEdit(self)
        self.cert_path.setReadOnly(True)
        self.cert_path.setPlaceholderText(self.tr("The force's certificate (.pem)"))
        self.cert_path.setAccessibleName(self.tr("Certificate file"))
        choose_cert = QPushButton(self.tr("Choose\u2026"), self)
        choose_cert.clicked.connect(self._on_choose_cert_clicked)
        self.fingerprint = QLabel(self.tr("Choose the force's certificate to see its fingerprint."), self)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Certificate fingerprint"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.5)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.checked = QCheckBox(
            self.tr("I read this fingerprint to the force by phone and it matched"), self
        )
        self.checked.setEnabled(False)
        self.inbox, self.outbox = QLineEdit(self), QLineEdit(self)
        self.inbox.setPlaceholderText(self.tr("Folder where the force's bundles arrive"))
        self.outbox.setPlaceholderText(self.tr("Folder for our bundles to the force"))
        self.inbox.setAccessibleName(self.tr("Inbox folder"))
        self.outbox.setAccessibleName(self.tr("Outbox folder"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Pin certificate"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Certificate"), self._row(self.cert_path, choose_cert))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Inbox"), self._row(self.inbox, self._folder_button(self.inbox)))
        form.addRow(self.tr("Outbox"), self._row(self.outbox, self._folder_button(self.outbox)))
        hint = QLabel(
            self.tr(
                "SHA-256 fingerprint. Phone the force and read it out in groups: their "
                "`checkpoint-force init` printed the same."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.checked)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.checked.toggled):
            signal.connect(self._update_save)
        self._update_save()
        self.resize(720, 420)

    def _row(self, field: QWidget, button: QPushButton) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        box.addWidget(button)
        return row

    def _folder_button(self, target: QLineEdit) -> QPushButton:
        button = QPushButton(self.tr("Choose\u2026"), self)
        button.clicked.connect(lambda: self._on_choose_folder(target))
        return button

    # -- slots ---------------------------------------------------------------------------------------------
    def _on_choose_cert_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The force's certificate"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        if path:
            self.load_certificate(Path(path))

    def _on_choose_folder(self, target: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), target.text())
        if folder:
            target.setText(folder)

    def load_certificate(self, path: Path) -> bool:
        """Read the file and show its fingerprint large; False (with the problem shown) when it is not one."""
        self._cert_data = None
        self.checked.setChecked(False)
        try:
            data = path.read_bytes()
            cert = read_certificate(data)
        except (OSError, SyncSetupError) as exc:
            text = exc.strerror if isinstance(exc, OSError) else str(exc)
            self.fingerprint.setText(self.tr("No fingerprint: %1").replace("%1", str(text)))
            self.checked.setEnabled(False)
            self._update_save()
            return False
        self._cert_data = data
        self.cert_path.setText(str(path))
        groups = display_fingerprint(cert).split(":")
        self.fingerprint.setText("\n".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8)))
        self.checked.setEnabled(True)
        if not self.name.text().strip():
            self.name.setText(_name_of(cert))
        self._update_save()
        return True

    def _update_save(self) -> None:
        ready = self._cert_data is not None and bool(self.name.text().strip()) and self.checked.isChecked()
        self.save_button.setEnabled(ready)
        if self._cert_data is not None and not self.checked.isChecked():
            self.save_button.setToolTip(self.tr("Check the fingerprint with the force by phone first"))
        else:
            self.save_button.setToolTip("")

    def _on_buttons_accepted(self) -> None:
        if self._cert_data is None or not self.checked.isChecked():
            return
        sync, data, now = self._ctx.services.sync, self._cert_data, self._ctx.clock()
        name, inbox, outbox = self.name.text().strip(), self.inbox.text().strip(), self.outbox.text().strip()
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving\u2026"))
        self._ctx.runner.run(
            lambda: sync.add_partner(name, data, now, inbox, outbox),
            self._on_partner_saved,
            self._on_partner_failed,
        )

    def _on_partner_saved(self, partner: object) -> None:
        self.message.clear()
        self.partner_added.emit(getattr(partner, "name", ""))
        self.accept()

    def _on_partner_failed(self, error: BaseException) -> None:
        self.message.setText(
            self.tr("Not saved: %1").replace(
                "%1", str(error).splitlines()[0] if str(error) else type(error).__name__
            )
        )
        self._update_save()
