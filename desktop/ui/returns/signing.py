"""Signing off the GUI thread: a warm `BatchSigner` (worker processes on every core) and one batch at a time.

The pool is started when a manager opens the queue, so the first signature does not wait for the workers. A
batch runs on a plain thread that only waits on the pool; progress and the result come back as Qt signals,
which Qt queues onto the GUI thread. Cancelling stops within about a chunk (returns already signed are kept).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from desktop.services.returns import BatchResult, BatchSigner, ReturnContent, SigningIdentity
from desktop.ui.labels import error_text


class SigningSession(QObject):
    progressed = Signal(int, int)  # done, total
    batch_finished = Signal(object)  # BatchResult
    batch_failed = Signal(str)

    def __init__(self, identity: SigningIdentity, workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: BatchSigner | None = BatchSigner(identity, workers=workers)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._warm = threading.Thread(target=self._warm_up, name="returns-warm-up", daemon=True)
        self._warm.start()

    def _warm_up(self) -> None:
        pool = self._pool
        try:
            if pool is not None:
                pool.warm_up()
        except Exception:  # noqa: BLE001 - a pool that will not start shows up when the batch runs
            return

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def sign(
        self, contents: Sequence[ReturnContent], manager: str, role: str, at: datetime | None = None
    ) -> None:
        """Start signing `contents` (each PDF carrying the moment `at`); `batch_finished` or `batch_failed`
        follows."""
        if self._pool is None:
            raise RuntimeError("the signing session is closed")
        if self.busy:
            raise RuntimeError("a batch is already being signed")
        self._cancel = threading.Event()
        pool, cancel = self._pool, self._cancel

        def run() -> None:
            try:
                result: BatchResult = pool.sign(
                    list(contents),
                    manager,
                    role,
                    progress_callback=self.progressed.emit,
                    cancel_event=cancel,
                    signed_at=at,
                )
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                text = error_text(exc)
                self.batch_failed.emit(text.splitlines()[0] if text else type(exc).__name__)
                return
            self.batch_finished.emit(result)

        self._thread = threading.Thread(target=run, name="returns-signing", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def close(self) -> None:
        """Stop any batch and the worker processes (waits for them to exit)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        pool, self._pool = self._pool, None
        if pool is not None:
            self._warm.join(timeout=30)
            pool.close()
