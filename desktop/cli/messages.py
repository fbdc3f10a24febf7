"""The command line's words in the user's language: `--lang en|cy|system`, else CHECKPOINT_LANGUAGE, else the
language saved by the GUI's View > Language... (the UI-state file), else the system's.

Strings are marked with `CLI.tr("...")` (pyside6-lupdate names the context after the object: "CLI"), so they
live in the same catalogues as the GUI's and are translated by QCoreApplication.translate without a display.
Welsh needs a QCoreApplication for its translator; one is made here when none exists (no windows, no event
loop). Importing this module imports no Qt (checkpoint-force shares desktop.cli and runs on servers): Qt is
loaded only when a language other than English is installed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime

LANG_CHOICES = ("en", "cy", "system")
_SPEAKING = ["en"]  # the language of the command running now (speaking() sets it)


class _CliWords:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the installed language; English (the source) while no catalogue has loaded Qt.

        With `n` (a count), `%n` becomes the number and the catalogue picks the plural form (Welsh has five in
        Qt); English without a catalogue reads "word(s)" as "word" for 1 and "words" otherwise, and
        "entr(y|ies)" as "entry" or "entries"."""
        if "PySide6.QtCore" in sys.modules:
            from PySide6.QtCore import QCoreApplication

            text = QCoreApplication.translate("CLI", text, disambiguation, n)
        if n < 0:
            return text
        text = re.sub(r"\((\w*)\|(\w*)\)", lambda m: m.group(1 if n == 1 else 2), text.replace("%n", str(n)))
        return re.sub(r"(\w)\(s\)", lambda m: m.group(1) + ("" if n == 1 else "s"), text)


CLI = _CliWords()


def fill(text: str, *values: object) -> str:
    """`text` (already through CLI.tr) with %1, %2, ... replaced by `values` in one pass, as QString.arg does;
    a value that itself contains "%2" is left as it is."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%([1-9])", one, text)


def cli_label(label: str) -> str:
    """A domain label in English (a contract state, a condition's type, a return's kind...) in the command's
    language, from the returns' word list (desktop/wording/returns.py), which needs no Qt."""
    if current_language() != "cy":
        return label
    from desktop.wording.returns import CY

    return CY.get(label, label)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for extraction without importing Qt; translate it later with CLI.tr."""
    return text


# A store's roles in words: the bare noun ("Added keyworker 'sam'") and the predicate ("sam is a keyworker"),
# which Welsh words with the soft mutation after "yn" ("yn weithiwr allweddol", "yn rheolwr").
ROLE_NOUNS = {
    "admin": QT_TRANSLATE_NOOP("CLI", "admin"),
    "manager": QT_TRANSLATE_NOOP("CLI", "manager"),
    "keyworker": QT_TRANSLATE_NOOP("CLI", "keyworker"),
}
ROLES_AS = {
    "admin": QT_TRANSLATE_NOOP("CLI", "an admin"),
    "manager": QT_TRANSLATE_NOOP("CLI", "a manager"),
    "keyworker": QT_TRANSLATE_NOOP("CLI", "a keyworker"),
}


def role_noun(role: object) -> str:
    value = str(getattr(role, "value", role))
    return CLI.tr(ROLE_NOUNS[value]) if value in ROLE_NOUNS else value


def role_as(role: object) -> str:
    value = str(getattr(role, "value", role))
    return CLI.tr(ROLES_AS[value]) if value in ROLES_AS else value


def current_language() -> str:
    """'en' or 'cy': the language the running command speaks."""
    return _SPEAKING[-1]


def cli_date(d: date | None) -> str:
    """A date for a person to read, in the command's language: `3 Mar 2026` / `3 Mawrth 2026` (no strftime,
    whose month names follow the C locale); an en dash when there is none."""
    from desktop.wording.dates import day

    return day(d, current_language())


def cli_moment(t: datetime | None) -> str:
    """`3 Mar 2026 14:05 UTC` / `3 Mawrth 2026 14:05 UTC`; an en dash when there is none."""
    from desktop.wording.dates import moment

    return "\u2013" if t is None else moment(t, current_language())


def language_in(argv: Sequence[str]) -> str | None:
    """The value of `--lang` in `argv` before the parser runs (so --help can be worded in it), else None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


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
        _SPEAKING.append(language)
        try:
            yield language
        finally:
            _SPEAKING.pop()
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app.i18n import install_translator

    app = QCoreApplication.instance() or QCoreApplication([])
    before = QLocale()
    translator = install_translator(app, language)
    _SPEAKING.append(language)
    try:
        yield language
    finally:
        _SPEAKING.pop()
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
