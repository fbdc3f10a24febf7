"""Build a return's content from a domain `Case`: a pure function, with the clock and the IDs passed in.

Minimisation happens here, once, so the renderer cannot leak what the content does not hold: clinical scores
are copied only when the person's recorded consent shares clinical detail with the force, appointment notes and
contact details are never copied, and only the identifiers the force supplied are named.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    Case,
    ComplianceLevel,
    Condition,
    ConditionStatus,
    ConditionType,
    ContractState,
    Pathway,
    assess,
)
from desktop.domain.compliance import ACCEPTABLE_REASONS, DEFAULT_RULES, ComplianceRules, Reason
from desktop.domain.onward import OnwardReferral, referrals_as_of
from desktop.domain.returns import Month
from desktop.domain.variations import Variation
from desktop.domain.victims import VICTIM_CONDITIONS, VictimContact, VictimWishes, victim_as_of
from desktop.wording import render_reason
from desktop.wording.returns import LANGUAGES, Words

from .asof import ConditionAsOf, case_as_of
from .model import (
    AppointmentLine,
    AttendanceMonth,
    AttendanceSummary,
    ClinicalLine,
    ClinicalScore,
    ConditionLine,
    EvidenceLine,
    OnwardLine,
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
    recorders: Mapping[str, str] | None = None,
    referrals_made: Mapping[Pathway, tuple[date, str]] | None = None,
    rules: ComplianceRules = DEFAULT_RULES,
    closed_by: str = "",
    language: str = "en",
    variations: Sequence[Variation] = (),
    onward: Sequence[OnwardReferral] = (),
    victims: Mapping[str, VictimContact] | None = None,
) -> ReturnContent:
    """The content of one return for `case` over [period_start, period_end], as the case stood at its end.

    `disclosures` are disclosures of new offending recorded outside the conditions; evidence on a failed
    offending condition is added to them. `document_id` is a fresh UUID unless given (a re-render of a draft).
    `recorders` maps usernames to the names printed beside each entry; `referrals_made` gives, per pathway, the
    date and agency of the referral record (the pathway needs screen); without one the date is left off.
    `onward` are the person's referrals to other agencies: each made by the period's end is listed as it stood
    then, and the first per pathway gives that pathway's referral in place of the screen's free-text agency.
    `victims` maps a victim condition's id to its victim record: one line each, no name or contact details.
    `language` is "en", "cy" or "cy+en" (desktop.wording.returns.return_language chooses it): labels and
    compliance reasons are worded in it; what people typed stays as typed.
    """
    if period_end < period_start:
        raise ValueError("The period ends before it starts")
    if language not in LANGUAGES:
        raise ValueError(f"unknown return language {language!r}: one of {', '.join(LANGUAGES)}")
    w = Words(language)
    if replaces_document_id is not None:
        replaces_document_id = str(uuid.UUID(replaces_document_id))
    as_of = _as_of(case.appointments, period_end, generated_at)
    case, states = case_as_of(case, period_end, as_of)  # nothing dated after the period from here on
    contract = case.contract
    assessment = assess(contract, case.conditions, case.appointments, as_of, rules)
    named = {m for r in assessment.reasons for m in r.appointments}
    in_period = [
        a
        for a in case.appointments
        if period_start <= a.on <= period_end or (kind is ReturnKind.NON_COMPLIANCE and a.planned_at in named)
    ]
    chart_from = contract.signed_on if contract and contract.signed_on else period_start
    shares_clinical = case.consent is not None and case.consent.shares_clinical_detail
    conditions = sorted(case.conditions, key=lambda c: c.position)
    names = recorders or {}
    final = kind is ReturnKind.FINAL_OUTCOME
    onward_now = referrals_as_of(tuple(onward), period_end)
    made = dict(referrals_made or {})
    first_attended: dict[Pathway, date] = {}
    for r in reversed(onward_now):  # the first referral on each pathway, in place of the screen's free text
        made[r.pathway] = (r.referred_on, r.agency)
    for r in onward_now:  # attending the agency takes the pathway's referral up, whatever the condition says
        if r.first_attended_on:
            first_attended[r.pathway] = min(r.first_attended_on, first_attended.get(r.pathway, date.max))
    return ReturnContent(
        kind=kind,
        document_id=str(uuid.UUID(document_id)) if document_id else str(uuid.uuid4()),
        generated_at=generated_at,
        replaces_document_id=replaces_document_id,
        provider=provider,
        force_name=force_name,
        force_reference=case.person.force_reference,
        subject=Subject(case.person.full_name, case.person.date_of_birth, case.person.pnc_id or None),
        keyworker=w.t(keyworker) if keyworker == "Not assigned" else keyworker,
        period_start=period_start,
        period_end=period_end,
        contract_state=w.t(contract.state.label if contract else "No contract"),
        contract_start=contract.signed_on if contract else None,
        contract_end=contract.end_date if contract else None,
        closed_on=contract.closed_on if contract else None,
        outcome_reason=contract.outcome_reason if contract else "",
        conditions=tuple(_condition_line(c, states[c.id], period_end, names, w) for c in conditions),
        appointments=tuple(
            AppointmentLine(
                a.planned_at,
                w.t(a.kind.label),
                w.t(_outcome_label(a, as_of)),
                _appointment_note(a, period_start, a.planned_at in named, w),
            )
            for a in sorted(in_period, key=lambda a: a.planned_at)
        ),
        attendance=_summary(in_period),
        attendance_by_month=_by_month(
            [a for a in case.appointments if chart_from <= a.on <= period_end], chart_from, period_end
        ),
        referrals=tuple(
            _referral(
                c,
                made.get(c.pathway) if c.pathway else None,
                states[c.id].known,
                w,
                first_attended.get(c.pathway) if c.pathway else None,
            )
            for c in conditions
            if c.type is ConditionType.PATHWAY
        ),
        disclosures=_disclosures(conditions, disclosures, period_end),
        compliance_level=w.t(assessment.level.label),
        compliance_reasons=tuple(
            ReasonLine(w.t(r.level.label), _reason(r, language)) for r in assessment.reasons
        ),
        clinical_shared=shares_clinical,
        clinical=tuple(
            ClinicalLine(s.instrument, f"{s.score:g}", s.band, s.on)
            for s in sorted(clinical, key=lambda s: (s.on, s.instrument))
        )
        if shares_clinical
        else (),
        narrative=narrative.strip(),
        sign_off_name=sign_off_name,
        sign_off_role=sign_off_role,
        facts_as_of=min(period_end, as_of.date()),
        outcome_lines=_outcome_lines(case, conditions, closed_by, as_of, rules, w) if final else (),
        recommendation=_recommendation(rules.recommendation(_situation(case, assessment.level)), w),
        language=language,
        contract_notes=_contract_notes(case, kind, variations, period_start, period_end),
        onward=tuple(
            OnwardLine(
                w.t(r.pathway.label),
                r.agency,
                r.referred_on,
                w.t(r.accepted.label),
                r.accepted_on,
                r.first_attended_on,
            )
            for r in onward_now
        ),
        victim_lines=tuple(
            f"{c.title}: {_victim_line((victims or {}).get(c.id), period_end, w)}"
            for c in conditions
            if c.type in VICTIM_CONDITIONS
        ),
    )


def _victim_line(v: VictimContact | None, day: date, w: Words) -> str:
    """Data-minimised: the victim's wishes, when and how contact was made, whether an outcome is recorded;
    never the victim's name, contact details or the outcome's words. Bilingual: Welsh, then English."""
    a = victim_as_of(v, day)
    if a.wishes is VictimWishes.NOT_ASKED:
        parts: tuple[str, tuple[object, ...]] = ("Victim's wishes: not yet known.", ())
    elif a.wishes is VictimWishes.NO_CONTACT:
        parts = (
            "Victim's wishes: no contact wanted. Outcome recorded."
            if a.outcome_recorded
            else "Victim's wishes: no contact wanted.",
            (),
        )
    elif a.contact_on is None or a.contact_how is None:
        parts = ("Victim's wishes: contact wanted. Victim contact: not yet made.", ())
    else:
        parts = (
            "Victim contact: made on {0} ({1}); outcome recorded."
            if a.outcome_recorded
            else "Victim contact: made on {0} ({1}); outcome not yet recorded.",
            (w.day(a.contact_on), a.contact_how.label),
        )
    english, args = parts
    if w.language != "cy+en":  # the way contact was made is a label: worded too
        return w.t(english, *(w.t(str(x)) if i == 1 else x for i, x in enumerate(args)))
    cy = Words("cy")
    welsh = cy.t(english, *(cy.t(str(x)) if i == 1 else x for i, x in enumerate(args)))
    return f"{welsh}\n{english.format(*args)}"


def _recommendation(line: str, w: Words) -> str:
    """The scheme's line in the return's language; bilingual: Welsh, then English on its own line."""
    if not line or w.language == "en":
        return line
    welsh = Words("cy").t(line)
    return welsh if w.language == "cy" or welsh == line else f"{welsh}\n{line}"


def _reason(reason: Reason, language: str) -> str:
    """A compliance reason in the return's language; bilingual: the Welsh, then the English on its own line."""
    if language == "cy+en":
        return f"{render_reason(reason, 'cy')}\n{render_reason(reason, 'en')}"
    return render_reason(reason, "cy" if language == "cy" else "en")


