"""The report as a signed PDF for the Police and Crime Commissioner: ReportLab tables and charts, suppressed
figures only, signed by a named manager with the organisation's key (the returns' ReturnSigner, by import).

Every page names the organisation, the period and "Page N of M"; the last page ends with the signature box.
The PDF states the SHA-256 of the report's CSV, so a reader can tie the two files together.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import UTC
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from desktop.domain import DomainError
from desktop.domain.disclosure import Shown
from desktop.domain.reports import DIMENSION_LABELS, DIMENSIONS, ENDED_STATES
from desktop.services.returns import RenderedReturn, ReturnSigner, SignatureBox
from desktop.services.returns.styles import BOLD, REGULAR, RULE, day, esc, grid_style, moment, styles

from .charts import bar_chart, column_chart, series_of
from .csv_export import report_csv
from .model import Report

if TYPE_CHECKING:
    from desktop.storage.store import CaseStore

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X


class _Sheet:
    """The suppressed figures, looked up by (key, dimension, category)."""

    def __init__(self, shown: Sequence[Shown]) -> None:
        self._by = {(s.figure.key, s.figure.dimension, s.figure.category): s for s in shown}
        self.all = list(shown)

    def get(self, key: str, dimension: str = "", category: str = "") -> Shown:
        return self._by[(key, dimension, category)]

    def text(self, key: str, dimension: str = "", category: str = "", suffix: str = "") -> str:
        s = self._by.get((key, dimension, category))
        if s is None:
            return "\u2013"
        if not s.text:
            return "n/a"
        return s.text + (suffix if not s.hidden else "")

    def breakdown(self, key: str, dimension: str) -> list[Shown]:
        return [s for s in self.all if s.figure.key == key and s.figure.dimension == dimension]


class _SignatureSpace(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    def __init__(self, where: dict[str, Any]) -> None:
        super().__init__()
        self.width, self.height = 95 * mm, 30 * mm
        self._where = where

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab API)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        canv.setStrokeColor(RULE)
        canv.setDash(3, 2)
        canv.rect(0, 0, self.width, self.height)
        canv.setDash()
        self._where["page"] = canv.getPageNumber() - 1
        self._where["rect"] = (x + 2, y + 2, x + self.width - 2, y + self.height - 2)


class _PagesOfCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds the pages back until the end so each footer can say "Page N of M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.5)
            self.drawRightString(PAGE_W - MARGIN_X, 12 * mm, f"Page {number} of {total}")
            super().showPage()
        super().save()


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    st = styles()
    cells = [
        [Paragraph(esc(c), st.cell_bold if i == 0 else st.cell) for c in row] for i, row in enumerate(rows)
    ]
    t = Table(cells, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def build_story(
    report: Report, sheet: _Sheet, csv_sha256: str, manager: str, role: str, where: dict[str, Any]
) -> list[Any]:
    st = styles()
    p = report.period
    story: list[Any] = [
        Paragraph(esc(f"Outcome report, {day(p.start)} to {day(p.end)}"), st.title),
        Paragraph(
            esc(
                f"{report.organisation}: police diversion contracts. {report.scope}. Prepared for the "
                "Police and Crime Commissioner and the force."
            ),
            st.subtitle,
        ),
        Paragraph(
            esc(
                "Counts from 1 to 4 are shown as <5, and one more figure of the same breakdown is hidden "
                "when needed so that none can be worked out; rates and days on fewer than 5 are "
                "'suppressed'. Every figure counts only records dated inside the period."
            ),
            st.small,
        ),
        Spacer(1, 4 * mm),
        Paragraph("Referrals and outcomes", st.heading),
    ]
    rows = [
        ["Figure", "Number"],
        ["Referrals received", sheet.text("referrals_received")],
        ["Of which eligible", sheet.text("referrals_received", "eligibility", "eligible")],
        ["Contracts signed", sheet.text("contracts_signed")],
        ["Contracts ended", sheet.text("contracts_ended")],
    ]
    rows += [
        [f"Ended: {s.label.lower()}", sheet.text("contracts_ended", "outcome", s.value)] for s in ENDED_STATES
    ]
    rows += [
        ["Completion rate (completed of ended)", sheet.text("completion_rate", suffix="%")],
        ["Contracts active at the period's end", sheet.text("contracts_active_at_end")],
        [
            "Days from referral to first attended appointment: median (quartiles)",
            f"{sheet.text('days_to_first_seen_median')} ({sheet.text('days_to_first_seen_q1')} to "
            f"{sheet.text('days_to_first_seen_q3')})",
        ],
        ["Referrals not seen by the period's end", sheet.text("referrals_first_seen", "seen", "not_seen")],
        [
            "Reoffended within 12 months of signing, as the force reported (of those whose 12 months are over)",
            f"{sheet.text('reoffended_within_12_months')} of {sheet.text('reoffending_cohort')} "
            f"({sheet.text('reoffending_rate', suffix='%')})",
        ],
    ]
    story.append(_table(rows, [TEXT_W * 0.72, TEXT_W * 0.28]))
    funnel = [
        sheet.get("referrals_received"),
        sheet.get("referrals_received", "eligibility", "eligible"),
        sheet.get("contracts_signed"),
        sheet.get("contracts_ended", "outcome", "completed"),
    ]
    story += [
        Paragraph("From referral to outcome", st.heading),
        bar_chart(
            ["Referred", "Eligible", "Signed", "Completed"], [series_of("People", funnel)], TEXT_W, 42 * mm
        ),
    ]

    months = [s.figure.category for s in sheet.breakdown("referrals_received", "month")]
    monthly = [
        series_of(name, sheet.breakdown(key, "month"))
        for key, name in (
            ("referrals_received", "Referrals"),
            ("contracts_signed", "Contracts signed"),
            ("contracts_completed", "Completed"),
        )
    ]
    story.append(
        KeepTogether(
            [Paragraph("Month by month", st.heading), column_chart(months, monthly, TEXT_W, 55 * mm)]
        )
    )

    kw_rows = [["Keyworker", "Attended", "Missed", "Attendance rate", "Missed rate"]]
    kws = sheet.breakdown("attendance_rate", "keyworker")
    for s in kws:
        k = s.figure.category
        kw_rows.append(
            [
                s.figure.label,
                sheet.text("appointments_attended", "keyworker", k),
                sheet.text("appointments_missed", "keyworker", k),
                sheet.text("attendance_rate", "keyworker", k, "%"),
                sheet.text("missed_rate", "keyworker", k, "%"),
            ]
        )
    kw_rows.append(
        [
            "Whole service",
            sheet.text("appointments_attended"),
            sheet.text("appointments_missed"),
            sheet.text("attendance_rate", suffix="%"),
            sheet.text("missed_rate", suffix="%"),
        ]
    )
    story += [
        Paragraph("Attendance (appointments planned in the period)", st.heading),
        _table(kw_rows, [TEXT_W * 0.36] + [TEXT_W * 0.16] * 4),
    ]
    if kws:
        story += [
            Spacer(1, 3 * mm),
            bar_chart(
                [s.figure.label for s in kws],
                [series_of("Attendance %", kws, "%")],
                TEXT_W,
                max(30 * mm, 9 * mm * len(kws)),
            ),
        ]

    cond_rows = [["Condition (contracts ended in the period)", "Met", "Not met", "Waived", "Met rate"]]
    for s in sheet.breakdown("condition_met_rate", "condition_type"):
        t = s.figure.category
        cond_rows.append(
            [
                s.figure.label,
                sheet.text("conditions_met", "condition_type", t),
                sheet.text("conditions_not_met", "condition_type", t),
                sheet.text("conditions_waived", "condition_type", t),
                sheet.text("condition_met_rate", "condition_type", t, "%"),
            ]
        )
    if len(cond_rows) > 1:
        story += [
            Paragraph("Conditions", st.heading),
            _table(cond_rows, [TEXT_W * 0.44] + [TEXT_W * 0.14] * 4),
        ]
    path_rows = [["Needs pathway (contracts signed in the period)", "Contracts"]]
    path_rows += [[s.figure.label, s.text] for s in sheet.breakdown("contracts_with_pathway", "pathway")]
    story += [Paragraph("Needs pathways", st.heading), _table(path_rows, [TEXT_W * 0.72, TEXT_W * 0.28])]

    inst_rows = [
        [
            "Instrument (contracts ended in the period)",
            "Measured",
            "Improved",
            "No change",
            "Worse",
            "Improved rate",
            "Mean change",
        ]
    ]
    for s in sheet.all:
        f = s.figure
        if f.section == "instruments" and f.key.endswith("_measured") and not f.dimension:
            inst = f.key[: -len("_measured")]
            inst_rows.append(
                [f.title.split(":")[0], s.text]
                + [sheet.text(f.key, "change", c) for c in ("improved", "no_change", "worse")]
                + [sheet.text(f"{inst}_improved_rate", suffix="%"), sheet.text(f"{inst}_mean_change")]
            )
    if len(inst_rows) > 1:
        story.append(
            KeepTogether(
                [
                    Paragraph("Change from start to exit", st.heading),
                    _table(inst_rows, [TEXT_W * 0.28] + [TEXT_W * 0.12] * 6),
                    Paragraph(
                        esc(
                            "Measured: a completed start and exit score, both by the period's end. Improved or "
                            "worse: by at least the instrument's reliable change (PHQ-9 6 points, GAD-7 4), else "
                            "1 point. Lower scores are better on all four. Mean change is exit minus start."
                        ),
                        st.small,
                    ),
                ]
            )
        )

    for name, _category_of, categories in DIMENSIONS:
        rows = [[DIMENSION_LABELS[name], "Referrals", "Contracts signed", "Completed"]]
        rows += [
            [
                label,
                sheet.text("referrals_received", name, v),
                sheet.text("contracts_signed", name, v),
                sheet.text("contracts_completed", name, v),
            ]
            for v, label in categories
        ]
        story.append(
            KeepTogether(
                [
                    Paragraph(f"By {DIMENSION_LABELS[name].lower()}", st.heading),
                    _table(rows, [TEXT_W * 0.46] + [TEXT_W * 0.18] * 3),
                ]
            )
        )

    story.append(
        KeepTogether(
            [  # the sign-off never stands alone on a page
                Spacer(1, 5 * mm),
                Paragraph(
                    esc(
                        f"Definitions of every figure: docs/reports.md of Checkpoint Desk. The same figures as "
                        f"CSV have SHA-256 {csv_sha256}."
                    ),
                    st.small,
                ),
                Paragraph(
                    esc(f"Generated {moment(report.generated_at)} by {report.generated_by}."), st.small
                ),
                Spacer(1, 4 * mm),
                Paragraph(
                    esc(f"Approved for the Police and Crime Commissioner by {manager}, {role}"), st.body
                ),
                _SignatureSpace(where),
            ]
        )
    )
    return story


def render_report(report: Report, manager: str, role: str) -> RenderedReturn:
    """The report as unsigned PDF bytes, with where the signature goes."""
    sheet = _Sheet(report.shown(suppressed=True))
    csv_sha = hashlib.sha256(report_csv(report, suppressed=True)).hexdigest()
    where: dict[str, Any] = {}
    pages: list[int] = []

    def decorate(canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(BOLD, 10)
        canv.drawString(MARGIN_X, PAGE_H - 14 * mm, report.organisation)
        canv.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 14 * mm, "Outcome report")
        canv.setFont(REGULAR, 7.5)
        canv.drawString(
            MARGIN_X,
            12 * mm,
            f"{day(report.period.start)} to {day(report.period.end)} \u00b7 "
            f"{report.scope} \u00b7 small numbers suppressed",
        )
        canv.restoreState()
        pages.append(canv.getPageNumber())

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=f"Outcome report {report.period.start} to {report.period.end}",
        author=report.organisation,
        subject="Police diversion outcome report",
        creator="Checkpoint Desk",
        invariant=1,
    )
    frame = Frame(MARGIN_X, 20 * mm, TEXT_W, PAGE_H - 46 * mm, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(build_story(report, sheet, csv_sha, manager, role, where), canvasmaker=_PagesOfCanvas)
    return RenderedReturn(
        pdf=buffer.getvalue(),
        content_hash=csv_sha,
        short_code="",
        page_count=len(pages),
        signature_box=SignatureBox(where["page"], where["rect"]),
    )


def signed_report_pdf(store: CaseStore, report: Report) -> bytes:
    """Render and sign as the signed-in manager; DomainError (one clear line) for anyone else or no key."""
    from desktop.services.returns_workflow import ReturnWorkflow

    workflow = ReturnWorkflow(store)
    manager, role = workflow.signer()
    identity = workflow.identity()
    if identity is None:
        raise DomainError("report.no_signing_key")
    rendered = render_report(report, manager, role)
    stamp = report.generated_at.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    document_id = f"report-{report.period.start}-{report.period.end}-{stamp}"
    signed = ReturnSigner(identity).sign(rendered, document_id, manager, role)
    return signed.pdf
