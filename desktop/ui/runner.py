"""One background helper for database work (after Anki's QueryOp over a single-thread executor).

`runner.run(fn, on_done, on_error)` runs `fn()` on the one database thread; the callbacks run on the GUI thread.
Work is serialised, so the store sees one writer at a time and the GUI thread never waits on SQLCipher.

Two priorities: interactive work (the default: what a user is waiting for) always starts before queued
background work (`background=True`: drafting the day's returns), whatever the order they were queued in. A
running job is never interrupted, so long background work is cut into steps or checks `runner.cancelled`
(a `threading.Event`, set by `shutdown()`) between steps. Background work cut into steps is a generator: when
`fn()` returns one, each `next()` is one turn on the database thread and the job goes back in line after it, so
interactive work queued meanwhile runs before its next step; the generator's return value is the answer. On
`shutdown()` queued background work is dropped (a stepped job stops at its next turn), queued interactive work
(saves) still runs, and the call waits for the job in flight.

A read lane beside it: `runner.read(fn, on_done, on_error)` runs a read-only `fn` on a second thread (the
store's pool gives it its own connection; under WAL it reads the last committed state while the database thread
writes), so a search typed while a step of background work holds the database thread does not wait for it.
A read starts only once every interactive job queued before it has finished, so it sees their writes (a search
after a save finds what was saved); it never waits for background work. Only reads go there: `fn` must not
write (no audit lines, no settings).
"""

from __future__ import annotations

import inspect
import itertools
import queue
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

INTERACTIVE, BACKGROUND = 0, 1
_STOP = 2  # sorts after everything: the worker's signal to end once the queue is drained


class _Bridge(QObject):
    finished = Signal(int)  # the token of a finished job; its answer waits in BackgroundRunner._answers


class BackgroundRunner(QObject):
    """Owned by the main window; `shutdown()` cancels background work and waits for the job in flight before
    the store closes."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.PriorityQueue[tuple[int, int, int]] = queue.PriorityQueue()
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[], Any], Callable[[Any, BaseException | None], None]]] = {}
        self._futures: dict[int, Future[Any]] = {}
        self._answers: dict[int, tuple[Any, BaseException | None]] = {}
        self._steps: dict[
            int, Any
        ] = {}  # token -> a stepped background job's generator (database thread only)
        self._lock = threading.Lock()
        self._in_flight = 0
        self._closed = False
        self.cancelled = threading.Event()  # set on shutdown: long background work stops at its next step
        self._thread = threading.Thread(target=self._loop, name="db", daemon=True)
        self._thread.start()
        self._reads: queue.Queue[tuple[int, int]] = queue.Queue()  # (token, barrier): the read lane
        self._interactive: set[int] = set()  # interactive tokens queued or running on the database thread
        self._settled = threading.Condition(self._lock)  # notified when one of them finishes
        self._reader = threading.Thread(target=self._read_loop, name="db-read", daemon=True)
        self._reader.start()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> Future[Any] | None:
        """Queue `fn`; after `shutdown()` (the window is closing) new work is dropped and None is returned.
        `background=True` work waits while any interactive work is queued."""
        token, future = self._enqueue(fn, on_done, on_error)
        if future is None:
            return None
        if not background:
            with self._lock:
                self._interactive.add(token)
        self._queue.put((BACKGROUND if background else INTERACTIVE, token, token))
        return future

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any] | None:
        """Queue a read-only `fn` on the read lane: it starts once the interactive work queued before it has
        finished, without waiting for background work; callbacks on the GUI thread as with `run`."""
        token, future = self._enqueue(fn, on_done, on_error)
        if future is None:
            return None
        with self._lock:
            barrier = max(self._interactive, default=0)
        self._reads.put((token, barrier))
        return future

    def _enqueue(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> tuple[int, Future[Any] | None]:
        if self._closed:
            return 0, None
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
        future: Future[Any] = Future()
        with self._lock:
            self._pending[token] = (fn, deliver)
            self._futures[token] = future
        return token, future

    def _read_loop(self) -> None:
        while True:
            token, barrier = self._reads.get()
            if token == 0:
                return
            with self._settled:  # the interactive work queued before this read has finished
                while any(t <= barrier for t in self._interactive):
                    self._settled.wait()
            self._work(token, steps_allowed=False)

    def _loop(self) -> None:
        while True:
            priority, _order, token = self._queue.get()
            if priority == _STOP:
                return
            if priority == BACKGROUND and self.cancelled.is_set():
                steps = self._steps.pop(token, None)
                if steps is not None:
                    steps.close()  # its `finally` blocks run; it holds the store, never a widget
                del steps
                self._drop(token)
                continue
            if token in self._steps:
                self._step(token)
            else:
                self._work(token)

    def _drop(self, token: int) -> None:
        with self._lock:
            future = self._futures.pop(token, None)
        if future is not None and not future.cancel():
            future.set_exception(RuntimeError("cancelled on shutdown"))
        self._bridge.finished.emit(
            -token
        )  # the GUI thread forgets it (and its references) without calling back

    def _work(self, token: int, steps_allowed: bool = True) -> None:
        with self._lock:
            job = self._pending.get(token)
            future = self._futures.get(token)
            if job is None or future is None:
                self._interactive.discard(token)
                self._settled.notify_all()
                return
        fn = job[0]
        del job
        future.set_running_or_notify_cancel()
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._finish(token, (None, exc))  # its traceback holds fn's frames, so it too is left to the GUI
            return
        finally:
            del fn
        if steps_allowed and inspect.isgenerator(result):
            self._steps[token] = result
            del result
            self._step(token)
            return
        self._finish(token, (result, None))

    def _step(self, token: int) -> None:
        """One turn of a stepped job, then back in line behind whatever interactive work is queued."""
        steps = self._steps[token]
        try:
            next(steps)
        except StopIteration as stop:
            del self._steps[token], steps
            self._finish(token, (stop.value, None))
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            del self._steps[token], steps
            self._finish(token, (None, exc))
            return
        del steps
        self._queue.put((BACKGROUND, next(self._tokens), token))

    def _finish(self, token: int, answer: tuple[Any, BaseException | None]) -> None:
        with self._lock:
            future = self._futures.pop(token, None)
            if token in self._interactive:
                self._interactive.discard(token)
                self._settled.notify_all()
        self._answers[token] = answer
        ok = answer[1] is None
        del answer
        if future is not None:
            if ok:
                future.set_result(None)  # the answer itself goes to the GUI thread only
            else:
                future.set_exception(RuntimeError("the job failed; its error went to on_error"))
        self._bridge.finished.emit(token)

    def _deliver(self, token: int) -> None:
        if token < 0:  # dropped at shutdown: no callback, just let go of the references on this thread
            with self._lock:
                self._pending.pop(-token, None)
            self._in_flight -= 1
            if self._in_flight == 0:
                self.busy_changed.emit(False)
            return
        with self._lock:
            job = self._pending.pop(token, None)
        result, error = self._answers.pop(token, (None, None))
        if job is not None:
            job[1](result, error)

    def shutdown(self) -> None:
        """Cancel background work (queued: dropped; running: asked to stop via `cancelled`), let queued
        interactive work finish, and wait for the database thread. Idempotent."""
        self._closed = True
        self.cancelled.set()
        if self._thread.is_alive():
            self._queue.put((_STOP, 0, 0))
            self._thread.join()
        with self._lock:  # a read waiting for interactive work that never ran (none should) goes ahead
            self._interactive.clear()
            self._settled.notify_all()
        if self._reader.is_alive():
            self._reads.put((0, 0))
            self._reader.join()