def _contract_notes(
    case: Case, kind: ReturnKind, variations: Sequence[Variation], start: date, end: date
) -> tuple[str, ...]:
    """A start notice names each eligibility criterion a manager let through, with the written reason; every
    return lists the contract's variations dated in its period (what changed and why)."""
    notes: list[str] = []
    if kind is ReturnKind.CONTRACT_START and case.referral is not None:
        notes += [
            f"Eligibility: '{a.question.text}' failed and was let through by a manager (reason: "
            f"{a.override_reason})"
            for a in case.referral.overrides
        ]
    notes += [
        f"Variation on {v.line}" for v in sorted(variations, key=lambda v: v.on) if start <= v.on <= end
    ]
    return tuple(notes)


def _situation(case: Case, level: ComplianceLevel) -> str:
    """Which of the scheme's recommendation lines applies: the contract's outcome once closed, else the level."""
    state = case.contract.state if case.contract else None
    closed = {
        ContractState.COMPLETED: "completed",
        ContractState.FAILED_NON_COMPLIANCE: "failed_non_compliance",
        ContractState.FAILED_REOFFENDED: "failed_reoffended",
        ContractState.WITHDRAWN: "withdrawn",
    }
    if state is not None and state in closed:
        return closed[state]
    return level.value


def _outcome_lines(
    case: Case,
    conditions: Sequence[Condition],
    closed_by: str,
    as_of: datetime,
    rules: ComplianceRules,
    w: Words | None = None,
) -> tuple[str, ...]:
    """A final return's outcome in words: completed, failed (which condition, why) or withdrawn (by whom, why)."""
    w = w or Words()
    contract = case.contract
    if contract is None:
        return (w.t("No contract was signed."),)
    on = _day(contract.closed_on, w) if contract.closed_on else None
    reason = contract.outcome_reason
    if contract.state is ContractState.COMPLETED:
        open_ = [
            c.title for c in conditions if c.type is not ConditionType.OFFENDING and not c.status.is_settled
        ]
        if not open_:
            return (
                w.t("Completed on {0}: every condition was met or waived.", on)
                if on
                else w.t("Completed: every condition was met or waived."),
            )
        return (
            w.t("Completed on {0}.", on) if on else w.t("Completed."),
            w.t("Not recorded as met or waived: {0}", "; ".join(open_)),
        )
    if contract.state is ContractState.WITHDRAWN:
        if on and closed_by:
            first = w.t("Withdrawn on {0} by {1}.", on, closed_by)
        elif on or closed_by:
            first = w.t("Withdrawn on {0}.", on) if on else w.t("Withdrawn by {0}.", closed_by)
        else:
            first = w.t("Withdrawn.")
        return (first, w.t("Why: {0}", reason) if reason else w.t("No reason was recorded."))
    if contract.state in (ContractState.FAILED_NON_COMPLIANCE, ContractState.FAILED_REOFFENDED):
        reoffended = contract.state is ContractState.FAILED_REOFFENDED
        if on:
            head = (
                w.t("Failed on {0}: reoffended.", on)
                if reoffended
                else w.t("Failed on {0}: did not comply.", on)
            )
        else:
            head = w.t("Failed: reoffended.") if reoffended else w.t("Failed: did not comply.")
        lines = [head]
        for cond in conditions:
            if cond.status is ConditionStatus.NOT_MET:
                last = cond.evidence[-1] if cond.evidence else None
                why = f": {last.text} ({_day(last.on, w)})" if last else ""
                lines.append(w.t("Condition not met: {0}", cond.title) + why)
        if reason:
            lines.append(w.t("Reason recorded: {0}", reason))
        if contract.state is ContractState.FAILED_NON_COMPLIANCE:
            # What the attendance showed when it closed, judged as if it were still running.
            running = assess(
                replace(contract, state=ContractState.ACTIVE), conditions, case.appointments, as_of, rules
            )
            for r in running.reasons:
                if r.appointments and r.level.rank > 0:
                    lines.append(_attendance_line(r, w.language))
        return tuple(lines)
    return (w.t("The contract was still {0} at the end of the period.", contract.state.label.lower()),)


