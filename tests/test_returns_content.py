"""What each kind of return says, read back from the PDF with pypdf; minimisation by consent; hashes and codes."""

from __future__ import annotations

import io
import json
import re
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from returns_helpers import content_for, pdf_text

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Case,
    Condition,
    ConditionStatus,
    ConditionType,
    Consent,
    Contract,
    ContractState,
    Evidence,
    Person,
    PoliceSharing,
)
from desktop.services.returns import (
    EvidenceLine,
    ReturnKind,
    canonical_json,
    content_from_dict,
    content_hash,
    normalise_code,
    parse_qr_payload,
    qr_payload,
    render_return,
    short_code,
)
from desktop.services.returns.example import example_case, failed_condition


def test_contract_start_notice_lists_the_agreed_conditions_and_dates() -> None:
    person = Person("Owen", "Lloyd", date(1990, 2, 1), "DUR/26/00077")
    contract = Contract(person.id, offered_on=date(2026, 3, 2)).sign(date(2026, 3, 3))
    conditions = (
        Condition(
            contract.id,
            ConditionType.OFFENDING,
            "Do not reoffend during the contract",
            status=ConditionStatus.IN_PROGRESS,
        ),
        Condition(
            contract.id,
            ConditionType.COMMUNITY_HOURS,
            "Complete voluntary community work",
            target=24,
            unit="hours",
            position=1,
        ),
    )
    first = Appointment(person.id, datetime(2026, 3, 10, 10, 0))
    case = Case(person, None, contract, conditions, (first,), Consent(person.id))
    content = content_for(
        case,
        ReturnKind.CONTRACT_START,
        start=date(2026, 3, 3),
        end=date(2026, 3, 3),
        generated_at=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
    )
    text = pdf_text(render_return(content).pdf)
    assert "Contract start notice" in text
    assert "3 Mar 2026 to 3 Jul 2026" in text  # the contract's dates, four months
    assert "Conditions of the contract" in text
    assert "Complete voluntary community work Community hours 24 hours" in text
    # As of the period's end: an appointment dated after it is not on the notice.
    assert "Appointments offered" in text and "10 Mar 2026" not in text
    assert "No appointments dated up to 3 Mar 2026" in text
    assert "PNC ID Not supplied" in text
    assert "Compliance recommendation" not in text  # nothing to judge on day one


def test_monthly_return_reports_attendance_evidence_referrals_and_recommendation() -> None:
    content = content_for(example_case())
    text = pdf_text(render_return(content).pdf)
    assert "Monthly progress return" in text and "Period 1 Mar 2026 to 31 Mar 2026" in text
    assert "DUR/26/01041" in text and "Rhiannon Pryce-Whitaker" in text and "3 Jul 1994" in text
    assert "26/0012345X" in text and "Sam Okafor" in text
    assert "Compliance recommendation: AT RISK" in text
    assert "'Housing advice and tenancy support' behind schedule" in text
    assert "3 Mar 2026: Attended treatment session 4" in text  # dated evidence
    assert "9 Mar 2026 10:00" in text and "DID NOT ATTEND" in text  # a dated missed appointment
    assert content.attendance.offered == 5 and content.attendance.missed == 2 and content.attendance.late == 1
    assert "Yes, from 20 Jan 2026" in text  # the drugs referral was taken up
    assert "None disclosed" in text
    assert "Dana Whitfield, Service Manager" in text
    assert "30 Mar 2026 14:00 Keywork Outcome not recorded" in text  # past, and nobody recorded it


def test_non_compliance_notice_names_the_disclosure_and_the_reasons() -> None:
    case = failed_condition(example_case(), date(2026, 3, 20), "Force reported arrest for shoplifting")
    content = content_for(case, ReturnKind.NON_COMPLIANCE, start=date(2026, 3, 21), end=date(2026, 3, 21))
    text = pdf_text(render_return(content).pdf)
    assert "Non-compliance notice" in text
    assert "Compliance recommendation: NOT COMPLYING" in text
    assert "reoffending reported" in text
    assert "20 Mar 2026: Force reported arrest for shoplifting" in text
    assert content.disclosures == (EvidenceLine(date(2026, 3, 20), "Force reported arrest for shoplifting"),)


