"""Small-number suppression for figures that leave the provider, as published statistics do.

Rules (docs/reports.md, "Suppression"):
1. Primary: a count from 1 to 4 is shown as "<5" (0 is shown: it identifies nobody).
2. Secondary: in a breakdown (one figure split by a dimension, e.g. referrals by sex), the parts add up to a
   total that is shown elsewhere, so one hidden part could be worked out by subtraction. When exactly one part
   of a breakdown is hidden, the next smallest non-zero part is hidden too; when the total itself is hidden
   (say completed contracts, hidden among the outcomes), so is one part of every breakdown of it (and then a
   second). This repeats until no breakdown gives a hidden number away. These are 5 or more, so they read
   "suppressed", not "<5".
3. Rates and days: a rate is hidden when its numerator, or denominator minus numerator, is 1 to 4, when its
   denominator is under 5, or when either equals a count hidden in the same section; a figure in days (median,
   quartiles) or points (mean scores) is hidden when fewer than 5 were measured.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .reports import Figure

THRESHOLD = 5
SUPPRESSED = "suppressed"


@dataclass(frozen=True, slots=True)
class Shown:
    """A figure as it leaves the provider: its text, and whether it was hidden."""

    figure: Figure
    text: str
    hidden: bool = False


def value_text(f: Figure) -> str:
    if f.value is None:
        return ""
    if f.is_count:
        return str(int(f.value))
    return f"{f.value:.1f}"


def _small(n: int | None, threshold: int) -> bool:
    return n is not None and 0 < n < threshold


# Breakdowns whose total is a figure of another section: (section, key) -> (section, key, dimension, category).
TOTAL_ELSEWHERE: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("demographics", "referrals_received"): ("flow", "referrals_received", "", ""),
    ("monthly", "referrals_received"): ("flow", "referrals_received", "", ""),
    ("demographics", "contracts_signed"): ("flow", "contracts_signed", "", ""),
    ("monthly", "contracts_signed"): ("flow", "contracts_signed", "", ""),
    ("demographics", "contracts_completed"): ("flow", "contracts_ended", "outcome", "completed"),
    ("monthly", "contracts_completed"): ("flow", "contracts_ended", "outcome", "completed"),
}


def _groups(figures: Sequence[Figure]) -> list[tuple[list[int], int | None]]:
    """Each breakdown's members, with the index of the figure its parts add up to (None if not shown)."""
    where = {(f.section, f.key, f.dimension, f.category): i for i, f in enumerate(figures)}
    members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if f.is_count and f.dimension:
            members[(f.section, f.key, f.dimension)].append(i)
    out = []
    for (section, key, _dimension), idx in members.items():
        total = TOTAL_ELSEWHERE.get((section, key), (section, key, "", ""))
        out.append((idx, where.get(total)))
    return out


def hidden_indices(
    figures: Sequence[Figure], threshold: int = THRESHOLD, forced: Iterable[int] = ()
) -> set[int]:
    """The figures to hide; `forced` are hidden whatever their value (see suppress_across)."""
    hidden = {i for i, f in enumerate(figures) if f.is_count and _small(int(f.value or 0), threshold)}
    hidden.update(forced)
    groups = _groups(figures)
    changed = True
    while changed:  # until every breakdown is safe: each hide can make another breakdown unsafe
        changed = False
        for members, total in groups:
            nonzero = [i for i in members if (figures[i].value or 0) > 0]
            hidden_parts = [i for i in nonzero if i in hidden]
            # one hidden part is the shown total minus the rest; a hidden total is the sum of shown parts
            unsafe = len(hidden_parts) == 1 or (total in hidden and not hidden_parts)
            rest = [i for i in nonzero if i not in hidden]
            if unsafe and rest:
                hidden.add(min(rest, key=lambda i: (figures[i].value or 0, i)))
                changed = True
    hidden_values: dict[str, set[int]] = defaultdict(set)
    for i in hidden:
        hidden_values[figures[i].section].add(int(figures[i].value or 0))
    for i, f in enumerate(figures):
        if f.unit == "percent" and f.denominator is not None and f.numerator is not None:
            left = f.denominator - f.numerator
            if (
                f.denominator < threshold
                or _small(f.numerator, threshold)
                or _small(left, threshold)
                or f.numerator in hidden_values[f.section]
                or left in hidden_values[f.section]
            ) and f.denominator > 0:
                hidden.add(i)
        elif f.unit in ("days", "points") and f.denominator is not None and 0 < f.denominator < threshold:
            hidden.add(i)
    return hidden


def suppress(figures: Sequence[Figure], threshold: int = THRESHOLD) -> list[Shown]:
    """Every figure with its text for publication: small counts read "<5", every other hidden figure
    (secondary suppression, rates, days) "suppressed"."""
    return _shown(figures, hidden_indices(figures, threshold), threshold)


def suppress_across(
    total: Sequence[Figure], parts: Mapping[str, Sequence[Figure]], threshold: int = THRESHOLD
) -> tuple[list[Shown], dict[str, list[Shown]]]:
    """One table of figures per part (provider) and their total, each listing the same figures in the same
    order (what build_figures gives). Each table is suppressed on its own, and every figure across the parts
    is a breakdown of the total's: one hidden part, or a hidden total with no hidden part, hides one more."""
    names = list(parts)
    tables = [list(total)] + [list(parts[n]) for n in names]
    if any(len(t) != len(tables[0]) for t in tables):
        raise ValueError("every part must list the same figures as the total")
    forced: list[set[int]] = [set() for _ in tables]
    while True:
        hidden = [hidden_indices(t, threshold, f) for t, f in zip(tables, forced, strict=True)]
        changed = False
        for i, f in enumerate(tables[0]):
            if not f.is_count:
                continue
            nonzero = [k for k in range(1, len(tables)) if (tables[k][i].value or 0) > 0]
            hidden_parts = [k for k in nonzero if i in hidden[k]]
            rest = [k for k in nonzero if i not in hidden[k]]
            if rest and (len(hidden_parts) == 1 or (i in hidden[0] and not hidden_parts)):
                k = min(rest, key=lambda k: (tables[k][i].value or 0, k))
                forced[k].add(i)
                changed = True
        if not changed:
            break
    shown = [_shown(t, h, threshold) for t, h in zip(tables, hidden, strict=True)]
    return shown[0], dict(zip(names, shown[1:], strict=True))


def _shown(figures: Sequence[Figure], hidden: set[int], threshold: int) -> list[Shown]:
    out = []
    for i, f in enumerate(figures):
        if i in hidden:  # a count hidden only to protect another is 5 or more: "<5" would be untrue
            small = f.is_count and _small(int(f.value or 0), threshold)
            out.append(Shown(f, f"<{threshold}" if small else SUPPRESSED, True))
        else:
            out.append(Shown(f, value_text(f)))
    return out


def unsuppressed(figures: Sequence[Figure]) -> list[Shown]:
    """Every figure exactly (for the provider's own use, never for publication)."""
    return [Shown(f, value_text(f)) for f in figures]
