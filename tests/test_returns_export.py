"""Writing signed returns to the outbox: atomic, named without the person's name, never overwritten."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from returns_helpers import content_for, identity

from desktop.services.returns import ExportError, ReturnSigner, SignedReturn, export_signed, sign_return
from desktop.services.returns.example import example_case


@pytest.fixture(scope="module")
def signed() -> SignedReturn:
    return sign_return(content_for(example_case()), ReturnSigner(identity()), "Dana Whitfield", "Manager")


def test_export_writes_the_exact_bytes_under_a_name_without_the_persons_name(
    signed: SignedReturn, tmp_path: Path
) -> None:
    path = export_signed(signed, tmp_path / "outbox")
    assert path.read_bytes() == signed.pdf
    assert path.name == f"DUR-26-01041_monthly_progress_2026-03-31_{signed.short_code}.pdf"
    assert "Rhiannon" not in path.name and "Pryce" not in path.name
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert export_signed(signed, tmp_path / "outbox") == path  # the same return again is fine


def test_export_never_overwrites_a_different_file(signed: SignedReturn, tmp_path: Path) -> None:
    path = export_signed(signed, tmp_path)
    path.write_bytes(b"something else")
    with pytest.raises(ExportError, match="never replaced"):
        export_signed(signed, tmp_path)
    assert path.read_bytes() == b"something else"


def test_export_refuses_bytes_that_do_not_match_their_hash(signed: SignedReturn, tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export_signed(replace(signed, pdf=signed.pdf + b"\n"), tmp_path)
    assert list(tmp_path.iterdir()) == []
