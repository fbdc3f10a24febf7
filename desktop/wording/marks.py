"""Marks a string for pyside6-lupdate without importing Qt (the domain and the services stay Qt-free).

lupdate reads Python source lexically: any call spelled `QT_TRANSLATE_NOOP("Context", "text")` is extracted into
that context of resources/translations/checkpoint_*.ts, whichever module defines the function.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, source text) -> the text in the wanted language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text` unchanged; the call only marks it for extraction under `context`."""
    return text


def qt_translate() -> Translate | None:
    """QCoreApplication.translate when Qt is already loaded (the GUI, or the CLI speaking Welsh), else None:
    without Qt there is no catalogue to ask, and the English source is the answer."""
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return None
    from PySide6.QtCore import QCoreApplication

    return lambda context, text: QCoreApplication.translate(context, text)
