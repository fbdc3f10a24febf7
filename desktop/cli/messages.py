"""The command line's words in the user's language: `--lang en|cy|system`, else CHECKPOINT_LANGUAGE, else the
language saved by the GUI's View > Language... (the UI-state file), else the system's.

Strings are marked with `CLI.tr("...")` (pyside6-lupdate names the context after the object: "CLI"), so they
live in the same catalogues as the GUI's and are translated by QCoreApplication.translate without a display.
Welsh needs a QCoreApplication for its translator; one is made here when none exists (no windows, no event
loop). Importing this module imports no Qt (checkpoint-force shares desktop.cli and runs on servers): Qt is
loaded only when a language other than English is installed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

LANG_CHOICES = ("en", "cy", "system")


class _CliWords:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the installed language; English (the source) while no catalogue has loaded Qt."""
        if "PySide6.QtCore" not in sys.modules:
            return text
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CLI", text, disambiguation, n)


CLI = _CliWords()


def fill(text: str, *values: object) -> str:
    """`text` (already through CLI.tr) with %1, %2, ... replaced by `values` in one pass, as QString.arg does;
    a value that itself contains "%2" is left as it is."""
    import re

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%([1-9])", one, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for extraction without importing Qt; translate it later with CLI.tr."""
    return text


def cli_language(choice: str | None, environ: dict[str, str] | None = None) -> str:
    """'en' or 'cy', without Qt: --lang, CHECKPOINT_LANGUAGE, the GUI's saved `ui/language` (its INI file read
    with configparser), then the system locale (LC_ALL / LC_MESSAGES / LANG starting with 'cy')."""
    import configparser
    import os

    from desktop.app.settings import load_settings

    env = dict(os.environ) if environ is None else environ
    value = (choice or env.get("CHECKPOINT_LANGUAGE") or "").strip().lower()
    if not value:
        ini = configparser.ConfigParser(interpolation=None)
        try:
            ini.read(load_settings(env).ui_state_file, encoding="utf-8")
            value = ini.get("ui", "language", fallback="").strip().lower()
        except (OSError, configparser.Error):
            value = ""
    if value in ("en", "cy"):
        return value
    system = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return "cy" if system.lower().startswith("cy") else "en"


@contextmanager
def speaking(choice: str | None) -> Iterator[str]:
    """Install the chosen language's catalogue for the length of one command; yields 'en' or 'cy'."""
    language = cli_language(choice)
    if language == "en":
        yield language
        return
    from PySide6.QtCore import QCoreApplication, QLocale

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
