"""Compliance reasons are codes with parameters; the edges put them into English (word for word as before) or
Welsh. Every code the domain produces has a sentence in both languages."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.compliance import Reason
from desktop.domain.enums import ComplianceLevel
from desktop.wording import day, level_label, moment, render_reason

AT = ComplianceLevel.AT_RISK
DATES = (date(2026, 3, 3), date(2026, 3, 10), date(2026, 7, 21))
CASES = [
    (
        "failed",
        {"why": "reoffended"},
        "contract failed: reoffended",
        "methodd y contract: aildroseddodd yr unigolyn",
    ),
    (
        "failed",
        {"why": "non_compliance"},
        "contract failed: did not comply",
        "methodd y contract: ni chydymffurfiodd yr unigolyn",
    ),
    (
        "condition_not_met",
        {"title": "Alcohol course", "offending": False},
        "'Alcohol course' not met",
        "'Alcohol course' heb ei fodloni",
    ),
    (
        "condition_not_met",
        {"title": "No offending", "offending": True},
        "reoffending reported",
        "adroddwyd am aildroseddu",
    ),
    (
        "missed_in_a_row",
        {"count": 3, "dates": DATES, "cancelled": 1},
        "3 missed appointments in a row (3 Mar 2026, 10 Mar 2026, 21 Jul 2026, 1 of them cancelled by the person)",
        "colli 3 apwyntiad yn olynol (3 Mawrth 2026, 10 Mawrth 2026, 21 Gorffennaf 2026, a chanslwyd 1 ohonynt "
        "gan yr unigolyn)",
    ),
    (
        "missed_in_window",
        {"count": 2, "of": 4, "dates": DATES[:2], "cancelled": 0},
        "2 of the last 4 appointments missed (3 Mar 2026, 10 Mar 2026)",
        "colli 2 o'r 4 apwyntiad diwethaf (3 Mawrth 2026, 10 Mawrth 2026)",
    ),
    (
        "missed_share",
        {"count": 3, "of": 8, "dates": DATES, "cancelled": 0},
        "3 of 8 appointments missed over the contract (3 Mar 2026, 10 Mar 2026, 21 Jul 2026)",
        "colli 3 o 8 apwyntiad dros gyfnod y contract (3 Mawrth 2026, 10 Mawrth 2026, 21 Gorffennaf 2026)",
    ),
    (
        "absence_accepted",
        {"on": date(2026, 2, 1), "why": "hospital", "raw": "hospital", "detail": None},
        "absence on 1 Feb 2026 accepted: in hospital",
        "derbyniwyd absenoldeb ar 1 Chwefror 2026: yn yr ysbyty",
    ),
    (
        "absence_accepted",
        {"on": date(2026, 2, 1), "why": "other", "raw": "other: car broke down", "detail": "car broke down"},
        "absence on 1 Feb 2026 accepted: other (car broke down)",
        "derbyniwyd absenoldeb ar 1 Chwefror 2026: arall (car broke down)",
    ),
    (
        "not_started",
        {"title": "Keyworker sessions", "day": 70, "length": 122},
        "'Keyworker sessions' not started by day 70 of 122",
        "'Keyworker sessions' heb ddechrau erbyn diwrnod 70 o 122",
    ),
    (
        "past_end",
        {"ended": date(2026, 12, 1)},
        "contract ended on 1 Dec 2026 and is still open",
        "daeth y contract i ben ar 1 Rhagfyr 2026 ac mae'n dal ar agor",
    ),
    (
        "ending_unmet",
        {"days": 9, "unmet": 1},
        "contract ends in 9 days with 1 condition not yet met",
        "daw'r contract i ben ymhen 9 diwrnod ac mae 1 amod heb eu bodloni eto",
    ),
    (
        "behind_schedule",
        {
            "title": "Sessions",
            "progress": 1.0,
            "target": 6.0,
            "unit": "sessions",
            "expected": 3.2,
            "day": 60,
            "length": 120,
        },
        "'Sessions' behind schedule: 1 of 6 sessions done, about 3 expected by day 60 of 120",
        "'Sessions' y tu ôl i'r amserlen: 1 o 6 sessions wedi'u gwneud, tua 3 i'w disgwyl erbyn diwrnod 60 o 120",
    ),
]


def test_every_reason_reads_in_english_as_before_and_in_welsh() -> None:
    for code, params, english, welsh in CASES:
        reason = Reason(AT, code, params)
        assert render_reason(reason) == english
        assert reason.text == english  # the compatibility property is the English renderer
        assert render_reason(reason, "cy") == welsh


def test_an_unknown_code_shows_its_text_never_nothing() -> None:
    assert render_reason(Reason(AT, "test", {"text": "Two missed"}), "cy") == "Two missed"
    assert render_reason(Reason(AT, "new_code")) == "new_code"


def test_levels_and_dates_in_both_languages() -> None:
    assert [level_label(level, "cy") for level in ComplianceLevel] == [
        "Ar y trywydd iawn",
        "Mewn perygl",
        "Ddim yn cydymffurfio",
    ]
    assert level_label(ComplianceLevel.AT_RISK) == "At risk"
    assert day(date(2026, 3, 3)) == "3 Mar 2026" and day(date(2026, 3, 3), "cy") == "3 Mawrth 2026"
    assert day(None) == "\u2013"
    assert moment(datetime(2026, 12, 3, 9, 5), "cy") == "3 Rhagfyr 2026 09:05"
