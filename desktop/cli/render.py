"""How the command line shows things: one-line errors (exit 2), aligned tables, and label: value fields.

Every text passed in is already in the command's language (through `CLI.tr`); these functions only lay it out.
Errors are one line on stderr, prefixed by the program's name, so a script can read them and a person can too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import TextIO


def one_line(message: object) -> str:
    """`message` on one line: a service's text with newlines in it is joined with "; "."""
    parts = [part.strip() for part in str(message).splitlines() if part.strip()]
    return "; ".join(parts)


def error(message: object, *, prog: str = "checkpoint-desk", code: int = 2, out: TextIO | None = None) -> int:
    """Print `prog: message` as one line on stderr and give back the exit code (2 unless told)."""
    print(f"{prog}: {one_line(message)}", file=out or sys.stderr)
    return code


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    out: TextIO | None = None,
    gap: str = "  ",
) -> int:
    """Print `header` and `rows` in left-aligned columns as wide as their widest cell (trailing blanks cut);
    gives back the number of rows printed."""
    body = [["" if cell is None else str(cell) for cell in row] for row in rows]
    lines = [list(header), *body]
    widths = [max(len(line[i]) if i < len(line) else 0 for line in lines) for i in range(len(header))]
    stream = out or sys.stdout
    for line in lines:
        cells = [cell.ljust(widths[i]) if i < len(widths) else cell for i, cell in enumerate(line)]
        print(gap.join(cells).rstrip(), file=stream)
    return len(body)


def fields(
    pairs: Iterable[tuple[str, object]], *, out: TextIO | None = None, indent: str = "", gap: str = "  "
) -> None:
    """Print `label: value` lines with the values lined up `gap` after the longest label and its colon."""
    items = [(label, "" if value is None else str(value)) for label, value in pairs]
    width = max((len(label) for label, _v in items), default=0) + 1
    stream = out or sys.stdout
    for label, value in items:
        print(f"{indent}{(label + ':').ljust(width)}{gap}{value}".rstrip(), file=stream)
