"""Every figure of the report for the fixed synthetic service (tests/reports_service.py), worked out by hand.

Period: Q3 2026 (1 July to 30 September). The workings are in the comments; docs/reports.md defines each figure.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from reports_service import NAMES, Q3, report_cases

from desktop.domain.disclosure import suppress
from desktop.domain.errors import DomainError
from desktop.domain.reports import (
    Figure,
    Period,
    build_figures,
    find,
    last_full_quarter,
    quarter_of,
    quartiles,
)


@pytest.fixture(scope="module")
def figures() -> list[Figure]:
    return build_figures(report_cases(), Q3, NAMES)


def v(figures, key, dimension="", category=""):
    return find(figures, key, dimension, category).value


def test_flow(figures) -> None:
    # referred in Q3: P1 3 Jul, P2 5 Jul, P4 1 Aug, P5 10 Sep, P6 28 Sep, P7 1 Jul (P3 in June, P8 in October)
    assert v(figures, "referrals_received") == 6
    assert v(figures, "referrals_received", "eligibility", "eligible") == 5  # all but P4
    assert v(figures, "referrals_received", "eligibility", "not_eligible") == 1
    assert v(figures, "contracts_signed") == 4  # P1, P2, P5, P7 (P3 signed in June)
    # ended in Q3: P1 completed 20 Sep, P2 failed 1 Sep, P3 reoffended 5 Aug; P7 withdrew on 2 Oct, after the end
    assert v(figures, "contracts_ended") == 3
    assert [
        v(figures, "contracts_ended", "outcome", s)
        for s in ("completed", "failed_non_compliance", "failed_reoffended", "withdrawn")
    ] == [1, 1, 1, 0]
    rate = find(figures, "completion_rate")
    assert (rate.value, rate.numerator, rate.denominator) == (33.3, 1, 3)
    assert v(figures, "contracts_active_at_end") == 2  # P5 (no end yet) and P7 (withdrew after 30 Sep)


def test_time_to_first_attended_appointment(figures) -> None:
    # P1 3 Jul -> 8 Jul: 5; P2 5 Jul -> 15 Jul (late counts): 10; P5 10 Sep -> 30 Sep: 20; P7 1 Jul same day: 0.
    # P4 and P6 not seen. Sorted 0, 5, 10, 20: positions (n-1)p = 0.75, 1.5, 2.25 -> 3.75, 7.5, 12.5.
    assert v(figures, "days_to_first_seen_q1") == 3.8
    assert v(figures, "days_to_first_seen_median") == 7.5
    assert v(figures, "days_to_first_seen_q3") == 12.5
    assert find(figures, "days_to_first_seen_median").denominator == 4
    assert v(figures, "referrals_first_seen", "seen", "seen") == 4
    assert v(figures, "referrals_first_seen", "seen", "not_seen") == 2


def test_attendance_overall_and_per_keyworker(figures) -> None:
    # planned in Q3: kwA (P1 A A D, P2 L D D, P7 A and one without outcome), kwB (P3 A C), unassigned (P5 A)
    assert [
        v(figures, k)
        for k in (
            "appointments_attended",
            "appointments_missed",
            "appointments_cancelled",
            "appointments_no_outcome",
        )
    ] == [6, 3, 1, 1]
    assert v(figures, "attendance_rate") == 66.7  # 6 of 9 kept or missed
    assert v(figures, "missed_rate") == 33.3
    assert v(figures, "appointments_attended", "keyworker", "kwA") == 4
    assert v(figures, "appointments_missed", "keyworker", "kwA") == 3
    assert v(figures, "attendance_rate", "keyworker", "kwA") == 57.1  # 4 of 7
    assert v(figures, "attendance_rate", "keyworker", "kwB") == 100.0  # 1 of 1; the cancellation is left out
    assert v(figures, "appointments_cancelled", "keyworker", "kwB") == 1
    assert v(figures, "appointments_attended", "keyworker", "unassigned") == 1
    assert find(figures, "attendance_rate", "keyworker", "kwB").label == "Bea Navigator"


def test_conditions_of_contracts_ended_in_the_period(figures) -> None:
    # contracts of P1, P2, P3. Offending: met, met, not met. Pathway: met; not met, not met; in progress.
    assert v(figures, "conditions_met", "condition_type", "offending") == 2
    assert v(figures, "conditions_not_met", "condition_type", "offending") == 1
    assert v(figures, "condition_met_rate", "condition_type", "offending") == 66.7
    assert v(figures, "conditions_met", "condition_type", "pathway") == 1
    assert v(figures, "conditions_not_met", "condition_type", "pathway") == 2
    assert v(figures, "conditions_waived", "condition_type", "community_hours") == 1
    assert (
        v(figures, "condition_met_rate", "condition_type", "community_hours") is None
    )  # none met or not met
    with pytest.raises(KeyError):
        find(figures, "conditions_met", "condition_type", "victim")  # no victim conditions: no row


def test_needs_pathways_of_contracts_signed(figures) -> None:
    # signed in Q3: P1 drugs; P2 alcohol, housing; P5 mental health; P7 none (P3's drugs: signed in June)
    got = {f.category: f.value for f in figures if f.key == "contracts_with_pathway"}
    assert got == {
        "alcohol": 1,
        "drugs": 1,
        "housing": 1,
        "mental_health": 1,
        "physical_health": 0,
        "finances": 0,
        "employment": 0,
        "relationships": 0,
        "exploitation": 0,
    }


def test_demographics(figures) -> None:
    def dim(key, dimension):
        return {f.category: f.value for f in figures if f.key == key and f.dimension == dimension and f.value}

    assert dim("referrals_received", "sex") == {"female": 3, "male": 2, "prefer_not_to_say": 1}
    assert dim("referrals_received", "ethnic_group") == {
        "asian": 1,
        "black": 1,
        "mixed": 1,
        "white": 2,
        "prefer_not_to_say": 1,
    }
    # ages at referral: P1 36, P2 26, P4 55, P5 19, P6 31, P7 66
    assert dim("referrals_received", "age_band") == {"18-24": 1, "25-34": 2, "35-44": 1, "55-64": 1, "65+": 1}
    assert dim("contracts_signed", "sex") == {"female": 1, "male": 2, "prefer_not_to_say": 1}
    assert dim("contracts_completed", "age_band") == {"35-44": 1}
    assert (
        v(figures, "referrals_received", "sex", "not_recorded") == 0
    )  # every category is listed, even empty


def test_monthly(figures) -> None:
    def month(key):
        return [v(figures, key, "month", m) for m in ("2026-07", "2026-08", "2026-09")]

    assert month("referrals_received") == [3, 1, 2]
    assert month("contracts_signed") == [3, 0, 1]
    assert month("contracts_completed") == [0, 0, 1]


def test_one_keyworkers_figures() -> None:
    figures = build_figures(report_cases(), Q3, NAMES, keyworker_id="kwA")
    assert v(figures, "referrals_received") == 4  # P1, P2, P6, P7
    assert v(figures, "contracts_ended") == 2  # P1, P2
    assert [f.category for f in figures if f.key == "attendance_rate" and f.dimension] == ["kwA"]
    assert v(build_figures(report_cases(), Q3, NAMES, keyworker_id="unassigned"), "referrals_received") == 1


def test_an_empty_period_has_zeros_and_no_rates() -> None:
    figures = build_figures(report_cases(), Period(date(2025, 1, 1), date(2025, 3, 31)), NAMES)
    assert v(figures, "referrals_received") == 0
    assert v(figures, "completion_rate") is None
    assert v(figures, "days_to_first_seen_median") is None


def test_periods() -> None:
    with pytest.raises(DomainError, match="ends"):
        Period(date(2026, 2, 1), date(2026, 1, 31))
    assert quarter_of(date(2026, 11, 5)) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert last_full_quarter(datetime(2026, 1, 15, 9)) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert Period(date(2025, 11, 15), date(2026, 2, 1)).months() == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert quartiles([7]) == (7.0, 7.0, 7.0)
    assert quartiles([1, 2, 3, 4, 5]) == (2.0, 3.0, 4.0)


# -- suppression ----------------------------------------------------------------------------------------------
def test_suppression_of_the_synthetic_service(figures) -> None:
    shown = {(s.figure.key, s.figure.dimension, s.figure.category): s for s in suppress(figures)}
    assert shown[("referrals_received", "", "")].text == "6"
    # 1 not eligible is hidden; the only other part (5 eligible) would give it away: hidden too
    assert shown[("referrals_received", "eligibility", "not_eligible")].text == "<5"
    assert shown[("referrals_received", "eligibility", "eligible")].text == "suppressed"
    assert shown[("completion_rate", "", "")].text == "suppressed"  # 1 of 3
    assert shown[("days_to_first_seen_median", "", "")].text == "suppressed"  # 4 measured
    assert shown[("contracts_with_pathway", "pathway", "finances")].text == "0"  # zero identifies nobody


def _f(key: str, value: int, dimension: str = "", category: str = "") -> Figure:
    return Figure("s", key, value, "people", dimension, category)


def test_secondary_suppression_hides_the_next_smallest_part() -> None:
    parts = [
        _f("n", 40),
        _f("n", 20, "sex", "f"),
        _f("n", 3, "sex", "m"),
        _f("n", 9, "sex", "x"),
        _f("n", 8, "sex", "y"),
        _f("n", 0, "sex", "z"),
    ]
    assert [s.text for s in suppress(parts)] == ["40", "20", "<5", "9", "suppressed", "0"]


def test_two_small_parts_need_no_secondary_and_rates_follow_their_counts() -> None:
    parts = [_f("n", 30), _f("n", 2, "sex", "f"), _f("n", 3, "sex", "m"), _f("n", 25, "sex", "x")]
    assert [s.text for s in suppress(parts)] == ["30", "<5", "<5", "25"]
    rates = [
        Figure("s", "r", 90.0, "percent", numerator=27, denominator=30),
        Figure("s", "r", 50.0, "percent", numerator=10, denominator=20),
        Figure("s", "r", None, "percent", numerator=0, denominator=0),
        _f("m", 12, "k", "a"),
        _f("m", 1, "k", "b"),
        Figure("s", "r2", 60.0, "percent", "k", "a", numerator=12, denominator=20),
    ]
    # 27 of 30 leaves 3: hidden; 10 of 20 shown; nothing to measure shows empty; 12 hidden (secondary) -> rate too
    assert [s.text for s in suppress(rates)] == ["suppressed", "50.0", "", "suppressed", "<5", "suppressed"]


def test_a_hidden_total_is_not_given_away_by_another_breakdown_of_it() -> None:
    # completed 7 is hidden as the second part of the outcomes (withdrawn 2 is primary); its breakdown by sex
    # would add up to 7 again, so one part there (then a second) is hidden too
    figures = [
        Figure("flow", "contracts_ended", 30, "contracts"),
        Figure("flow", "contracts_ended", 7, "contracts", "outcome", "completed"),
        Figure("flow", "contracts_ended", 21, "contracts", "outcome", "failed"),
        Figure("flow", "contracts_ended", 2, "contracts", "outcome", "withdrawn"),
        Figure("demographics", "contracts_completed", 6, "contracts", "sex", "female"),
        Figure("demographics", "contracts_completed", 1, "contracts", "sex", "male"),
        Figure("demographics", "contracts_completed", 0, "contracts", "sex", "not_recorded"),
        Figure("demographics", "contracts_completed", 7, "contracts", "age_band", "25-34"),
    ]
    assert [s.text for s in suppress(figures)] == [
        "30",
        "suppressed",
        "21",
        "<5",
        "suppressed",
        "<5",
        "0",
        "suppressed",
    ]


# -- instrument change ----------------------------------------------------------------------------------------
def _scored(instrument: str, person: str, stage: str, on: date, total: int):
    from desktop.domain.assessments import Stage, complete_assessment, new_assessment, record_answers
    from tests.instrument_helpers import answers_for_total, definition

    d = definition(instrument)
    draft = new_assessment(d, person, Stage(stage), on, "kwA", date(2026, 11, 26))
    return complete_assessment(
        record_answers(draft, d, answers_for_total(d, total)), d, datetime(2026, 11, 1)
    )


def test_instrument_change_for_contracts_ended_in_the_period() -> None:
    from tests.instrument_helpers import definition

    assessments = {
        "P1": [
            _scored("phq9", "P1", "start", date(2026, 7, 10), 18),
            _scored("phq9", "P1", "exit", date(2026, 9, 20), 9),
            _scored("gad7", "P1", "start", date(2026, 7, 10), 10),
            _scored("gad7", "P1", "exit", date(2026, 9, 20), 15),
        ],
        "P2": [
            _scored("phq9", "P2", "start", date(2026, 7, 20), 12),
            _scored("phq9", "P2", "exit", date(2026, 8, 30), 14),
            _scored("gad7", "P2", "start", date(2026, 7, 20), 9),
        ],
        # P3 ended in Q3 but its exit score is dated after the period: not measured
        "P3": [
            _scored("phq9", "P3", "start", date(2026, 6, 25), 20),
            _scored("phq9", "P3", "exit", date(2026, 10, 10), 4),
        ],
        # P5's contract has not ended: not counted
        "P5": [
            _scored("phq9", "P5", "start", date(2026, 9, 25), 15),
            _scored("phq9", "P5", "exit", date(2026, 9, 29), 5),
        ],
    }
    defs = [definition(i) for i in ("phq9", "gad7", "audit", "sds")]
    figures = build_figures(report_cases(), Q3, NAMES, assessments=assessments, definitions=defs)
    # PHQ-9 (reliable change 6): P1 18 -> 9 improved; P2 12 -> 14 no change
    assert v(figures, "phq9_measured") == 2
    assert [v(figures, "phq9_measured", "change", c) for c in ("improved", "no_change", "worse")] == [1, 1, 0]
    assert v(figures, "phq9_improved_rate") == 50.0
    assert (v(figures, "phq9_mean_start"), v(figures, "phq9_mean_exit"), v(figures, "phq9_mean_change")) == (
        15.0,
        11.5,
        -3.5,
    )
    # GAD-7 (reliable change 4): P1 10 -> 15 worse; P2 has no exit
    assert v(figures, "gad7_measured") == 1
    assert v(figures, "gad7_measured", "change", "worse") == 1
    assert v(figures, "gad7_mean_change") == 5.0
    assert v(figures, "audit_measured") == 0 and v(figures, "audit_improved_rate") is None
    assert v(figures, "sds_mean_start") is None
    shown = {(s.figure.key, s.figure.dimension, s.figure.category): s.text for s in suppress(figures)}
    assert shown[("phq9_mean_change", "", "")] == "suppressed"  # 2 measured
    assert find(figures, "phq9_measured").title == "PHQ-9: measured at start and exit"


def test_an_offer_withdrawn_before_signing_is_not_an_ended_contract() -> None:
    from desktop.domain.enums import ContractState
    from desktop.domain.reports import ReportCase, ReportContract

    offered = ReportCase(
        "X",
        None,
        date(1990, 1, 1),
        contracts=(ReportContract("cX", ContractState.WITHDRAWN, None, date(2026, 8, 1)),),
    )
    figures = build_figures([*report_cases(), offered], Q3, NAMES)
    assert v(figures, "contracts_ended") == 3
    assert v(figures, "contracts_ended", "outcome", "withdrawn") == 0


def test_csv_labels_cannot_run_as_spreadsheet_formulas() -> None:
    from desktop.services.reports import safe_text

    assert safe_text('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_text("@SUM(A1)") == "'@SUM(A1)" and safe_text("+44 7700") == "'+44 7700"
    assert safe_text("-3.5") == "-3.5" and safe_text("Alex Keyworker") == "Alex Keyworker"
