"""The scheme's rules: dataclasses, enums and pure functions. Standard library only; the clock is passed in."""

from .appointments import Appointment
from .case import Case, CaseloadRow, caseload_row
from .compliance import ComplianceAssessment, Reason, assess
from .contract import Condition, Contract, Evidence, allowed_transitions, default_conditions
from .enums import (
    AppointmentKind,
    AppointmentOutcome,
    ComplianceLevel,
    ConditionStatus,
    ConditionType,
    ContractState,
    Pathway,
    PoliceSharing,
    Role,
)
from .errors import DomainError, IllegalTransition, ValidationError
from .people import (
    ELIGIBILITY_QUESTIONS,
    Consent,
    EligibilityAnswer,
    Person,
    Referral,
    User,
    validate_new_referral,
)

__all__ = [
    "ELIGIBILITY_QUESTIONS",
    "Appointment",
    "AppointmentKind",
    "AppointmentOutcome",
    "Case",
    "CaseloadRow",
    "ComplianceAssessment",
    "ComplianceLevel",
    "Condition",
    "ConditionStatus",
    "ConditionType",
    "Consent",
    "Contract",
    "ContractState",
    "DomainError",
    "EligibilityAnswer",
    "Evidence",
    "IllegalTransition",
    "Pathway",
    "Person",
    "PoliceSharing",
    "Reason",
    "Referral",
    "Role",
    "User",
    "ValidationError",
    "allowed_transitions",
    "assess",
    "caseload_row",
    "default_conditions",
    "validate_new_referral",
]
