"""The composition root after unlock: the one place that builds each feature's service, once, and the context
the window and every widget receive. Nothing in `desktop/ui` constructs a repository or a workflow.

`build_services` runs on the database thread (`desktop/app/main.py`): it reads the instrument files and the
scheme, and the returns and reports features bring ReportLab and pyHanko (most of a second to import), so they
are imported there, after unlock, and never slow the unlock dialog down."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.ui.context import AppContext
from desktop.ui.runner import BackgroundRunner

if TYPE_CHECKING:
    from desktop.services.features import Services
    from desktop.storage.store import CaseStore


def build_services(store: CaseStore) -> Services:
    """One object per feature over the unlocked store; the instrument catalogue and the scheme read once."""
    from desktop.services.assessment_service import AssessmentService
    from desktop.services.case_service import CaseService
    from desktop.services.contract_scheme import max_conditions
    from desktop.services.features import (
        NeedsService,
        PrivacyService,
        SafetyService,
        Services,
        StaffService,
    )
    from desktop.services.pathway_conditions import catalogue_for_store
    from desktop.services.reports import ReportService
    from desktop.services.returns_service import ReturnsService
    from desktop.services.returns_workflow import ReturnWorkflow
    from desktop.services.sync_service import SyncService
    from desktop.storage.assessments import AssessmentRepository
    from desktop.storage.sync_repo import SyncRepository

    catalogue = catalogue_for_store(store.folder)
    return Services(
        store=store,
        cases=CaseService(store.cases),
        assessments=AssessmentService(AssessmentRepository(store, catalogue.definitions)),
        returns=ReturnsService(ReturnWorkflow(store)),
        sync=SyncService(store, SyncRepository(store)),
        staff=StaffService(store),
        safety=SafetyService(store, catalogue),
        needs=NeedsService(store),
        privacy=PrivacyService(store),
        reports=ReportService(store),
        catalogue=catalogue,
        max_conditions=max_conditions(),
    )


def build_context(
    store: CaseStore, runner: BackgroundRunner, clock: Callable[[], datetime] = datetime.now
) -> AppContext:
    """The context over already-built services (tests; the app builds the services off the GUI thread)."""
    return AppContext(build_services(store), runner, clock)
