"""The force's decision: `checkpoint-force decide` queues it, the bundle carries it, the provider records it
and the open contract closes on it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sync_provider_support import WHEN, ForceSide, csv_rows, provider_store

from desktop.cli.force import main
from desktop.domain import ContractState, default_conditions
from desktop.force.reports import report
from desktop.force.send import send_queued
from desktop.force.store import ForceStoreError
from desktop.services.sync_provider import apply_import, open_incoming, preview_import


@pytest.fixture
def force(tmp_path: Path):
    side = ForceSide(tmp_path / "force")
    yield side
    side.close()


def _person(store, name: str) -> str:
    return next(r.person_id for r in store.cases.caseload(datetime(2026, 11, 26, 12)) if r.name == name)


def _import(store, path: Path):
    return apply_import(store, open_incoming(store, path.read_bytes()), WHEN, path.name)


def test_decide_on_the_command_line_then_the_provider_closes_the_contract(tmp_path, force, capsys) -> None:
    store = provider_store(tmp_path / "store", force)
    try:
        _import(store, force.refer(csv_rows(("DUR/D1", "Dee", "Cided"), ("DUR/D2", "Ann", "Other"))))
        pid = _person(store, "Dee Cided")
        store.cases.sign_contract(pid, date(2026, 11, 10), default_conditions(""))
        passfile = tmp_path / "pass.txt"
        passfile.write_text("force passphrase\n")
        base = ["--user", "dana", "--passphrase-file", str(passfile)]
        force.close()  # the CLI opens the force folder itself
        assert (
            main(
                [
                    "decide",
                    str(tmp_path / "force"),
                    "--ref",
                    "DUR/D1",
                    "--decision",
                    "charge",
                    "--date",
                    "2026-11-25",
                    "--note",
                    "second offence",
                    *base,
                ]
            )
            == 0
        )
        assert "Queued the decision (charge, 2026-11-25) for DUR/D1" in capsys.readouterr().out
        assert (
            main(
                [
                    "decide",
                    str(tmp_path / "force"),
                    "--ref",
                    "DUR/D1",
                    "--decision",
                    "nfa",
                    "--date",
                    "2026-11-25",
                    *base,
                ]
            )
            == 2
        )
        assert "has a decision already (charge on 2026-11-25)" in capsys.readouterr().err
        assert (
            main(
                [
                    "decide",
                    str(tmp_path / "force"),
                    "--ref",
                    "DUR/D1",
                    "--decision",
                    "caution",
                    "--date",
                    "2026-11-25",
                    *base,
                ]
            )
            == 2
        )
        from desktop.force.session import open_force

        force.ctx = open_force(tmp_path / "force", "dana", "force passphrase", clock=lambda: WHEN)
        force.store = force.ctx.store
        out = send_queued(force.ctx, "Provider Ltd", force.out, WHEN)
        assert out is not None
        incoming = open_incoming(store, out.file.path.read_bytes())
        assert any(
            "the force decided charge on 25 Nov 2026; the open contract closes on it" in line
            for line in preview_import(store, incoming).lines()
        )
        apply_import(store, incoming, WHEN, out.file.path.name)
        case = store.cases.load_case(pid)
        assert case.referral is not None and case.referral.decision == "charge"
        assert case.referral.decision_label == "Charge on 25 Nov 2026 (second offence)"
        assert case.contract is not None and case.contract.state is ContractState.WITHDRAWN
        assert case.contract.outcome_reason == "closed on the force's decision: charge"
        actions = [e.action for e in store.cases.timeline(pid)]
        assert "referral.decision" in actions and "contract.close" in actions
        other = store.cases.load_case(_person(store, "Ann Other"))
        assert other.referral is not None and other.referral.decision == ""
    finally:
        store.close()


def test_a_decision_after_a_completed_contract_is_recorded_without_reopening_anything(
    tmp_path, force
) -> None:
    store = provider_store(tmp_path / "store", force)
    try:
        _import(
            store,
            force.refer(
                csv_rows(
                    ("DUR/N1", "Nia", "Done"),
                )
            ),
        )
        pid = _person(store, "Nia Done")
        contract = store.cases.sign_contract(pid, date(2026, 7, 1), default_conditions(""))
        store.cases.close_contract(contract, ContractState.COMPLETED, date(2026, 11, 1), "")
        report(force.ctx, "decision", "DUR/N1", decision="nfa", on="2026-11-20")
        with pytest.raises(ForceStoreError, match="--date is in the future"):
            report(force.ctx, "decision", "DUR/N1", decision="nfa", on="2026-12-20")
        with pytest.raises(ForceStoreError, match="no referral 'DUR/XX'"):
            report(force.ctx, "decision", "DUR/XX", decision="nfa", on="2026-11-20")
        out = send_queued(force.ctx, "Provider Ltd", force.out, WHEN)
        assert out is not None
        _import(store, out.file.path)
        case = store.cases.load_case(pid)
        assert (
            case.referral is not None and case.referral.decision_label == "No further action on 20 Nov 2026"
        )
        assert case.contract is not None and case.contract.state is ContractState.COMPLETED
    finally:
        store.close()
