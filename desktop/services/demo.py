"""A realistic synthetic caseload for trying the app: invented people, contracts at every stage.

Every name, date and reference here is made up by a seeded random generator; none is a real person.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Appointment,
    AppointmentKind,
    AppointmentOutcome,
    Condition,
    ConditionStatus,
    ConditionType,
    Consent,
    Contract,
    ContractState,
    EligibilityAnswer,
    Evidence,
    Person,
    PoliceSharing,
    Referral,
    Role,
    default_conditions,
)
from desktop.storage.case_bulk import CaseBulkWriter, bulk_writes
from desktop.storage.store import CaseStore
from desktop.storage.vault import KdfParams

DEMO_PASSPHRASE = "checkpoint-demo"
# the condition a failed contract failed on
FAILED_CONDITION = {
    (ContractState.FAILED_REOFFENDED, ConditionType.OFFENDING),
    (ContractState.FAILED_NON_COMPLIANCE, ConditionType.COMMUNITY_HOURS),
}
DEMO_FORCE = "Northshire Police"
DEMO_STAFF = (
    ("manager", "Morgan Reid", Role.MANAGER),
    ("alex", "Alex Carter", Role.KEYWORKER),
    ("sam", "Sam Okafor", Role.KEYWORKER),
    ("priya", "Priya Shah", Role.KEYWORKER),
)
FIRST = [
    "Aaron",
    "Bethany",
    "Callum",
    "Danielle",
    "Ellis",
    "Fiona",
    "Gareth",
    "Hayley",
    "Imran",
    "Jade",
    "Kieran",
    "Leanne",
    "Mason",
    "Nadia",
    "Owen",
    "Paige",
    "Reece",
    "Shannon",
    "Tariq",
    "Vicky",
    "Wayne",
    "Zoe",
    "Liam",
    "Chloe",
    "Dylan",
    "Megan",
    "Jordan",
    "Kayleigh",
    "Connor",
    "Amber",
    "Rhys",
    "Gemma",
]
LAST = [
    "Atkinson",
    "Bell",
    "Carr",
    "Dobson",
    "Elliott",
    "Fenwick",
    "Graham",
    "Hall",
    "Irving",
    "Johnson",
    "Kerr",
    "Lowery",
    "Milburn",
    "Nixon",
    "Ord",
    "Pattinson",
    "Robson",
    "Scott",
    "Thompson",
    "Urwin",
    "Watson",
    "Young",
    "Hughes",
    "Jones",
    "Price",
    "Morgan",
    "Evans",
    "Lloyd",
    "Khan",
    "Begum",
    "Walsh",
    "Murphy",
]
OFFENCES = [
    "Possession of a controlled drug (class B)",
    "Possession of a controlled drug (class A)",
    "Possession with intent to supply (low level, own use linked)",
    "Shoplifting linked to drug use",
    "Criminal damage",
    "Public order offence",
]
STATES = (
    [ContractState.ACTIVE] * 13
    + [ContractState.OFFERED] * 2
    + [ContractState.COMPLETED] * 2
    + [ContractState.FAILED_NON_COMPLIANCE, ContractState.FAILED_REOFFENDED, ContractState.WITHDRAWN]
)


def create_demo_store(
    folder: Path,
    people: int = 60,
    seed: int = 1,
    passphrase: str = DEMO_PASSPHRASE,
    now: datetime | None = None,
    kdf: KdfParams | None = None,
) -> Path:
    """Create a demo store in `folder` (which must be new or empty). Every account takes `passphrase`."""
    now = now or datetime.now().replace(microsecond=0)
    rng = random.Random(seed)
    store, _recovery = CaseStore.create(
        folder, "admin", passphrase, "Service Administrator", kdf=kdf, clock=lambda: now
    )
    try:
        store.set_setting("organisation", "Northshire Recovery Partnership")
        staff = {u: store.add_user(u, name, role, passphrase, kdf) for u, name, role in DEMO_STAFF}
        keyworkers = [staff[u] for u, _n, r in DEMO_STAFF if r is Role.KEYWORKER]
        with bulk_writes(store) as w:
            for i in range(people):
                kw = keyworkers[i % len(keyworkers)]
                _make_case(w, rng, i, kw.id, kw.username, now, kw.display_name)
        from .demo_assessments import add_demo_assessments
        from .returns_workflow import ReturnWorkflow

        add_demo_assessments(store, rng, now)
        # a self-signed signing key (admin), so a manager can sign the demo's returns at once
        ReturnWorkflow(store).create_self_signed(now=now, key_size=2048)
    finally:
        store.close()
    return Path(folder)


def _make_case(
    w: CaseBulkWriter,
    rng: random.Random,
    i: int,
    keyworker_id: str,
    keyworker: str,
    now: datetime,
    keyworker_name: str = "",
) -> None:
    today = now.date()
    state = STATES[i % len(STATES)] if i >= 6 else [ContractState.ACTIVE] * 5 + [ContractState.OFFERED]
    state = state[i] if isinstance(state, list) else state
    person = Person(
        rng.choice(FIRST),
        rng.choice(LAST),
        date(rng.randint(1966, 2006), rng.randint(1, 12), rng.randint(1, 28)),
        f"NS/{today:%y}/{rng.randint(100000, 999999)}",
        keyworker_id,
        pnc_id=f"{rng.randint(90, 99)}/{rng.randint(100000, 999999)}{rng.choice('ABCDEFGHJK')}"
        if rng.random() < 0.6
        else None,
        phone=f"07700 900{rng.randint(100, 999)}",
        address=f"{rng.randint(1, 120)} Example Street",
    )
    days_in = {ContractState.ACTIVE: rng.randint(3, 118), ContractState.OFFERED: 0}.get(
        state, rng.randint(125, 200)
    )
    signed = today - timedelta(days=days_in)
    offence_date = signed - timedelta(days=rng.randint(3, 30))
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    referral = Referral(
        person.id,
        DEMO_FORCE,
        f"PC {rng.randint(1000, 9999)} {rng.choice(LAST)}",
        rng.choice(OFFENCES),
        offence_date,
        offence_date + timedelta(days=rng.randint(1, 3)),
        answers,
    )
    sharing = PoliceSharing.PROGRESS_AND_CLINICAL if rng.random() < 0.4 else PoliceSharing.PROGRESS_ONLY
    consent = Consent(person.id, sharing, rng.random() < 0.7, referral.referral_date, "DSA-NS-2026-01")
    w.add_people([person], [referral], [consent])
    at = datetime.combine(referral.referral_date, time(10))
    w.audit(keyworker, [("referral.create", "referral", referral.id, person.id, "eligible")], at=at)
    if state is ContractState.OFFERED:
        w.add_contract(Contract(person.id, offered_on=today - timedelta(days=rng.randint(0, 5))))
        return
    contract = Contract(person.id, offered_on=signed).sign(signed)
    assert contract.end_date is not None
    elapsed = min(days_in, contract.length_days) / contract.length_days
    # a few people miss their latest appointments in a row, so the dashboard has someone at risk
    missing_run = rng.choice([0] * 7 + [1, 1, 2, 2, 3]) if state is ContractState.ACTIVE else 0
    if state is not ContractState.ACTIVE:
        closed = min(contract.end_date, today - timedelta(days=rng.randint(1, 20)))
        reason = {
            ContractState.COMPLETED: "",
            ContractState.WITHDRAWN: "Moved out of the force area",
            ContractState.FAILED_NON_COMPLIANCE: "Three missed appointments and no community hours",
            ContractState.FAILED_REOFFENDED: "Charged with a new offence (force notification)",
        }[state]
        contract = contract.transition(state, closed, reason)
    conditions = [
        _progress(rng, cond, elapsed, state, signed, keyworker) for cond in default_conditions(contract.id)
    ]
    w.add_contract(contract, conditions)
    w.audit(
        keyworker,
        [("contract.sign", "contract", contract.id, person.id, "")],
        at=datetime.combine(signed, time(11)),
    )
    last_day = min(today, contract.closed_on or today)
    planned = datetime.combine(
        signed + timedelta(days=2), time(rng.choice([9, 10, 11, 13, 14, 15]), rng.choice([0, 30]))
    )
    appts: list[Appointment] = []
    while planned.date() <= last_day + timedelta(days=14 if state is ContractState.ACTIVE else -1):
        appts.append(
            Appointment(
                person.id,
                planned,
                rng.choice(
                    [AppointmentKind.KEYWORK] * 4
                    + [AppointmentKind.TREATMENT, AppointmentKind.GROUP, AppointmentKind.PHONE]
                ),
                keyworker_name or keyworker,
                recorded_by=keyworker,
            )
        )
        planned += timedelta(days=rng.choice([6, 7, 7, 8]))
    past = [a for a in appts if a.planned_at < now]
    for idx, appt in enumerate(appts):
        if appt.planned_at >= now:
            outcome = None
        elif idx >= len(past) - missing_run:
            outcome = AppointmentOutcome.DID_NOT_ATTEND
        elif idx == len(past) - 1 and rng.random() < 0.15:
            outcome = None  # last one not yet recorded: the diary flags it
        else:
            outcome = rng.choices(list(AppointmentOutcome), weights=[70, 10, 10, 5, 5])[0]
        notes = (
            {
                AppointmentOutcome.ATTENDED: "Engaged well; reviewed goals.",
                AppointmentOutcome.LATE: "Arrived late.",
                AppointmentOutcome.DID_NOT_ATTEND: "No contact; letter sent.",
            }.get(outcome, "")
            if outcome
            else ""
        )
        appt = replace(appt, outcome=outcome, notes=notes)
        w.add_appointments([appt])
        if outcome is not None:
            w.audit(
                keyworker,
                [("appointment.outcome", "appointment", appt.id, person.id, outcome.value)],
                at=appt.planned_at + timedelta(hours=1),
            )


def _progress(
    rng: random.Random, cond: Condition, elapsed: float, state: ContractState, signed: date, keyworker: str
) -> Condition:
    on = signed + timedelta(days=max(1, int(elapsed * 100)))
    if state is ContractState.COMPLETED:
        status = ConditionStatus.MET
    elif (state, cond.type) in FAILED_CONDITION:
        status = ConditionStatus.NOT_MET
    elif cond.type is ConditionType.OFFENDING:
        status = ConditionStatus.IN_PROGRESS
    elif cond.type is ConditionType.VICTIM and rng.random() < 0.3:
        status = ConditionStatus.WAIVED
    else:
        roll = rng.random()
        late_start = 0.15 if elapsed < 0.4 else 0.04  # most people have started everything by half-way
        status = (
            ConditionStatus.MET
            if roll < elapsed * 0.6
            else ConditionStatus.NOT_STARTED
            if roll > 1 - late_start
            else ConditionStatus.IN_PROGRESS
        )
    progress = 0.0
    if cond.target is not None:
        pace = rng.uniform(0.1, 0.45) if rng.random() < 0.12 else rng.uniform(0.6, 1.3)  # a few fall behind
        share = 1.0 if status is ConditionStatus.MET else min(1.0, elapsed * pace)
        progress = 0.0 if status is ConditionStatus.NOT_STARTED else round(cond.target * share)
    evidence: tuple[Evidence, ...] = ()
    if status is not ConditionStatus.NOT_STARTED and cond.type is not ConditionType.OFFENDING:
        text = {
            ConditionStatus.MET: "Confirmed complete by partner agency",
            ConditionStatus.WAIVED: "Victim declined a restorative approach",
            ConditionStatus.NOT_MET: "No hours worked by the deadline",
        }.get(status, "Attending as agreed")
        # What the entry added and the status it set, so a return can state both as of its period's end.
        evidence = (Evidence(on, text, keyworker, amount=progress or None, status=status),)
    if status is ConditionStatus.NOT_MET and cond.type is ConditionType.OFFENDING:
        evidence = (Evidence(on, "Force notified a new offence", keyworker, status=status),)
    return replace(cond, status=status, progress=progress, evidence=evidence)
