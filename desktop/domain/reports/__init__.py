"""The service's figures for managers, commissioners and the force: pure functions over cases and a period.

Each figure is defined once, here, and described in words in docs/reports.md (keep the two in step). A figure is
true as of the period's end: it only counts records dated inside the period (or, for "active at end", on or
before its last day), so the same store gives the same report for a past quarter whenever it is run.

model.py holds the vocabulary (Period, ReportCase, Figure, the labels); figures.py the figures.
"""

from .figures import (
    DIMENSIONS,
    attendance_figures,
    build_figures,
    condition_figures,
    demographic_figures,
    flow_figures,
    instrument_figures,
    monthly_figures,
    pathway_figures,
    reoffending_figures,
    timeliness_figures,
)
from .model import (
    DIMENSION_LABELS,
    ENDED_STATES,
    FIGURE_LABELS,
    REPORTED_INSTRUMENTS,
    SECTION_LABELS,
    UNASSIGNED,
    Figure,
    Period,
    ReportCase,
    ReportCondition,
    ReportContract,
    ReportReferral,
    active_at_end,
    ended_in,
    figure_label,
    find,
    first_seen_days,
    for_keyworker,
    last_full_quarter,
    quarter_of,
    quartiles,
    referrals_in,
    signed_in,
)

__all__ = [
    "DIMENSIONS",
    "DIMENSION_LABELS",
    "ENDED_STATES",
    "FIGURE_LABELS",
    "Figure",
    "Period",
    "REPORTED_INSTRUMENTS",
    "ReportCase",
    "ReportCondition",
    "ReportContract",
    "ReportReferral",
    "SECTION_LABELS",
    "UNASSIGNED",
    "active_at_end",
    "attendance_figures",
    "build_figures",
    "condition_figures",
    "demographic_figures",
    "ended_in",
    "figure_label",
    "find",
    "first_seen_days",
    "flow_figures",
    "for_keyworker",
    "instrument_figures",
    "last_full_quarter",
    "monthly_figures",
    "pathway_figures",
    "quarter_of",
    "quartiles",
    "referrals_in",
    "reoffending_figures",
    "signed_in",
    "timeliness_figures",
]
