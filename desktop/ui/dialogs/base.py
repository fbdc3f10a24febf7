"""What every workflow dialog shares: Save / Cancel, a message line, and a write run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from desktop.domain import DomainError, ValidationError
from desktop.storage.errors import StoreError

from ..context import AppContext
from ..labels import error_text, problem_text


def user_message(exc: BaseException) -> str:
    """One line for the person at the keyboard; unexpected errors are named by type, not dumped."""
    if isinstance(exc, StoreError | DomainError | ValueError):
        text = error_text(exc)
        return text[:1].upper() + text[1:]
    return f"Could not save ({type(exc).__name__}). Nothing was changed."


ERROR_STYLE = "color: #ffffff; background-color: #b3261e; border-radius: 3px; padding: 2px 6px;"
WARNING_STYLE = "color: #000000; background-color: #ffd08a; border-radius: 3px; padding: 2px 6px;"


def problem_label(parent: QWidget, accessible_name: str, warning: bool = False) -> QLabel:
    """A hidden message line shown beside a field when the field has a problem (words, not only colour).

    Fixed colour pairs (white on deep red, black on amber) keep their contrast on light and dark palettes."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def first_problem(exc: ValidationError, sep: str = " ") -> ValueError:
    """The first problem a domain check found, as a one-line sentence for the dialog ("Agency is required.")."""
    field, problem = next(iter(exc.problems.items()))
    return ValueError(f"{field[:1].upper()}{field[1:]}{sep}{problem_text(problem)}.")


class WriteDialog(QDialog):
    """Save runs `_write()` through `ctx.write` (which publishes the `Changes` the write returns); success calls
    `_written(result)` then accepts; failure keeps it open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._saving = False
        self._dirty = False
        self.discard_question: QMessageBox | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.message = problem_label(self, self.tr("Problem saving"))

    # -- for subclasses --------------------------------------------------------------------------------------
    def _check(self) -> bool:
        """Validate the form on the GUI thread; show problems and return False to keep the dialog open."""
        return True

    def _write(self) -> Callable[[], Any]:
        """The write to run off the GUI thread: a service method returning what it touched."""
        raise NotImplementedError

    def _shows_no_problem(self, entered: Callable[[], object]) -> bool:
        """For a `_check` that builds the record from the form: False, with the one-line reason shown, when
        `entered()` refuses it (ValueError)."""
        try:
            entered()
        except ValueError as exc:
            show_problem(self.message, str(exc))
            return False
        return True

    def _written(self, result: Any) -> None:
        """Emit the dialog's signal."""

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    # -- behaviour -------------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.result() != QDialog.DialogCode.Accepted

    @property
    def saving(self) -> bool:
        return self._saving

    def _on_save_clicked(self) -> None:
        if self._saving:
            return
        show_problem(self.message, "")
        if not self._check():
            return
        try:
            work = self._write()
        except (DomainError, ValueError) as exc:  # built from the form on the GUI thread
            show_problem(self.message, user_message(exc))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self._ctx.write(work, self._on_runner_done, self._on_runner_failed)

    def _on_runner_done(self, result: Any) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._dirty = False
        self._written(result)
        self.accept()

    def _on_runner_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        show_problem(self.message, user_message(exc))

    def reject(self) -> None:
        """Cancel, Esc or closing: unsaved entries are never dropped silently (the question does not block)."""
        if self._saving:
            return
        if self._dirty and self.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Discard changes?"),
                self.tr("You have entered details that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda _r: self._on_discard_answered(box))
            self.discard_question = box
            box.open()
            return
        super().reject()

    def _on_discard_answered(self, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._dirty = False
            super().reject()
