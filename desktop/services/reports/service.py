"""Build a report from the case store and write it out: CSV or signed PDF, temp file then rename, 0600, audited."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import Role
from desktop.domain.assessments import Assessment
from desktop.domain.instruments import InstrumentDefinition
from desktop.domain.reports import REPORTED_INSTRUMENTS, UNASSIGNED, Period, build_figures
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.report_rows import load_reoffences, load_report_cases

from .csv_export import report_csv
from .model import Report

if TYPE_CHECKING:
    from desktop.storage.store import CaseStore


class ReportError(ValueError):
    """The report cannot be made as asked; the message says why, fit to show a user."""


class ReportService:
    def __init__(self, store: CaseStore) -> None:
        self._store = store
        self._definitions: list[InstrumentDefinition] | None = None
        self._catalogue: dict[tuple[str, int], InstrumentDefinition] = {}

    def keyworker_names(self) -> dict[str, str]:
        names = {u.id: u.display_name for u in self._store.users()}
        names[UNASSIGNED] = "Unassigned"
        return names

    def keyworker_choices(self) -> list[tuple[str, str]]:
        """(id, name) of the keyworkers, for the keyworker picker (managers and admins hold no caseload)."""
        return [(u.id, u.display_name) for u in self._store.users() if u.role is Role.KEYWORKER]

    def build(self, period: Period, keyworker_id: str | None = None, now: datetime | None = None) -> Report:
        clock = self._store.clock()  # the one injected clock (local time); the report keeps it as aware UTC
        now = now or clock.astimezone(UTC)
        today = clock.date()
        if (
            period.end > today
        ):  # its figures would not be true yet: contracts still to close, sessions to happen
            raise ReportError(
                f"the period ends ({period.end}) after today ({today}); a report covers days past"
            )
        names = self.keyworker_names()
        if keyworker_id is not None and keyworker_id not in names:
            raise ReportError("no such keyworker in this store")
        definitions, assessments = self._assessments()
        figures = build_figures(
            load_report_cases(self._store),
            period,
            names,
            keyworker_id,
            assessments,
            definitions,
            load_reoffences(self._store, today),
            as_of=today,
        )
        org = self._store.setting("organisation", "") or "The provider"
        user = self._store.user
        return Report(
            org,
            period,
            tuple(figures),
            now,
            user.display_name,
            keyworker_id,
            names[keyworker_id] if keyworker_id else "",
        )

    def _assessments(self) -> tuple[list[InstrumentDefinition], dict[str, list[Assessment]]]:
        """The reported instruments' definitions and every visible assessment of them, by person."""
        if self._definitions is None:
            from desktop.services.pathway_conditions import catalogue_for_store

            catalogue = catalogue_for_store(self._store.folder)
            self._catalogue = dict(catalogue.definitions)
            self._definitions = [d for d in catalogue.latest() if d.id in REPORTED_INSTRUMENTS]
        by_person: dict[str, list[Assessment]] = defaultdict(list)
        repo = AssessmentRepository(self._store, self._catalogue)
        for a in repo.list_visible([d.id for d in self._definitions]):
            by_person[a.person_id].append(a)
        return self._definitions, by_person

    def write_csv(self, report: Report, path: Path, suppressed: bool = True) -> str:
        return self._write(path, report_csv(report, suppressed), report, "csv", suppressed)

    def write_pdf(self, report: Report, path: Path) -> str:
        """The signed PDF for the PCC (always suppressed); a manager's signature, the organisation's key."""
        from .pdf import signed_report_pdf  # ReportLab and pyHanko only when needed

        return self._write(path, signed_report_pdf(self._store, report), report, "pdf", True)

    def _write(self, path: Path, data: bytes, report: Report, kind: str, suppressed: bool) -> str:
        if path.is_dir():
            raise ReportError(f"{path} is a folder; give a file name")
        try:
            atomic_write_bytes(path, data)  # a temporary file (0600) renamed over the target
        except OSError as exc:
            raise ReportError(f"cannot write {path}: {exc.strerror}") from None
        digest = hashlib.sha256(data).hexdigest()
        self._store.record_event(
            "report.export",
            "report",
            detail=(
                f"{kind} {report.period.start}..{report.period.end} {report.scope}, "
                f"{'suppressed' if suppressed else 'UNSUPPRESSED'}, to {path}, sha256 {digest}"
            ),
        )
        return digest
