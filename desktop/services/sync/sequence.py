"""Where a bundle falls in its sender's sequence: new, a replay, late (fills a gap) or after a gap.

Pure: the caller passes what it has already seen from this sender. Records are versioned, so applying a bundle
that skipped numbers, or a late one, is safe; a replay is refused because it has been applied already.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum


class SequenceKind(StrEnum):
    NEW = "new"          # the next number: apply
    GAP = "gap"          # numbers were skipped: apply, and tell the user which are missing
    LATE = "late"        # an earlier missing number, arriving now: apply
    REPLAY = "replay"    # this bundle (or this number) was seen before: refuse, change nothing


@dataclass(frozen=True, slots=True)
class SequenceVerdict:
    kind: SequenceKind
    missing: tuple[int, ...] = ()
    reason: str = ""

    @property
    def accept(self) -> bool:
        return self.kind is not SequenceKind.REPLAY


def _numbers(missing: tuple[int, ...]) -> str:
    if len(missing) > 10:
        return f"{missing[0]}–{missing[-1]} ({len(missing)} bundles)" if missing[-1] - missing[0] + 1 == len(
            missing) else ", ".join(map(str, missing[:10])) + f" and {len(missing) - 10} more"
    return ", ".join(map(str, missing))


def check_sequence(bundle_id: str, sequence: int, *, last_seen: int, seen_ids: Collection[str],
                   seen_sequences: Collection[int] | None = None) -> SequenceVerdict:
    """Classify a bundle from one sender.

    last_seen: the highest sequence number received from this sender (0 for none).
    seen_ids: bundle IDs received from this sender.
    seen_sequences: the numbers received; without it, any number up to last_seen counts as a replay
    (strict mode). With it, an unseen number below last_seen is LATE and accepted.
    """
    if bundle_id in seen_ids:
        return SequenceVerdict(SequenceKind.REPLAY, reason=f"replayed bundle: {bundle_id} was received before")
    if sequence <= last_seen and (seen_sequences is None or sequence in seen_sequences):
        return SequenceVerdict(SequenceKind.REPLAY, reason=(
            f"replayed bundle: sequence {sequence} is not after the last one received ({last_seen})"
            if seen_sequences is None else f"replayed bundle: sequence {sequence} was received before"))
    if seen_sequences is None:
        missing = tuple(range(last_seen + 1, sequence))
    else:
        seen = set(seen_sequences) | {sequence}
        missing = tuple(n for n in range(1, max(last_seen, sequence)) if n not in seen)
    if sequence < last_seen:
        rest = f"; still missing {_numbers(missing)}" if missing else ""
        return SequenceVerdict(SequenceKind.LATE, missing, f"late bundle: sequence {sequence} fills a gap{rest}")
    if missing:
        return SequenceVerdict(SequenceKind.GAP, missing,
                               f"gap: bundle {_numbers(missing)} from this sender not received yet")
    return SequenceVerdict(SequenceKind.NEW)
