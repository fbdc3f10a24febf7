"""The Privacy menu in the main window, for managers and admins only: the retention plan, and a subject access
export of the person selected in the caseload.

The main window builds it once; only its public parts are used: `ctx`, `menuBar()`, `addAction`,
`refresh()` and `lock_changed`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from desktop.services.privacy import sar

from .retention_dialog import RetentionPlanDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

MESSAGE_MS = 15_000


class PrivacyHookup(QObject):
    subject_access_exported = Signal(object)  # sar.SarFiles

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RetentionPlanDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        self.allowed = window.ctx.services.user.role.sees_everyone  # managers and admins
        self.act_retention = QAction(self.tr("&Retention plan\u2026"), window)
        self.act_retention.triggered.connect(self._on_act_retention_triggered)
        self.act_sar = QAction(self.tr("&Subject access export\u2026"), window)
        self.act_sar.setToolTip(self.tr("Everything held on the selected person, as a PDF and a JSON file"))
        self.act_sar.triggered.connect(self._on_act_sar_triggered)
        self.actions = (self.act_retention, self.act_sar)
        if self.allowed:
            menu = window.menuBar().addMenu(self.tr("&Privacy"))
            for action in self.actions:
                menu.addAction(action)
                window.addAction(action)
        window.lock_changed.connect(self._on_window_lock_changed)

    def _on_act_retention_triggered(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RetentionPlanDialog(self._window.ctx, self._window)
        self.dialog.show()

    def _message(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _on_act_sar_triggered(self) -> None:
        person_id = self._window.caseload.current_person_id()
        if not person_id:
            self._message(self.tr("Select a person in the caseload first."))
            return
        dialog = QFileDialog(self._window, self.tr("Folder for the subject access export"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda path: self._export(person_id, Path(path)))
        self.folder_dialog = dialog
        dialog.open()

    def _export(self, person_id: str, folder: Path) -> None:
        privacy = self._window.ctx.services.privacy
        self._message(self.tr("Writing the subject access export\u2026"))
        self._window.ctx.runner.run(
            lambda: privacy.subject_access_export(person_id, folder),
            self._on_exported,
            self._on_export_failed,
        )

    def _on_exported(self, files: sar.SarFiles) -> None:
        self._message(self.tr("Subject access export written: %1").replace("%1", str(files.pdf_path)))
        self.subject_access_exported.emit(files)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._message(self.tr("The subject access export failed: %1").replace("%1", str(exc)))

    def _on_window_lock_changed(self, locked: bool) -> None:
        for action in self.actions:
            action.setEnabled(self.allowed and not locked)
        for open_dialog in (self.dialog, self.folder_dialog):
            if locked and open_dialog is not None:
                open_dialog.close()
