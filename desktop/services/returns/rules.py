"""A scheme's compliance rules and recommendation wording, loaded from `resources/compliance/<scheme>.json`.

The shipped file is the Durham Checkpoint defaults (the same values as `domain.compliance.DEFAULT_RULES`); a
service adds its own scheme as another file of the same shape. A file is validated as it loads: a problem is
one clear message naming the file and the field, and nothing half-loaded is used.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.domain.compliance import ComplianceRules, WindowRule
from desktop.domain.enums import ComplianceLevel
from desktop.resources import resource

DEFAULT_SCHEME = "durham_checkpoint"
SITUATIONS = (
    "on_track",
    "at_risk",
    "not_complying",
    "completed",
    "failed_non_compliance",
    "failed_reoffended",
    "withdrawn",
)
_LEVELS = {"at_risk": ComplianceLevel.AT_RISK, "not_complying": ComplianceLevel.NOT_COMPLYING}


class RulesFileError(ValueError):
    """A scheme file could not be read or is malformed; the message names the file and the problem."""


def rules_folder() -> Path:
    return resource("compliance")


def _count(data: dict[str, Any], key: str, where: str, minimum: int = 0) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise RulesFileError(f"{where}.{key} must be a whole number of at least {minimum}")
    return value


def _share(data: dict[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value <= 1:
        raise RulesFileError(f"{where}.{key} must be a share between 0 and 1")
    return float(value)


def _section(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise RulesFileError(f"{key} must be an object")
    return value


def rules_from_dict(data: Any) -> ComplianceRules:
    """Validate a parsed scheme file; raises RulesFileError naming the first problem."""
    if not isinstance(data, dict):
        raise RulesFileError("the file must hold one JSON object")
    scheme, title = data.get("scheme"), data.get("title")
    if not isinstance(scheme, str) or not scheme.strip() or not isinstance(title, str) or not title.strip():
        raise RulesFileError("scheme and title must be non-empty text")
    row = _section(data, "missed_in_a_row")
    at_risk, not_complying = (
        _count(row, "at_risk", "missed_in_a_row", 1),
        _count(row, "not_complying", "missed_in_a_row", 1),
    )
    if not_complying < at_risk:
        raise RulesFileError("missed_in_a_row.not_complying must be at least missed_in_a_row.at_risk")
    windows_data = data.get("rolling_windows")
    if not isinstance(windows_data, list):
        raise RulesFileError("rolling_windows must be a list")
    windows = []
    for i, w in enumerate(windows_data):
        where = f"rolling_windows[{i}]"
        if not isinstance(w, dict) or w.get("level") not in _LEVELS:
            raise RulesFileError(f"{where}.level must be one of {', '.join(_LEVELS)}")
        last, missed = _count(w, "last", where, 1), _count(w, "missed", where, 1)
        if missed > last:
            raise RulesFileError(f"{where}.missed cannot be more than {where}.last")
        windows.append(WindowRule(last, missed, _LEVELS[w["level"]]))
    whole = _section(data, "whole_contract")
    share_risk, share_not = (
        _share(whole, "at_risk_share", "whole_contract"),
        _share(whole, "not_complying_share", "whole_contract"),
    )
    if share_not < share_risk:
        raise RulesFileError(
            "whole_contract.not_complying_share must be at least whole_contract.at_risk_share"
        )
    schedule = _section(data, "schedule")
    recommendations = _section(data, "recommendations")
    missing = [
        s for s in SITUATIONS if not isinstance(recommendations.get(s), str) or not recommendations[s].strip()
    ]
    if missing:
        raise RulesFileError(f"recommendations needs one line for each of: {', '.join(missing)}")
    unknown = sorted(set(recommendations) - set(SITUATIONS))
    if unknown:
        raise RulesFileError(f"recommendations has unknown situations: {', '.join(unknown)}")
    return ComplianceRules(
        scheme=scheme.strip(),
        title=title.strip(),
        in_a_row_at_risk=at_risk,
        in_a_row_not_complying=not_complying,
        windows=tuple(windows),
        contract_share_at_risk=share_risk,
        contract_share_not_complying=share_not,
        contract_share_minimum=_count(whole, "minimum_appointments", "whole_contract", 1),
        person_cancellations_free=_count(data, "person_cancellations_free", "scheme"),
        behind_schedule_share=_share(schedule, "behind_schedule_share", "schedule"),
        schedule_grace_share=_share(schedule, "grace_share", "schedule"),
        not_started_after_share=_share(schedule, "not_started_after_share", "schedule"),
        ending_soon_days=_count(schedule, "ending_soon_days", "schedule"),
        recommendations=tuple((s, recommendations[s].strip()) for s in SITUATIONS),
    )


def load_rules_file(path: Path) -> ComplianceRules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RulesFileError(f"{path.name}: cannot be read: {str(exc).splitlines()[0]}") from exc
    try:
        return rules_from_dict(data)
    except RulesFileError as exc:
        raise RulesFileError(f"{path.name}: {exc}") from exc


def load_rules(scheme: str = DEFAULT_SCHEME, extra_folders: tuple[Path, ...] = ()) -> ComplianceRules:
    """The rules of `scheme`: a service's own folder first, then the shipped ones."""
    if not scheme.replace("_", "").replace("-", "").isalnum():
        raise RulesFileError(f"{scheme!r} is not a scheme name")
    for folder in (*extra_folders, rules_folder()):
        path = folder / f"{scheme}.json"
        if path.is_file():
            return load_rules_file(path)
    raise RulesFileError(f"no compliance rules for scheme {scheme!r}")
