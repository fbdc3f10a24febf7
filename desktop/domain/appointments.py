"""Sessions with the keyworker or partners ("appointments" in code, to keep clear of database sessions)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .enums import AppointmentKind, AppointmentOutcome
from .errors import DomainError
from .ids import new_id


@dataclass(frozen=True, slots=True)
class Appointment:
    person_id: str
    planned_at: datetime
    kind: AppointmentKind = AppointmentKind.KEYWORK
    with_whom: str = ""
    duration_minutes: int = 60
    outcome: AppointmentOutcome | None = None
    notes: str = ""
    recorded_by: str = ""
    id: str = field(default_factory=new_id)
    version: int = 1
    # An absence the keyworker accepted: a code of compliance.ACCEPTABLE_REASONS, "other: <text>" for other
    absence_reason: str = ""

    @property
    def on(self) -> date:
        return self.planned_at.date()

    @property
    def is_missed(self) -> bool:
        return self.outcome is AppointmentOutcome.DID_NOT_ATTEND

    @property
    def attended(self) -> bool:
        return self.outcome is not None and self.outcome.counts_as_attended

    def overdue_for_outcome(self, now: datetime) -> bool:
        """Past and still without an outcome: the diary flags these for the keyworker."""
        return self.outcome is None and self.planned_at < now

    def record(self, outcome: AppointmentOutcome, notes: str, by: str, now: datetime) -> Appointment:
        happened = outcome.counts_as_attended or outcome is AppointmentOutcome.DID_NOT_ATTEND
        if happened and self.planned_at > now:
            raise DomainError("appointment.not_happened")
        return replace(self, outcome=outcome, notes=notes, recorded_by=by)