def _attendance_line(reason: Reason, language: str) -> str:
    if language == "en":
        return f"Attendance: {render_reason(reason, 'en')}"
    welsh = f"Presenoldeb: {render_reason(reason, 'cy')}"
    return welsh if language == "cy" else f"{welsh}\nAttendance: {render_reason(reason, 'en')}"


def _day(d: date | None, w: Words | None = None) -> str:
    if w is not None and w.language != "en":
        return w.day(d) if d else w.t("an unrecorded date")
    return f"{d.day} {d.strftime('%b %Y')}" if d else "an unrecorded date"


def _appointment_note(
    appt: Appointment, period_start: date, behind_notice: bool, w: Words | None = None
) -> str:
    w = w or Words()
    notes = []
    if appt.absence_reason:
        code, _, text = appt.absence_reason.partition(":")
        if w.language == "en":
            notes.append(
                f"absence accepted: {ACCEPTABLE_REASONS.get(code, code)}"
                + (f" ({text.strip()})" if text else "")
            )
        else:
            why = w.t(ACCEPTABLE_REASONS.get(code, code))
            notes.append(w.t("absence accepted: {0}", why) + (f" ({text.strip()})" if text else ""))
    if behind_notice and appt.on < period_start:
        notes.append(w.t("before this period; behind this notice"))
    return "; ".join(notes)


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


