"""Assessments as the UI sees them: reads pass through to the repository; every write returns the saved
assessment with the `Changes` it makes (that person's assessments, which the assessments tab, the needs
coverage and the outcomes summary reload on)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.assessments import Assessment
from desktop.domain.changes import Changes, Written
from desktop.domain.instruments import InstrumentDefinition
from desktop.storage.assessments import AssessmentRepository


def assessment_changes(person_id: str) -> Changes:
    return Changes(assessments=frozenset([person_id]))


@dataclass(frozen=True, slots=True)
class AssessmentService:
    repo: AssessmentRepository  # knows the catalogue's definitions (scores, follow-ups)

    def list_for_person(self, person_id: str) -> list[Assessment]:
        return self.repo.list_for_person(person_id)

    def list_visible(self, instrument_ids: Iterable[str] | None = None) -> list[Assessment]:
        return self.repo.list_visible(instrument_ids)

    def get(self, assessment_id: str) -> Assessment:
        return self.repo.get(assessment_id)

    def save_draft(self, assessment: Assessment) -> Written[Assessment]:
        return Written(self.repo.save_draft(assessment), assessment_changes(assessment.person_id))

    def complete(self, assessment: Assessment, definition: InstrumentDefinition) -> Written[Assessment]:
        return Written(self.repo.complete(assessment, definition), assessment_changes(assessment.person_id))

    def correct(self, original: Assessment, reason: str) -> Written[Assessment]:
        """A new linked draft correcting a completed assessment (the original stays, superseded)."""
        return Written(self.repo.correct(original, reason), assessment_changes(original.person_id))

    def discard_draft(self, assessment: Assessment) -> Changes:
        self.repo.discard_draft(assessment)
        return assessment_changes(assessment.person_id)
