"""Enumerations of the diversion scheme. Values are stable strings: they are stored and exchanged."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    KEYWORKER = "keyworker"

    @property
    def sees_everyone(self) -> bool:
        return self in (Role.ADMIN, Role.MANAGER)

    @property
    def can_sign_returns(self) -> bool:
        return self in (Role.ADMIN, Role.MANAGER)


class ContractState(StrEnum):
    OFFERED = "offered"
    ACTIVE = "active"
    COMPLETED = "completed"
    FAILED_NON_COMPLIANCE = "failed_non_compliance"
    FAILED_REOFFENDED = "failed_reoffended"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _CONTRACT_LABELS[self]

    @property
    def is_terminal(self) -> bool:
        return self not in (ContractState.OFFERED, ContractState.ACTIVE)


_CONTRACT_LABELS = {
    ContractState.OFFERED: "Offered",
    ContractState.ACTIVE: "Active",
    ContractState.COMPLETED: "Completed",
    ContractState.FAILED_NON_COMPLIANCE: "Failed (non-compliance)",
    ContractState.FAILED_REOFFENDED: "Failed (reoffended)",
    ContractState.WITHDRAWN: "Withdrawn",
}


class ConditionType(StrEnum):
    OFFENDING = "offending"
    VICTIM = "victim"
    PATHWAY = "pathway"
    COMMUNITY_HOURS = "community_hours"
    GPS_TAG = "gps_tag"
    VICTIM_AWARENESS = "victim_awareness"
    APOLOGY_LETTER = "apology_letter"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _CONDITION_TYPE_LABELS[self]


_CONDITION_TYPE_LABELS = {
    ConditionType.OFFENDING: "No reoffending",
    ConditionType.VICTIM: "Victim / restorative approach",
    ConditionType.PATHWAY: "Pathway intervention",
    ConditionType.COMMUNITY_HOURS: "Community hours",
    ConditionType.GPS_TAG: "GPS tag",
    ConditionType.VICTIM_AWARENESS: "Victim awareness course",
    ConditionType.APOLOGY_LETTER: "Apology letter",
    ConditionType.CUSTOM: "Custom",
}


class ConditionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_MET = "not_met"
    WAIVED = "waived"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_settled(self) -> bool:
        """Met or waived: nothing more is owed on this condition."""
        return (
            self is ConditionStatus.MET or self is ConditionStatus.WAIVED
        )  # identity: hot on large caseloads


class AppointmentKind(StrEnum):
    KEYWORK = "keywork"
    ASSESSMENT = "assessment"
    REVIEW = "review"
    TREATMENT = "treatment"
    GROUP = "group"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    PARTNER_AGENCY = "partner_agency"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class AppointmentOutcome(StrEnum):
    ATTENDED = "attended"
    LATE = "late"
    DID_NOT_ATTEND = "did_not_attend"
    CANCELLED_BY_PERSON = "cancelled_by_person"
    CANCELLED_BY_SERVICE = "cancelled_by_service"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def counts_as_attended(self) -> bool:
        return self in (AppointmentOutcome.ATTENDED, AppointmentOutcome.LATE)


_OUTCOME_LABELS = {
    AppointmentOutcome.ATTENDED: "Attended",
    AppointmentOutcome.LATE: "Attended late",
    AppointmentOutcome.DID_NOT_ATTEND: "Did not attend",
    AppointmentOutcome.CANCELLED_BY_PERSON: "Cancelled by the person",
    AppointmentOutcome.CANCELLED_BY_SERVICE: "Cancelled by the service",
}


class PoliceSharing(StrEnum):
    """What the person consented to share with the force. Progress is the scheme's minimum."""

    PROGRESS_ONLY = "progress_only"
    PROGRESS_AND_CLINICAL = "progress_and_clinical"

    @property
    def label(self) -> str:
        return "Progress only" if self is PoliceSharing.PROGRESS_ONLY else "Progress and clinical detail"


class Pathway(StrEnum):
    ALCOHOL = "alcohol"
    DRUGS = "drugs"
    HOUSING = "housing"
    MENTAL_HEALTH = "mental_health"
    PHYSICAL_HEALTH = "physical_health"
    FINANCES = "finances"
    EMPLOYMENT = "employment"
    RELATIONSHIPS = "relationships"
    EXPLOITATION = "exploitation"

    @property
    def label(self) -> str:
        return _PATHWAY_LABELS[self]


_PATHWAY_LABELS = {
    Pathway.ALCOHOL: "Alcohol",
    Pathway.DRUGS: "Drugs",
    Pathway.HOUSING: "Housing",
    Pathway.MENTAL_HEALTH: "Mental health",
    Pathway.PHYSICAL_HEALTH: "Physical health",
    Pathway.FINANCES: "Finances",
    Pathway.EMPLOYMENT: "Employment and training",
    Pathway.RELATIONSHIPS: "Relationships and family",
    Pathway.EXPLOITATION: "Exploitation and victimisation",
}


class ComplianceLevel(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NOT_COMPLYING = "not_complying"

    @property
    def label(self) -> str:
        return {"on_track": "On track", "at_risk": "At risk", "not_complying": "Not complying"}[self.value]

    @property
    def rank(self) -> int:
        return {"on_track": 0, "at_risk": 1, "not_complying": 2}[self.value]
