"""Provider <-> force with the real `checkpoint-force` code: referrals in, records out, acknowledgements back;
reoffending, withdrawals, ownership and conflicts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_fixtures import new_person
from sync_provider_support import (
    FORCE,
    WHEN,
    ForceSide,
    csv_rows,
    provider_store,
    reoffending,
    withdrawal,
)

from desktop.domain import (
    ComplianceLevel,
    ConditionStatus,
    ConditionType,
    ContractState,
    Evidence,
    default_conditions,
)
from desktop.force.models import ProviderRecord
from desktop.services.sync_provider import apply_import, export_bundle, open_incoming, preview_import
from desktop.storage.records import AuditRecord
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository


@pytest.fixture
def force(tmp_path: Path):
    side = ForceSide(tmp_path / "force")
    yield side
    side.close()


@pytest.fixture
def store(tmp_path: Path, force: ForceSide):
    s = provider_store(tmp_path / "store", force)
    yield s
    s.close()


def _import(store: CaseStore, path: Path):
    return apply_import(store, open_incoming(store, path.read_bytes()), WHEN, path.name)


def _person(store: CaseStore, name: str) -> str:
    return next(r.person_id for r in store.cases.caseload(datetime(2026, 11, 26, 12)) if r.name == name)


def _signed(store: CaseStore, person_id: str) -> None:
    store.cases.sign_contract(person_id, date(2026, 11, 10), default_conditions(""))


def test_full_round_trip_referral_in_records_out_acknowledgement_back(store, force, tmp_path):
    bundle = force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"), ("DUR/24/0002", "Alex", "Morgan")))
    preview = preview_import(store, open_incoming(store, bundle.read_bytes()))
    assert [c.kind for c in preview.changes] == ["new_referral", "new_referral"]
    assert "New referral: Sam Taylor (DUR/24/0001), Possession of cannabis" in preview.lines()[1]
    assert store.cases.caseload() == []  # the preview wrote nothing

    result = _import(store, bundle)
    rows = {r.name: r for r in store.cases.caseload()}
    assert set(rows) == {"Sam Taylor", "Alex Morgan"}
    assert rows["Sam Taylor"].keyworker == "unassigned"
    sam = _person(store, "Sam Taylor")
    assert sam in result.person_ids
    case = store.cases.load_case(sam)
    assert (case.person.force_reference, case.referral.officer, case.referral.offence) == (
        "DUR/24/0001",
        "PC 1234 Jones",
        "Possession of cannabis",
    )
    assert [e.action for e in store.cases.timeline(sam)][-1] == "referral.create"

    _signed(store, sam)
    out = export_bundle(store, FORCE, tmp_path / "outbox", WHEN)
    assert out.counts == {"ack": 1, "attendance_summary": 1, "condition_status": 5, "contract_state": 1}
    received = force.receive(out.path)
    assert (received.applied, received.acks, received.conflicts) == (7, 1, [])
    with force.store.transaction() as s:
        states = s.scalars(select(ProviderRecord.data).where(ProviderRecord.type == "contract_state")).all()
    assert [(d["force_reference"], d["state"]) for d in states] == [("DUR/24/0001", "active")]

    assert received.ack_file is not None
    ack_result = _import(store, received.ack_file)
    assert [c.text for c in ack_result.preview.changes] == ["Our bundle #1 acknowledged"]
    [sent] = SyncRepository(store).bundles(direction="sent")
    assert sent.acknowledged_at is not None and sent.result == "applied"
    assert export_bundle(store, FORCE, tmp_path / "outbox", WHEN).path is None  # nothing new; acks not acked
    assert store.audit_check().ok


def test_export_sends_only_what_changed_and_is_idempotent(store, force, tmp_path):
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    first = export_bundle(store, FORCE, tmp_path / "out", WHEN)
    assert first.sequence == 1
    assert export_bundle(store, FORCE, tmp_path / "out", WHEN).path is None
    victim = next(c for c in store.cases.load_case(sam).conditions if c.type is ConditionType.VICTIM)
    store.cases.change_condition_status(
        victim, ConditionStatus.MET, Evidence(date(2026, 11, 20), "Letter sent")
    )
    second = export_bundle(store, FORCE, tmp_path / "out", WHEN)
    assert (second.sequence, second.counts) == (2, {"condition_status": 1})
    force.receive(first.path)
    received = force.receive(second.path)
    assert received.applied == 1
    with force.store.transaction() as s:
        row = s.get(ProviderRecord, (s.scalar(select(ProviderRecord.partner_id)), victim.id))
        assert (row.version, row.data["status"]) == (2, "met")
    assert len(list((tmp_path / "out").glob("*.cpbundle"))) == 2


def test_reoffending_news_turns_the_person_not_complying_at_once(store, force):
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    [row] = store.cases.caseload(datetime(2026, 11, 26, 12))
    assert row.compliance.level is ComplianceLevel.ON_TRACK
    result = _import(
        store, force.send([reoffending(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "reoffending")
    )
    assert "offending condition becomes Not met" in result.preview.changes[0].text
    [row] = store.cases.caseload(datetime(2026, 11, 26, 12))
    assert row.compliance.level is ComplianceLevel.NOT_COMPLYING
    assert row.compliance.level.label == "Not complying"
    offending = next(c for c in store.cases.load_case(sam).conditions if c.type is ConditionType.OFFENDING)
    assert offending.status is ConditionStatus.NOT_MET
    assert offending.evidence[-1].on == date(2026, 11, 24)
    assert offending.evidence[-1].text.startswith("force notified on 2026-11-24 of an offence on 2026-11-20")


def test_withdrawal_closes_the_contract_with_the_forces_reason(store, force):
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    _import(store, force.send([withdrawal(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "withdrawal"))
    contract = store.cases.load_case(sam).contract
    assert contract.state is ContractState.WITHDRAWN
    assert contract.closed_on == date(2026, 11, 25)
    assert contract.outcome_reason == "withdrawn by the force: charged after all"


def test_a_referral_for_a_reference_we_hold_updates_the_forces_facts_only(store, force):
    person, referral, consent = new_person("Samuel", "Tailor", "DUR/24/0001")
    from dataclasses import replace

    store.cases.add_referral(
        replace(person, phone="07700 900000"), replace(referral, officer="PC ?"), consent
    )
    result = _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    assert "Link Samuel Tailor (DUR/24/0001)" in result.preview.changes[0].text
    case = store.cases.load_case(person.id)
    assert (case.person.first_name, case.person.last_name, case.person.phone) == (
        "Sam",
        "Taylor",
        "07700 900000",
    )
    assert case.referral.officer == "PC 1234 Jones"
    assert [r.name for r in store.cases.caseload()] == ["Sam Taylor"]  # linked, not duplicated


def test_out_of_order_bundles_name_the_gap_then_fill_it(store, force):
    first = force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor")))
    second = force.send([withdrawal(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "withdrawal")
    early = open_incoming(store, second.read_bytes())
    assert early.verdict.reason == "gap: bundle 1 from this sender not received yet"
    preview = preview_import(store, early)
    assert preview.sequence_note.startswith("gap: bundle 1")
    assert preview.conflicts[0].pending and "not received from this force yet" in preview.conflicts[0].reason
    apply_import(store, early, WHEN)
    assert [c.state for c in SyncRepository(store).open_conflicts()] == ["pending"]

    late = open_incoming(store, first.read_bytes())
    assert late.verdict.reason == "late bundle: sequence 1 fills a gap"
    result = apply_import(store, late, WHEN)
    assert [c.kind for c in result.preview.changes] == [
        "new_referral",
        "note",
    ]  # the withdrawal, waiting, applied
    assert SyncRepository(store).open_conflicts() == []
    assert [r.name for r in store.cases.caseload()] == ["Sam Taylor"]


def test_reoffending_for_a_person_without_an_active_contract_is_shown_not_applied(store, force):
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    result = _import(
        store, force.send([reoffending(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "reoffending")
    )
    [conflict] = result.preview.conflicts
    assert "Sam Taylor" in conflict.reason and "no contract" in conflict.reason
    assert "Sam Taylor" not in conflict.for_force  # the acknowledgement names no one
    [open_] = SyncRepository(store).open_conflicts()
    assert open_.state == "conflict" and open_.person_id == _person(store, "Sam Taylor")
    [received] = [b for b in SyncRepository(store).bundles(direction="received") if b.sequence == 2]
    assert received.result == "applied_with_conflicts"
    assert received.conflicts == [
        {"record_id": conflict.record.id, "reason": "not applied: the person has no contract"}
    ]


def test_every_import_and_export_is_in_the_audit_log(store, force, tmp_path):
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    export_bundle(store, FORCE, tmp_path / "out", WHEN)
    with store.session() as s:
        actions = list(
            s.execute(
                select(AuditRecord.action, AuditRecord.person_id)
                .where(AuditRecord.action.like("sync.%port%"))
                .order_by(AuditRecord.seq)
            )
        )
        total = s.scalar(select(func.count()).select_from(AuditRecord))
    assert actions == [("sync.import", ""), ("sync.export.person", sam), ("sync.export", "")]
    assert store.audit_check().ok and store.audit_check().entries == total


def test_a_signed_return_goes_to_the_force_with_its_pdf(store, force, tmp_path):
    import hashlib
    import uuid

    from desktop.storage import returns_repo

    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    contract = store.cases.load_case(sam).contract
    repo = returns_repo.ReturnRepository(store)
    [rid] = repo.add_drafts(
        [
            returns_repo.NewDraft(
                sam,
                contract.id,
                "monthly_progress",
                date(2026, 11, 10),
                date(2026, 11, 30),
                str(uuid.uuid4()),
                "{}",
                "0" * 64,
                "on_track",
            )
        ]
    )
    pdf = b"%PDF-1.7\n% signed return stand-in\n%%EOF\n"
    repo.approve({rid: ("{}", "0" * 64)})
    repo.record_signed(
        rid,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        content_json="{}",
        content_hash="0" * 64,
        short_code="ABCDE12345",
        signed_by="Ada Admin",
        signed_role="Manager",
        signed_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
    )
    out = export_bundle(store, FORCE, tmp_path / "out", WHEN)
    assert out.counts["return"] == 1
    received = force.receive(out.path)
    assert received.returns == 1 and received.conflicts == []
    [stored] = (force.home.returns_dir).rglob("*.pdf.sealed")  # kept sealed by the force
    assert (
        force.ctx.keys.open_file(
            stored.read_bytes(), stored.relative_to(force.home.returns_dir).as_posix()[:-7]
        )
        == pdf
    )
    assert "return" not in (export_bundle(store, FORCE, tmp_path / "out", WHEN).counts or {})


def test_attendance_summary_counts_the_contracts_past_appointments(store, force, tmp_path):
    from desktop.domain import Appointment, AppointmentOutcome

    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = _person(store, "Sam Taylor")
    _signed(store, sam)
    outcomes = [
        AppointmentOutcome.ATTENDED,
        AppointmentOutcome.LATE,
        AppointmentOutcome.DID_NOT_ATTEND,
        AppointmentOutcome.CANCELLED_BY_SERVICE,
        None,
    ]
    for day, outcome in zip((12, 14, 17, 19, 21), outcomes, strict=True):
        appt = store.cases.schedule_appointment(Appointment(sam, datetime(2026, 11, day, 10, 0)))
        if outcome is not None:
            store.cases.record_outcome(appt, outcome, "")
    store.cases.schedule_appointment(Appointment(sam, datetime(2026, 12, 3, 10, 0)))  # still to come
    store.cases.schedule_appointment(Appointment(sam, datetime(2026, 11, 1, 10, 0)))  # before the contract
    out = export_bundle(store, FORCE, tmp_path / "out", WHEN)
    force.receive(out.path)
    with force.store.transaction() as s:
        [summary] = s.scalars(
            select(ProviderRecord.data).where(ProviderRecord.type == "attendance_summary")
        ).all()
    assert {k: summary[k] for k in ("offered", "attended", "missed", "cancelled", "period_start")} == {
        "offered": 5,
        "attended": 2,
        "missed": 1,
        "cancelled": 1,
        "period_start": "2026-11-10",
    }
