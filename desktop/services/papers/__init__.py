"""Papers for the person: the contract to sign and appointment letters, from templates a service can edit."""

from .render import appointment_letter, contract_paper, missed_appointment_letter
from .templates import PAPERS, PaperTemplateError, load_template, reading_grade

__all__ = [
    "PAPERS",
    "PaperTemplateError",
    "appointment_letter",
    "contract_paper",
    "load_template",
    "missed_appointment_letter",
    "reading_grade",
]
