"""Golden text: the words of each kind of return for one fixed scenario, as poppler's pdftotext reads them,
compared line by line with tests/golden/<kind>.txt. A change in wording shows up here as a diff to review.

After a deliberate change, rewrite the files and read the diff before committing:

    UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q tests/test_returns_golden.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from returns_helpers import content_for

from desktop.domain import ContractState
from desktop.services.returns import ReturnKind, render_return
from desktop.services.returns.example import example_case

GOLDEN = Path(__file__).parent / "golden"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

SCENARIOS = {
    "contract_start": (
        lambda: example_case(),
        ReturnKind.CONTRACT_START,
        date(2026, 1, 12),
        date(2026, 1, 12),
        {},
    ),
    "monthly_progress": (
        lambda: example_case(),
        ReturnKind.MONTHLY_PROGRESS,
        date(2026, 2, 1),
        date(2026, 2, 28),
        {"narrative": "Rhiannon attended most sessions in February."},
    ),
    "non_compliance": (
        lambda: example_case(),
        ReturnKind.NON_COMPLIANCE,
        date(2026, 3, 1),
        date(2026, 3, 20),
        {},
    ),
    "final_withdrawn": (
        lambda: example_case(state=ContractState.WITHDRAWN, outcome_reason="Moved out of the force area"),
        ReturnKind.FINAL_OUTCOME,
        date(2026, 1, 12),
        date(2026, 5, 11),
        {"closed_by": "Dana Whitfield"},
    ),
    "final_completed": (
        lambda: example_case(state=ContractState.COMPLETED),
        ReturnKind.FINAL_OUTCOME,
        date(2026, 1, 12),
        date(2026, 5, 11),
        {},
    ),
}


def text_of(name: str, tmp_path: Path) -> str:
    make, kind, start, end, extra = SCENARIOS[name]
    content = content_for(make(), kind, start=start, end=end, clinical=(), **extra)
    content = replace(
        content,
        document_id=f"00000000-0000-4000-8000-0000000000{list(SCENARIOS).index(name):02d}",
        generated_at=datetime(2026, 5, 12, 9, 0, tzinfo=UTC),
    )
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render_return(content).pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    lines = [line.rstrip() for line in done.stdout.replace("\f", "\n").splitlines()]
    return "\n".join(line for line in lines if line) + "\n"


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_return_reads_as_the_golden_text(name: str, tmp_path: Path) -> None:
    got = text_of(name, tmp_path)
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden text yet: run with UPDATE_GOLDEN=1 and review {golden.name}"
    assert got == golden.read_text(encoding="utf-8")
