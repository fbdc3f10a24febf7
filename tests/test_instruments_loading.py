"""Loading definition files: malformed files are refused by name, the others still load, services add their own."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.instrument_schema import DefinitionError, definition_from_dict
from desktop.domain.instruments import ItemKind
from desktop.services.instruments import default_folder, load_definition_file, load_instruments


def phq9_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((default_folder() / "phq9.json").read_text(encoding="utf-8"))
    return data


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def mutated(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(phq9_data())
    data["id"] = "custom"
    change(data)
    return data


def _set_band(index: int, **values: int) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["bands"][index].update(values)


MALFORMED: dict[str, tuple[object, str]] = {
    "bad_json.json": ('{"id": "x", "items": [', "not valid JSON"),
    "not_object.json": ("[1, 2, 3]", "must hold one JSON object"),
    "missing_title.json": (mutated(lambda d: d.pop("title")), "'title' is missing"),
    "missing_licence.json": (mutated(lambda d: d.pop("licence")), "'licence' is missing"),
    "overlap.json": (mutated(_set_band(1, min=4)), "'Minimal' and 'Mild' overlap"),
    "gap.json": (mutated(_set_band(1, min=6)), "totals 5–5 fall in no band"),
    "short_bands.json": (mutated(_set_band(4, max=26)), "the highest band ends at 26, not at 27"),
    "score_range.json": (
        mutated(lambda d: d["option_sets"]["frequency"][3].update(score=30)),
        "option score 30 is outside 0–3",
    ),
    "duplicate_items.json": (
        mutated(lambda d: d["items"][1].update(id="q1")),
        "id 'q1' is used by more than one item",
    ),
    "unknown_kind.json": (mutated(lambda d: d["items"][0].update(kind="slider")), "kind 'slider' is unknown"),
    "flag_item.json": (
        mutated(lambda d: d["flags"][0]["when"].update(item="q10")),
        "item 'q10' is not an item of this instrument",
    ),
    "declared_range.json": (
        mutated(lambda d: d["scoring"].update(range=[0, 30])),
        "the items' scores add up to 0–27",
    ),
    "missing_option_set.json": (
        mutated(lambda d: d["items"][2].update(options="nope")),
        "option set 'nope' is not defined",
    ),
    "version_text.json": (mutated(lambda d: d.update(version="1")), "'version' must be a whole number"),
    "bad_id.json": (mutated(lambda d: d.update(id="My Scale")), "must be lower-case letters"),
    "mixed_scores.json": (
        mutated(lambda d: d["option_sets"]["frequency"][0].pop("score")),
        "either every option has a score or none has",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_each_kind_of_malformed_file_is_refused_by_name_while_the_rest_load(
    tmp_path: Path, name: str
) -> None:
    data, expected = MALFORMED[name]
    write(tmp_path, "good.json", mutated(lambda d: d.update(id="good")))
    write(tmp_path, name, data)
    catalogue = load_instruments(tmp_path)
    assert catalogue.ids() == ["good"]
    refused = [p for p in catalogue.problems if p.refused]
    assert refused and all(p.path.name == name for p in refused)
    messages = " | ".join(p.message for p in refused)
    assert expected in messages
    assert name in str(refused[0])


def test_every_problem_in_one_file_is_reported_together() -> None:
    data = mutated(lambda d: (d.pop("title"), d["items"][1].update(id="q1"), d["bands"][1].update(min=6)))
    with pytest.raises(DefinitionError) as refused:
        definition_from_dict(data)
    text = " | ".join(refused.value.problems)
    assert "'title' is missing" in text and "used by more than one item" in text and "fall in no band" in text


def test_a_valid_file_builds_the_definition() -> None:
    d = definition_from_dict(phq9_data())
    assert d.key == ("phq9", 1)
    assert [i.id for i in d.items] == [f"q{n}" for n in range(1, 10)]
    assert all(i.kind is ItemKind.CHOICE and i.scored for i in d.items)
    assert [(b.minimum, b.maximum) for b in d.bands] == [(0, 4), (5, 9), (10, 14), (15, 19), (20, 27)]


def test_a_service_adds_its_own_instrument_from_an_extra_folder(tmp_path: Path) -> None:
    own = {
        "id": "wellbeing",
        "version": 1,
        "title": "Our wellbeing check",
        "period": "today",
        "licence": "Written by the service",
        "scoring": {"method": "sum", "range": [0, 4], "option_score_range": [0, 2]},
        "items": [
            {
                "id": "sleep",
                "kind": "yes_no",
                "text": "Sleeping badly?",
                "options": [
                    {"value": "yes", "label": "Yes", "score": 2},
                    {"value": "no", "label": "No", "score": 0},
                ],
            },
            {
                "id": "mood",
                "kind": "choice",
                "text": "Mood",
                "options": [
                    {"value": "good", "label": "Good", "score": 0},
                    {"value": "low", "label": "Low", "score": 2},
                ],
            },
            {"id": "comment", "kind": "text", "text": "Anything else", "required": False},
        ],
        "bands": [
            {"id": "fine", "label": "Fine", "min": 0, "max": 1},
            {"id": "check", "label": "Check in", "min": 2, "max": 4},
        ],
    }
    write(tmp_path, "wellbeing.json", own)
    catalogue = load_instruments(extra_folders=[tmp_path, tmp_path / "missing"])
    assert catalogue.problems == ()
    assert "wellbeing" in catalogue.ids() and "phq9" in catalogue.ids()
    assert catalogue.sources[("wellbeing", 1)] == tmp_path / "wellbeing.json"


def test_same_id_and_version_twice_is_refused_and_a_higher_version_becomes_latest(tmp_path: Path) -> None:
    write(tmp_path, "phq9_copy.json", phq9_data())
    newer = phq9_data() | {"version": 2, "title": "PHQ-9 with our service's wording"}
    write(tmp_path, "phq9_v2.json", newer)
    catalogue = load_instruments(extra_folders=[tmp_path])
    [problem] = catalogue.problems
    assert problem.path.name == "phq9_copy.json" and "already defined" in problem.message
    assert catalogue.get("phq9").version == 2
    assert catalogue.get("phq9", 1).title.startswith("Patient Health Questionnaire")


def test_a_follow_up_that_is_not_loaded_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    data = json.loads((default_folder() / "audit_c.json").read_text(encoding="utf-8"))
    write(tmp_path, "audit_c.json", data)
    catalogue = load_instruments(tmp_path)
    assert catalogue.ids() == ["audit_c"]
    [problem] = catalogue.problems
    assert not problem.refused and "'audit' is not loaded" in problem.message


def test_a_missing_main_folder_is_reported(tmp_path: Path) -> None:
    catalogue = load_instruments(tmp_path / "nowhere")
    assert catalogue.ids() == []
    assert "does not exist" in catalogue.problems[0].message


def test_get_names_what_is_loaded_when_an_id_is_unknown() -> None:
    catalogue = load_instruments()
    with pytest.raises(KeyError, match="phq9"):
        catalogue.get("phq8")


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"title": "\xe9"}')
    with pytest.raises(Exception, match="not UTF-8"):
        load_definition_file(path)


def test_the_instrument_domain_modules_import_the_standard_library_only() -> None:
    import ast
    import sys

    domain = Path(__file__).resolve().parent.parent / "desktop" / "domain"
    for name in ("instruments.py", "instrument_schema.py", "assessments.py", "pathway_needs.py"):
        tree = ast.parse((domain / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots = [node.module.split(".")[0]]
            else:
                continue
            assert all(r in sys.stdlib_module_names or r == "__future__" for r in roots), (name, roots)
