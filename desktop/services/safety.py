"""Safety alerts for the record header and the caseload: open concerns per person, and recording the action.

Reads the completed assessments of instruments that have a SAFETY flag, with the definitions the store uses,
and the acknowledgements already recorded (desktop.storage.safety).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from desktop.domain.assessments import Assessment
from desktop.domain.instruments import InstrumentDefinition, Severity
from desktop.domain.safety import SafetyAcknowledgement, SafetyAction, SafetyConcern, open_concerns
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.safety import SafetyRepository
from desktop.storage.store import CaseStore

from .instruments import InstrumentCatalogue
from .pathway_conditions import catalogue_for_store


def _safety_instruments(catalogue: InstrumentCatalogue) -> tuple[dict[tuple[str, int], InstrumentDefinition],
                                                                 list[str]]:
    defs = dict(catalogue.definitions)
    ids = sorted({d.id for d in defs.values() if any(f.severity is Severity.SAFETY for f in d.flags)})
    return defs, ids


def open_alerts(store: CaseStore, person_ids: Collection[str] | None = None,
                catalogue: InstrumentCatalogue | None = None) -> dict[str, list[SafetyConcern]]:
    """Person id -> their open safety concerns (only people with one), for the people this user may see."""
    defs, ids = _safety_instruments(catalogue or catalogue_for_store(store.folder))
    if not ids:
        return {}
    repo = AssessmentRepository(store, defs)
    if person_ids is not None and len(person_ids) <= 20:
        assessments = [a for pid in person_ids for a in repo.list_for_person(pid) if a.instrument_id in ids]
    else:
        wanted = None if person_ids is None else set(person_ids)
        assessments = [a for a in repo.list_visible(ids) if wanted is None or a.person_id in wanted]
    by_person: dict[str, list[Assessment]] = {}
    for a in assessments:
        by_person.setdefault(a.person_id, []).append(a)
    acked = SafetyRepository(store).acknowledged_ids(list(by_person))
    found: dict[str, list[SafetyConcern]] = {}
    for pid, items in by_person.items():
        concerns = open_concerns(items, defs, acked.get(pid, set()))
        if concerns:
            found[pid] = concerns
    return found


def acknowledge(store: CaseStore, person_id: str, concerns: Collection[SafetyConcern], action: SafetyAction,
                text: str, now: datetime) -> SafetyAcknowledgement:
    """Record what was done about these concerns (audited); the alert closes for the assessments they name."""
    ack = SafetyAcknowledgement(person_id, action, text.strip(), tuple(dict.fromkeys(c.assessment_id for c in concerns)),
                                now, store.user.username)
    return SafetyRepository(store).acknowledge(ack)
