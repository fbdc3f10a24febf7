"""Safety alerts for the record header and the caseload: open concerns per person, and recording the action.

Reads the completed assessments of instruments that have a SAFETY flag (their flags and declined items as
saved), with the definitions the store uses, and the acknowledgements already recorded (desktop.storage.safety).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from desktop.domain.clock import aware_utc
from desktop.domain.instruments import InstrumentDefinition, Severity
from desktop.domain.safety import SafetyAcknowledgement, SafetyAction, SafetyConcern, concerns_of
from desktop.storage.safety import SafetyRepository
from desktop.storage.store import CaseStore

from .instruments import InstrumentCatalogue
from .pathway_conditions import catalogue_for_store


def _safety_instruments(
    catalogue: InstrumentCatalogue,
) -> tuple[dict[tuple[str, int], InstrumentDefinition], list[str]]:
    defs = dict(catalogue.definitions)
    ids = sorted({d.id for d in defs.values() if any(f.severity is Severity.SAFETY for f in d.flags)})
    return defs, ids


def open_alerts(
    store: CaseStore, person_ids: Collection[str] | None = None, catalogue: InstrumentCatalogue | None = None
) -> dict[str, list[SafetyConcern]]:
    """Person id -> their open safety concerns, oldest first (only people with one), for the people this user
    may see. Reads the flags and declined items as saved, so nothing is rescored."""
    defs, ids = _safety_instruments(catalogue or catalogue_for_store(store.folder))
    if not ids:
        return {}
    repo = SafetyRepository(store)
    results = repo.candidates(ids, person_ids)
    acked = repo.acknowledged_ids({r.person_id for r in results}) if results else {}
    found: dict[str, list[SafetyConcern]] = {}
    for r in results:
        definition = defs.get((r.instrument_id, r.instrument_version))
        if definition is None or r.assessment_id in acked.get(r.person_id, set()):
            continue
        concerns = concerns_of(r.assessment_id, definition, r.completed_at, r.flag_ids, r.declined_items)
        if concerns:
            found.setdefault(r.person_id, []).extend(concerns)
    for concerns in found.values():
        concerns.sort(key=lambda c: c.on or datetime.min)
    return found


def acknowledge(
    store: CaseStore,
    person_id: str,
    concerns: Collection[SafetyConcern],
    action: SafetyAction,
    text: str,
    now: datetime,
) -> SafetyAcknowledgement:
    """Record what was done about these concerns (audited); the alert closes for the assessments they name."""
    ack = SafetyAcknowledgement(
        person_id,
        action,
        text.strip(),
        tuple(dict.fromkeys(c.assessment_id for c in concerns)),
        aware_utc(now),
        store.user.username,
    )
    return SafetyRepository(store).acknowledge(ack)
