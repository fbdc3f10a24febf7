"""`checkpoint-force figures`: the report's figures across providers, with reoffending within 12 months, on a
real (SQLCipher) force store fed by real bundles; and suppression across providers. SQLite only: the figures
read through the same ForceStore queries on both engines, which tests/test_force_*.py cover for PostgreSQL."""

from __future__ import annotations

import csv
import io
import stat
from datetime import date
from pathlib import Path

import pytest
from force_support import CSV, Force
from sync_support import NOW, identity, uid

from desktop.domain.disclosure import suppress_across
from desktop.domain.reports import Figure, Period, find
from desktop.force.figures import cross_provider_figures
from desktop.services.sync import Record, cert_pem, open_bundle

NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


def _contract(
    referral_id: str, state: str, signed: str, closed: str | None = None, reference: str = "DUR/24/0001"
) -> Record:
    data = {
        "referral_id": referral_id,
        "force_reference": reference,
        "state": state,
        "signed_on": signed,
        "end_date": "2027-03-05",
    }
    if closed:
        data["closed_on"] = closed
        data["outcome_reason"] = "" if state == "completed" else "moved away"
    return Record("contract_state", uid(), 1, data)


@pytest.fixture
def force(tmp_path: Path) -> Force:
    force = Force(tmp_path, None).create()
    with force.open() as ctx:
        ctx.store.add_partner("Second Ltd", cert_pem(identity("second").cert), NOW, "admin")
    (tmp_path / "referrals.csv").write_text(CSV)
    assert (
        force.run(
            "refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path / "sent"
        )
        == 0
    )
    [bundle] = (tmp_path / "sent").glob("*.cpbundle")
    opened = open_bundle(
        bundle.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert]
    )
    refs = {r.data["force_reference"]: r.id for r in opened.records}
    # Provider Ltd: 0001 signed 5 Nov, completed 20 Nov; 0002 signed 6 Nov, still active
    assert (
        force.run(
            "receive",
            force.provider_bundle(
                [
                    _contract(refs["DUR/24/0001"], "completed", "2026-11-05", "2026-11-20"),
                    _contract(refs["DUR/24/0002"], "active", "2026-11-06", reference="DUR/24/0002"),
                ],
                [],
            ),
        )
        == 0
    )
    # Second Ltd: a contract for a referral the force did not make (a walk-in), withdrawn
    assert (
        force.run(
            "receive",
            force.provider_bundle(
                [_contract(uid(), "withdrawn", "2026-11-10", "2026-11-15", reference="DUR/24/7777")],
                [],
                provider="second",
                name="Second Ltd",
            ),
        )
        == 0
    )
    assert (
        force.run(
            "report",
            "--ref",
            "DUR/24/0001",
            "--kind",
            "reoffended",
            "--offence",
            "Theft from a shop",
            "--offence-date",
            "2026-11-25",
            "--on",
            "2026-11-26",
        )
        == 0
    )
    return force


def test_figures_per_provider_and_all_together(force: Force) -> None:
    with force.open() as ctx:
        total, per = cross_provider_figures(ctx.store, NOV, as_of=date(2027, 12, 1))
    prov, second = per["Provider Ltd"], per["Second Ltd"]

    def v(figs, key, dimension="", category=""):
        return find(figs, key, dimension, category).value

    assert [
        v(total, k)
        for k in ("referrals_received", "contracts_signed", "contracts_ended", "contracts_active_at_end")
    ] == [2, 3, 2, 1]
    assert v(total, "contracts_ended", "outcome", "completed") == 1
    assert v(total, "completion_rate") == 50.0
    # everyone signed in November has had their 12 months by December 2027; 0001 offended again on 25 Nov
    assert [
        v(total, k) for k in ("reoffending_cohort", "reoffended_within_12_months", "reoffending_rate")
    ] == [3, 1, 33.3]
    assert [
        v(prov, k) for k in ("referrals_received", "contracts_signed", "completion_rate", "reoffending_rate")
    ] == [2, 2, 100.0, 50.0]
    assert [v(second, k) for k in ("referrals_received", "contracts_signed", "completion_rate")] == [
        0,
        1,
        0.0,
    ]
    assert v(second, "contracts_ended", "outcome", "withdrawn") == 1
    assert not [f for f in total if f.dimension == "eligibility"]
    with force.open() as ctx:
        total, _ = cross_provider_figures(ctx.store, NOV, as_of=date(2027, 11, 5))
    assert v(total, "reoffending_cohort") == 1  # 6 and 10 November signings: their year is not over yet


def test_cli_table_and_csv_are_suppressed_private_and_audited(force: Force, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert (
        force.run(
            "figures", "--from", "2026-11-01", "--to", "2026-11-30", "--today", "2027-12-01", user="ann"
        )
        == 0
    )  # an analyst may
    out = capsys.readouterr().out
    assert "All providers" in out and "Provider Ltd" in out and "Second Ltd" in out
    assert "Reoffending rate within 12 months" in out and "<5" in out and "Taylor" not in out
    target = tmp_path / "fig.csv"
    assert force.run("figures", "--from", "2026-11-01", "--to", "2026-11-30", "--out", target) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    by = {(r["provider"], r["figure"], r["category"]): r for r in rows}
    assert by[("All providers", "referrals_received", "")]["value"] == "<5"
    assert by[("Second Ltd", "referrals_received", "")]["value"] == "0"
    assert by[("Provider Ltd", "completion_rate", "")]["value"] == "suppressed"
    assert force.rows("SELECT count(*) FROM force_audit WHERE action = 'figures.export'") == [(1,)]


def test_cli_bad_period_is_one_line_exit_2(force: Force, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert force.run("figures", "--from", "2026-11-30", "--to", "2026-11-01") == 2
    err = capsys.readouterr().err
    assert "before it starts" in err and err.count("\n") == 1
    assert force.run("figures", "--from", "2026-11-01", "--to", "2026-11-30", "--out", tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err


def _flow(ended: int, completed: int, failed: int, withdrawn: int) -> list[Figure]:
    return [
        Figure("flow", "contracts_ended", ended, "contracts"),
        Figure("flow", "contracts_ended", completed, "contracts", "outcome", "completed"),
        Figure("flow", "contracts_ended", failed, "contracts", "outcome", "failed"),
        Figure("flow", "contracts_ended", withdrawn, "contracts", "outcome", "withdrawn"),
    ]


def test_suppression_across_providers() -> None:
    # B's 2 withdrawn is small, so B's next smallest part (8 failed) goes too (within B). The total's 7
    # completed is hidden (second part of its outcomes) and all 7 are A's: A's completed goes, then A's failed.
    total, per = suppress_across(_flow(30, 7, 21, 2), {"A": _flow(20, 7, 13, 0), "B": _flow(10, 0, 8, 2)})
    assert [s.text for s in total] == ["30", "suppressed", "21", "<5"]
    assert [s.text for s in per["A"]] == ["20", "suppressed", "suppressed", "0"]
    assert [s.text for s in per["B"]] == ["10", "0", "suppressed", "<5"]
    # one small provider among larger ones: its part is found by subtraction unless another is hidden
    total, per = suppress_across(
        [Figure("flow", "n", 12, "referrals")],
        {"A": [Figure("flow", "n", 9, "referrals")], "B": [Figure("flow", "n", 3, "referrals")]},
    )
    assert ([s.text for s in total], per["A"][0].text, per["B"][0].text) == (["12"], "suppressed", "<5")
