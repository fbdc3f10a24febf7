"""Batch signing on a process pool: every return signed and verifiable, in order, with progress; cancellable."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from returns_helpers import content_for, identity

from desktop.services.returns import (
    BatchSigner,
    ReturnContent,
    ReturnKind,
    SignedReturn,
    content_from_dict,
    sign_batch,
    verify_pdf,
)
from desktop.services.returns.example import example_case

pytestmark = pytest.mark.slow  # starts worker processes


@pytest.fixture(scope="module")
def pool() -> Iterator[BatchSigner]:
    with BatchSigner(identity(), workers=2) as signer:
        signer.warm_up()
        yield signer


def _contents(n: int) -> list[ReturnContent]:
    return [
        content_for(
            example_case(serial=i), ReturnKind.MONTHLY_PROGRESS, start=date(2026, 3, 1), end=date(2026, 3, 31)
        )
        for i in range(n)
    ]


def test_batch_signs_every_return_in_order_with_progress() -> None:
    contents = _contents(10)
    seen: list[tuple[int, int]] = []
    result = sign_batch(
        contents,
        identity(),
        "Dana Whitfield",
        "Service Manager",
        progress_callback=lambda done, total: seen.append((done, total)),
    )
    assert not result.cancelled and result.failed == ()
    assert [s.document_id for s in result.signed] == [c.document_id for c in contents]
    assert seen[-1] == (10, 10) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    first: SignedReturn = result.signed[0]
    assert first.sha256 == hashlib.sha256(first.pdf).hexdigest()
    check = verify_pdf(first.pdf, [identity().certificate])
    assert check.intact and check.trusted and check.signer.startswith("Dana Whitfield for ")
    # What was signed is kept as canonical JSON, with the sign-off the batch filled in.
    signed_content = content_from_dict(json.loads(first.content_json))
    assert (
        signed_content.sign_off_name == "Dana Whitfield" and signed_content.document_id == first.document_id
    )


def test_cancelling_stops_the_batch_and_keeps_what_was_done(pool: BatchSigner) -> None:
    contents = _contents(40)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 4:
            cancel.set()

    result = pool.sign(contents, "Dana Whitfield", progress_callback=progress, cancel_event=cancel)
    assert result.cancelled
    # At most the chunks in flight (two per worker, four returns each) finish after the cancel.
    assert 4 <= len(result.signed) <= 4 + 2 * 2 * 4
    ids = [c.document_id for c in contents]
    positions = [ids.index(s.document_id) for s in result.signed]
    assert positions == sorted(positions)
    # The same pool signs the next batch completely.
    again = pool.sign(contents[:5], "Dana Whitfield")
    assert not again.cancelled and len(again.signed) == 5


def test_cancelled_before_it_starts_signs_nothing(pool: BatchSigner) -> None:
    cancel = threading.Event()
    cancel.set()
    result = pool.sign(_contents(6), "Dana Whitfield", cancel_event=cancel)
    assert result.cancelled and result.signed == ()


def test_a_batch_needs_a_named_manager(pool: BatchSigner) -> None:
    with pytest.raises(ValueError):
        sign_batch(_contents(1), identity(), " ")
    with pytest.raises(ValueError):
        pool.sign(_contents(1), "")
