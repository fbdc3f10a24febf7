"""Render and sign many returns on every core, with progress and cancellation.

Each worker process loads the signing identity once (in its initializer) and then renders and signs chunks of
returns in memory. Workers are started with "spawn" by default: safe under a Qt application (forking a process
that runs Qt threads is not) and the only method on Windows. A frozen build must call
`multiprocessing.freeze_support()` in its entry point.

The key travels to the workers over the pool's private pipe, unencrypted, and is never written to disk.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace

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


def approve(content: ReturnContent, manager: str, role: str) -> ReturnContent:
    """The content with its sign-off filled in: the name and role are part of what is hashed and signed."""
    if not manager.strip():
        raise ValueError("A return must be signed by a named manager")
    return replace(content, sign_off_name=manager.strip(), sign_off_role=role.strip())


def sign_return(content: ReturnContent, signer: ReturnSigner, manager: str, role: str = "") -> SignedReturn:
    """Approve, render and sign one return: the PDF, its SHA-256, the content hash, code and canonical JSON."""
    approved = approve(content, manager, role)
    rendered = render_return(approved)
    signed = signer.sign(rendered, approved.document_id, approved.sign_off_name, approved.sign_off_role)
    return replace(signed, content_hash=rendered.content_hash, short_code=rendered.short_code,
                   content_json=canonical_json(approved))


# One signer per worker process, set by the pool's initializer: the usual ProcessPoolExecutor pattern.
_worker_signer: ReturnSigner | None = None


def _init_worker(identity_pem: bytes) -> None:
    global _worker_signer
    _worker_signer = ReturnSigner(SigningIdentity.from_bytes(identity_pem, None))


def _sign_chunk(contents: list[ReturnContent], manager: str, role: str) -> list[SignedReturn | tuple[str, str]]:
    signer = _worker_signer
    if signer is None:
        raise RuntimeError("worker not initialised")
    out: list[SignedReturn | tuple[str, str]] = []
    for content in contents:
        try:
            out.append(sign_return(content, signer, manager, role))
        except (ValueError, RuntimeError) as exc:
            out.append((content.document_id, str(exc)))
    return out


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
) -> BatchResult:
    """Sign every return in `items` as `signer_name`. Blocks: call it off the GUI thread.

    `progress_callback(done, total)` is called from this thread after each chunk. Setting `cancel_event` stops
    the batch within about a chunk's time; the returns finished so far are kept in the result.
    """
    if not signer_name.strip():
        raise ValueError("A return must be signed by a named manager")
    total = len(items)
    if total == 0:
        return BatchResult((), (), False)
    chunks = [list(items[i:i + CHUNK]) for i in range(0, total, CHUNK)]
    results: dict[int, list[SignedReturn | tuple[str, str]]] = {}
    cancelled = False
    done = 0
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(chunks))), mp_context=context,
                             initializer=_init_worker, initargs=(identity.to_bytes(None),)) as pool:
        pending: dict[Future[list[SignedReturn | tuple[str, str]]], int] = {}
        queue = iter(enumerate(chunks))

        def submit_next() -> None:
            # Chunks are handed out as workers free up (two in flight per worker), so a cancel waits for
            # at most those, not for everything already queued.
            nxt = next(queue, None)
            if nxt is not None and not (cancel_event is not None and cancel_event.is_set()):
                pending[pool.submit(_sign_chunk, nxt[1], signer_name, signer_role)] = nxt[0]

        for _ in range(2 * workers):
            submit_next()
        while pending:
            if cancel_event is not None and cancel_event.is_set():
                cancelled = True
                for future in pending:
                    future.cancel()
                break
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                results[index] = future.result()
                done += len(results[index])
                if progress_callback is not None:
                    progress_callback(done, total)
                submit_next()
    for future, index in pending.items():  # chunks that were already running when the batch was cancelled
        if future.done() and not future.cancelled() and future.exception() is None:
            results[index] = future.result()
    if cancel_event is not None and cancel_event.is_set() and len(results) < len(chunks):
        cancelled = True
    signed: list[SignedReturn] = []
    failed: list[tuple[str, str]] = []
    for index in sorted(results):
        for entry in results[index]:
            if isinstance(entry, SignedReturn):
                signed.append(entry)
            else:
                failed.append(entry)
    return BatchResult(tuple(signed), tuple(failed), cancelled)
