"""Returns in the case store: drafted when due, narrative on drafts only, managers sign, signed never changes,
corrections chain, paper codes found, every step audited. Real encrypted stores; signing on a real pool."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from returns_helpers import pdf_text, pdfsig
from returns_store_fixtures import RET_NOW, RET_PASS, ReturnsStore, build_returns_store, copy_store, open_as
from sqlalchemy import text
from ui_assessment_fixtures import give

from desktop.domain import Appointment, AppointmentOutcome, ConditionStatus, Evidence, PoliceSharing
from desktop.domain.assessments import Stage
from desktop.services.returns import BatchSigner, content_from_dict, verify_pdf
from desktop.services.returns_workflow import ReturnWorkflow, not_complying_since
from desktop.storage import audit
from desktop.storage.errors import PermissionDenied
from desktop.storage.records import AuditRecord
from desktop.storage.returns_repo import ReturnLocked, ReturnRepository
from desktop.storage.store import CaseStore

pytestmark = pytest.mark.slow  # worker processes sign


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns") / "template")


@pytest.fixture(scope="module")
def pool(template: ReturnsStore) -> Iterator[BatchSigner]:
    with open_as(template, "manager") as store:
        identity = ReturnWorkflow(store).identity()
    assert identity is not None
    with BatchSigner(identity, workers=2) as signer:
        yield signer


@pytest.fixture
def rs(template: ReturnsStore, tmp_path: Path) -> ReturnsStore:
    return copy_store(template, tmp_path / "store")


def _actions(store: CaseStore, prefix: str = "return.") -> list[tuple[str, str]]:
    with store.session() as s:
        return [
            (r.action, r.person_id)
            for r in s.query(AuditRecord).order_by(AuditRecord.seq)
            if r.action.startswith(prefix)
        ]


def _drafted(store: CaseStore) -> ReturnWorkflow:
    wf = ReturnWorkflow(store)
    wf.ensure_drafts("2026-10", RET_NOW)
    wf.ensure_drafts("2026-11", RET_NOW)
    return wf


def test_due_returns_are_drafted_once_and_audited(rs: ReturnsStore) -> None:
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        new = wf.ensure_drafts("2026-10", RET_NOW)
        kinds = sorted((r.person_name.split()[0], r.kind) for r in wf.repo.list())
        assert kinds == [
            ("Noah", "contract_start"),
            ("Noah", "monthly_progress"),
            ("Olivia", "contract_start"),
            ("Olivia", "monthly_progress"),
        ]
        assert len(new) == 4 and all(r.state == "draft" for r in wf.repo.list())
        assert wf.ensure_drafts("2026-10", RET_NOW) == []  # nothing drafted twice
        drafts = [a for a in _actions(store) if a[0] == "return.draft"]
        assert len(drafts) == 4 and {p for _, p in drafts} == set(rs.ids.values())
        monthly = wf.repo.list(month="2026-10", person_id=rs.ids["Olivia"], state="draft")
        assert [(r.period_start, r.period_end) for r in monthly if r.kind == "monthly_progress"] == [
            (date(2026, 10, 5), date(2026, 10, 31))
        ]


def test_a_non_compliance_notice_is_drafted_at_once_and_only_once(rs: ReturnsStore) -> None:
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-11", RET_NOW)
        notices = wf.repo.list(state="draft", month="2026-11")
        assert [(r.person_id, r.kind, r.compliance) for r in notices] == [
            (rs.ids["Noah"], "non_compliance", "Not complying")
        ]
        content = content_from_dict(json.loads(wf.repo.get(notices[0].id).content_json))
        assert "3 missed appointments in a row" in " ".join(r.text for r in content.compliance_reasons)
        assert wf.ensure_drafts("2026-11", RET_NOW) == []
        # Olivia turns "not complying" (reoffending reported): her notice is drafted on the next look.
        case = store.cases.load_case(rs.ids["Olivia"])
        offending = next(c for c in case.conditions if c.mandatory)
        store.cases.change_condition_status(
            offending,
            ConditionStatus.NOT_MET,
            Evidence(date(2026, 11, 20), "Arrested for theft on 19 Nov 2026"),
        )
        added = wf.ensure_drafts("2026-11", RET_NOW)
        notice = wf.repo.get(added[0])
        assert len(added) == 1 and notice.kind == "non_compliance" and notice.person_id == rs.ids["Olivia"]
        assert "Arrested for theft" in notice.content_json  # the disclosure is on the notice


def test_a_new_notice_is_drafted_when_the_case_turns_not_complying_again(
    template: ReturnsStore, tmp_path: Path
) -> None:
    rs = copy_store(template, tmp_path / "again")
    later = datetime(2026, 12, 22, 12, 0)
    with CaseStore.open(rs.folder, "manager", RET_PASS, clock=lambda: later) as store:
        wf = ReturnWorkflow(store)
        first = wf.ensure_drafts("2026-11", RET_NOW)
        assert [wf.repo.get(i).kind for i in first] == ["non_compliance"]
        noah = rs.ids["Noah"]
        # He attends five times from 1 Dec (the run of misses is broken and the last six are mostly attended:
        # at risk, not "not complying"), then misses three more: he has turned again.
        visits = [(datetime(2026, 12, d, 10), AppointmentOutcome.ATTENDED) for d in range(1, 6)] + [
            (datetime(2026, 12, d, 10), AppointmentOutcome.DID_NOT_ATTEND) for d in (8, 15, 21)
        ]
        for at, outcome in visits[:6]:
            store.cases.record_outcome(store.cases.schedule_appointment(Appointment(noah, at)), outcome, "")
        case = wf.repo.with_details(store.cases.load_cases(only=[noah]))[0]
        assert not_complying_since(case, datetime(2026, 12, 9)) is None
        assert wf.ensure_drafts("2026-12", datetime(2026, 12, 9)) == []  # complying again: nothing is due
        for at, outcome in visits[6:]:
            store.cases.record_outcome(store.cases.schedule_appointment(Appointment(noah, at)), outcome, "")
        case = wf.repo.with_details(store.cases.load_cases(only=[noah]))[0]
        assert not_complying_since(case, later) == date(2026, 12, 21)
        again = [wf.repo.get(i) for i in wf.ensure_drafts("2026-12", later)]
        notices = [r for r in again if r.kind == "non_compliance"]
        assert [(r.person_id, r.period_end) for r in notices] == [(noah, date(2026, 12, 22))]
        assert wf.ensure_drafts("2026-12", later) == []  # and only once


def test_clinical_scores_reach_a_return_only_with_consent_to_share_them(rs: ReturnsStore) -> None:
    with open_as(rs, "manager") as store:
        olivia, noah = rs.ids["Olivia"], rs.ids["Noah"]
        consent = store.cases.load_case(olivia).consent
        assert consent is not None
        store.cases.save_consent(replace(consent, police_sharing=PoliceSharing.PROGRESS_AND_CLINICAL))
        for person in (olivia, noah):
            give(store, person, "phq9", Stage.START, date(2026, 10, 22), total=14)
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-10", RET_NOW)
        monthly = {r.person_id: r for r in wf.repo.list(month="2026-10") if r.kind == "monthly_progress"}
        shared = content_from_dict(json.loads(wf.repo.get(monthly[olivia].id).content_json))
        assert shared.clinical_shared and [(c.instrument, c.score, c.band) for c in shared.clinical] == [
            ("PHQ-9", "14", "Moderate")
        ]
        assert "PHQ-9" in pdf_text(wf.preview_pdf(monthly[olivia].id))
        withheld = wf.repo.get(monthly[noah].id)
        assert not content_from_dict(json.loads(withheld.content_json)).clinical
        assert "PHQ" not in withheld.content_json and "PHQ" not in pdf_text(wf.preview_pdf(withheld.id))


def test_keyworkers_see_and_draft_only_their_own_people(rs: ReturnsStore) -> None:
    with open_as(rs, "alex") as store:
        wf = _drafted(store)
        assert {r.person_id for r in wf.repo.list()} == {rs.ids["Olivia"]}
    with open_as(rs, "manager") as store:
        noah = _drafted(store).repo.list(person_id=rs.ids["Noah"])[0]
    with open_as(rs, "alex") as store, pytest.raises(PermissionDenied):
        ReturnRepository(store).get(noah.id)


def test_narrative_is_edited_on_a_draft_and_refused_once_signed(rs: ReturnsStore, pool: BatchSigner) -> None:
    with open_as(rs, "alex") as store:
        wf = _drafted(store)
        draft = next(r for r in wf.repo.list() if r.kind == "monthly_progress")
        saved = wf.repo.set_narrative(draft.id, "  Olivia attended every session offered.  ")
        assert (
            saved.narrative == "Olivia attended every session offered." and saved.version == draft.version + 1
        )
        assert ("return.narrative", rs.ids["Olivia"]) in _actions(store)
        assert "Olivia attended every session offered." in pdf_text(wf.preview_pdf(draft.id))
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        outcome = wf.approve_and_sign([draft.id], pool=pool)
        assert [r.state for r in outcome.signed] == ["signed"]
        signed = content_from_dict(json.loads(wf.repo.get(draft.id).content_json))
        assert signed.narrative == "Olivia attended every session offered."
    with open_as(rs, "alex") as store, pytest.raises(ReturnLocked):
        ReturnRepository(store).set_narrative(draft.id, "changed afterwards")


def test_a_keyworker_cannot_approve_or_sign(rs: ReturnsStore, pool: BatchSigner) -> None:
    with open_as(rs, "alex") as store:
        wf = _drafted(store)
        draft = wf.repo.list()[0]
        with pytest.raises(PermissionDenied, match="only a manager"):
            wf.approve_and_sign([draft.id], pool=pool)
        with pytest.raises(PermissionDenied):
            wf.repo.record_signed(
                draft.id,
                pdf=b"%PDF-",
                sha256=hashlib.sha256(b"%PDF-").hexdigest(),
                content_json="{}",
                content_hash="",
                short_code="",
                signed_by="Alex",
                signed_role="",
                signed_at=datetime(2026, 11, 26),
            )
        with pytest.raises(PermissionDenied):
            wf.create_self_signed("Someone", RET_NOW)
        assert wf.repo.get(draft.id).state == "draft"


def test_a_signed_return_is_stored_with_its_sha256_and_pdfsig_finds_it_valid(
    rs: ReturnsStore, pool: BatchSigner, tmp_path: Path
) -> None:
    with open_as(rs, "manager") as store:
        wf = _drafted(store)
        target = next(r for r in wf.repo.list() if r.kind == "monthly_progress")
        wf.approve_and_sign([target.id], pool=pool)
        row = wf.repo.get(target.id)
        assert (
            row.state == "signed" and row.signed_by == "Morgan Reid" and row.signed_role == "Service Manager"
        )
        assert row.pdf is not None and hashlib.sha256(row.pdf).hexdigest() == row.sha256
        assert row.short_code and verify_pdf(row.pdf).code == row.short_code
        actions = _actions(store)
        assert ("return.approve", target.person_id) in actions and (
            "return.sign",
            target.person_id,
        ) in actions
        path = tmp_path / "signed.pdf"
        path.write_bytes(row.pdf)
        report = pdfsig(str(path))
        assert "Signature is Valid" in report and "Total document signed" in report
        # The database refuses to change it even past the repository.
        with store.write() as s, pytest.raises(Exception, match="never changed"):
            s.execute(text("UPDATE returns SET narrative = 'edited' WHERE id = :id"), {"id": row.id})
        with store.write() as s, pytest.raises(Exception, match="never deleted"):
            s.execute(text("DELETE FROM returns WHERE id = :id"), {"id": row.id})
        assert store.audit_check().ok


def test_a_correction_replaces_a_signed_return_which_stays_byte_identical(
    rs: ReturnsStore, pool: BatchSigner
) -> None:
    with open_as(rs, "manager") as store:
        wf = _drafted(store)
        first = next(
            r for r in wf.repo.list() if r.person_id == rs.ids["Olivia"] and r.kind == "monthly_progress"
        )
        wf.approve_and_sign([first.id], pool=pool)
        before = wf.repo.get(first.id)
        with pytest.raises(ValueError, match="reason"):
            wf.correct(first.id, "  ", RET_NOW)
        # A late outcome was recorded after signing: the correction is rebuilt from the case as it is now.
        store.cases.record_outcome(
            store.cases.schedule_appointment(Appointment(rs.ids["Olivia"], datetime(2026, 10, 19, 10))),
            AppointmentOutcome.ATTENDED,
            "",
        )
        new_id = wf.correct(first.id, "An attended session on 19 Oct was missing", RET_NOW)
        with pytest.raises(ValueError, match="already in draft"):
            wf.correct(first.id, "again", RET_NOW)
        draft = wf.repo.get(new_id)
        assert draft.replaces_id == first.id and draft.state == "draft" and new_id != first.id
        assert content_from_dict(json.loads(draft.content_json)).replaces_document_id == first.id
        assert wf.repo.get(first.id).state == "signed"  # still the valid one until the correction is signed
        wf.approve_and_sign([new_id], pool=pool)
        old, new = wf.repo.get(first.id), wf.repo.get(new_id)
        assert old.state == "superseded" and old.superseded_by == new_id and new.state == "signed"
        assert (
            old.pdf == before.pdf and old.sha256 == before.sha256 and old.content_json == before.content_json
        )
        assert "2026-10-19" in new.content_json and "2026-10-19" not in old.content_json
        with pytest.raises(ReturnLocked):
            wf.correct(first.id, "a superseded return is not corrected", RET_NOW)
        assert {a for a, _ in _actions(store)} >= {"return.correct", "return.supersede"}
        signed = ReturnRepository(store).list_signed()
        assert {(s.id, s.state) for s in signed} == {(first.id, "superseded"), (new_id, "signed")}
        assert all(hashlib.sha256(s.pdf).hexdigest() == s.sha256 and s.version >= 1 for s in signed)


def test_a_printed_code_finds_the_signed_return_and_every_export_is_audited(
    rs: ReturnsStore, pool: BatchSigner, tmp_path: Path
) -> None:
    with open_as(rs, "manager") as store:
        wf = _drafted(store)
        ids = [r.id for r in wf.repo.list(month="2026-10")]
        outcome = wf.approve_and_sign(ids, pool=pool)
        assert len(outcome.signed) == 4 and not outcome.cancelled
        code = outcome.signed[0].short_code
        typed = code.lower().replace("-", " ").replace("0", "o")
        assert wf.repo.find_by_code(typed).id == outcome.signed[0].id  # type: ignore[union-attr]
        assert wf.repo.find_by_code("AAAA-BBBB-CC") is None
        unsigned = next(r for r in wf.repo.list() if r.state == "draft")
        assert wf.repo.find_by_code(unsigned.short_code or "0000-0000-00") is None
        paths = [wf.export(r.id, tmp_path / "outbox") for r in outcome.signed]
        olivias = [i for i, r in enumerate(outcome.signed) if wf.repo.get(r.id).person_id == rs.ids["Olivia"]]
        again = olivias[0]
        assert (
            wf.export(outcome.signed[again].id, tmp_path / "outbox") == paths[again]
        )  # the same file again is fine
        assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == sorted(p.name for p in paths)
        exports = [e for e in store.cases.timeline(rs.ids["Olivia"]) if e.action == "return.export"]
        assert len(exports) == len(olivias) + 1 and all("sha256" in e.detail for e in exports)
        with store.session() as s:
            assert audit.verify(s).ok
        assert wf.repo.get(outcome.signed[0].id).exported_at is not None
        with pytest.raises(ValueError, match="only a signed"):
            wf.export(unsigned.id, tmp_path / "outbox")
