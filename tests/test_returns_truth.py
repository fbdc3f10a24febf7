"""Returns state what was true at the end of their period, on a real encrypted store, checked in the PDF text:
nothing dated after the period, who recorded each entry and when, a notice that lists the appointments behind
it, an accepted absence that does not count, and a referral date only from the referral record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from returns_helpers import pdf_text
from returns_store_fixtures import RET_PASS, ReturnsStore, build_returns_store, copy_store
from ui_assessment_fixtures import give, needs

from desktop.domain import Appointment, AppointmentOutcome, ConditionType, Evidence, Pathway
from desktop.domain.assessments import Stage
from desktop.services.returns import ReturnKind, render_return
from desktop.services.returns_workflow import ReturnWorkflow, StaleReturn
from desktop.storage.store import CaseStore

LATER = datetime(2026, 12, 5, 12, 0)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-truth") / "template")


@pytest.fixture
def opened(
    template: ReturnsStore, tmp_path: Path
) -> Iterator[tuple[CaseStore, ReturnWorkflow, ReturnsStore]]:
    rs = copy_store(template, tmp_path / "store")
    with CaseStore.open(rs.folder, "manager", RET_PASS, clock=lambda: LATER) as store:
        yield store, ReturnWorkflow(store), rs


def condition(store: CaseStore, person: str, kind: ConditionType, title_part: str = ""):  # noqa: ANN201
    case = store.cases.load_case(person)
    return next(c for c in case.conditions if c.type is kind and title_part in c.title)


def build_text(
    wf: ReturnWorkflow, person: str, kind: ReturnKind, start: date, end: date
) -> tuple[object, str]:
    case = wf.content.case(person)
    content = wf.build(case, kind, start, end, LATER)
    return content, pdf_text(render_return(content).pdf)


def test_a_november_return_shows_nothing_recorded_for_december(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    olivia = rs.ids["Olivia"]
    hours = condition(store, olivia, ConditionType.COMMUNITY_HOURS)
    hours = store.cases.add_condition_progress(
        hours, 6, Evidence(date(2026, 11, 20), "6 hours at the food bank")
    )
    store.cases.add_condition_progress(hours, 4.5, Evidence(date(2026, 12, 2), "4.5 hours at the garden"))
    drugs = condition(store, olivia, ConditionType.PATHWAY, "drug")
    store.cases.add_condition_progress(drugs, 1, Evidence(date(2026, 12, 1), "First treatment session"))
    appt = store.cases.schedule_appointment(Appointment(olivia, datetime(2026, 12, 3, 10)))
    store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")

    content, text = build_text(wf, olivia, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 30))
    assert "every fact as recorded by the end of 30 Nov 2026" in text
    assert "6 of 18 hours" in text and "10.5 of 18" not in text and "4.5 hours at the garden" not in text
    assert "20 Nov 2026: 6 hours at the food bank (recorded by Morgan Reid on" in text
    assert "First treatment session" not in text and "3 Dec 2026 10:00" not in text
    drug_line = next(c for c in content.conditions if "drug" in c.title)  # type: ignore[attr-defined]
    assert drug_line.status_label == "Not started" and drug_line.progress_label == "0 of 6 sessions"
    referral = next(r for r in content.referrals if "drug" in r.intervention)  # type: ignore[attr-defined]
    assert not referral.taken_up  # the uptake came in December

    # The December return has them all.
    _, december = build_text(wf, olivia, ReturnKind.MONTHLY_PROGRESS, date(2026, 12, 1), date(2026, 12, 5))
    assert "10.5 of 18 hours" in december and "First treatment session" in december


def test_a_start_notice_lists_nothing_after_its_day(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    olivia = rs.ids["Olivia"]
    _, text = build_text(wf, olivia, ReturnKind.CONTRACT_START, date(2026, 10, 5), date(2026, 10, 5))
    assert "12 Oct 2026" not in text and "No appointments dated up to 5 Oct 2026" in text


def test_a_notice_lists_the_appointments_behind_it_and_counts_them(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    content, text = build_text(
        wf, rs.ids["Noah"], ReturnKind.NON_COMPLIANCE, date(2026, 12, 1), date(2026, 12, 5)
    )
    assert content.compliance_level == "Not complying"  # type: ignore[attr-defined]
    assert "3 missed appointments in a row (3 Nov 2026, 10 Nov 2026, 17 Nov 2026)" in text
    for day in ("3 Nov 2026 10:00", "10 Nov 2026 10:00", "17 Nov 2026 10:00"):
        assert day in text
    assert text.count("before this period; behind this notice") == 3
    assert content.attendance.missed == 3  # type: ignore[attr-defined]
    assert "No appointments in this period" not in text


def test_an_accepted_absence_does_not_count_and_is_stated(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    noah = rs.ids["Noah"]
    missed = next(a for a in store.cases.load_case(noah).appointments if a.on == date(2026, 11, 10))
    with pytest.raises(ValueError, match="needs that reason in words"):
        store.cases.accept_absence(missed, "other")
    store.cases.accept_absence(missed, "hospital")
    content, text = build_text(wf, noah, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 30))
    assert content.compliance_level == "At risk"  # type: ignore[attr-defined]
    assert "absence on 10 Nov 2026 accepted: in hospital" in text
    assert "absence accepted: in hospital" in text  # beside the appointment in the table
    assert "appointment.absence_accepted" in [e.action for e in store.cases.timeline(noah)]


def test_the_referral_date_comes_from_the_referral_record_or_is_left_off(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    olivia = rs.ids["Olivia"]
    content, text = build_text(wf, olivia, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 30))
    assert all(r.made_on is None for r in content.referrals)  # type: ignore[attr-defined]
    assert "Not recorded" in text and "5 Oct 2026 Yes" not in text  # not the contract's signing day
    give(
        store,
        olivia,
        "pathway_needs",
        Stage.START,
        date(2026, 10, 20),
        answers=needs({Pathway.DRUGS: "high"}, drugs_referral="Recovery Steps"),
    )
    give(
        store,
        olivia,
        "pathway_needs",
        Stage.REVIEW,
        date(2026, 11, 20),
        answers=needs({Pathway.DRUGS: "high"}, drugs_referral="Later Agency"),
    )
    content, text = build_text(wf, olivia, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 30))
    drugs = next(r for r in content.referrals if r.pathway_label == Pathway.DRUGS.label)  # type: ignore[attr-defined]
    assert drugs.made_on == date(2026, 10, 20) and drugs.agency == "Recovery Steps"  # the first referral
    assert "20 Oct 2026, to Recovery Steps" in text and "Later Agency" not in text
    early, text = build_text(wf, olivia, ReturnKind.MONTHLY_PROGRESS, date(2026, 10, 5), date(2026, 10, 15))
    assert all(r.made_on is None for r in early.referrals)  # type: ignore[attr-defined]  # made after it


def _attend(store: CaseStore, person: str, *days: date) -> None:
    for d in days:
        appt = store.cases.schedule_appointment(
            Appointment(person, datetime.combine(d, datetime.min.time()).replace(hour=10))
        )
        store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")


def test_a_notice_for_someone_who_re_engaged_is_withdrawn_never_signed(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    noah = rs.ids["Noah"]
    wf.ensure_drafts("2026-11", datetime(2026, 11, 26, 12))
    notice = next(r for r in wf.repo.list() if r.kind == "non_compliance" and r.person_id == noah)
    _attend(store, noah, date(2026, 11, 27), date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3))
    with pytest.raises(StaleReturn, match="no longer applies: Noah Testcase is at risk as of 05 Dec 2026"):
        wf.prepare([notice.id], LATER)
    row = wf.repo.get(notice.id)
    assert row.state == "withdrawn" and "re-engaged" in row.withdrawn_reason and row.pdf is None
    with pytest.raises(StaleReturn, match="was withdrawn"):
        wf.prepare([notice.id], LATER)
    assert "return.withdraw" in [e.action for e in store.cases.timeline(noah)]
    assert wf.refresh_drafts(LATER) == 0  # and it stays withdrawn


def test_signing_refuses_a_return_that_changed_since_it_was_reviewed(opened) -> None:  # noqa: ANN001
    store, wf, rs = opened
    olivia = rs.ids["Olivia"]
    wf.ensure_drafts("2026-11", LATER)
    monthly = next(
        r
        for r in wf.repo.list()
        if r.kind == "monthly_progress" and r.person_id == olivia and r.period_end == date(2026, 11, 30)
    )
    review = wf.review_for_signing([monthly.id], LATER)
    assert review.changes == {} and review.withdrawn == {}
    hours = condition(store, olivia, ConditionType.COMMUNITY_HOURS)
    store.cases.add_condition_progress(hours, 3, Evidence(date(2026, 11, 28), "3 hours at the food bank"))
    with pytest.raises(
        StaleReturn,
        match=r"changed since you reviewed it \(.*Complete voluntary community work: "
        r"0 of 18 hours \u2192 3 of 18 hours\)",
    ):
        wf.prepare([monthly.id], LATER, review.hashes)
    assert wf.repo.get(monthly.id).state == "draft"  # refreshed, not approved
    again = wf.review_for_signing([monthly.id], LATER)
    assert again.changes == {}  # already refreshed by the refused attempt
    contents = wf.prepare([monthly.id], LATER, again.hashes)
    assert contents[0].conditions[4].progress_label == "3 of 18 hours"


def test_the_force_acknowledgement_of_a_sent_return_is_shown(opened) -> None:  # noqa: ANN001
    from desktop.domain.ids import new_id
    from desktop.storage.sync_records import SyncBundleRecord, SyncPartnerRecord, SyncSentRecord

    store, wf, rs = opened
    wf.ensure_drafts("2026-11", LATER)
    ret = wf.repo.list()[0]
    assert wf.repo.force_receipts(ret.id) == []
    with store.write() as s:  # what sync's export and its acknowledgement leave behind
        partner = SyncPartnerRecord(id=new_id(), name="Northshire Police", cert_pem="-", cert_sha256="0" * 64)
        s.add(partner)
        s.flush()
        s.add(
            SyncBundleRecord(
                id=new_id(),
                partner_id=partner.id,
                direction="sent",
                bundle_id="b-7",
                sequence=7,
                sha256="1" * 64,
                at=datetime(2026, 12, 1, 9),
                acknowledged_at=datetime(2026, 12, 2, 14),
                ack_result="applied",
            )
        )
        s.add(
            SyncSentRecord(
                id=new_id(),
                partner_id=partner.id,
                record_type="return",
                record_id=ret.id,
                record_version=1,
                data_sha256="2" * 64,
                bundle_id="b-7",
            )
        )
    [receipt] = wf.repo.force_receipts(ret.id)
    assert (receipt.force, receipt.bundle_sequence, receipt.acknowledged_at, receipt.result) == (
        "Northshire Police",
        7,
        datetime(2026, 12, 2, 14),
        "applied",
    )


def test_a_service_scheme_in_the_store_folder_sets_the_rules_of_its_returns(opened) -> None:  # noqa: ANN001
    import json

    from desktop.services.returns.rules import rules_folder

    store, wf, rs = opened
    data = json.loads((rules_folder() / "durham_checkpoint.json").read_text())
    data.update(scheme="strict", title="A strict scheme")
    data["recommendations"]["not_complying"] = "Back to the force at once."
    folder = Path(store.folder) / "compliance"
    folder.mkdir()
    (folder / "strict.json").write_text(json.dumps(data))
    store.set_setting("compliance_scheme", "strict")
    content, text = build_text(
        ReturnWorkflow(store),
        rs.ids["Noah"],
        ReturnKind.NON_COMPLIANCE,
        date(2026, 11, 1),
        date(2026, 11, 26),
    )
    assert "Back to the force at once." in text


def test_a_final_return_names_who_withdrew_the_contract(opened) -> None:  # noqa: ANN001
    from desktop.domain import ContractState

    store, wf, rs = opened
    olivia = rs.ids["Olivia"]
    contract = store.cases.load_case(olivia).contract
    store.cases.close_contract(contract, ContractState.WITHDRAWN, date(2026, 11, 20), "Moved out of the area")
    _, text = build_text(wf, olivia, ReturnKind.FINAL_OUTCOME, date(2026, 10, 5), date(2026, 11, 20))
    assert "Withdrawn on 20 Nov 2026 by Morgan Reid." in text and "Why: Moved out of the area" in text
    assert "ON TRACK" not in text and "The provider refers the case back to the force for a decision." in text
