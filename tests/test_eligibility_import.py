"""The force's CSV carries the eligibility facts; `refer` and the provider's import warn on ineligible rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_provider_support import CSV_HEADER, WHEN, ForceSide, provider_store

from desktop.force.referrals import read_referral_csv, refer
from desktop.force.store import ForceStoreError
from desktop.services.sync_provider import apply_import, open_incoming, preview_import

HEADER = CSV_HEADER.rstrip("\n") + ",in_area,hate_crime,on_bail\n"
ROWS = (
    "DUR/1,Adult,Fine,1990-04-02,Possession of cannabis,2026-11-01,2026-11-03,PC 1,yes,no,no\n"
    "DUR/2,Young,Teen,2012-05-01,Possession of cannabis,2026-11-01,2026-11-03,PC 1,yes,no,\n"
    "DUR/3,Old,Offence,1980-01-01,Possession of cannabis,2025-01-10,2026-11-03,PC 1,,yes,no\n"
)


def test_each_ineligible_row_is_warned_by_row_and_criterion_and_still_read() -> None:
    warnings: list[str] = []
    records = read_referral_csv((HEADER + ROWS).encode(), "Durham", warnings)
    assert len(records) == 3
    assert warnings == [
        "row 3: not eligible: Aged 18 or over: no (the person was 14 on the offence date)",
        "row 4: not eligible: Offence less than 3 months old: no (the offence was 662 days before the referral)",
        "row 4: not eligible: Hate crime: yes",
    ]
    first = {a["question_id"]: a["answer"] for a in records[0].data["eligibility"]}
    assert first == {"adult": True, "in_area": True, "recent": True, "hate_crime": False, "on_bail": False}
    assert "Teen" not in " ".join(warnings)  # rows are named by number, never by value


def test_a_cell_that_is_not_yes_or_no_is_refused_by_row_and_column() -> None:
    bad = HEADER + ROWS.replace(",yes,no,no\n", ",maybe,no,no\n", 1)
    with pytest.raises(ForceStoreError, match="row 2: in_area must be yes or no"):
        read_referral_csv(bad.encode(), "Durham")


@pytest.fixture
def force(tmp_path: Path):
    side = ForceSide(tmp_path / "force")
    yield side
    side.close()


def test_refer_warns_and_the_provider_import_warns_and_records_the_facts(
    tmp_path: Path, force: ForceSide
) -> None:
    store = provider_store(tmp_path / "store", force)
    try:
        result = refer(force.ctx, "Provider Ltd", (HEADER + ROWS).encode(), force.out, WHEN)
        assert result.referred == 3 and len(result.warnings) == 3
        assert result.bundle is not None
        incoming = open_incoming(store, result.bundle.read_bytes())
        lines = preview_import(store, incoming).lines()
        teen = next(line for line in lines if "DUR/2" in line)
        assert "warning: not eligible: Aged 18 or over: no (the person was 14 on the offence date)" in teen
        assert "warning" not in next(line for line in lines if "DUR/1" in line)
        apply_import(store, incoming, WHEN, result.bundle.name)
        rows = {r.force_reference: r.person_id for r in store.cases.caseload(WHEN.replace(tzinfo=None))}
        teen_ref = store.cases.load_case(rows["DUR/2"]).referral
        assert teen_ref is not None and not teen_ref.eligible
        assert [a.question_id for a in teen_ref.failed_eligibility] == ["adult"]
    finally:
        store.close()
