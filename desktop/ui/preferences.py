"""The language picker: View ▸ Language… chooses English, Cymraeg or the system's language for the GUI.

The choice is saved in the UI-state file (`ui/language`, read by desktop.app.i18n.chosen_language at start-up)
and used the next time Checkpoint Desk starts: the dialog says so. Built by the main window from its HOOKUPS
table; it uses only the window's public parts (`settings`, `view_menu`, `addAction`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.language import LANGUAGE_KEY, SYSTEM, current_language, resolve_language


def saved_choice(ui_state: QSettings) -> str:
    value = ui_state.value(LANGUAGE_KEY, SYSTEM)
    return value if value in ("en", "cy", SYSTEM) else SYSTEM


class LanguageDialog(QDialog):
    """Three choices; OK saves the one ticked (nothing is saved on Cancel)."""

    def __init__(self, ui_state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_state = ui_state
        self.setWindowTitle(self.tr("Language"))
        system = self.tr("Cymraeg") if resolve_language(SYSTEM) == "cy" else self.tr("English")
        self.choices = {
            SYSTEM: QRadioButton(self.tr("The system's language (now %1)").replace("%1", system), self),
            "en": QRadioButton("English", self),  # each language named in itself, as pickers do
            "cy": QRadioButton("Cymraeg", self),
        }
        self.choices["en"].setAccessibleName(self.tr("English"))
        self.choices["cy"].setAccessibleName(self.tr("Welsh (Cymraeg)"))
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The language of Checkpoint Desk's windows:"), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for button in self.choices.values():
            group.addButton(button)
            layout.addWidget(button)
        self.choices[saved_choice(ui_state)].setChecked(True)
        self.note = QLabel(
            self.tr(
                "The new language is used the next time Checkpoint Desk starts. Returns and papers keep the "
                "language chosen for each force and person."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())

    def accept(self) -> None:
        self._ui_state.setValue(LANGUAGE_KEY, self.chosen())
        self._ui_state.sync()
        super().accept()


class PreferencesHookup(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: LanguageDialog | None = None
        self.language_action = QAction(self.tr("&Language\u2026"), window)
        self.language_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.language_action.setToolTip(
            self.tr("Choose English or Cymraeg for the windows (now: %1)").replace(
                "%1", self.tr("Cymraeg") if current_language() == "cy" else self.tr("English")
            )
        )
        self.language_action.triggered.connect(self.open_language)
        window.addAction(self.language_action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.language_action)

    def open_language(self) -> LanguageDialog:
        ui_state = QSettings(str(self._window.settings.ui_state_file), QSettings.Format.IniFormat)
        self.dialog = LanguageDialog(ui_state, self._window)
        self.dialog.open()
        return self.dialog
