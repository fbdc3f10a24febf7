"""Render and sign many returns on every core, with progress and cancellation.

Each worker process loads the signing identity once (in its initializer) and then renders and signs chunks of
returns in memory. Workers are started with "spawn" by default: safe under a Qt application (forking a process
that runs Qt threads is not) and the only method on Windows. A frozen build must call
`multiprocessing.freeze_support()` in its entry point.

The key travels to the workers over the pool's private pipe, unencrypted, and is never written to disk.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.services.worker_guard import die_with_parent

from .canonical import canonical_json
from .identity import SigningIdentity
from .model import ReturnContent
from .render import render_return
from .signing import ReturnSigner, SignedReturn

DEFAULT_WORKERS = 2
CHUNK = 4  # returns per task: enough to amortise the pipe, few enough to cancel within a second

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BatchResult:
    signed: tuple[SignedReturn, ...]  # in the order the contents were given (those done, when cancelled)
    failed: tuple[tuple[str, str], ...]  # (document ID, reason) for returns that could not be signed
    cancelled: bool
    signed_at: datetime | None = None  # the moment every PDF carries (None: each worker's wall clock)


def approve(content: ReturnContent, manager: str, role: str) -> ReturnContent:
    """The content with its sign-off filled in: the name and role are part of what is hashed and signed."""
    if not manager.strip():
        raise ValueError("A return must be signed by a named manager")
    return replace(content, sign_off_name=manager.strip(), sign_off_role=role.strip())


def sign_return(
    content: ReturnContent, signer: ReturnSigner, manager: str, role: str = "", at: datetime | None = None
) -> SignedReturn:
    """Approve, render and sign one return: the PDF, its SHA-256, the content hash, code and canonical JSON.
    `at` is the signing moment the PDF carries (the store's clock; see ReturnSigner.sign)."""
    approved = approve(content, manager, role)
    rendered = render_return(approved)
    signed = signer.sign(rendered, approved.document_id, approved.sign_off_name, approved.sign_off_role, at)
    return replace(
        signed,
        content_hash=rendered.content_hash,
        short_code=rendered.short_code,
        content_json=canonical_json(approved),
    )


# One signer per worker process, set by the pool's initializer: the usual ProcessPoolExecutor pattern.
_worker_signer: ReturnSigner | None = None


def _init_worker(identity_pem: bytes, parent_pid: int | None = None) -> None:
    global _worker_signer
    die_with_parent(parent_pid)  # a kill -9 of the parent must not leave workers holding the key
    _worker_signer = ReturnSigner(SigningIdentity.from_bytes(identity_pem, None))


def _sign_chunk(
    contents: list[ReturnContent], manager: str, role: str, at: datetime | None = None
) -> list[SignedReturn | tuple[str, str]]:
    signer = _worker_signer
    if signer is None:
        raise RuntimeError("worker not initialised")
    out: list[SignedReturn | tuple[str, str]] = []
    for content in contents:
        try:
            out.append(sign_return(content, signer, manager, role, at))
        except (ValueError, RuntimeError) as exc:
            out.append((content.document_id, str(exc)))
    return out


_Outcome = list[SignedReturn | tuple[str, str]]


def _ready() -> bool:
    return _worker_signer is not None


class BatchSigner:
    """A pool of worker processes, each holding the loaded signer: keep one open while a manager reviews,
    so signing does not wait for the workers to start (about 1-2 s each with "spawn")."""

    def __init__(
        self, identity: SigningIdentity, *, workers: int = DEFAULT_WORKERS, start_method: str = "spawn"
    ) -> None:
        self.workers = max(1, workers)
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(start_method),
            initializer=_init_worker,
            initargs=(identity.to_bytes(None), os.getpid()),
        )

    def __enter__(self) -> BatchSigner:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def warm_up(self) -> None:
        """Start every worker now (and load the key in each) rather than on the first batch."""
        for future in [self._pool.submit(_ready) for _ in range(self.workers)]:
            future.result()

    def sign(
        self,
        items: Sequence[ReturnContent],
        signer_name: str,
        signer_role: str = "",
        *,
        progress_callback: ProgressCallback | None = None,
        cancel_event: threading.Event | None = None,
        signed_at: datetime | None = None,
    ) -> BatchResult:
        """Sign every return in `items` as `signer_name`. Blocks: call it off the GUI thread.

        `signed_at` is the moment every PDF carries (the store's clock; else each worker's wall clock).

        `progress_callback(done, total)` is called from this thread after each chunk. Setting `cancel_event`
        stops the batch within about a chunk's time; the returns finished so far are kept in the result.
        """
        if not signer_name.strip():
            raise ValueError("A return must be signed by a named manager")
        total = len(items)
        chunks = [list(items[i : i + CHUNK]) for i in range(0, total, CHUNK)]
        results: dict[int, _Outcome] = {}
        pending: dict[Future[_Outcome], int] = {}
        queue = iter(enumerate(chunks))

        def stopped() -> bool:
            return cancel_event is not None and cancel_event.is_set()

        def submit_next() -> None:
            # Chunks are handed out as workers free up (two in flight per worker), so a cancel waits for
            # at most those, not for everything already queued.
            nxt = next(queue, None)
            if nxt is not None and not stopped():
                pending[self._pool.submit(_sign_chunk, nxt[1], signer_name, signer_role, signed_at)] = nxt[0]

        for _ in range(2 * self.workers):
            submit_next()
        done = 0
        while pending and not stopped():
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                results[index] = future.result()
                done += len(results[index])
                if progress_callback is not None:
                    progress_callback(done, total)
                submit_next()
        # Cancelled: drop what has not started, keep what was already running.
        running = [f for f in pending if not f.cancel()]
        wait(running)
        for future in running:
            if future.exception() is None:
                results[pending[future]] = future.result()
        signed: list[SignedReturn] = []
        failed: list[tuple[str, str]] = []
        for index in sorted(results):
            for entry in results[index]:
                if isinstance(entry, SignedReturn):
                    signed.append(entry)
                else:
                    failed.append(entry)
        return BatchResult(tuple(signed), tuple(failed), len(results) < len(chunks), signed_at)


def sign_batch(
    items: Sequence[ReturnContent],
    identity: SigningIdentity,
    signer_name: str,
    signer_role: str = "",
    *,
    workers: int = DEFAULT_WORKERS,
    progress_callback: ProgressCallback | None = None,
    cancel_event: threading.Event | None = None,
    start_method: str = "spawn",
    signed_at: datetime | None = None,
) -> BatchResult:
    """Sign every return in `items` as `signer_name` on a pool started for this batch (see BatchSigner)."""
    if not signer_name.strip():
        raise ValueError("A return must be signed by a named manager")
    if not items:
        return BatchResult((), (), False, signed_at)
    with BatchSigner(
        identity, workers=min(workers, -(-len(items) // CHUNK)), start_method=start_method
    ) as pool:
        return pool.sign(
            items,
            signer_name,
            signer_role,
            progress_callback=progress_callback,
            cancel_event=cancel_event,
            signed_at=signed_at,
        )
