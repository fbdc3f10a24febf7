"""Paper templates: JSON files of plain-English text with $placeholders, shipped in resources/papers and
overridable by a service (a file of the same name in its own folder wins). Unknown placeholders are refused."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from desktop.resources import resource

PAPERS = ("contract", "appointment_letter", "missed_appointment_letter")


class PaperTemplateError(ValueError):
    """A template that cannot be used; the message names the file and what is wrong, never a person's data."""


@dataclass(frozen=True, slots=True)
class PaperTemplate:
    name: str
    source: str  # the file it came from (its name only)
    data: dict[str, Any]

    def text(self, key: str, values: dict[str, str]) -> str:
        return fill(self, str(self.data.get(key, "")), values)

    def lines(self, key: str, values: dict[str, str]) -> list[str]:
        raw = self.data.get(key) or []
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise PaperTemplateError(f"{self.source}: {key} must be a list of paragraphs")
        return [fill(self, x, values) for x in raw]

    def plain_text(self) -> str:
        """Every sentence of the template, for the reading-age check."""
        out: list[str] = []
        for value in self.data.values():
            out.extend(value if isinstance(value, list) else [value])
        return " ".join(str(x) for x in out)


def fill(template: PaperTemplate, text: str, values: dict[str, str]) -> str:
    try:
        return Template(text).substitute(values)
    except KeyError as exc:
        raise PaperTemplateError(
            f"{template.source}: unknown placeholder ${exc.args[0]} (known: "
            + ", ".join("$" + k for k in sorted(values))
            + ")"
        ) from None
    except ValueError:
        raise PaperTemplateError(
            f"{template.source}: a '$' that is not a placeholder (write $$ for a dollar sign)"
        ) from None


def load_template(name: str, extra_folders: tuple[Path, ...] = ()) -> PaperTemplate:
    if name not in PAPERS:
        raise PaperTemplateError(f"unknown paper {name!r}: " + ", ".join(PAPERS))
    for folder in (*extra_folders, resource("papers")):
        path = Path(folder) / f"{name}.json"
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise PaperTemplateError(f"{path.name}: cannot be read: {str(exc).splitlines()[0]}") from None
            if not isinstance(data, dict) or not isinstance(data.get("title"), str):
                raise PaperTemplateError(f"{path.name}: needs a JSON object with a title")
            return PaperTemplate(name, path.name, data)
    raise PaperTemplateError(f"no template for {name}")  # pragma: no cover - shipped


_WORD = re.compile(r"[A-Za-z']+")


def _syllables(word: str) -> int:
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups) - (1 if word.endswith("e") and len(groups) > 1 and not word.endswith("le") else 0)
    return max(n, 1)


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade of `text` (placeholders dropped): US school grade; reading age is about grade + 5."""
    text = re.sub(r"\$\w+", "", text)
    sentences = max(len([s for s in re.split(r"[.!?]+", text) if _WORD.search(s)]), 1)
    words = _WORD.findall(text)
    if not words:
        return 0.0
    syllables = sum(_syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59
