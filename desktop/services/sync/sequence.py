"""Where a bundle falls in its sender's sequence: new, a replay, late (fills a gap), after a gap, or too far.

Pure: the caller passes what it has already seen from this sender. Records are versioned, so applying a bundle
that skipped numbers, or a late one, is safe; a replay is refused because it has been applied already, and a
number far past the last one is refused because no sender makes that many bundles (a mistake or an attack).

The work done is bounded by what was seen, never by the number the bundle claims: a sequence of 10**18 costs
no more than a sequence of 2, and `missing` lists at most MAX_LISTED numbers (`missing_count` says how many).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

MAX_SEQUENCE_JUMP = 10_000  # a sender makes a bundle a day or so; a bigger jump is a mistake or an attack
MAX_LISTED = 100


class SequenceKind(StrEnum):
    NEW = "new"  # the next number: apply
    GAP = "gap"  # numbers were skipped: apply, and tell the user which are missing
    LATE = "late"  # an earlier missing number, arriving now: apply
    REPLAY = "replay"  # this bundle (or this number) was seen before: refuse, change nothing
    TOO_FAR = "too_far"  # not a positive number, or far past the last one: refuse, change nothing


@dataclass(frozen=True, slots=True)
class SequenceVerdict:
    kind: SequenceKind
    missing: tuple[int, ...] = ()
    reason: str = ""
    missing_count: int = 0

    @property
    def accept(self) -> bool:
        return self.kind not in (SequenceKind.REPLAY, SequenceKind.TOO_FAR)


def _numbers(missing: tuple[int, ...], count: int, last: int) -> str:
    """`missing` starts the list of `count` missing numbers, the highest of which is `last`."""
    if count > 10:
        if count == last - missing[0] + 1:
            return f"{missing[0]}–{last} ({count} bundles)"
        return ", ".join(map(str, missing[:10])) + f" and {count - 10} more"
    return ", ".join(map(str, missing))


def _last_hole(seen: set[int], upto: int) -> int:
    n = upto - 1
    while n in seen:  # at most len(seen) steps
        n -= 1
    return n


def _holes(seen: set[int], upto: int) -> tuple[tuple[int, ...], int]:
    """The numbers 1..upto-1 not in `seen`: the first MAX_LISTED of them, and how many there are."""
    below = {n for n in seen if 0 < n < upto}
    count = (upto - 1) - len(below) if upto > 1 else 0
    listed: list[int] = []
    n = 1
    while len(listed) < min(count, MAX_LISTED):  # at most len(below) + MAX_LISTED steps
        if n not in below:
            listed.append(n)
        n += 1
    return tuple(listed), count


def check_sequence(
    bundle_id: str,
    sequence: int,
    *,
    last_seen: int,
    seen_ids: Collection[str],
    seen_sequences: Collection[int] | None = None,
    max_jump: int = MAX_SEQUENCE_JUMP,
) -> SequenceVerdict:
    """Classify a bundle from one sender.

    last_seen: the highest sequence number received from this sender (0 for none).
    seen_ids: bundle IDs received from this sender.
    seen_sequences: the numbers received; without it, any number up to last_seen counts as a replay
    (strict mode). With it, an unseen number below last_seen is LATE and accepted.
    max_jump: a number more than this past last_seen is TOO_FAR.
    """
    if bundle_id in seen_ids:
        return SequenceVerdict(
            SequenceKind.REPLAY, reason=f"replayed bundle: {bundle_id} was received before"
        )
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        return SequenceVerdict(SequenceKind.TOO_FAR, reason="sequence numbers start at 1")
    if sequence > last_seen + max_jump:
        return SequenceVerdict(
            SequenceKind.TOO_FAR,
            reason=(
                f"sequence {sequence} jumps more than {max_jump} past the last bundle received ({last_seen})"
            ),
        )
    if sequence <= last_seen and (seen_sequences is None or sequence in seen_sequences):
        return SequenceVerdict(
            SequenceKind.REPLAY,
            reason=(
                f"replayed bundle: sequence {sequence} is not after the last one received ({last_seen})"
                if seen_sequences is None
                else f"replayed bundle: sequence {sequence} was received before"
            ),
        )
    if seen_sequences is None:
        count = max(0, sequence - last_seen - 1)
        missing = tuple(range(last_seen + 1, last_seen + 1 + min(count, MAX_LISTED)))
        last = sequence - 1
    else:
        seen = set(seen_sequences) | {sequence}
        missing, count = _holes(seen, max(last_seen, sequence))
        last = _last_hole(seen, max(last_seen, sequence)) if count else 0
    if sequence < last_seen:
        rest = f"; still missing {_numbers(missing, count, last)}" if count else ""
        return SequenceVerdict(
            SequenceKind.LATE, missing, f"late bundle: sequence {sequence} fills a gap{rest}", count
        )
    if count:
        return SequenceVerdict(
            SequenceKind.GAP,
            missing,
            f"gap: bundle {_numbers(missing, count, last)} from this sender not received yet",
            count,
        )
    return SequenceVerdict(SequenceKind.NEW)
