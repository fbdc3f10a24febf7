"""Variations of a signed contract: each with a reason; the store keeps and audits them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from store_fixtures import make_store, new_person

from desktop.domain import (
    ConditionStatus,
    ConditionType,
    Contract,
    ContractState,
    DomainError,
    default_conditions,
)
from desktop.domain.contract import catalogue_condition
from desktop.domain.variations import (
    VariationKind,
    add_condition,
    extend,
    pause,
    resume,
    vary_condition,
    withdraw_condition,
)
from desktop.storage.store import CaseStore

SIGNED = date(2026, 10, 1)
C = Contract("p").sign(SIGNED)
CONDS = default_conditions(C.id)


def test_every_variation_needs_a_reason_and_an_active_contract() -> None:
    with pytest.raises(DomainError, match="Give a reason"):
        pause(C, date(2026, 10, 5), "  ")
    closed = C.transition(ContractState.COMPLETED, date(2026, 11, 1))
    with pytest.raises(DomainError, match="Only an active contract"):
        extend(closed, date(2027, 3, 1), date(2026, 11, 2), "late start")
    with pytest.raises(DomainError, match="before the contract was signed"):
        pause(C, date(2026, 9, 1), "hospital")


def test_vary_the_target_and_wording_and_a_bad_target_is_refused() -> None:
    drugs = CONDS[2]
    after, v = vary_condition(
        C,
        drugs,
        date(2026, 10, 10),
        "clinic closed two weeks",
        target=4,
        title="Attend four drug treatment sessions",
    )
    assert after.target == 4 and after.title == "Attend four drug treatment sessions"
    assert v.kind is VariationKind.VARY and "target 6 -> 4 sessions" in v.detail
    with pytest.raises(DomainError, match="Nothing to vary"):
        vary_condition(C, drugs, date(2026, 10, 10), "why", target=6)
    with pytest.raises(DomainError, match="between 18 and 36"):
        vary_condition(C, CONDS[4], date(2026, 10, 10), "more", target=40)


def test_add_respects_the_cap_and_withdraw_makes_room_but_never_for_offending() -> None:
    gps = catalogue_condition("", ConditionType.GPS_TAG)
    with pytest.raises(DomainError, match="at most 5"):
        add_condition(C, CONDS, gps, date(2026, 10, 10), "court asked")
    with pytest.raises(DomainError, match="cannot be withdrawn"):
        withdraw_condition(C, CONDS[0], date(2026, 10, 10), "no")
    hours, v = withdraw_condition(C, CONDS[4], date(2026, 10, 10), "placement closed")
    assert hours.status is ConditionStatus.WAIVED and hours.evidence[-1].text.endswith("placement closed")
    added, v2 = add_condition(C, [*CONDS[:4], hours], gps, date(2026, 10, 11), "in place of community work")
    assert added.contract_id == C.id and added.position == 5 and v2.kind is VariationKind.ADD


def test_extend_within_the_scheme_maximum_and_pause_moves_the_end_on() -> None:
    longer, v = extend(C, date(2027, 3, 1), date(2026, 11, 1), "illness")
    assert longer.end_date == date(2027, 3, 1) and "01 Feb 2027 -> 01 Mar 2027" in v.detail
    with pytest.raises(DomainError, match="at most 183 days"):
        extend(C, SIGNED + timedelta(days=200), date(2026, 11, 1), "illness")
    paused, _ = pause(C, date(2026, 11, 1), "in hospital")
    with pytest.raises(DomainError, match="paused already"):
        pause(paused, date(2026, 11, 2), "again")
    back, v = resume(paused, date(2026, 11, 15), "out of hospital")
    assert back.paused_on is None and back.end_date == C.end_date + timedelta(days=14)
    assert "after 14 day(s) paused" in v.detail


def test_the_store_keeps_each_variation_audited_with_its_reason(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    try:
        person, referral, consent = new_person(ref="NS/26/VARY")
        store.cases.add_referral(person, referral, consent)
        contract = store.cases.sign_contract(person.id, SIGNED, default_conditions(""))
        case = store.cases.load_case(person.id)
        after, v = vary_condition(contract, case.conditions[2], date(2026, 10, 10), "clinic closed", target=4)
        store.cases.record_variation(v, condition=after)
        contract = store.cases.load_case(person.id).contract
        assert contract is not None
        paused, v = pause(contract, date(2026, 11, 1), "in hospital")
        store.cases.record_variation(v, contract=paused)
        case = store.cases.load_case(person.id)
        assert case.conditions[2].target == 4 and case.contract is not None and case.contract.paused
        kinds = [x.kind for x in store.cases.variations(case.contract.id)]
        assert kinds == [VariationKind.VARY, VariationKind.PAUSE]
        audit = [e for e in store.cases.timeline(person.id) if e.action == "contract.variation"]
        assert sorted(e.detail for e in audit) == ["pause: in hospital", "vary: clinic closed"]
        with pytest.raises(DomainError, match="paused already"):
            pause(case.contract, date(2026, 11, 3), "again")
    finally:
        store.close()


def test_a_variation_goes_to_the_force_in_the_next_bundle(tmp_path: Path) -> None:
    from sqlalchemy import select
    from sync_provider_support import FORCE, WHEN, ForceSide, csv_rows, provider_store

    from desktop.force.models import ProviderRecord
    from desktop.services.sync_provider import apply_import, export_bundle, open_incoming

    force = ForceSide(tmp_path / "force")
    store = provider_store(tmp_path / "store", force)
    try:
        path = force.refer(
            csv_rows(
                ("DUR/V1", "Val", "Varied"),
            )
        )
        apply_import(store, open_incoming(store, path.read_bytes()), WHEN, path.name)
        pid = store.cases.caseload(WHEN.replace(tzinfo=None))[0].person_id
        contract = store.cases.sign_contract(pid, date(2026, 11, 10), default_conditions(""))
        export_bundle(store, FORCE, tmp_path / "outbox", WHEN)  # the contract as signed
        longer, v = extend(contract, date(2027, 4, 1), date(2026, 11, 20), "started late: in hospital")
        store.cases.record_variation(v, contract=longer)
        out = export_bundle(store, FORCE, tmp_path / "outbox", WHEN)
        assert out.counts.get("contract_variation") == 1 and out.counts.get("contract_state") == 1
        force.receive(out.path)
        with force.store.transaction() as s:
            [data] = s.scalars(
                select(ProviderRecord.data).where(ProviderRecord.type == "contract_variation")
            ).all()
        assert (data["force_reference"], data["kind"], data["on"], data["reason"]) == (
            "DUR/V1",
            "extend",
            "2026-11-20",
            "started late: in hospital",
        )
        assert data["detail"] == "end date 10 Mar 2027 -> 01 Apr 2027"
        assert export_bundle(store, FORCE, tmp_path / "outbox", WHEN).counts.get("contract_variation") is None
    finally:
        store.close()
        force.close()


def test_the_next_return_lists_the_variation_and_the_start_notice_the_override(tmp_path: Path) -> None:
    from desktop.domain.eligibility import override
    from desktop.services.returns import build_return_content
    from desktop.services.returns.model import ReturnKind
    from desktop.services.returns.render import render_return

    store = make_store(tmp_path / "store")
    try:
        person, referral, consent = new_person(ref="NS/26/NOTE")
        answers = tuple(
            override(a, "bail is for an unrelated driving matter", by_manager=True)
            if a.question_id == "on_bail"
            else a
            for a in (
                replace(x, answer=True) if x.question_id == "on_bail" else x for x in referral.eligibility
            )
        )
        store.cases.add_referral(person, replace(referral, eligibility=answers), consent)
        contract = store.cases.sign_contract(person.id, SIGNED, default_conditions(""))
        longer, v = extend(contract, date(2027, 3, 1), date(2026, 11, 20), "started late: in hospital")
        store.cases.record_variation(v, contract=longer)
        case = store.cases.load_case(person.id)
        common = dict(
            provider="P",
            force_name="F",
            keyworker="K",
            generated_at=datetime(2026, 12, 1, 9),
            variations=store.cases.variations(longer.id),
        )
        start = build_return_content(
            case, ReturnKind.CONTRACT_START, period_start=SIGNED, period_end=SIGNED, **common
        )
        assert start.contract_notes == (
            "Eligibility: 'On bail for other matters' failed and was let through by "
            "a manager (reason: bail is for an unrelated driving matter)",
        )
        monthly = build_return_content(
            case,
            ReturnKind.MONTHLY_PROGRESS,
            period_start=date(2026, 11, 1),
            period_end=date(2026, 11, 30),
            **common,
        )
        assert monthly.contract_notes == (
            "Variation on 20 Nov 2026: end date 01 Feb 2027 -> 01 Mar 2027 "
            "(reason: started late: in hospital)",
        )
        october = build_return_content(
            case,
            ReturnKind.MONTHLY_PROGRESS,
            period_start=date(2026, 10, 1),
            period_end=date(2026, 10, 31),
            **common,
        )
        assert october.contract_notes == ()
        assert render_return(monthly).pdf.startswith(b"%PDF")
    finally:
        store.close()


def test_vary_from_the_command_line_with_one_line_refusals(tmp_path: Path, capsys) -> None:
    from store_fixtures import NOW, PASS

    from desktop.cli.main import main

    folder = tmp_path / "store"
    store = make_store(folder)
    person, referral, consent = new_person(ref="NS/26/CLI")
    store.cases.add_referral(person, referral, consent)
    store.cases.sign_contract(person.id, NOW.date() - timedelta(days=20), default_conditions(""))
    store.close()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    base = [str(folder), "--user", "admin", "--passphrase-file", str(passfile), "--reference", "NS/26/CLI"]
    day = (NOW.date() - timedelta(days=1)).isoformat()
    assert (
        main(
            [
                "contract",
                "vary",
                *base,
                "--condition",
                "3",
                "--target",
                "4",
                "--on",
                day,
                "--reason",
                "clinic closed",
            ]
        )
        == 0
    )
    assert "'Attend drug treatment sessions' varied: target 6 -> 4 sessions" in capsys.readouterr().out
    assert main(["contract", "add", *base, "--type", "gps_tag", "--on", day, "--reason", "court asked"]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "checkpoint-desk: A contract has at most 5 conditions; 6 are chosen"
    )
    assert main(["contract", "withdraw", *base, "--condition", "1", "--on", day, "--reason", "x"]) == 2
    assert "cannot be withdrawn" in capsys.readouterr().err
    assert main(["contract", "pause", *base, "--on", day, "--reason", "hospital"]) == 0
    reopened = CaseStore.open(folder, "admin", PASS)
    try:
        case = reopened.cases.load_case(person.id)
        assert case.contract is not None and case.contract.paused and case.conditions[2].target == 4
        assert [v.kind for v in reopened.cases.variations(case.contract.id)] == [
            VariationKind.VARY,
            VariationKind.PAUSE,
        ]
    finally:
        reopened.close()
