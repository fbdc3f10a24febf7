"""The command line's words in the user's language: `--lang en|cy|system`, else CHECKPOINT_LANGUAGE, else the
language saved by the GUI's View > Language... (the UI-state file), else the system's.

Strings are marked with `CLI.tr("...")` (pyside6-lupdate names the context after the object, PySide after its
class: both "CLI"), so they live in the same catalogues as the GUI's and are translated by
QCoreApplication.translate without a display. Welsh needs a QCoreApplication for its translator; one is made
here when none exists (no windows, no event loop).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QSettings

CLI = type("CLI", (QObject,), {})()
LANG_CHOICES = ("en", "cy", "system")


def cli_language(choice: str | None) -> str:
    from desktop.app.i18n import LANGUAGE_ENV, chosen_language, resolve_language
    from desktop.app.settings import load_settings

    if choice:
        return resolve_language(choice)
    import os

    if os.environ.get(LANGUAGE_ENV):
        return resolve_language(os.environ[LANGUAGE_ENV])
    state_file = load_settings().ui_state_file
    ui_state = QSettings(str(state_file), QSettings.Format.IniFormat) if state_file.exists() else None
    return chosen_language(ui_state, {})


@contextmanager
def speaking(choice: str | None) -> Iterator[str]:
    """Install the chosen language's catalogue for the length of one command; yields 'en' or 'cy'."""
    language = cli_language(choice)
    if language == "en":
        yield language
        return
    from PySide6.QtCore import QLocale

    from desktop.app.i18n import install_translator

    app = QCoreApplication.instance() or QCoreApplication([])
    before = QLocale()
    translator = install_translator(app, language)
    try:
        yield language
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
