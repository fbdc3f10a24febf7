"""The typed bundle of one service object per feature, built once after unlock by the composition root
(`desktop/app/root.py`) and handed to the UI inside its `AppContext`. The UI reads these; it never builds a
repository or a workflow itself."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.storage.assessments import AssessmentRepository
from desktop.storage.cases import CaseRepository
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository

from .instruments import InstrumentCatalogue
from .reports import ReportService
from .returns_workflow import ReturnWorkflow


@dataclass(frozen=True, slots=True)
class Services:
    store: CaseStore  # the unlocked store (its user, settings, folder); features below all share it
    cases: CaseRepository
    assessments: AssessmentRepository  # knows the catalogue's definitions (scores, follow-ups)
    returns: ReturnWorkflow  # drafting, the queue, signing; its compliance rules load once, on first use
    sync: SyncRepository
    reports: ReportService
    catalogue: InstrumentCatalogue  # the shipped instruments and the store's own, loaded once
    max_conditions: int  # the compliance scheme's cap on a contract's conditions, read once
