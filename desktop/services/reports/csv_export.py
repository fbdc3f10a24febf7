"""The report as CSV: one row per figure, columns documented in docs/reports.md."""

from __future__ import annotations

import csv
import io

from desktop.domain.reports import DIMENSION_LABELS, figure_label
from desktop.services.spreadsheet import safe_text

from .model import Report

CSV_COLUMNS = (
    "period_start",
    "period_end",
    "section",
    "figure",
    "figure_label",
    "dimension",
    "category",
    "category_label",
    "value",
    "unit",
    "numerator",
    "denominator",
    "suppressed",
)


def _cell(n: int | None) -> str:
    return "" if n is None else str(n)


def report_csv(report: Report, suppressed: bool = True) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends as the csv module writes."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    start, end = report.period.start.isoformat(), report.period.end.isoformat()
    for s in report.shown(suppressed):
        f = s.figure
        label = figure_label(f)
        if f.dimension:
            label = f"{label} by {DIMENSION_LABELS.get(f.dimension, f.dimension).lower()}"
        w.writerow(
            [
                start,
                end,
                f.section,
                f.key,
                label,
                f.dimension,
                f.category,
                safe_text(f.label),
                s.text,
                f.unit,
                "" if s.hidden else _cell(f.numerator),
                "" if s.hidden else _cell(f.denominator),
                "yes" if s.hidden else "no",
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
