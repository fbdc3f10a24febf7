"""Errors and form problems as codes with parameters, put into words at the edges.

The domain, storage and services raise `DomainError(code, **params)` and report form problems as
`Problem(code, **params)` (desktop/domain/errors.py); their templates live here, marked for pyside6-lupdate in
the contexts "Errors" and "Problems". English is the source text, word for word what the domain used to say
(the CLI's tests and its users rely on it); the GUI renders through QCoreApplication.translate (desktop/ui/
labels.py), the CLI through `render` below, which asks Qt's translator only when Qt is loaded.

Templates use named fields, `{count}`, formatted after translation, so a translation may reorder them. A date
parameter is written as a date in the language (3 Mar 2026 / 3 Mawrth 2026); a stored value with a label (a
contract state, an appointment kind) as its label, translated in the context "Labels"; `{state!l}` lower-cases
it for the middle of a sentence; `{x:g}` formats a number as the domain did.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .dates import day
from .marks import QT_TRANSLATE_NOOP, Translate, qt_translate

ERRORS: dict[str, str] = {
    # contracts (desktop/domain/contract.py)
    "contract.illegal_transition": QT_TRANSLATE_NOOP(
        "Errors", "A contract that is {state!l} cannot become {new_state!l}"
    ),
    "contract.reason_needed": QT_TRANSLATE_NOOP("Errors", "Give a reason for '{new_state}'"),
    "contract.closed_before_signed": QT_TRANSLATE_NOOP(
        "Errors", "A contract cannot close before it was signed"
    ),
    "contract.cannot_sign": QT_TRANSLATE_NOOP("Errors", "A contract that is {state!l} cannot be signed"),
    "contract.end_before_signing": QT_TRANSLATE_NOOP("Errors", "The end date must be after the signing date"),
    "condition.hours_range": QT_TRANSLATE_NOOP("Errors", "Community hours must be between {low} and {high}"),
    "condition.target_not_positive": QT_TRANSLATE_NOOP("Errors", "A target must be more than zero"),
    "condition.progress_negative": QT_TRANSLATE_NOOP("Errors", "Progress cannot be negative"),
    "condition.evidence_needed": QT_TRANSLATE_NOOP(
        "Errors", "Evidence is required to change a condition's status"
    ),
    "condition.offending_not_waived": QT_TRANSLATE_NOOP("Errors", "The offending condition cannot be waived"),
    "condition.no_target": QT_TRANSLATE_NOOP("Errors", "'{title}' has no numeric target"),
    "condition.counted_from_sessions": QT_TRANSLATE_NOOP(
        "Errors", "'{title}' is counted from attended {kind!l} sessions; record the session instead"
    ),
    "condition.progress_not_positive": QT_TRANSLATE_NOOP("Errors", "Progress to add must be more than zero"),
    "contract.offending_missing": QT_TRANSLATE_NOOP(
        "Errors", "Every contract includes the no-reoffending condition"
    ),
    "contract.offending_twice": QT_TRANSLATE_NOOP("Errors", "The no-reoffending condition is included once"),
    "contract.too_many_conditions": QT_TRANSLATE_NOOP(
        "Errors", "A contract has at most {most} conditions; {chosen} are chosen"
    ),
    # variations (desktop/domain/variations.py)
    "variation.reason_needed": QT_TRANSLATE_NOOP("Errors", "Give a reason for the variation"),
    "variation.not_active": QT_TRANSLATE_NOOP(
        "Errors", "Only an active contract can be varied; this one is {state!l}"
    ),
    "variation.before_signing": QT_TRANSLATE_NOOP(
        "Errors", "A variation cannot be dated before the contract was signed"
    ),
    "variation.no_target": QT_TRANSLATE_NOOP("Errors", "'{title}' has no numeric target to vary"),
    "variation.nothing": QT_TRANSLATE_NOOP("Errors", "Nothing to vary: give a new wording or target"),
    "variation.offending_withdrawn": QT_TRANSLATE_NOOP(
        "Errors", "The no-reoffending condition cannot be withdrawn"
    ),
    "variation.withdrawn_already": QT_TRANSLATE_NOOP("Errors", "'{title}' was withdrawn already"),
    "variation.end_not_later": QT_TRANSLATE_NOOP(
        "Errors", "The new end date must be after the current one ({end})"
    ),
    "variation.too_long": QT_TRANSLATE_NOOP(
        "Errors", "The scheme allows a contract of at most {days} days: it must end by {latest}"
    ),
    "variation.paused_already": QT_TRANSLATE_NOOP("Errors", "The contract is paused already, since {since}"),
    "variation.not_paused": QT_TRANSLATE_NOOP("Errors", "The contract is not paused"),
    "variation.resume_before_pause": QT_TRANSLATE_NOOP(
        "Errors", "A contract cannot resume before it was paused"
    ),
    # eligibility, appointments, safety, reports
    "eligibility.override_manager_only": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager can override a failed eligibility criterion"
    ),
    "eligibility.nothing_to_override": QT_TRANSLATE_NOOP(
        "Errors", "'{question}' passes; there is nothing to override"
    ),
    "eligibility.override_reason_needed": QT_TRANSLATE_NOOP(
        "Errors", "Write the reason for overriding '{question}'"
    ),
    "appointment.not_happened": QT_TRANSLATE_NOOP(
        "Errors", "Attendance cannot be recorded for an appointment that has not happened yet"
    ),
    "safety.say_what_was_done": QT_TRANSLATE_NOOP("Errors", "say what was done"),
    "safety.say_why_no_action": QT_TRANSLATE_NOOP("Errors", "say why no action is needed"),
    "safety.action_too_long": QT_TRANSLATE_NOOP("Errors", "what was done is at most {most} characters"),
    "safety.no_alert": QT_TRANSLATE_NOOP("Errors", "there is no safety alert to acknowledge"),
    "report.period_backwards": QT_TRANSLATE_NOOP(
        "Errors", "the period ends ({end}) before it starts ({start})"
    ),
    "report.no_signing_key": QT_TRANSLATE_NOOP(
        "Errors", "no signing key: create or import one first (checkpoint-desk cert create)"
    ),
    # assessments (desktop/domain/assessments.py, desktop/storage/assessments.py)
    "assessment.completed_unchangeable": QT_TRANSLATE_NOOP(
        "Errors", "A completed assessment cannot be changed: record a correction instead"
    ),
    "assessment.other_version": QT_TRANSLATE_NOOP(
        "Errors",
        "This assessment uses {instrument} version {version}, not {definition} version {definition_version}",
    ),
    "assessment.correct_draft": QT_TRANSLATE_NOOP(
        "Errors", "Only a completed assessment needs a correction: edit the draft instead"
    ),
    "assessment.completed_not_draft": QT_TRANSLATE_NOOP(
        "Errors", "A completed assessment cannot be saved as a draft"
    ),
    "assessment.corrected_already": QT_TRANSLATE_NOOP(
        "Errors", "This assessment has already been corrected: correct the latest version"
    ),
    "assessment.correction_in_draft": QT_TRANSLATE_NOOP(
        "Errors", "A correction of this assessment is already in draft: open it to carry on"
    ),
    "assessment.someone_else": QT_TRANSLATE_NOOP("Errors", "This assessment belongs to someone else"),
    # victims, returns
    "victim.not_victim_condition": QT_TRANSLATE_NOOP(
        "Errors", "Victim contact is recorded only for a victim-related condition"
    ),
    "returns.signer_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not an active user and cannot sign returns"
    ),
    "returns.signer_not_manager": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager can sign returns; {name} is a {role}"
    ),
}

PROBLEMS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Problems", "is required"),
    "future": QT_TRANSLATE_NOOP("Problems", "is in the future"),
    "too_long": QT_TRANSLATE_NOOP("Problems", "is too long (at most {most} characters)"),
    "born_too_long_ago": QT_TRANSLATE_NOOP("Problems", "is more than 120 years ago"),
    "after_referral": QT_TRANSLATE_NOOP("Problems", "is after the referral date"),
    "eligibility_unanswered": QT_TRANSLATE_NOOP("Problems", "unanswered: {questions}"),
    "eligibility_contradicted": QT_TRANSLATE_NOOP("Problems", "{contradictions}"),
    # onward referrals (desktop/domain/onward.py)
    "agency_required": QT_TRANSLATE_NOOP("Problems", "is required: name the agency referred to"),
    "given_but_not_known": QT_TRANSLATE_NOOP("Problems", "is given but the answer is 'not known'"),
    "required_once_answered": QT_TRANSLATE_NOOP("Problems", "is required once the agency has answered"),
    "before_referral": QT_TRANSLATE_NOOP("Problems", "is before the referral was made"),
    "accept_first": QT_TRANSLATE_NOOP("Problems", "needs the referral accepted first"),
    "before_accepted": QT_TRANSLATE_NOOP("Problems", "is before the agency accepted"),
    # victim contact (desktop/domain/victims.py)
    "given_but_not_asked": QT_TRANSLATE_NOOP(
        "Problems", "is given but the victim's wishes are 'not asked yet'"
    ),
    "contact_before_wishes": QT_TRANSLATE_NOOP(
        "Problems", "cannot be made before the victim's wishes are known"
    ),
    "required_once_wishes": QT_TRANSLATE_NOOP("Problems", "is required once the victim's wishes are known"),
    "contact_unwanted": QT_TRANSLATE_NOOP("Problems", "is recorded but the victim does not want contact"),
    "say_how_contacted": QT_TRANSLATE_NOOP("Problems", "say how contact was made"),
    "contact_before_asked": QT_TRANSLATE_NOOP("Problems", "is dated before the victim was asked"),
    "contact_date_needed": QT_TRANSLATE_NOOP("Problems", "give the date contact was made"),
    "outcome_date_needed": QT_TRANSLATE_NOOP("Problems", "give the date of the outcome"),
    "dated_but_empty": QT_TRANSLATE_NOOP("Problems", "is dated but empty"),
    "dated_in_future": QT_TRANSLATE_NOOP("Problems", "is dated in the future"),
    "contact_first": QT_TRANSLATE_NOOP("Problems", "needs the contact made first"),
    "before_contact": QT_TRANSLATE_NOOP("Problems", "is dated before the contact"),
    # emergency contact (desktop/domain/demographics.py)
    "phone_for_contact": QT_TRANSLATE_NOOP("Problems", "is needed when an emergency contact is named"),
    "name_for_contact": QT_TRANSLATE_NOOP("Problems", "needs a name when a phone or relationship is given"),
    # answers to an instrument (desktop/domain/instruments.py, assessments.py)
    "not_an_item": QT_TRANSLATE_NOOP("Problems", "is not an item of {instrument}"),
    "not_declinable": QT_TRANSLATE_NOOP("Problems", "cannot be declined"),
    "not_an_option": QT_TRANSLATE_NOOP("Problems", "{value} is not one of the options ({allowed})"),
    "not_text": QT_TRANSLATE_NOOP("Problems", "must be text"),
    "longer_than": QT_TRANSLATE_NOOP("Problems", "is longer than {most} characters"),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "must be a number"),
    "not_finite": QT_TRANSLATE_NOOP("Problems", "must be a finite number"),
    "not_whole": QT_TRANSLATE_NOOP("Problems", "must be a whole number"),
    "below_minimum": QT_TRANSLATE_NOOP("Problems", "must be at least {least:g}"),
    "above_maximum": QT_TRANSLATE_NOOP("Problems", "must be at most {most:g}"),
    "unanswered_item": QT_TRANSLATE_NOOP("Problems", "is unanswered: answer it or mark it declined"),
    "not_stored_answer": QT_TRANSLATE_NOOP("Problems", "is not a stored answer"),
    "correction_reason": QT_TRANSLATE_NOOP("Problems", "Say why the assessment is being corrected"),
}

CONTEXTS = {"Errors": ERRORS, "Problems": PROBLEMS}


class _Words(string.Formatter):
    """Formats a template's fields in one language: dates as dates, labelled values as their labels."""

    def __init__(self, language: str, translate: Translate | None) -> None:
        self.language = language
        self.translate = translate

    def word(self, value: Any) -> Any:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return day(value, self.language)
        label = getattr(value, "label", None)
        if isinstance(label, str):
            return self.translate("Labels", label) if self.translate else label
        return value

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "l":
            return str(self.word(value)).lower()
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        return super().format_field(self.word(value), format_spec)


def render_code(
    context: str,
    code: str,
    params: Mapping[str, Any],
    language: str = "en",
    translate: Translate | None = None,
) -> str:
    """The template of `code` in `context` ("Errors" or "Problems"), translated by `translate` when given,
    with `params` filled in. An unknown code is shown as it is (never nothing); a translation that names a
    field the code does not carry falls back to the English sentence."""
    source = CONTEXTS[context].get(code)
    if source is None:
        return code
    words = _Words(language, translate)
    text = translate(context, source) if translate else source
    try:
        return words.format(text, **params)
    except (KeyError, IndexError, ValueError):
        return _Words("en", None).format(source, **params)


def render(error: Any, language: str = "en", translate: Translate | None = None) -> str:
    """A DomainError (or a Problem) in words, for the CLI and the PDF: Qt's installed translator is used when
    Qt is loaded and `translate` is not given; otherwise English. Other exceptions give str(error)."""
    code = getattr(error, "code", None)
    context = getattr(error, "context", None)
    if not isinstance(code, str) or context not in CONTEXTS:
        return str(error)
    if translate is None and language != "en":
        translate = qt_translate()
    return render_code(context, code, getattr(error, "params", {}), language, translate)
