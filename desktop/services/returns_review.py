"""What re-checking a return before signing tells the manager: what changed since it was drafted (in one line
each), what a return says without the manager's own words, and the answers of a review and a signing batch."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.storage.returns_repo import StoredReturn

from .returns.canonical import canonical_json
from .returns.model import ReturnContent


class StaleReturn(ValueError):
    """A return no longer says what the case says now; nothing was signed. The message is fit to show."""


@dataclass(frozen=True, slots=True)
class SigningReview:
    """What re-checking returns against the case as it is now found, before the manager confirms signing."""

    changes: dict[str, tuple[str, ...]]  # return ID -> what changed since it was drafted or last shown
    withdrawn: dict[str, str]  # return ID -> why it was withdrawn (its kind no longer applies)
    hashes: dict[str, str]  # return ID -> content hash of what will be signed (give it back to `prepare`)


def describe_changes(old: ReturnContent, new: ReturnContent) -> tuple[str, ...]:
    """What a reader of the return would see change, in one line each."""
    out: list[str] = []
    if old.compliance_level != new.compliance_level:
        out.append(f"Compliance: {old.compliance_level} \u2192 {new.compliance_level}")
    gone = [r.text for r in old.compliance_reasons if r not in new.compliance_reasons]
    added = [r.text for r in new.compliance_reasons if r not in old.compliance_reasons]
    out += [f"Reason no longer applies: {t}" for t in gone] + [f"New reason: {t}" for t in added]
    if old.attendance != new.attendance:
        a, b = old.attendance, new.attendance
        out.append(
            f"Attendance: offered {a.offered} \u2192 {b.offered}, attended {a.attended} \u2192 "
            f"{b.attended}, missed {a.missed} \u2192 {b.missed}"
        )
    for before, after in zip(old.conditions, new.conditions, strict=False):
        if (before.status_label, before.progress_label) != (after.status_label, after.progress_label):
            out.append(
                f"{after.title}: {before.progress_label or before.status_label} \u2192 "
                f"{after.progress_label or after.status_label}"
            )
        elif len(before.evidence) != len(after.evidence):
            out.append(f"{after.title}: {len(after.evidence) - len(before.evidence):+d} dated entries")
    if old.disclosures != new.disclosures:
        out.append("Disclosures of new offending changed")
    if old.contract_state != new.contract_state:
        out.append(f"Contract: {old.contract_state} \u2192 {new.contract_state}")
    if old.onward != new.onward or old.referrals != new.referrals:
        out.append("Pathway referrals or referrals to other agencies changed")
    out += [f"Victim: {line}" for line in new.victim_lines if line not in old.victim_lines]
    if (old.outcome_lines, old.recommendation) != (new.outcome_lines, new.recommendation) and not out:
        out.append("Outcome or recommendation wording changed")
    return tuple(out) or (("Other details changed",) if old != new else ())


def bare_content(content: ReturnContent) -> bytes:
    """The content without what the manager adds (narrative, sign-off): what the case itself says."""
    return canonical_json(replace(content, narrative="", sign_off_name="", sign_off_role=""))


@dataclass(frozen=True, slots=True)
class SigningOutcome:
    signed: tuple[StoredReturn, ...]
    failed: tuple[tuple[str, str], ...]  # (return ID, reason)
    cancelled: bool
