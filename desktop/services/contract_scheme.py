"""The contract part of a scheme file (resources/compliance/<scheme>.json, key "contract"): how many conditions."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain.contract import MAX_CONDITIONS

from .returns.rules import DEFAULT_SCHEME, RulesFileError, rules_folder


def max_conditions(scheme: str = DEFAULT_SCHEME, extra_folders: tuple[Path, ...] = ()) -> int:
    """`contract.max_conditions` of the scheme (a service's own folder first); the domain's five when unset.

    A value that is not a whole number from 1 to 20 is refused with the file's name."""
    for folder in (*extra_folders, rules_folder()):
        path = folder / f"{scheme}.json"
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RulesFileError(f"{path.name}: cannot be read: {str(exc).splitlines()[0]}") from exc
        section = data.get("contract") if isinstance(data, dict) else None
        value = section.get("max_conditions", MAX_CONDITIONS) if isinstance(section, dict) else MAX_CONDITIONS
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 20:
            raise RulesFileError(f"{path.name}: contract.max_conditions must be a whole number from 1 to 20")
        return value
    return MAX_CONDITIONS
