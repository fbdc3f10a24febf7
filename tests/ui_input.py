"""Real input for journey tests: click what a person clicks, type where they type, answer dialogs on screen.

Nothing here calls a slot or a private method: every step is a mouse or key event delivered by Qt's test input.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

TYPING_DELAY_MS = 90  # a person typing at a normal speed


def click(widget: QWidget) -> None:
    """Left-click `widget` where a person would: a check box or radio button on its label's first letters."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    pos = (
        QPoint(8, widget.height() // 2)
        if isinstance(widget, QCheckBox | QRadioButton)
        else widget.rect().center()
    )
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def type_into(widget: QWidget, text: str, delay_ms: int = -1, clear: bool = False) -> None:
    """Click into `widget` (it takes focus), optionally select-all and delete, then type `text`."""
    click(widget)
    if clear:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text, Qt.KeyboardModifier.NoModifier, delay_ms)


def press(
    key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, widget: QWidget | None = None
) -> None:
    """Press `key` in the focused widget (or `widget`), as the keyboard would."""
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def on_next_dialog(kind: type, act: Callable[[QWidget], None], timeout_ms: int = 10_000) -> None:
    """When a visible `kind` window appears (a modal dialog blocks the caller), run `act` on it."""
    waited = [0]

    def poll() -> None:
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
        )
        if found is not None:
            act(found)
        elif waited[0] < timeout_ms:
            waited[0] += 50
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def button_with_text(root: QWidget, text: str) -> QAbstractButton:
    """The visible button in `root` whose text (without '&') is `text`."""
    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text().replace("&", "") == text:
            return b
    raise AssertionError(f"no visible button {text!r} in {root!r}")


_SHOTS: list[Path] = []


def shots_dir() -> Path:
    """Where tests save screenshots: a temporary folder (removed at exit), unless CHECKPOINT_SCREENSHOTS names
    one (e.g. `CHECKPOINT_SCREENSHOTS=docs/screenshots`, relative to the repository) to refresh the docs."""
    chosen = os.environ.get("CHECKPOINT_SCREENSHOTS")
    if chosen:
        folder = Path(chosen) if Path(chosen).is_absolute() else Path(__file__).resolve().parents[1] / chosen
    else:
        if not _SHOTS:
            _SHOTS.append(Path(tempfile.mkdtemp(prefix="checkpoint-shots-")))
            atexit.register(shutil.rmtree, _SHOTS[0], True)
        folder = _SHOTS[0]
    folder.mkdir(parents=True, exist_ok=True)
    return folder
