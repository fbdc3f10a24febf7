"""Scans of the signed paper contract (Contract tab): listed, attached from a file, opened or saved as a copy.

The scan stays encrypted in the store; Open decrypts it to a 0600 file in a fresh private temporary folder for
the desktop's viewer, Save as… writes a 0600 copy where the user chooses; both are audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..dialogs.base import problem_label, show_problem
from ..table_model import Index, RowTableModel
from .controller import LoadedCase, RecordController
from .style import fmt_date


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class ScansTableModel(RowTableModel):
    COLUMNS = ("File", "Type", "Size", "Attached")

    def scan_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scan = self.scan_at(index.row())
        if scan is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}.get(scan.media_type, "")
        return (scan.file_name, kind, _size(scan.size), fmt_date(scan.attached_at.date()))[index.column()]


class ScansBox(QGroupBox):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signed contract scans"), parent)
        self._controller = controller
        self.file_dialog: QFileDialog | None = None
        self.model = ScansTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Scans of the signed contract"))
        self.table.setMaximumHeight(120)
        self.attach_button = QPushButton(self.tr("Attach scan…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        for b, name in (
            (self.attach_button, self.tr("Attach a scan of the signed contract")),
            (self.open_button, self.tr("Open the selected scan")),
            (self.save_button, self.tr("Save a copy of the selected scan")),
        ):
            b.setAccessibleName(name)
        self.status = QLabel(self)
        self.problem = problem_label(self, self.tr("Problem with the scan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.attach_button, self.open_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        controller.loaded.connect(self._on_controller_loaded)
        self._on_table_current_changed()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.scan_at(index.row()) if index.isValid() else None

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        self.model.set_rows(loaded.scans)
        self.attach_button.setEnabled(loaded.case.contract is not None)
        if loaded.scans:
            self.table.setCurrentIndex(self.model.index(len(loaded.scans) - 1, 0))
        self._on_table_current_changed()

    def _on_table_current_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _dialog(self, title: str, save: bool) -> QFileDialog:
        dlg = QFileDialog(self, title)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same dialog on every desktop
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        dlg.setModal(True)
        self.file_dialog = dlg
        return dlg

    def _on_attach_clicked(self) -> None:
        dlg = self._dialog(self.tr("Attach a scan of the signed contract"), save=False)
        dlg.fileSelected.connect(self._on_file_dialog_attach_selected)
        dlg.open()

    def _on_file_dialog_attach_selected(self, name: str) -> None:
        show_problem(self.problem, "")
        self._controller.attach_scan(
            Path(name),
            lambda scan: self.status.setText(self.tr("Attached {0}.").format(scan.file_name)),
            self._fail,
        )

    def _on_open_clicked(self, *_args: object) -> None:
        scan = self.selected()
        if scan is not None:
            show_problem(self.problem, "")
            self._controller.open_scan(scan, self._fail)

    def _on_save_clicked(self) -> None:
        scan = self.selected()
        if scan is None:
            return
        dlg = self._dialog(self.tr("Save a copy of the scan"), save=True)
        dlg.selectFile(scan.file_name)
        dlg.fileSelected.connect(lambda name: self._on_file_dialog_save_selected(scan, name))
        dlg.open()

    def _on_file_dialog_save_selected(self, scan: Any, name: str) -> None:
        show_problem(self.problem, "")
        self._controller.save_scan(
            scan.id,
            Path(name),
            lambda _s: self.status.setText(self.tr("Saved a copy to {0}.").format(name)),
            self._fail,
        )

    def _fail(self, message: str) -> None:
        show_problem(self.problem, message)
