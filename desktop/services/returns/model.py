"""What a return says, as plain frozen data: built from a case, serialised, hashed, drawn and signed.

Nothing here reads the clock or the store. Every line is already worded for the force, so the renderer only
lays it out and the canonical JSON (and so the content hash) covers exactly what the reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.returns import ReturnKind

__all__ = ["ReturnKind"]  # the kinds are the domain's (desktop.domain.returns); kept importable here


@dataclass(frozen=True, slots=True)
class ClinicalScore:
    """One clinical measure, as the caller supplies it. Reaches the return only with clinical consent."""

    instrument: str
    score: float
    band: str
    on: date


@dataclass(frozen=True, slots=True)
class Subject:
    """The identifiers the force supplied, and nothing more (no address, phone or e-mail)."""

    name: str
    date_of_birth: date
    pnc_id: str | None


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    on: date
    text: str
    recorded: str = ""  # "recorded by Alex Carter on 2 Dec 2026": who wrote it down, and when


@dataclass(frozen=True, slots=True)
class ConditionLine:
    title: str
    type_label: str
    status_label: str
    progress_label: str
    requirement: str  # what was agreed: "6 sessions", or the condition's description
    evidence: tuple[EvidenceLine, ...]


@dataclass(frozen=True, slots=True)
class AppointmentLine:
    at: datetime
    kind_label: str
    outcome_label: str  # "Offered" while still to come, "Outcome not recorded" once past without one
    note: str = ""  # "accepted: in hospital", "before this period, behind this notice"


@dataclass(frozen=True, slots=True)
class AttendanceMonth:
    month: str  # "2026-03"
    attended: int
    late: int
    missed: int


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    offered: int
    attended: int  # includes late
    late: int
    missed: int
    cancelled_by_person: int
    not_yet_recorded: int


@dataclass(frozen=True, slots=True)
class ReferralLine:
    pathway_label: str
    intervention: str
    made_on: date | None
    taken_up: bool
    taken_up_on: date | None
    agency: str = ""  # the partner agency referred to, from the pathway needs screen


@dataclass(frozen=True, slots=True)
class OnwardLine:
    """A referral to another agency, as it stood at the period's end (desktop.domain.onward.as_of)."""

    pathway_label: str
    agency: str
    referred_on: date
    accepted_label: str  # "Accepted", "Not accepted" or "Not known yet", worded
    accepted_on: date | None
    first_attended_on: date | None


@dataclass(frozen=True, slots=True)
class ReasonLine:
    level_label: str
    text: str


@dataclass(frozen=True, slots=True)
class ClinicalLine:
    instrument: str
    score: str  # formatted with :g, so 12.0 reads "12"
    band: str
    on: date


@dataclass(frozen=True, slots=True)
class ReturnContent:
    kind: ReturnKind
    document_id: str
    generated_at: datetime
    replaces_document_id: str | None
    provider: str
    force_name: str
    force_reference: str
    subject: Subject
    keyworker: str
    period_start: date
    period_end: date
    contract_state: str
    contract_start: date | None
    contract_end: date | None
    closed_on: date | None
    outcome_reason: str
    conditions: tuple[ConditionLine, ...]
    appointments: tuple[AppointmentLine, ...]
    attendance: AttendanceSummary
    attendance_by_month: tuple[AttendanceMonth, ...]
    referrals: tuple[ReferralLine, ...]
    disclosures: tuple[EvidenceLine, ...]
    compliance_level: str
    compliance_reasons: tuple[ReasonLine, ...]
    clinical_shared: bool
    clinical: tuple[ClinicalLine, ...]
    narrative: str
    sign_off_name: str
    sign_off_role: str
    facts_as_of: date | None = None  # every fact is as it stood at the end of this day
    outcome_lines: tuple[
        str, ...
    ] = ()  # a final return's outcome: completed / failed (which, why) / withdrawn
    recommendation: str = ""  # the provider's recommendation, one line worded by the scheme
    language: str = "en"  # "en", "cy" or "cy+en" (Welsh first); the words above are already in it
    contract_notes: tuple[
        str, ...
    ] = ()  # eligibility overrides (start notice) and variations dated in the period
    onward: tuple[OnwardLine, ...] = ()  # referrals to other agencies made by the period's end
    victim_lines: tuple[str, ...] = ()  # one data-minimised line per victim condition (no name or details)

    @property
    def title(self) -> str:
        return self.kind.label
