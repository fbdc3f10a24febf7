"""Fill a store quickly with a large synthetic caseload (benchmarks only): core inserts in one transaction."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain import (
    AppointmentKind,
    AppointmentOutcome,
    ConditionStatus,
    ContractState,
    default_conditions,
)
from desktop.domain.clock import aware_utc
from desktop.domain.dates import default_end_date
from desktop.domain.ids import new_id
from desktop.storage import convert
from desktop.storage.records import AppointmentRecord, ConditionRecord, ContractRecord, PersonRecord
from desktop.storage.store import CaseStore

FIRST = ["Aaron", "Bethany", "Callum", "Danielle", "Ellis", "Fiona", "Gareth", "Hayley", "Imran", "Jade"]
LAST = ["Atkinson", "Bell", "Carr", "Dobson", "Elliott", "Fenwick", "Graham", "Hall", "Irving", "Johnson"]


def populate(
    store: CaseStore,
    people: int,
    keyworker_ids: list[str],
    now: datetime,
    seed: int = 1,
    appointments_each: int = 8,
) -> list[str]:
    rng = random.Random(seed)
    persons: list[dict[str, Any]] = []
    contracts: list[dict[str, Any]] = []
    conditions: list[dict[str, Any]] = []
    appts: list[dict[str, Any]] = []
    at = aware_utc(
        now
    )  # the rows' stamps are UTC columns; appointment times stay local (docs/architecture.md)
    stamp = {"created_at": at, "updated_at": at, "row_version": 1}
    for i in range(people):
        pid = new_id()
        persons.append(
            {
                "id": pid,
                "first_name": rng.choice(FIRST) + str(i),
                "last_name": rng.choice(LAST),
                "date_of_birth": date(1990, 1, 1),
                "force_reference": f"NS/26/{i:06d}",
                "pnc_id": None,
                "phone": "",
                "email": "",
                "address": "",
                "preferred_language": "English",
                "keyworker_id": keyworker_ids[i % len(keyworker_ids)],
                **stamp,
            }
        )
        signed = now.date() - timedelta(days=rng.randint(1, 115))
        cid = new_id()
        contracts.append(
            {
                "id": cid,
                "person_id": pid,
                "state": ContractState.ACTIVE.value,
                "offered_on": signed,
                "signed_on": signed,
                "end_date": default_end_date(signed),
                "closed_on": None,
                "outcome_reason": "",
                **stamp,
            }
        )
        for cond in default_conditions(cid):
            fields = convert.condition_fields(cond)
            fields["status"] = (
                rng.choice(list(ConditionStatus)).value
                if cond.type.value != "offending"
                else ConditionStatus.IN_PROGRESS.value
            )
            conditions.append({"id": new_id(), **fields, **stamp})
        for k in range(appointments_each):
            at = datetime.combine(signed, datetime.min.time()).replace(hour=10) + timedelta(days=7 * k + 2)
            outcome = rng.choice(list(AppointmentOutcome)).value if at < now else None
            appts.append(
                {
                    "id": new_id(),
                    "person_id": pid,
                    "planned_at": at,
                    "kind": AppointmentKind.KEYWORK.value,
                    "with_whom": "",
                    "duration_minutes": 60,
                    "outcome": outcome,
                    "notes": "",
                    "recorded_by": "",
                    **stamp,
                }
            )
    with store.write() as s:
        for cls, rows in (
            (PersonRecord, persons),
            (ContractRecord, contracts),
            (ConditionRecord, conditions),
            (AppointmentRecord, appts),
        ):
            store.cases.bulk_insert(s, cls, rows)
        store.cases.reindex_all(s)
    return [p["id"] for p in persons]
