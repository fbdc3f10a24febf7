"""Locking: on demand (Ctrl+L) and after an idle time, every person's data is hidden until the same user's
passphrase is typed again. Nothing is closed, so unsaved edits stay in memory.

Windows other than the main one (dialogs, including modal ones in `exec()`) are veiled rather than hidden: their
children are hidden and a lock screen is laid over them, because hiding a dialog would end its `exec()` and lose
what was typed in it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.storage.errors import StoreError, WrongPassphrase

from .context import AppContext
from .unlock import busy_bar, error_label

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


@runtime_checkable
class HasUnsavedChanges(Protocol):
    """Any editor widget may offer this; the main window asks before closing and shows it on the lock screen."""

    def has_unsaved_changes(self) -> bool: ...


def unsaved_editors(root: QWidget) -> list[QWidget]:
    """`root` and its descendants that report unsaved changes."""
    found = []
    for w in (root, *root.findChildren(QWidget)):
        method = getattr(w, "has_unsaved_changes", None)
        if callable(method) and method():
            found.append(w)
    return found


class IdleLockController(QObject):
    """Watches input application-wide; `idle_timed_out` after `minutes` without any. `lock()`/`unlock()`
    switch the state and emit `locked` / `unlocked`.

    Idle time is measured on `clock` (seconds, monotonic; injectable so tests move time on instead of sleeping)
    and checked every `poll_ms`: input only stamps the time, so a burst of mouse moves costs nothing."""

    idle_timed_out = Signal()
    locked = Signal()
    unlocked = Signal()
    checked = Signal()  # after every idle check: tests wait for one instead of sleeping

    def __init__(
        self,
        minutes: float,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        poll_ms: int = 1_000,
    ) -> None:
        super().__init__(parent)
        self._is_locked = False
        self.clock = clock
        self._idle_s = 60.0
        self._last_input = clock()
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)
        self.set_idle_minutes(minutes)
        self._poll.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle_s = max(minutes * 60.0, 1.0)
        self._last_input = self.clock()

    def set_clock(self, clock: Callable[[], float], poll_ms: int | None = None) -> None:
        """For tests: measure idle time on `clock`, checked every `poll_ms`."""
        self.clock = clock
        self._last_input = clock()
        if poll_ms is not None:
            self._poll.setInterval(poll_ms)

    @property
    def idle_ms(self) -> int:
        return int(self._idle_s * 1000)

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._is_locked and event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def _check(self) -> None:
        if not self._is_locked and self.clock() - self._last_input >= self._idle_s:
            self.idle_timed_out.emit()
            self.lock()
        self.checked.emit()

    def lock(self) -> None:
        if self._is_locked:
            return
        self._is_locked = True
        self.locked.emit()

    def unlock(self) -> None:
        if not self._is_locked:
            return
        self._is_locked = False
        self._last_input = self.clock()
        self.unlocked.emit()

    def shutdown(self) -> None:
        self._poll.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _PassphraseKeys(QObject):
    """Alt+letter is a shortcut a person reaches for, never part of a passphrase: typed into the field it made
    the next unlock fail. Esc empties the field, so a fumbled start can be typed again from nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            key_event = event  # QKeyEvent
            if key_event.modifiers() & Qt.KeyboardModifier.AltModifier:  # type: ignore[attr-defined]
                return True
            if key_event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                watched.clear()
                return True
        return False


class LockScreen(QWidget):
    """ "Locked" with a passphrase field for the signed-in user; emits `passphrase_verified` when it is right."""

    passphrase_verified = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Locked"))
        user = ctx.store.user
        title = QLabel(self.tr("<h2>Checkpoint Desk is locked</h2>"))
        # Short lines without word wrap: wrapped labels in a centred box get too little height and are clipped.
        who = QLabel(
            self.tr("Signed in as %1.\nEnter your passphrase to carry on where you left off.").replace(
                "%1", user.display_name
            )
        )
        self.note = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase for %1").replace("%1", user.username))
        self._keys = _PassphraseKeys(self)
        self.passphrase.installEventFilter(self._keys)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.error = error_label()
        self.busy = busy_bar()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.quit_button)
        box = QWidget()
        box.setMinimumWidth(460)
        self.passphrase.setMinimumWidth(240)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for w in (title, who, self.note):
            inner.addWidget(w)
        inner.addLayout(row)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.passphrase.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.quit_button.clicked.connect(self.quit_requested)

    def reset(self, unsaved: int = 0) -> None:
        self.passphrase.clear()
        self.error.setVisible(False)
        text = self.tr("%n unsaved edit(s) kept: they will be there when you unlock.", "", unsaved)
        self.note.setText(text if unsaved else "")
        self.note.setVisible(bool(unsaved))
        self.passphrase.setFocus()

    def _on_unlock_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.busy.setVisible(True)
        self.unlock_button.setEnabled(False)
        vault, username = self._ctx.store.vault, self._ctx.store.user.username
        self._ctx.runner.run(lambda: vault.unlock(username, passphrase), self._on_verified, self._on_failed)

    def _on_verified(self, _result: object) -> None:
        self.busy.setVisible(False)
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.passphrase_verified.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.unlock_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            message = self.tr("That passphrase is not right. Try again.")
        else:
            message = (
                str(error) if isinstance(error, StoreError) else self.tr("Could not check the passphrase.")
            )
        self.error.setText(message)
        self.error.setVisible(True)
        self.passphrase.clear()
        self.passphrase.setFocus()


class WindowVeil(QObject):
    """Covers one secondary window (a dialog) while locked, and uncovers it exactly as it was."""

    def __init__(self, window: QWidget, make_screen: Callable[[QWidget], LockScreen]) -> None:
        super().__init__(window)
        self._window = window
        self._title = window.windowTitle()
        self._hidden = [
            w
            for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible()
        ]
        for w in self._hidden:
            w.hide()
        window.setWindowTitle(self.tr("Checkpoint Desk \u2014 locked"))
        self._size = window.size()
        self.screen = make_screen(window)
        window.resize(window.size().expandedTo(self.screen.sizeHint()))  # room for the passphrase field
        self.screen.setGeometry(window.rect())
        self.screen.show()
        self.screen.raise_()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self._window.rect())
        return False

    def remove(self) -> None:
        self._window.removeEventFilter(self)
        self.screen.hide()
        self.screen.deleteLater()
        for w in self._hidden:
            w.show()
        self._window.resize(self._size)
        self._window.setWindowTitle(self._title)
        self.deleteLater()