@pytest.mark.parametrize(
    ("state", "reason", "label", "lines", "recommends"),
    [
        (
            ContractState.COMPLETED,
            "",
            "Outcome: Completed",
            [
                "Completed on 11 May 2026.",
                "Not recorded as met or waived: Attend drug treatment sessions; Housing",
            ],
            "no further action",
        ),
        (
            ContractState.FAILED_NON_COMPLIANCE,
            "Missed five appointments in a row from 2 Apr 2026",
            "Outcome: Failed (non-compliance)",
            [
                "Failed on 11 May 2026: did not comply.",
                "Reason recorded: Missed five appointments in a row from 2 Apr",
                "Attendance: 2 of the last 4 appointments missed (9 Mar 2026, 15 Mar 2026)",
            ],
            "back to the force for a decision on prosecution",
        ),
        (
            ContractState.WITHDRAWN,
            "Moved out of the force area",
            "Outcome: Withdrawn",
            ["Withdrawn on 11 May 2026 by Dana Whitfield.", "Why: Moved out of the force area"],
            "back to the force for a decision",
        ),
    ],
)
def test_final_outcome_return_states_the_outcome_and_its_reason(
    state: ContractState, reason: str, label: str, lines: list[str], recommends: str
) -> None:
    case = example_case(state=state, outcome_reason=reason)
    content = content_for(
        case,
        ReturnKind.FINAL_OUTCOME,
        start=date(2026, 1, 12),
        end=date(2026, 5, 11),
        closed_by="Dana Whitfield",
    )
    text = pdf_text(render_return(content).pdf)
    assert "Final outcome return" in text and label in text
    for line in lines:
        assert line in text
    assert "Compliance recommendation" not in text and "ON TRACK" not in text  # the outcome, not a level
    assert "None recorded yet" not in text
    assert (
        f"The provider's recommendation The provider {'recommends' if 'no further' in recommends else 'refers'}"
        in text
        and recommends in text
    )
    assert content.attendance.offered == 12  # the whole contract: 13 booked, one cancelled by the service


def test_progress_only_consent_keeps_every_clinical_detail_out() -> None:
    content = content_for(example_case(clinical_consent=False))
    assert content.clinical == () and not content.clinical_shared
    for blob in (pdf_text(render_return(content).pdf), canonical_json(content).decode()):
        for word in ("PHQ-9", "AUDIT", "Moderate", "Higher risk", "Clinical summary"):
            assert word not in blob


def test_no_consent_record_means_no_clinical_detail() -> None:
    content = content_for(replace(example_case(clinical_consent=True), consent=None))
    assert content.clinical == ()
    assert "PHQ-9" not in pdf_text(render_return(content).pdf)


def test_clinical_consent_includes_scores_and_bands() -> None:
    content = content_for(example_case(clinical_consent=True))
    text = pdf_text(render_return(content).pdf)
    assert "Clinical summary (shared with the person's consent)" in text
    assert "PHQ-9 14 Moderate 14 Jan 2026" in text
    assert "AUDIT 17 Higher risk 11 Mar 2026" in text


def test_notes_and_contact_details_never_reach_the_return() -> None:
    case = example_case(clinical_consent=True)
    person = replace(case.person, phone="07700 900123", address="1 Secret Lane", email="r@example.org")
    content = content_for(replace(case, person=person))
    for blob in (pdf_text(render_return(content).pdf), canonical_json(content).decode()):
        assert "Private session notes" not in blob
        assert "07700 900123" not in blob and "Secret Lane" not in blob and "r@example.org" not in blob


def test_a_correction_names_the_return_it_replaces() -> None:
    original = content_for(example_case())
    correction = content_for(
        example_case(),
        replaces_document_id=original.document_id,
        narrative="Corrects the attendance count for 9 March.",
    )
    assert correction.document_id != original.document_id
    text = pdf_text(render_return(correction).pdf)
    assert f"CORRECTION: this return replaces document {original.document_id}" in text
    with pytest.raises(ValueError):
        content_for(example_case(), replaces_document_id="not-a-uuid")


