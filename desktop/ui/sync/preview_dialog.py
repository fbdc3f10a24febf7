"""Shows what the new bundles in the inbox would change; the user applies them or leaves them for later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .preview_model import CHANGE, CONFLICT, REFUSED, PreviewRow, PreviewTableModel


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
        summary = self.tr("%n change(s) to apply", "", self.model.count(CHANGE))
        if self.model.count(CONFLICT):
            summary += self.tr(
                "; %n conflict(s) will be kept for you to decide",
                "",
                self.model.count(CONFLICT),
            ) + self.tr(", nothing of ours is overwritten")
        if self.model.count(REFUSED):
            summary += self.tr("; %n file(s) refused", "", self.model.count(REFUSED))
        self.summary = QLabel(summary + ".", self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply %n bundle(s)", "", applicable))
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
