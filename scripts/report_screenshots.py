"""Screenshots for docs/reports.md: the Reports tab and the signed PDF's first and last pages, from a
1,500-person synthetic store (benchmarks/reports.py's generator, plus PHQ-9 and GAD-7 scores for 120 people).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/report_screenshots.py   (needs pdftoppm)
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import reports as bench  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain import Role  # noqa: E402
from desktop.domain.assessments import Stage, new_assessment, record_answers  # noqa: E402
from desktop.services.pathway_conditions import catalogue_for_store  # noqa: E402
from desktop.services.reports import ReportService  # noqa: E402
from desktop.services.reports.pdf import signed_report_pdf  # noqa: E402
from desktop.services.returns_workflow import ReturnWorkflow  # noqa: E402
from desktop.storage.assessments import AssessmentRepository  # noqa: E402
from desktop.storage.report_rows import load_report_cases  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.ui.context import AppContext  # noqa: E402
from desktop.ui.reports.wiring import ReportsTab  # noqa: E402
from desktop.ui.runner import BackgroundRunner  # noqa: E402
from tests.instrument_helpers import answers_for_total  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"
KEYWORKERS = ["Alex Carter", "Bea Navigator", "Chris Dunn", "Dee Patel", "Eli Morgan", "Fran Hughes"]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        store, _ = CaseStore.create(folder, "admin", bench.PASS, "Ada Admin", clock=lambda: bench.NOW)
        runner = BackgroundRunner()
        try:
            store.set_setting("organisation", "Northshire Recovery Partnership")
            kws = [
                store.add_user(f"kw{i}", n, Role.KEYWORKER, bench.PASS).id for i, n in enumerate(KEYWORKERS)
            ]
            bench.populate(store, 1500, kws)
            _scores(store, kws[0])
            ReturnWorkflow(store).create_self_signed(key_size=2048)
            tab = ReportsTab(AppContext(store, runner, lambda: bench.NOW), ReportService(store))
            tab.resize(1280, 1080)
            tab.show()
            while tab.controller.report is None:
                QTest.qWait(50)
            QTest.qWait(300)
            tab.grab().save(str(SHOTS / "reports-view.png"))
            pdf = Path(tmp) / "report.pdf"
            pdf.write_bytes(signed_report_pdf(store, tab.controller.report))
        finally:
            runner.shutdown()
            store.close()
        pages = int(
            next(
                line.split()[-1]
                for line in subprocess.run(
                    ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
                ).stdout.splitlines()
                if line.startswith("Pages:")
            )
        )
        for page, name in ((1, "report-pdf-first-page"), (pages, "report-pdf-last-page")):
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "80",
                    "-png",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(SHOTS / name),
                ],
                check=True,
            )
    del app


def _scores(store: CaseStore, by: str) -> None:
    catalogue = catalogue_for_store(store.folder)
    repo = AssessmentRepository(store, dict(catalogue.definitions))
    rng = random.Random(3)
    ended = [
        c
        for c in load_report_cases(store)
        if any(k.closed_on and bench.PERIOD.holds(k.closed_on) for k in c.contracts)
    ]
    for case in ended[:120]:
        contract = next(k for k in case.contracts if k.closed_on)
        for instrument, top in (("phq9", 27), ("gad7", 21)):
            d = catalogue.get(instrument)
            start = rng.randint(8, top)
            end = max(0, min(top, start - rng.randint(-3, 10)))
            for stage, on, total in (
                (Stage.START, contract.signed_on, start),
                (Stage.EXIT, contract.closed_on, end),
            ):
                assert on is not None
                draft = new_assessment(d, case.person_id, stage, on, by, bench.NOW.date())
                repo.complete(record_answers(draft, d, answers_for_total(d, total)), d)


if __name__ == "__main__":
    main()
