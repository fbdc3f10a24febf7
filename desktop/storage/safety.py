"""Safety acknowledgements: who recorded what was done about a person's safety alert, and for which assessments.

One row per acknowledgement, never changed; each written with a safety.acknowledge audit entry in the same
transaction. Which assessments raise a concern is the domain's rule (desktop.domain.safety).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, or_, select
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.safety import SafetyAcknowledgement, SafetyAction

from . import audit
from .assessment_records import AssessmentRecord
from .errors import NotFound
from .records import Base, PersonRecord, Tracked
from .types import UtcDateTime
from .visibility import check_visible, visible_filter

if TYPE_CHECKING:
    from .store import CaseStore


@dataclass(frozen=True, slots=True)
class StoredResult:
    """A completed, current assessment as saved: enough to tell its safety concerns without rescoring."""

    assessment_id: str
    person_id: str
    instrument_id: str
    instrument_version: int
    completed_at: datetime | None
    flag_ids: tuple[str, ...]
    declined_items: tuple[str, ...]


class SafetyActionRecord(Tracked, Base):
    __tablename__ = "safety_actions"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    assessment_ids: Mapped[str] = mapped_column(Text)  # JSON list of the assessments this acknowledges
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))


class SafetyRepository:
    def __init__(self, store: CaseStore) -> None:
        self._store = store

    def _check_visible(self, rec: PersonRecord | None) -> None:
        user = self._store.user
        if rec is None:
            raise NotFound("no such person in this case store")
        check_visible(user, rec.keyworker_id)

    def acknowledge(self, ack: SafetyAcknowledgement) -> SafetyAcknowledgement:
        with self._store.write() as s:
            self._check_visible(s.get(PersonRecord, ack.person_id))
            s.add(
                SafetyActionRecord(
                    id=ack.id,
                    person_id=ack.person_id,
                    action=ack.action.value,
                    text=ack.text,
                    assessment_ids=json.dumps(list(ack.assessment_ids)),
                    recorded_at=ack.recorded_at,
                    recorded_by=ack.recorded_by,
                )
            )
            audit.append(
                s,
                self._store.user.username,
                "safety.acknowledge",
                "safety_action",
                ack.id,
                ack.person_id,
                f"{ack.action.label}, for {len(ack.assessment_ids)} assessment(s)",
            )
        return ack

    def for_person(self, person_id: str) -> list[SafetyAcknowledgement]:
        with self._store.session() as s:
            self._check_visible(s.get(PersonRecord, person_id))
            rows = list(
                s.scalars(
                    select(SafetyActionRecord)
                    .where(SafetyActionRecord.person_id == person_id)
                    .order_by(SafetyActionRecord.recorded_at)
                )
            )
        return [
            SafetyAcknowledgement(
                r.person_id,
                SafetyAction(r.action),
                r.text,
                tuple(json.loads(r.assessment_ids)),
                r.recorded_at,
                r.recorded_by,
                id=r.id,
            )
            for r in rows
        ]

    def acknowledged_ids(self, person_ids: Collection[str] | None = None) -> dict[str, set[str]]:
        """Person id -> the assessment ids acknowledged (role filtering is the caller's query)."""
        q = select(SafetyActionRecord.person_id, SafetyActionRecord.assessment_ids)
        if person_ids is not None:
            q = q.where(SafetyActionRecord.person_id.in_(list(person_ids)))
        found: dict[str, set[str]] = defaultdict(set)
        with self._store.session() as s:
            for pid, ids in s.execute(q):
                found[pid].update(json.loads(ids))
        return found

    def candidates(
        self, instrument_ids: Collection[str], person_ids: Collection[str] | None = None
    ) -> list[StoredResult]:
        """Completed assessments of these instruments, not replaced by a completed correction, that raised a flag
        or have a declined item: the only ones that can carry a safety concern. Role-filtered."""
        t, people = AssessmentRecord.__table__, PersonRecord.__table__
        replaced = select(t.c.supersedes).where(t.c.completed.is_(True), t.c.supersedes.is_not(None))
        q = select(
            t.c.id,
            t.c.person_id,
            t.c.instrument_id,
            t.c.instrument_version,
            t.c.completed_at,
            t.c.flag_ids,
            t.c.answers_json,
        ).where(
            t.c.completed.is_(True),
            t.c.instrument_id.in_(list(instrument_ids)),
            t.c.id.not_in(replaced),
            or_(t.c.flag_ids != "", t.c.answers_json.like('%"declined"%')),
        )
        user = self._store.user
        q = q.join(people, people.c.id == t.c.person_id).where(visible_filter(user, people.c.keyworker_id))
        if person_ids is not None:
            q = q.where(t.c.person_id.in_(list(person_ids)))
        with self._store.session() as s:
            rows = s.execute(q).all()
        found = []
        for aid, pid, iid, version, at, flags, answers in rows:
            declined = tuple(k for k, v in json.loads(answers or "{}").items() if v == {"declined": True})
            found.append(
                StoredResult(
                    aid, pid, iid, int(version), at, tuple(f for f in (flags or "").split(",") if f), declined
                )
            )
        return found
