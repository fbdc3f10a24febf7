"""Shared by the tests/test_instruments_*.py files: the shipped catalogue and answer sets built for a total."""

from __future__ import annotations

import functools

from desktop.domain.instruments import AnswerValue, InstrumentDefinition, Item
from desktop.services.instruments import InstrumentCatalogue, load_instruments


@functools.cache
def shipped() -> InstrumentCatalogue:
    return load_instruments()


def definition(instrument_id: str) -> InstrumentDefinition:
    return shipped().get(instrument_id)


def answers_for_total(d: InstrumentDefinition, total: int) -> dict[str, AnswerValue]:
    """Answers to every scored item whose scores add up to `total` exactly (search, not greedy: AUDIT's
    Q9-Q10 only score 0, 2 or 4). Raises if no answer set reaches it."""
    items = d.scored_items

    @functools.cache
    def solve(index: int, remaining: int) -> tuple[str, ...] | None:
        if index == len(items):
            return () if remaining == 0 else None
        item: Item = items[index]
        for option in sorted(item.options, key=lambda o: -(o.score or 0)):
            points = option.score or 0
            if points <= remaining:
                rest = solve(index + 1, remaining - points)
                if rest is not None:
                    return (option.value, *rest)
        return None

    values = solve(0, total)
    if values is None:
        raise AssertionError(f"no answers to {d.id} add up to {total}")
    return {item.id: value for item, value in zip(items, values, strict=True)}
