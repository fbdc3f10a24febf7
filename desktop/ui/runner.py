"""One background helper for database work (after Anki's QueryOp over a single-thread executor).

`runner.run(fn, on_done, on_error)` runs `fn()` on the one database thread; the callbacks run on the GUI thread.
Work is serialised, so the store sees one writer at a time and the GUI thread never waits on SQLCipher.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class _Bridge(QObject):
    finished = Signal(int)  # the token of a finished job; its answer waits in BackgroundRunner._answers


class BackgroundRunner(QObject):
    """Owned by the main window; `shutdown()` waits for work in flight before the store closes."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[], Any], Callable[[Any, BaseException | None], None]]] = {}
        self._answers: dict[int, tuple[Any, BaseException | None]] = {}
        self._in_flight = 0
        self._closed = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any] | None:
        """Queue `fn`; after `shutdown()` (the window is closing) new work is dropped and None is returned."""
        if self._closed:
            return None
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._in_flight -= 1
            if self._in_flight == 0:
                self.busy_changed.emit(False)
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    traceback.print_exception(error)
            elif on_done is not None:
                on_done(result)

        # The GUI thread keeps the only strong references to `fn` and the callbacks (they often hold widgets)
        # and drops them when the answer arrives. Had the database thread held them, its last reference could
        # free a widget off the GUI thread, which crashes Qt.
        token = next(self._tokens)
        self._pending[token] = (fn, deliver)
        return self._pool.submit(self._work, token)

    def _work(self, token: int) -> None:
        job = self._pending.get(token)
        if job is None:
            return
        fn = job[0]
        del job
        try:
            answer: tuple[Any, BaseException | None] = (fn(), None)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            answer = (None, exc)  # its traceback holds fn's frames, so it too is left to the GUI thread
        del fn
        self._answers[token] = answer
        del answer
        self._bridge.finished.emit(token)

    def _deliver(self, token: int) -> None:
        job = self._pending.pop(token, None)
        result, error = self._answers.pop(token, (None, None))
        if job is not None:
            job[1](result, error)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)