def test_every_page_carries_code_id_and_page_count() -> None:
    content = content_for(example_case(clinical_consent=True), narrative="Long account. " * 400)
    rendered = render_return(content)
    assert rendered.page_count >= 3
    assert rendered.signature_box.page_index == rendered.page_count - 1
    pages = PdfReader(io.BytesIO(rendered.pdf)).pages
    assert len(pages) == rendered.page_count
    for number, page in enumerate(pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert f"Page {number} of {rendered.page_count}" in text
        assert f"Code {rendered.short_code}" in text and content.document_id in text
        assert "Generated 1 Apr 2026 09:30 UTC" in text


def test_canonical_json_is_stable_and_round_trips() -> None:
    content = content_for(example_case(clinical_consent=True), document_id=str(uuid.uuid4()))
    again = content_for(example_case(clinical_consent=True), document_id=content.document_id)
    data = json.loads(canonical_json(content))
    assert content_from_dict(data) == content
    assert canonical_json(content_from_dict(data)) == canonical_json(content)
    # Different random IDs inside the case do not leak into the content: same facts, same hash.
    assert content_hash(again) == content_hash(content)
    assert content_hash(replace(content, narrative="changed")) != content_hash(content)


def test_short_code_and_qr_payload() -> None:
    content = content_for(example_case())
    digest = content_hash(content)
    code = short_code(content.document_id, digest)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}", code)
    assert short_code(content.document_id, "0" * 64) != code
    assert normalise_code(code.lower().replace("-", " ")) == code
    with pytest.raises(ValueError):
        normalise_code("K7F2-9QXA")
    assert parse_qr_payload(qr_payload(content.document_id, digest)) == (content.document_id, digest)
    with pytest.raises(ValueError):
        parse_qr_payload("https://example.org")


def test_missed_appointment_outcomes_are_counted_not_coloured() -> None:
    person = Person("Ann", "Bell", date(1980, 1, 1), "DUR/26/1")
    contract = Contract(person.id).sign(date(2026, 3, 1))
    appts = tuple(
        Appointment(person.id, datetime(2026, 3, d, 9), outcome=o)
        for d, o in (
            (2, AppointmentOutcome.DID_NOT_ATTEND),
            (9, AppointmentOutcome.DID_NOT_ATTEND),
            (16, AppointmentOutcome.DID_NOT_ATTEND),
            (23, AppointmentOutcome.CANCELLED_BY_PERSON),
        )
    )
    case = Case(person, None, contract, (), appts, Consent(person.id, PoliceSharing.PROGRESS_ONLY))
    content = content_for(case, ReturnKind.NON_COMPLIANCE)
    assert content.compliance_level == "Not complying"
    assert "3 missed appointments in a row (2 Mar 2026, 9 Mar 2026, 16 Mar 2026)" in pdf_text(
        render_return(content).pdf
    )
    assert [(m.month, m.missed) for m in content.attendance_by_month] == [("2026-03", 3)]


def test_every_font_in_a_return_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_return(content_for(example_case(clinical_consent=True))).pdf))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert seen == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}


def test_a_very_long_record_runs_over_pages_without_losing_any_of_it() -> None:
    case = example_case()
    many = tuple(
        Evidence(date(2026, 1, 13), f"Session note number {i} " + "detail " * 40) for i in range(120)
    )
    huge = (Evidence(date(2026, 2, 1), "start " + "word " * 6000 + "finish"),)
    conditions = list(case.conditions)
    conditions[2] = replace(conditions[2], evidence=many)
    conditions[4] = replace(conditions[4], evidence=huge)
    content = content_for(replace(case, conditions=tuple(conditions)), narrative="A long account. " * 800)
    rendered = render_return(content)  # ReportLab cannot place a table row taller than a page
    text = pdf_text(rendered.pdf)
    assert rendered.page_count > 5 and f"Page {rendered.page_count} of {rendered.page_count}" in text
    assert "Session note number 0 " in text and "Session note number 119 " in text
    assert "1 Feb 2026: start word" in text and "word finish" in text
    assert "Attend drug treatment sessions (continued)" in text


def test_a_monthly_return_of_a_withdrawn_contract_never_reads_on_track() -> None:
    case = example_case(state=ContractState.WITHDRAWN, outcome_reason="Moved away")  # closed 11 May 2026
    text = pdf_text(render_return(content_for(case, start=date(2026, 5, 1), end=date(2026, 5, 11))).pdf)
    assert "ON TRACK" not in text and "Compliance recommendation" not in text
    assert "Contract closed on 11 May 2026: Withdrawn. The final outcome return reports how it ended." in text
    april = pdf_text(render_return(content_for(case, start=date(2026, 4, 1), end=date(2026, 4, 30))).pdf)
    assert "Contract status Active" in april  # as of 30 Apr it was still active
