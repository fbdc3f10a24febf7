"""The merge rules of desktop.domain.replicas, without a store."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.replicas import (
    AppendRow,
    Dot,
    FieldOutcome,
    Register,
    SequenceVerdict,
    check_sequence,
    conflict_key,
    merge,
    merge_append,
    outcome,
    write,
)

BASE = write(Register.empty(), "07700 900000", Dot(1, "main"))


def test_a_field_changed_on_one_side_only_wins() -> None:
    laptop = write(BASE, "07700 900111", Dot(1, "laptop"))
    for merged in (merge(BASE, laptop), merge(laptop, BASE)):
        assert merged.shown() == "07700 900111" and not merged.in_conflict
    assert outcome(BASE, merge(BASE, laptop)) is FieldOutcome.TAKEN


def test_a_field_changed_on_both_sides_keeps_both_values() -> None:
    laptop = write(BASE, "111", Dot(1, "laptop"))
    desk = write(BASE, "222", Dot(1, "desk"))
    merged = merge(laptop, desk)
    assert merged.in_conflict and sorted(merged.distinct_values()) == ["111", "222"]
    assert merge(desk, laptop) == merged
    assert outcome(laptop, merged) is FieldOutcome.CONFLICT
    assert merged.shown() == merge(desk, laptop).shown()  # every replica shows the same one


def test_the_same_new_value_on_both_sides_is_no_conflict() -> None:
    merged = merge(write(BASE, "111", Dot(1, "laptop")), write(BASE, "111", Dot(1, "desk")))
    assert not merged.in_conflict and merged.shown() == "111"


def test_a_resolution_overwrites_both_values_everywhere() -> None:
    laptop = write(BASE, "111", Dot(1, "laptop"))
    desk = write(BASE, "222", Dot(1, "desk"))
    conflicted = merge(laptop, desk)
    resolved = write(conflicted, "333", Dot(2, "desk"))
    assert outcome(conflicted, resolved) is FieldOutcome.SETTLED
    assert merge(laptop, resolved).shown() == "333" and not merge(laptop, resolved).in_conflict
    assert not merge(conflicted, resolved).in_conflict


def test_an_old_value_arriving_late_changes_nothing() -> None:
    newer = write(write(BASE, "a", Dot(1, "laptop")), "b", Dot(2, "laptop"))
    older = write(BASE, "a", Dot(1, "laptop"))
    assert merge(newer, older) == newer == merge(older, newer)


def test_a_dot_is_never_used_twice() -> None:
    with pytest.raises(ValueError):
        write(BASE, "x", Dot(1, "main"))


def test_append_rows_merge_as_a_union_whatever_the_order() -> None:
    draft = AppendRow(1, {"completed": 0, "total": None})
    done = AppendRow(2, {"completed": 1, "total": 14})
    assert merge_append(None, draft) == draft
    assert merge_append(draft, done) == done == merge_append(done, draft)


def test_a_replay_is_refused_and_a_gap_accepted() -> None:
    assert check_sequence(1, 0) is SequenceVerdict.NEW
    assert check_sequence(3, 3) is SequenceVerdict.REPLAY
    assert check_sequence(2, 3) is SequenceVerdict.REPLAY
    assert check_sequence(5, 3) is SequenceVerdict.NEW  # a lost bundle: the next one holds its changes
    with pytest.raises(ValueError):
        check_sequence(0, 0)


def test_a_register_survives_its_json() -> None:
    merged = merge(write(BASE, {"b64": "AAE="}, Dot(1, "laptop")), write(BASE, 3.5, Dot(1, "desk")))
    assert Register.from_json(merged.to_json()) == merged
    assert conflict_key("people", "p1", "phone", merged) == conflict_key(
        "people", "p1", "phone", Register.from_json(merged.to_json())
    )


values = st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=3))
devices = st.sampled_from(["a", "b", "c"])


@st.composite
def histories(draw: st.DrawFn) -> list[Register]:
    """Registers on three devices after random writes and merges from a common start."""
    regs = {d: BASE for d in "abc"}
    counters = dict.fromkeys("abc", 0)
    for _ in range(draw(st.integers(0, 12))):
        d = draw(devices)
        if draw(st.booleans()):
            counters[d] += 1
            regs[d] = write(regs[d], draw(values), Dot(counters[d], d))
        else:
            regs[d] = merge(regs[d], regs[draw(devices)])
    return list(regs.values())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # shared CPUs
@given(histories())
def test_merge_is_commutative_associative_and_idempotent(regs: list[Register]) -> None:
    a, b, c = regs
    assert merge(a, b) == merge(b, a)
    assert merge(merge(a, b), c) == merge(a, merge(b, c))
    assert merge(a, a) == a
    assert merge(merge(a, b), b) == merge(a, b)
