"""`checkpoint-desk instruments ...` end to end through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.services.instruments import default_folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_instruments_is_registered_in_the_main_command_list() -> None:
    assert "desktop.cli.instruments_commands" in cli.COMMAND_MODULES


def test_list_shows_every_shipped_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "instruments", "list")
    assert code == 0 and err == ""
    ids = [line.split()[0] for line in out.splitlines()]
    assert ids == ["audit", "audit_c", "gad7", "housing", "pathway_needs", "phq9", "sds", "substance_use_28d"]


def test_list_items_shows_the_answer_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "list", "--items", "audit")
    assert code == 0
    assert "q10 [choice] 0=No | 2=Yes, but not in the last year | 4=Yes, during the last year" in out


def test_score_prints_total_band_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "score", "phq9", "--answers", "1,1,1,1,1,0,0,0,1")
    assert code == 0
    result = json.loads(out)
    assert result["total"] == 6 and result["band"] == "Mild" and result["flags"] == ["self_harm_thoughts"]
    assert result["complete"] is True


def test_score_audit_c_positive_names_the_follow_up(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "score", "audit_c", "--answers", "2,2,1")
    assert code == 0
    assert json.loads(out) == {
        "total": 5,
        "band": "Positive: complete the full AUDIT",
        "flags": ["audit_c_positive"],
        "complete": True,
        "declined": [],
        "unanswered": [],
        "follow_ups": ["audit"],
    }


def test_score_with_declined_and_unanswered_items(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "score", "gad7", "--answers", "3,declined,,2")
    assert code == 0
    result = json.loads(out)
    assert result["total"] == 5 and result["band"] is None and result["complete"] is False
    assert result["declined"] == ["q2"] and result["unanswered"] == ["q3", "q5", "q6", "q7"]


def test_score_refuses_an_answer_that_is_not_an_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "instruments", "score", "audit", "--answers", "0,0,0,0,0,0,0,0,3,0")
    assert code == 1 and out == ""
    assert "answer 9 (q9)" in err and "(0, 2, 4)" in err


def test_score_refuses_too_many_answers_and_unknown_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "instruments", "score", "audit_c", "--answers", "0,0,0,0")
    assert code == 1 and "4 answers given but AUDIT-C has 3 items" in err
    code, _, err = run(capsys, "instruments", "score", "phq8", "--answers", "0")
    assert code == 2 and "no instrument 'phq8'" in err


def test_score_takes_numbers_for_number_items(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "score", "sds", "--answers", "crack cocaine,3,3,3,3,3")
    assert code == 0 and json.loads(out)["total"] == 15
    code, _, err = run(capsys, "instruments", "score", "substance_use_28d", "--answers", "seven")
    assert code == 1 and "needs a number" in err


def test_score_help_explains_the_answer_convention(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["instruments", "score", "--help"])
    out = capsys.readouterr().out
    assert "in item order" in out and "declined" in out and "AUDIT Q9 and Q10: 0, 2 or 4" in out


def test_check_accepts_a_sound_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "instruments", "check", str(default_folder() / "audit.json"))
    assert code == 0 and out.startswith("ok: audit version 1, 10 items, total 0-40, 4 bands")


def test_check_lists_the_problems_of_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((default_folder() / "gad7.json").read_text(encoding="utf-8"))
    data["id"] = "gad7_local"
    data["bands"][1]["min"] = 4
    data["items"][6]["id"] = "q1"
    path = tmp_path / "gad7_local.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "instruments", "check", str(path))
    assert code == 1 and out == ""
    assert "'Minimal' and 'Mild' overlap" in err and "id 'q1' is used by more than one item" in err
    assert str(path) in err


def test_check_refuses_a_copy_that_reuses_a_shipped_id_and_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "my_phq9.json"
    path.write_text((default_folder() / "phq9.json").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(capsys, "instruments", "check", str(path))
    assert code == 1 and "higher version" in err


def test_check_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "instruments", "check", str(tmp_path / "absent.json"))
    assert code == 1 and "cannot read the file" in err
