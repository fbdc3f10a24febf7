"""Assign or reassign a person's keyworker (managers): the referral reaches that keyworker's caseload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import Person, Role

from ..context import AppContext
from .base import WriteDialog, show_problem


class KeyworkerDialog(WriteDialog):
    case_changed = Signal(str)

    def __init__(self, ctx: AppContext, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._person = person
        self.setWindowTitle(self.tr("Keyworker") + f" — {person.full_name}")
        self.keyworker = QComboBox(self)
        self.keyworker.setAccessibleName(self.tr("Keyworker"))
        staff = [u for u in ctx.store.users() if u.role is Role.KEYWORKER and getattr(u, "active", True)]
        for u in sorted(staff, key=lambda u: u.display_name.casefold()):
            self.keyworker.addItem(f"{u.display_name or u.username} ({u.username})", u.id)
        current = self.keyworker.findData(person.keyworker_id) if person.keyworker_id else -1
        self.keyworker.setCurrentIndex(max(current, 0))
        self.keyworker.currentIndexChanged.connect(self._mark_dirty)
        now = QLabel(self.tr("Now: unassigned (no keyworker sees this person yet)") if current < 0 else
                     self.tr("Now: %1").replace("%1", self.keyworker.itemText(current)), self)
        form = QFormLayout()
        form.addRow(self.tr("&Keyworker:"), self.keyworker)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("&Assign"))
        self._dirty = current < 0  # an unassigned person: assigning the first choice is a change
        self.keyworker.setFocus()

    def _check(self) -> bool:
        if self.keyworker.currentData() is None:
            show_problem(self.message, self.tr("There is no keyworker account yet: add one first."))
            return False
        return True

    def _write(self) -> Callable[[], Any]:
        person, keyworker_id, cases = self._person, self.keyworker.currentData(), self._ctx.store.cases
        return lambda: cases.assign_keyworker(person, keyworker_id)

    def _written(self, result: Any) -> None:
        self.case_changed.emit(self._person.id)
