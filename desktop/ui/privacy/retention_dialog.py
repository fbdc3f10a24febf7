"""The retention plan for an admin or manager: who is due for erasure and why (the same list as
`checkpoint-desk retention plan`), and an Erase button that asks once more before anything is erased."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.privacy import retention
from desktop.ui.qt_typed import QT_TRANSLATE_NOOP

from ..context import AppContext

_Index = QModelIndex | QPersistentModelIndex


class RetentionPlanModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RetentionPlanModel", "Record"),
        QT_TRANSLATE_NOOP("RetentionPlanModel", "Decision"),
        QT_TRANSLATE_NOOP("RetentionPlanModel", "Why"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []

    def set_plan(self, plan: retention.Plan) -> None:
        self.beginResetModel()
        self._rows = [(d.reference, "Kept: legal hold" if d.held else "Erase", d.why) for d in plan.people]
        self._rows += [
            (f.name, "Delete", f"automatic backup made {made.isoformat()}, past its period")
            for f, made in plan.backups
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class RetentionPlanDialog(QDialog):
    erasure_applied = Signal(int, int)  # people erased, backups deleted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._plan: retention.Plan | None = None
        self.setWindowTitle(self.tr("Retention plan"))
        self.resize(820, 380)
        self.summary = QLabel(self.tr("Reading the plan…"))
        self.summary.setWordWrap(True)
        self.model = RetentionPlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(1, 130)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._load()

    def _load(self) -> None:
        privacy, today = self._ctx.services.privacy, self._ctx.clock().date()
        self._ctx.runner.run(lambda: privacy.retention_plan(today), self._on_plan_loaded, self._on_failed)

    def _on_plan_loaded(self, plan: retention.Plan) -> None:
        self._plan = plan
        self.model.set_plan(plan)
        people, files = len(plan.erasable), len(plan.backups)
        held = len(plan.people) - people
        if not people and not files:
            text = self.tr("Nothing is due for erasure.")
        else:
            text = self.tr("Due under the retention schedule: %n person(s) to erase", "", people)
            text += self.tr(", %n old backup(s) to delete", "", files)
            if held:
                text += self.tr("; %n kept by a legal hold", "", held)
            text += "."
        self.summary.setText(text)
        self.erase_button.setText(self.tr("Erase %n…", "", people + files))
        self.erase_button.setEnabled(bool(people or files))

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The plan could not be read: %1").replace("%1", str(exc)))
        self.erase_button.setEnabled(False)

    def _on_erase_button_clicked(self) -> None:
        plan = self._plan
        if plan is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase for good?"),
            self.tr(
                "Erase %n person(s) and every record of theirs, and delete old backups? "
                "This cannot be undone; the audit log keeps a tombstone.",
                "",
                len(plan.erasable),
            ),
            parent=self,
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return
        self.erase_button.setEnabled(False)
        privacy = self._ctx.services.privacy
        self._ctx.write(lambda: privacy.apply_retention(plan), self._on_applied, self._on_failed)

    def _on_applied(self, done: tuple[int, int]) -> None:
        self.erasure_applied.emit(*done)
        self._load()
