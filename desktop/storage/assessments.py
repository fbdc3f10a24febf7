"""Administrations of instruments: read as domain `Assessment`s, written with an audit entry.

Role rules are the case repository's: a keyworker reads and writes only their own people's assessments.
A completed assessment is never changed; `correct()` starts a new, linked draft instead.

`definitions` (an `InstrumentCatalogue.definitions` mapping) lets the repository rescore the answers it reads and
check the answers it writes; without the definition of a row's (id, version), the stored total and flags are used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from desktop.domain.assessments import (
    Assessment,
    Stage,
    answers_from_json,
    answers_to_json,
    complete_assessment,
    correct_assessment,
)
from desktop.domain.clock import aware_utc
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.instruments import Band, FlagRule, InstrumentDefinition, Score, answer_problems, score

from . import audit
from .assessment_records import AssessmentRecord
from .errors import ConcurrentEdit, NotFound
from .records import PersonRecord
from .visibility import check_visible, visible_filter

if TYPE_CHECKING:
    from .store import CaseStore

Definitions = Mapping[tuple[str, int], InstrumentDefinition]


class AssessmentRepository:
    def __init__(self, store: CaseStore, definitions: Definitions | None = None) -> None:
        self._store = store
        self._definitions: Definitions = definitions or {}

    @property
    def _user(self) -> Any:
        return self._store.user

    # -- access --------------------------------------------------------------------------------------------
    def _visible(self, s: Session, person_id: str) -> None:
        rec = s.get(PersonRecord, person_id)
        if rec is None:
            raise NotFound("no such person in this case store")
        check_visible(self._user, rec.keyworker_id)

    def _audit(self, s: Session, action: str, a: Assessment, detail: str) -> None:
        audit.append(s, self._user.username, action, "assessment", a.id, a.person_id, detail)

    # -- reading -------------------------------------------------------------------------------------------
    def list_for_person(self, person_id: str) -> list[Assessment]:
        """Every administration for one person (drafts, completed, corrected and corrections), oldest first."""
        t = AssessmentRecord.__table__
        with self._store.session() as s:
            self._visible(s, person_id)
            rows = s.execute(
                select(t).where(t.c.person_id == person_id).order_by(t.c.administered_on, t.c.created_at)
            ).all()
        return [self._assessment(r) for r in rows]

    def list_visible(self, instrument_ids: Iterable[str] | None = None) -> list[Assessment]:
        """Every assessment of every person this user may see (a manager's caseload view), oldest first."""
        t, people = AssessmentRecord.__table__, PersonRecord.__table__
        q = select(t).join(people, people.c.id == t.c.person_id)
        q = q.where(visible_filter(self._user, people.c.keyworker_id))
        if instrument_ids is not None:
            q = q.where(t.c.instrument_id.in_(list(instrument_ids)))
        with self._store.session() as s:
            rows = s.execute(q.order_by(t.c.administered_on, t.c.created_at)).all()
        return [self._assessment(r) for r in rows]

    def get(self, assessment_id: str) -> Assessment:
        with self._store.session() as s:
            rec = s.get(AssessmentRecord, assessment_id)
            if rec is None:
                raise NotFound("no such assessment")
            self._visible(s, rec.person_id)
            return self._assessment(rec)

    # -- writing -------------------------------------------------------------------------------------------
    def save_draft(self, assessment: Assessment) -> Assessment:
        """Add a new draft or update a stored one; a completed assessment is refused (correct it instead)."""
        if assessment.completed:
            raise DomainError("assessment.completed_not_draft")
        assessment = self._rescored(assessment)
        with self._store.write() as s:
            rec = self._writable(s, assessment)
            action = "assessment.create" if rec is None else "assessment.save"
            rec = self._put(s, rec, assessment)
            self._audit(s, action, assessment, self._describe(assessment))
            return replace(assessment, version=rec.row_version)

    def complete(self, assessment: Assessment, definition: InstrumentDefinition) -> Assessment:
        """Complete a draft (new or stored); refused with items unanswered, or if it is already completed."""
        done = complete_assessment(assessment, definition, aware_utc(self._store.clock()))
        with self._store.write() as s:
            rec = self._writable(s, assessment)
            rec = self._put(s, rec, done)
            detail = self._describe(done)
            if done.supersedes:
                detail += f", corrects {done.supersedes}"
            self._audit(s, "assessment.complete", done, detail)
            return replace(done, version=rec.row_version)

    def correct(self, original: Assessment, reason: str) -> Assessment:
        """A new draft linked to a completed assessment (answers copied); both are kept and audited."""
        draft = correct_assessment(original, self._user.id, reason)
        with self._store.write() as s:
            rec = s.get(AssessmentRecord, original.id)
            if rec is None:
                raise NotFound("no such assessment")
            self._visible(s, rec.person_id)
            if not rec.completed:
                raise DomainError("assessment.correct_draft")
            earlier = set(
                s.scalars(
                    select(AssessmentRecord.completed).where(AssessmentRecord.supersedes == original.id)
                )
            )
            if True in earlier:
                raise DomainError("assessment.corrected_already")
            if earlier:
                raise DomainError("assessment.correction_in_draft")
            new = self._put(s, None, draft)
            self._audit(s, "assessment.correct", draft, f"{self._describe(draft)}, corrects {original.id}")
            return replace(draft, version=new.row_version)

    def discard_draft(self, assessment: Assessment) -> None:
        """Delete a stored draft (never a completed assessment)."""
        with self._store.write() as s:
            rec = self._writable(s, assessment)
            if rec is None:
                return
            s.delete(rec)
            self._audit(s, "assessment.discard", assessment, self._describe(assessment))

    # -- helpers -------------------------------------------------------------------------------------------
    def _writable(self, s: Session, a: Assessment) -> AssessmentRecord | None:
        """The stored row of `a` if any, after the role, completion and version checks."""
        self._visible(s, a.person_id)
        rec = s.get(AssessmentRecord, a.id)
        if rec is None:
            return None
        if rec.person_id != a.person_id:
            raise DomainError("assessment.someone_else")
        if rec.completed:
            raise DomainError("assessment.completed_unchangeable")
        if rec.row_version != a.version:
            raise ConcurrentEdit(
                "the assessment was changed by someone else since you opened it; reopen and retry"
            )
        return rec

    def _rescored(self, a: Assessment) -> Assessment:
        """Refuse invalid answers and store the score they give (when the definition is loaded)."""
        definition = self._definitions.get((a.instrument_id, a.instrument_version))
        if definition is None:
            return a
        problems = answer_problems(definition, a.answers)
        if problems:
            raise ValidationError(problems)
        return replace(a, score=score(definition, a.answers))

    def _put(self, s: Session, rec: AssessmentRecord | None, a: Assessment) -> AssessmentRecord:
        fields = _fields(a)
        if rec is None:
            rec = AssessmentRecord(id=a.id, **fields)
            s.add(rec)
        else:
            for k, v in fields.items():
                setattr(rec, k, v)
            rec.row_version += 1
        s.flush()
        return rec

    def _describe(self, a: Assessment) -> str:
        definition = self._definitions.get((a.instrument_id, a.instrument_version))
        name = definition.short_title if definition else a.instrument_id
        return f"{name} v{a.instrument_version}, {a.stage.value}"

    def _assessment(self, r: AssessmentRecord | Row[Any]) -> Assessment:
        answers = answers_from_json(json.loads(r.answers_json or "{}"))
        definition = self._definitions.get((r.instrument_id, r.instrument_version))
        result: Score | None
        try:
            result = score(definition, answers) if definition is not None else _stored_score(r)
        except ValidationError:
            result = _stored_score(r)
        return Assessment(
            person_id=r.person_id,
            instrument_id=r.instrument_id,
            instrument_version=r.instrument_version,
            stage=Stage(r.stage),
            administered_on=r.administered_on,
            administered_by=r.administered_by,
            answers=answers,
            score=result,
            completed=bool(r.completed),
            completed_at=r.completed_at,
            supersedes=r.supersedes,
            correction_reason=r.correction_reason or "",
            corrected_by=r.corrected_by,
            id=r.id,
            version=r.row_version,
        )


def _fields(a: Assessment) -> dict[str, Any]:
    result = a.score
    return {
        "person_id": a.person_id,
        "instrument_id": a.instrument_id,
        "instrument_version": a.instrument_version,
        "stage": a.stage.value,
        "administered_on": a.administered_on,
        "administered_by": a.administered_by,
        "answers_json": json.dumps(answers_to_json(a.answers), ensure_ascii=False, sort_keys=True),
        "total": result.total if result else None,
        "band_id": result.band.id if result and result.band else None,
        "flag_ids": ",".join(f.id for f in result.flags) if result else "",
        "completed": a.completed,
        "completed_at": a.completed_at,
        "supersedes": a.supersedes,
        "correction_reason": a.correction_reason,
        "corrected_by": a.corrected_by,
    }


def _stored_score(r: AssessmentRecord | Row[Any]) -> Score:
    """The score as saved, for a row whose definition is not loaded: the band and flags by id only."""
    band = None
    if r.band_id and r.total is not None:
        band = Band(r.band_id, r.band_id.replace("_", " ").capitalize(), r.total, r.total)
    flags = tuple(FlagRule(f, f.replace("_", " ")) for f in (r.flag_ids or "").split(",") if f)
    return Score(
        total=r.total,
        band=band,
        flags=flags,
        complete=bool(r.completed),
        declined_items=(),
        unanswered_items=(),
    )
