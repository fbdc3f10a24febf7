"""The Timeline tab: everything that happened to this person, newest first, from the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.storage.audit import AuditEntry

from .contract_tab import _table
from .controller import LoadedCase, RecordController
from .models import TimelineTableModel

OPENED = "person.open"


class TimelineTab(QWidget):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[AuditEntry, ...] = ()
        self.show_openings = QCheckBox(self.tr("Show each time the record was &opened"), self)
        self.show_openings.setAccessibleName(self.tr("Show record openings"))
        self.count = QLabel(self)
        self.model = TimelineTableModel(self)
        self.table = _table(self, self.tr("Timeline"))
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_openings)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.show_openings.toggled.connect(self._refresh)
        controller.loaded.connect(self._on_controller_loaded)

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        self._entries = loaded.timeline
        self.model.names = {u.username: u.display_name for u in loaded.users}
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        shown = [e for e in self._entries if self.show_openings.isChecked() or e.action != OPENED]
        self.model.set_entries(shown)
        self.count.setText(self.tr("{0} events, newest first").format(len(shown)))
        self.table.resizeColumnsToContents()

    def action_names(self) -> list[str]:
        return [self.model.action_name(e.action) for e in self.model._rows]
