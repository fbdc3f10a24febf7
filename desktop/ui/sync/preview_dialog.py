"""Shows what the new bundles in the inbox would change; the user applies them or leaves them for later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .preview_model import CHANGE, CONFLICT, REFUSED, PreviewRow, PreviewTableModel
from .words import counted


class ImportPreviewDialog(QDialog):
    def __init__(self, rows: list[PreviewRow], applicable: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundles from the force"))
        self.model = PreviewTableModel(rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        summary = counted(self.model.count(CHANGE), "1 change to apply", "%1 changes to apply")
        if self.model.count(CONFLICT):
            summary += counted(
                self.model.count(CONFLICT),
                "; 1 conflict will be kept for you to decide",
                "; %1 conflicts will be kept for you to decide",
            ) + self.tr(", nothing of ours is overwritten")
        if self.model.count(REFUSED):
            summary += counted(self.model.count(REFUSED), "; 1 file refused", "; %1 files refused")
        self.summary = QLabel(summary + ".", self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(counted(applicable, "Apply 1 bundle", "Apply %1 bundles"))
        self.apply_button.setEnabled(applicable > 0)
        self.apply_button.setDefault(applicable > 0)
        self.apply_button.clicked.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
