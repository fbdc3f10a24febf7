"""A real store for the privacy tests: the returns fixture's people plus Imogen, who has a bit of everything
(signed and exported return, completed assessment, appointments, evidence) and a name, reference and date of
birth nobody else shares, so a search of every byte can tell whether she is gone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from returns_store_fixtures import RET_NOW, RET_PASS, build_returns_store, ret_clock
from store_fixtures import make_store, new_person

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentOutcome,
    Consent,
    ContractState,
    EligibilityAnswer,
    Person,
    Referral,
    default_conditions,
)
from desktop.domain.assessments import Stage, new_assessment, record_answers
from desktop.services.instruments import load_instruments
from desktop.services.returns_workflow import ReturnWorkflow
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.store import CaseStore

FIRST, LAST, REF, DOB = "Imogen", "Vasquez-Quill", "NS/26/399001", date(1987, 3, 14)
OLD_FIRST = "Imojen"  # entered misspelt, then corrected: the old value must go with her too
NEEDLES = (FIRST, OLD_FIRST, LAST, REF, DOB.isoformat(), DOB.strftime("%d/%m/%Y"), DOB.strftime("%d %B %Y"))


@dataclass(frozen=True)
class PrivacyStore:
    folder: Path
    imogen: str
    noah: str
    outbox: Path


def complete_gad7(store: CaseStore, person_id: str, on: date, by: str) -> None:
    catalogue = load_instruments()
    definition = catalogue.get("gad7")
    repo = AssessmentRepository(store, catalogue.definitions)
    draft = new_assessment(definition, person_id, Stage.START, on, by, today=on)
    answers = {
        item.id: sorted(item.options, key=lambda o: o.score or 0)[1].value for item in definition.scored_items
    }
    repo.complete(record_answers(draft, definition, answers), definition)  # type: ignore[arg-type]


def build_privacy_store(folder: Path) -> PrivacyStore:
    rs = build_returns_store(folder)
    outbox = folder / "outbox"
    with CaseStore.open(folder, "manager", RET_PASS, clock=ret_clock) as store:
        kw = next(u for u in store.users() if u.username == "alex")
        person = Person(
            OLD_FIRST, LAST, DOB, REF, kw.id, phone="07700 900123", address="4 Quill Lane, Northshire"
        )
        answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
        signed_on = date(2026, 10, 1)
        referral = Referral(
            person.id,
            "Northshire Police",
            "PC 12 Dale",
            "Possession (class B)",
            signed_on - timedelta(days=12),
            signed_on - timedelta(days=10),
            answers,
        )
        store.cases.add_referral(person, referral, Consent(person.id))
        store.cases.update_person(replace(person, first_name=FIRST))
        store.cases.sign_contract(person.id, signed_on, default_conditions(""))
        for day in (8, 15, 22):
            appt = store.cases.schedule_appointment(
                Appointment(person.id, datetime(2026, 10, day, 10), with_whom="keyworker")
            )
            store.cases.record_outcome(
                appt, AppointmentOutcome.ATTENDED, "Talked about Noah Testcase's visit"
            )
        complete_gad7(store, person.id, signed_on, kw.id)
        complete_gad7(store, rs.ids["Noah"], date(2026, 10, 20), kw.id)
        wf = ReturnWorkflow(store)
        wf.ensure_drafts("2026-10", RET_NOW)
        mine = [r.id for r in wf.repo.list(person_id=person.id, state="draft")]
        wf.approve_and_sign(mine[:1], workers=1)
        wf.export(mine[0], outbox)
    return PrivacyStore(folder, person.id, rs.ids["Noah"], outbox)


def build_retention_store(folder: Path) -> dict[str, str]:
    """Four people (closed 2019, closed 2019 to be held, never signed 2023, current) and two backups; an admin."""
    store = make_store(folder)
    refs = {}
    try:
        for name, ref, closed in (
            ("Old", "NS/19/000001", date(2019, 5, 1)),
            ("Held", "NS/19/000002", date(2019, 6, 1)),
            ("Never", "NS/23/000003", None),
            ("Current", "NS/26/000004", None),
        ):
            person, referral, consent = new_person(name, "Retained", ref, today=closed or date(2023, 1, 20))
            store.cases.add_referral(person, referral, consent)
            refs[name] = ref
            if closed is not None:
                contract = store.cases.sign_contract(
                    person.id, date(closed.year, 1, 10), default_conditions("")
                )
                store.cases.close_contract(contract, ContractState.WITHDRAWN, closed, "moved away")
            elif name == "Current":
                store.cases.sign_contract(person.id, date(2026, 11, 1), default_conditions(""))
    finally:
        store.close()
    (folder / "backups").mkdir()
    (folder / "backups" / "cases-before-20250101-000000.db").write_bytes(b"old encrypted copy")
    recent = f"cases-before-{datetime.now():%Y%m%d}-000000.db"  # the CLI runs on the wall clock
    (folder / "backups" / recent).write_bytes(b"recent encrypted copy")
    return refs
