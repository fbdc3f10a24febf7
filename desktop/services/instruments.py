"""Load the instrument definitions: the shipped ones and any a service adds by dropping a JSON file in a folder.

A malformed file is refused with a message naming the file and each problem; the other files still load.
Each definition is keyed by (id, version). The same id and version in two files is refused (the second file
read): a service that changes bands or wording gives its file a higher version, so assessments already given
keep the definition they were scored with, and new ones use the latest version.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.instrument_schema import DefinitionError, definition_from_dict
from desktop.domain.instruments import InstrumentDefinition
from desktop.resources import resource

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1_000_000


def default_folder() -> Path:
    """The shipped definitions (`resources/instruments/`), in a source tree or a frozen build."""
    return resource("instruments")


class InstrumentFileError(Exception):
    """A definition file could not be read or is malformed; `problems` names each problem."""

    def __init__(self, path: Path, problems: Iterable[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__(f"{path.name}: " + "; ".join(self.problems))


@dataclass(frozen=True, slots=True)
class LoadProblem:
    path: Path
    message: str
    refused: bool = True  # False: the definition loaded, but something about it needs attention

    def __str__(self) -> str:
        outcome = "refused" if self.refused else "loaded with a warning"
        return f"{self.path.name} ({outcome}): {self.message}"


@dataclass(frozen=True, slots=True)
class InstrumentCatalogue:
    """Every definition that loaded, and every problem met while loading."""

    definitions: Mapping[tuple[str, int], InstrumentDefinition] = field(default_factory=dict)
    sources: Mapping[tuple[str, int], Path] = field(default_factory=dict)
    problems: tuple[LoadProblem, ...] = ()

    def ids(self) -> list[str]:
        return sorted({key[0] for key in self.definitions})

    def get(self, instrument_id: str, version: int | None = None) -> InstrumentDefinition:
        """One version, or the latest when `version` is None; KeyError with a readable message if absent."""
        if version is not None:
            found = self.definitions.get((instrument_id, version))
            if found is None:
                raise KeyError(f"no instrument {instrument_id!r} version {version}")
            return found
        versions = [d for (i, _), d in self.definitions.items() if i == instrument_id]
        if not versions:
            known = ", ".join(self.ids()) or "none"
            raise KeyError(f"no instrument {instrument_id!r} (loaded: {known})")
        return max(versions, key=lambda d: d.version)

    def latest(self) -> list[InstrumentDefinition]:
        """The latest version of each instrument, by id (what a new assessment offers)."""
        return [self.get(i) for i in self.ids()]


def load_definition_file(path: Path) -> InstrumentDefinition:
    """Read and validate one file; raises InstrumentFileError naming the file and each problem."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InstrumentFileError(path, [f"the file is larger than {MAX_FILE_BYTES // 1000} kB"])
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InstrumentFileError(path, ["the file is not UTF-8 text"]) from None
    except OSError as exc:
        raise InstrumentFileError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            path, [f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
        ) from None
    try:
        return definition_from_dict(data)
    except DefinitionError as exc:
        raise InstrumentFileError(path, exc.problems) from None


def _definition_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.is_file())


def load_instruments(folder: Path | None = None, extra_folders: Iterable[Path] = ()) -> InstrumentCatalogue:
    """Load every `*.json` in `folder` (default: the shipped definitions), then in each extra folder (a
    service's own, e.g. in the store or the user's config folder). A missing extra folder is skipped."""
    definitions: dict[tuple[str, int], InstrumentDefinition] = {}
    sources: dict[tuple[str, int], Path] = {}
    problems: list[LoadProblem] = []
    main = folder if folder is not None else default_folder()
    if not main.is_dir():
        problems.append(LoadProblem(main, "the instruments folder does not exist"))
    folders = [main] + [f for f in extra_folders if f.is_dir()]
    for source in folders:
        for path in _definition_files(source):
            try:
                definition = load_definition_file(path)
            except InstrumentFileError as exc:
                problems.extend(LoadProblem(path, p) for p in exc.problems)
                continue
            if definition.key in definitions:
                first = sources[definition.key]
                problems.append(
                    LoadProblem(
                        path,
                        f"{definition.id} version {definition.version} is already defined in {first}; "
                        "give a changed definition a higher version",
                    )
                )
                continue
            definitions[definition.key] = definition
            sources[definition.key] = path
    problems.extend(_dangling_follow_ups(definitions, sources))
    for problem in problems:
        log.warning("instrument definition problem: %s", problem)
    return InstrumentCatalogue(definitions, sources, tuple(problems))


def _dangling_follow_ups(
    definitions: Mapping[tuple[str, int], InstrumentDefinition], sources: Mapping[tuple[str, int], Path]
) -> list[LoadProblem]:
    ids = {key[0] for key in definitions}
    return [
        LoadProblem(sources[key], f"follow-up instrument {follow_up!r} is not loaded", refused=False)
        for key, definition in definitions.items()
        for follow_up in definition.follow_ups
        if follow_up not in ids
    ]
