"""A return's signing moment comes from the store's clock (issue 13, "one clock"): the store's `signed_at`, the
signed PDF's /M and its visible stamp all carry the same fixed moment, not this machine's wall clock."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from returns_store_fixtures import RET_NOW, ReturnsStore, build_returns_store, copy_store, open_as

from desktop.domain.clock import aware_utc
from desktop.services.returns import BatchSigner, ReturnSigner, verify_pdf
from desktop.services.returns.batch import sign_return
from desktop.services.returns_workflow import ReturnWorkflow

FIXED = aware_utc(RET_NOW)  # the store's clock in these stores, weeks from the wall clock's today


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("signed_at") / "template")


def _m_entry(pdf: bytes) -> str:
    """The signature dictionary's /M (PDF date text, D:YYYYMMDDHHmmSS...)."""
    reader = PdfReader(io.BytesIO(pdf))
    widgets = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    (sig,) = [w for w in widgets if w.get("/FT") == "/Sig"]
    return str(sig["/V"].get_object()["/M"])


def _stamp(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    widgets = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    (sig,) = [w for w in widgets if w.get("/FT") == "/Sig"]
    return str(sig["/AP"]["/N"].get_object().get_data().decode("latin-1"))


def test_a_return_signed_with_a_fixed_clock_carries_that_moment_in_the_store_and_on_the_pdf(
    template: ReturnsStore, tmp_path: Path
) -> None:
    assert abs((datetime.now(UTC) - FIXED).days) >= 1  # else the test could not tell the clocks apart
    rs = copy_store(template, tmp_path / "store")
    with open_as(rs, "manager") as store:
        assert store.now() == FIXED
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-10", RET_NOW)
        target = next(r for r in wf.repo.list() if r.kind == "monthly_progress")
        (content,) = wf.prepare([target.id], RET_NOW)
        identity = wf.identity()
        assert identity is not None
        name, role = wf.signer()
        # the GUI's path in one process: the moment is taken when approving, signed with, then stored
        signed = sign_return(content, ReturnSigner(identity), name, role, store.now())
        wf.store_signed([signed], store.now())
        row = wf.repo.get(target.id)
        assert row.signed_at == FIXED
        assert row.pdf is not None
        found = verify_pdf(row.pdf)
        assert found.intact and found.signing_time == FIXED
        assert _m_entry(row.pdf).startswith(FIXED.strftime("D:%Y%m%d%H%M%S"))
        shown = FIXED.strftime("%d %b %Y %H:%M:%S UTC").replace(":", "\\072")  # as the PDF string escapes it
        assert f"/ActualText (Signed {shown}" in _stamp(row.pdf)
        wf.export(row.id, tmp_path / "outbox")
        assert wf.repo.get(row.id).exported_at == FIXED


def test_without_a_given_moment_a_stored_return_still_takes_the_stores_clock(
    template: ReturnsStore, tmp_path: Path
) -> None:
    rs = copy_store(template, tmp_path / "store")
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-10", RET_NOW)
        target = next(r for r in wf.repo.list() if r.kind == "monthly_progress")
        (content,) = wf.prepare([target.id], RET_NOW)
        identity = wf.identity()
        assert identity is not None
        name, role = wf.signer()
        wf.store_signed([sign_return(content, ReturnSigner(identity), name, role)])
        assert wf.repo.get(target.id).signed_at == FIXED


@pytest.mark.slow  # worker processes sign
def test_approve_and_sign_on_a_pool_stamps_the_stores_moment_on_every_pdf(
    template: ReturnsStore, tmp_path: Path
) -> None:
    rs = copy_store(template, tmp_path / "store")
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-10", RET_NOW)
        ids = [r.id for r in wf.repo.list(month="2026-10")]
        identity = wf.identity()
        assert identity is not None
        with BatchSigner(identity, workers=1) as pool:
            outcome = wf.approve_and_sign(ids, pool=pool)
        assert len(outcome.signed) == len(ids) > 1
        for stored in outcome.signed:
            row = wf.repo.get(stored.id)
            assert row.signed_at == FIXED and row.pdf is not None
            assert verify_pdf(row.pdf).signing_time == FIXED
