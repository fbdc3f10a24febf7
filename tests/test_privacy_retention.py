"""The retention schedule as data: who is due and why (pure rule), and `retention plan|apply|set|show` on a
real store: the plan changes nothing, apply erases exactly what the plan listed, a held person is kept."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from privacy_fixtures import build_retention_store
from store_fixtures import PASS, make_store, raw_connection

from desktop.cli.main import main
from desktop.domain.retention import PersonFacts, due_for_erasure, parse_schedule
from desktop.services.privacy.retention import default_schedule_text

TODAY = date(2026, 12, 3)


def _schedule():  # type: ignore[no-untyped-def]
    return parse_schedule(json.loads(default_schedule_text()))


def test_closed_cases_fall_due_six_years_after_they_closed() -> None:
    s = _schedule()
    people = [
        PersonFacts("a", "A", "completed", date(2020, 12, 3), date(2020, 12, 3)),
        PersonFacts("b", "B", "completed", date(2020, 12, 4), date(2020, 12, 4)),
        PersonFacts("c", "C", "active", None, date(2010, 1, 1)),
        PersonFacts("d", "D", None, None, date(2024, 12, 3)),
        PersonFacts("e", "E", "offered", None, date(2024, 12, 4)),
        PersonFacts("f", "F", None, None, None),
    ]
    due = due_for_erasure(people, s, TODAY, held=frozenset({"d"}))
    assert [(d.reference, d.kind, d.held) for d in due] == [
        ("A", "closed_case", False),
        ("D", "referral_not_taken_up", True),
    ]
    assert "6 years from 2020-12-03" in due[0].why and "legal hold" in due[1].why


def test_29_february_plus_years_lands_on_28_february() -> None:
    rule = _schedule().rule("closed_case")
    assert rule is not None and rule.due_on(date(2024, 2, 29)) == date(2030, 2, 28)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rules": []}, "no 'rules'"),
        ({"rules": [{"kind": "closed_case", "years": 6}]}, "no rule for referral_not_taken_up"),
        (
            {"rules": [{"kind": "closed_case", "years": -1}, {"kind": "referral_not_taken_up", "years": 2}]},
            "years",
        ),
        (
            {"rules": [{"kind": "closed_case", "years": 0}, {"kind": "referral_not_taken_up", "years": 2}]},
            "zero",
        ),
        ({"rules": [{"kind": "nonsense"}]}, "not one of"),
    ],
)
def test_a_bad_schedule_is_refused_naming_the_rule(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_schedule(change)


def _people(folder: Path) -> set[str]:
    conn = raw_connection(folder)
    try:
        return {r[0] for r in conn.execute("SELECT force_reference FROM people")}
    finally:
        conn.close()


def test_plan_then_apply_erases_what_is_due_and_keeps_the_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "store"
    refs = build_retention_store(folder)
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    base = [str(folder), "--user", "admin"]
    assert main(["hold", "add", *base, "--person", refs["Held"], "--reason", "civil claim pending"]) == 0
    capsys.readouterr()
    assert main(["retention", "plan", *base]) == 0
    plan = capsys.readouterr().out
    assert f"{refs['Old']}  ERASE" in plan and f"{refs['Never']}  ERASE" in plan
    assert f"{refs['Held']}  KEPT" in plan and refs["Current"] not in plan
    assert "cases-before-20250101-000000.db  ERASE" in plan and f"{datetime.now():%Y%m%d}" not in plan
    assert len(_people(folder)) == 4  # a plan changes nothing
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115  (not a terminal, no --yes)
    assert main(["retention", "apply", *base]) == 2
    assert "--yes" in capsys.readouterr().err and len(_people(folder)) == 4
    assert main(["retention", "apply", *base, "--yes"]) == 0
    assert "Erased 2 people and 1 old backups" in capsys.readouterr().out
    assert _people(folder) == {refs["Held"], refs["Current"]}
    assert [p.name for p in (folder / "backups").iterdir()] == [
        f"cases-before-{datetime.now():%Y%m%d}-000000.db"
    ]
    assert main(["check", *base]) == 0
    conn = raw_connection(folder)
    try:
        rules = [
            json.loads(r[0])["rule"]
            for r in conn.execute("SELECT detail FROM audit_log WHERE action = 'person.erase' ORDER BY seq")
        ]
    finally:
        conn.close()
    assert sorted(rules) == ["retention:closed_case", "retention:referral_not_taken_up"]


def test_an_admin_replaces_the_schedule_and_a_bad_one_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "store"
    make_store(folder).close()
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    base = [str(folder), "--user", "admin"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"rules": [{"kind": "closed_case", "years": "six"}]}')
    assert main(["retention", "set", *base, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "years must be a whole number" in err and "not changed" in err and err.count("\n") == 1
    good = json.loads(default_schedule_text())
    good["rules"][0]["years"] = 7
    path = tmp_path / "good.json"
    path.write_text(json.dumps(good))
    assert main(["retention", "set", *base, str(path)]) == 0
    capsys.readouterr()
    assert main(["retention", "show", *base]) == 0
    assert "closed_case              7 years" in capsys.readouterr().out


def test_a_hold_placed_after_the_plan_was_shown_still_keeps_the_person(tmp_path: Path) -> None:
    from desktop.services.privacy import erasure, retention
    from desktop.storage.store import CaseStore

    refs = build_retention_store(tmp_path / "store")
    with CaseStore.open(tmp_path / "store", "admin", PASS) as store:
        plan = retention.plan(store, TODAY)
        assert {d.reference for d in plan.erasable} == {refs["Old"], refs["Held"], refs["Never"]}
        erasure.add_hold(store, refs["Old"], "late court order")
        assert retention.apply(store, plan) == (2, 1)
        assert store.audit_check().ok
    assert _people(tmp_path / "store") == {refs["Old"], refs["Current"]}