def _condition_line(
    cond: Condition, state: ConditionAsOf, period_end: date, names: Mapping[str, str], w: Words | None = None
) -> ConditionLine:
    w = w or Words()
    progress = cond.progress_label if cond.target is not None else ""
    status = w.t(cond.status.label)
    if not state.known:
        progress = w.t("Not stated: updated after this period") if cond.target is not None else ""
        status = w.t("Not stated: updated after this period")
    evidence = tuple(
        EvidenceLine(e.on, e.text, _recorded(e.recorded_by, e.recorded_at, names, w))
        for e in sorted(cond.evidence, key=lambda e: e.on)
        if e.on <= period_end
    )
    return ConditionLine(
        title=cond.title,
        type_label=w.t(cond.type.label),
        status_label=status,
        progress_label=progress,
        requirement=f"{cond.target:g} {cond.unit}".strip() if cond.target is not None else cond.description,
        evidence=evidence,
    )


def _recorded(username: str, at: datetime | None, names: Mapping[str, str], w: Words | None = None) -> str:
    who = names.get(username, username)
    if not who and at is None:
        return ""
    if w is not None and w.language != "en":
        when = _day(at.date(), w) if at else ""
        if who and when:
            return w.t("recorded by {0} on {1}", who, when)
        return w.t("recorded by {0}", who) if who else w.t("recorded on {0}", when)
    return "recorded" + (f" by {who}" if who else "") + (f" on {_day(at.date())}" if at else "")


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
    for m in Month.of(start).through(Month.of(end)):
        these = [a for a in appointments if a.on in m]
        months.append(
            AttendanceMonth(
                str(m),
                attended=sum(1 for a in these if a.outcome is AppointmentOutcome.ATTENDED),
                late=sum(1 for a in these if a.outcome is AppointmentOutcome.LATE),
                missed=sum(1 for a in these if a.outcome is AppointmentOutcome.DID_NOT_ATTEND),
            )
        )
    return tuple(months[-6:])  # a four-month contract spans at most five or six calendar months


def _referral(
    cond: Condition,
    made: tuple[date, str] | None,
    known: bool = True,
    w: Words | None = None,
    attended: date | None = None,
) -> ReferralLine:
    """A pathway condition's referral: made on the date of its referral record (left off when there is none),
    taken up once work started (the condition as of the period's end) or the person first attended the agency
    referred to (`attended`, already as of the period's end)."""
    worked = cond.status in _TAKEN_UP or cond.progress > 0 or (not known and bool(cond.evidence))
    taken_up = worked or attended is not None
    starts = [e.on for e in cond.evidence] if worked else []
    first = min([*starts, *([attended] if attended else [])], default=None)
    return ReferralLine(
        pathway_label=(w or Words()).t(cond.pathway.label if cond.pathway else "Other"),
        intervention=cond.title,
        made_on=made[0] if made else None,
        taken_up=taken_up,
        taken_up_on=first if taken_up else None,
        agency=made[1] if made else "",
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
