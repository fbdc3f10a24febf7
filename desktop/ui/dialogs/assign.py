"""Assign, reassign or unassign a person's keyworker (managers and admins): one combo, Save, audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import Role, User

from ..context import AppContext
from .base import WriteDialog


def assignable_users(users: list[User]) -> list[User]:
    """Active staff who can hold a caseload: keyworkers first, then managers, by name (admins are not offered)."""
    order = {Role.KEYWORKER: 0, Role.MANAGER: 1}
    return sorted(
        (u for u in users if u.active and u.role in order),
        key=lambda u: (order[u.role], u.display_name.lower()),
    )


class AssignKeyworkerDialog(WriteDialog):
    assigned = Signal(str)  # person id

    def __init__(
        self,
        ctx: AppContext,
        person_id: str,
        person_name: str,
        current_keyworker_id: str | None,
        users: list[User],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Keyworker for {0}").format(person_name))
        self._person_id = person_id
        self.keyworker = QComboBox(self)
        self.keyworker.setAccessibleName(self.tr("Keyworker"))
        self.keyworker.addItem(self.tr("Unassigned"), None)
        for u in assignable_users(users):
            label = (
                u.display_name
                if u.role is Role.KEYWORKER
                else self.tr("{0} (manager)").format(u.display_name)
            )
            self.keyworker.addItem(label, u.id)
        at = self.keyworker.findData(current_keyworker_id)
        self.keyworker.setCurrentIndex(max(at, 0))
        self.keyworker.currentIndexChanged.connect(self._mark_dirty)
        self.save_button.setText(self.tr("&Assign"))
        note = QLabel(
            self.tr("The keyworker is told at their next sign-in. The change is recorded in the audit log."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Keyworker:"), self.keyworker)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.keyworker.setFocus()

    def _write(self) -> Callable[[], Any]:
        cases, pid, kw = self._ctx.services.cases, self._person_id, self.keyworker.currentData()
        return lambda: cases.assign_keyworker(pid, kw)

    def _written(self, result: Any) -> None:
        self.assigned.emit(self._person_id)
