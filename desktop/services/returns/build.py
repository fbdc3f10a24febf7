"""Build a return's content from a domain `Case`: a pure function, with the clock and the IDs passed in.

Minimisation happens here, once, so the renderer cannot leak what the content does not hold: clinical scores
are copied only when the person's recorded consent shares clinical detail with the force, appointment notes and
contact details are never copied, and only the identifiers the force supplied are named.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Case,
    Condition,
    ConditionStatus,
    ConditionType,
)

from .model import (
    AppointmentLine,
    AttendanceMonth,
    AttendanceSummary,
    ClinicalLine,
    ClinicalScore,
    ConditionLine,
    EvidenceLine,
    ReasonLine,
    ReferralLine,
    ReturnContent,
    ReturnKind,
    Subject,
)

_TAKEN_UP = (ConditionStatus.IN_PROGRESS, ConditionStatus.MET)


def build_return_content(
    case: Case,
    kind: ReturnKind,
    *,
    provider: str,
    force_name: str,
    keyworker: str,
    period_start: date,
    period_end: date,
    generated_at: datetime,
    clinical: Sequence[ClinicalScore] = (),
    disclosures: Sequence[EvidenceLine] = (),
    narrative: str = "",
    sign_off_name: str = "",
    sign_off_role: str = "",
    replaces_document_id: str | None = None,
    document_id: str | None = None,
) -> ReturnContent:
    """The content of one return for `case` over [period_start, period_end].

    `disclosures` are disclosures of new offending recorded outside the conditions; evidence on a failed
    offending condition is added to them. `document_id` is a fresh UUID unless given (a re-render of a draft).
    """
    if period_end < period_start:
        raise ValueError("The period ends before it starts")
    if replaces_document_id is not None:
        replaces_document_id = str(uuid.UUID(replaces_document_id))
    contract = case.contract
    as_of = _as_of(case.appointments, period_end, generated_at)
    assessment = case.compliance(as_of)
    # A start notice lists the whole schedule offered so far; other returns what fell in their period.
    until = contract.end_date if kind is ReturnKind.CONTRACT_START and contract and contract.end_date else None
    in_period = [a for a in case.appointments if period_start <= a.on <= (until or period_end)]
    chart_from = contract.signed_on if contract and contract.signed_on else period_start
    shares_clinical = case.consent is not None and case.consent.shares_clinical_detail
    conditions = sorted(case.conditions, key=lambda c: c.position)
    return ReturnContent(
        kind=kind,
        document_id=str(uuid.UUID(document_id)) if document_id else str(uuid.uuid4()),
        generated_at=generated_at,
        replaces_document_id=replaces_document_id,
        provider=provider,
        force_name=force_name,
        force_reference=case.person.force_reference,
        subject=Subject(case.person.full_name, case.person.date_of_birth, case.person.pnc_id or None),
        keyworker=keyworker,
        period_start=period_start,
        period_end=period_end,
        contract_state=contract.state.label if contract else "No contract",
        contract_start=contract.signed_on if contract else None,
        contract_end=contract.end_date if contract else None,
        closed_on=contract.closed_on if contract else None,
        outcome_reason=contract.outcome_reason if contract else "",
        conditions=tuple(_condition_line(c, period_end) for c in conditions),
        appointments=tuple(
            AppointmentLine(a.planned_at, a.kind.label, _outcome_label(a, as_of))
            for a in sorted(in_period, key=lambda a: a.planned_at)
        ),
        attendance=_summary(in_period),
        attendance_by_month=_by_month(
            [a for a in case.appointments if chart_from <= a.on <= period_end], chart_from, period_end
        ),
        referrals=tuple(_referral(c, contract.signed_on if contract else None) for c in conditions
                        if c.type is ConditionType.PATHWAY),
        disclosures=_disclosures(conditions, disclosures, period_end),
        compliance_level=assessment.level.label,
        compliance_reasons=tuple(ReasonLine(r.level.label, r.text) for r in assessment.reasons),
        clinical_shared=shares_clinical,
        clinical=tuple(
            ClinicalLine(s.instrument, f"{s.score:g}", s.band, s.on)
            for s in sorted(clinical, key=lambda s: (s.on, s.instrument))
        ) if shares_clinical else (),
        narrative=narrative.strip(),
        sign_off_name=sign_off_name,
        sign_off_role=sign_off_role,
    )


def _as_of(appointments: Iterable[Appointment], period_end: date, generated_at: datetime) -> datetime:
    """Judge compliance at the end of the period (or earlier, if generated before it ends).

    The moment takes the appointments' own time-zone convention, so naive and aware times never meet.
    """
    tz = next((a.planned_at.tzinfo for a in appointments), generated_at.tzinfo)
    end = datetime.combine(period_end, time(23, 59, 59), tzinfo=tz)
    now = generated_at if (generated_at.tzinfo is None) == (tz is None) else end
    if tz is not None and now.tzinfo is not None:
        now = now.astimezone(tz)
    return min(now, end)


def _outcome_label(appt: Appointment, as_of: datetime) -> str:
    if appt.outcome is not None:
        return appt.outcome.label
    return "Outcome not recorded" if appt.planned_at <= as_of else "Offered"


def _condition_line(cond: Condition, period_end: date) -> ConditionLine:
    return ConditionLine(
        title=cond.title,
        type_label=cond.type.label,
        status_label=cond.status.label,
        progress_label=cond.progress_label if cond.target is not None else "",
        requirement=f"{cond.target:g} {cond.unit}".strip() if cond.target is not None else cond.description,
        evidence=tuple(EvidenceLine(e.on, e.text) for e in sorted(cond.evidence, key=lambda e: e.on)
                       if e.on <= period_end),
    )


def _summary(appointments: Sequence[Appointment]) -> AttendanceSummary:
    def count(*outcomes: AppointmentOutcome | None) -> int:
        return sum(1 for a in appointments if a.outcome in outcomes)

    return AttendanceSummary(
        offered=len(appointments) - count(AppointmentOutcome.CANCELLED_BY_SERVICE),
        attended=count(AppointmentOutcome.ATTENDED, AppointmentOutcome.LATE),
        late=count(AppointmentOutcome.LATE),
        missed=count(AppointmentOutcome.DID_NOT_ATTEND),
        cancelled_by_person=count(AppointmentOutcome.CANCELLED_BY_PERSON),
        not_yet_recorded=count(None),
    )


def _by_month(appointments: Sequence[Appointment], start: date, end: date) -> tuple[AttendanceMonth, ...]:
    months: list[AttendanceMonth] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        these = [a for a in appointments if (a.on.year, a.on.month) == (year, month)]
        months.append(AttendanceMonth(
            f"{year:04d}-{month:02d}",
            attended=sum(1 for a in these if a.outcome is AppointmentOutcome.ATTENDED),
            late=sum(1 for a in these if a.outcome is AppointmentOutcome.LATE),
            missed=sum(1 for a in these if a.outcome is AppointmentOutcome.DID_NOT_ATTEND),
        ))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months[-6:])  # a four-month contract spans at most five or six calendar months


def _referral(cond: Condition, made_on: date | None) -> ReferralLine:
    """A pathway condition is a referral made when the contract was signed, taken up once work started."""
    taken_up = cond.status in _TAKEN_UP or cond.progress > 0
    first = min((e.on for e in cond.evidence), default=None)
    return ReferralLine(
        pathway_label=cond.pathway.label if cond.pathway else "Other",
        intervention=cond.title,
        made_on=made_on,
        taken_up=taken_up,
        taken_up_on=first if taken_up else None,
    )


def _disclosures(
    conditions: Sequence[Condition], given: Sequence[EvidenceLine], period_end: date
) -> tuple[EvidenceLine, ...]:
    found = list(given)
    for cond in conditions:
        if cond.type is ConditionType.OFFENDING and cond.status is ConditionStatus.NOT_MET and cond.evidence:
            # The status change to "not met" is recorded with its evidence, appended last; earlier entries
            # are routine checks ("no new offending recorded") and are not disclosures.
            last = cond.evidence[-1]
            found.append(EvidenceLine(last.on, last.text))
    unique = {(e.on, e.text): e for e in found if e.on <= period_end}
    return tuple(sorted(unique.values(), key=lambda e: (e.on, e.text)))
