"""What a write touched (after Anki's `OpChanges`): every write service method returns a `Changes` naming it,
the UI's change bus carries it, and each view refreshes only what it names. Pure data, no Qt, so the services
return it and the CLI can ignore it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    people: frozenset[str] = frozenset()  # person ids whose case (row, record) changed
    all_people: bool = False  # many or unknown people (sync, retention, staff transfers): reload the caseload
    returns: bool = False  # drafted, signed or due returns may differ
    assessments: frozenset[str] = frozenset()  # person ids whose assessments changed
    settings: frozenset[str] = frozenset()  # names of store settings written
    staff: bool = False  # accounts, names or roles

    @classmethod
    def for_people(cls, ids: Iterable[str], *, returns: bool = False) -> Changes:
        return cls(people=frozenset(ids), returns=returns)

    @classmethod
    def everything(cls) -> Changes:
        """F5, a sync or an erasure: anything may differ."""
        return cls(all_people=True, returns=True, staff=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.people | other.people,
            self.all_people or other.all_people,
            self.returns or other.returns,
            self.assessments | other.assessments,
            self.settings | other.settings,
            self.staff or other.staff,
        )

    def touches_person(self, person_id: str) -> bool:
        return self.all_people or person_id in self.people or person_id in self.assessments

    def touches_assessments(self, person_id: str | None = None) -> bool:
        """This person's assessments (or, with None, anyone's) may differ."""
        if self.all_people:
            return True
        return bool(self.assessments) if person_id is None else person_id in self.assessments

    def __bool__(self) -> bool:
        return bool(
            self.people or self.all_people or self.returns or self.assessments or self.settings or self.staff
        )


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """A write whose caller needs what was saved (the new person, the recorded appointment) besides `changes`."""

    value: T
    changes: Changes
