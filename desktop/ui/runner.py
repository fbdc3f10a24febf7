"""One background helper for database work (after Anki's QueryOp over a single-thread executor).

`runner.run(fn, on_done, on_error)` runs `fn()` on the one database thread; the callbacks run on the GUI thread.
Work is serialised, so the store sees one writer at a time and the GUI thread never waits on SQLCipher.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error

    @Slot(object, object, object)
    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        callback(result, error)


class BackgroundRunner(QObject):
    """Owned by the main window; `shutdown()` waits for work in flight before the store closes."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._bridge._deliver)
        self._in_flight = 0
        self._closed = False

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Future[Any] | None:
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

        def work() -> Any:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                self._bridge.finished.emit(deliver, None, exc)
                raise
            self._bridge.finished.emit(deliver, result, None)
            return result

        return self._pool.submit(work)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)
