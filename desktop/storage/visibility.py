"""Who may see which person: managers and admins see everyone, a keyworker only the people on their caseload.

`caseload_owner` is the rule (it lives in `desktop/domain/people.py` with `may_see` and the "mine" rule
`is_assigned_to`, so the UI and services use the same one); the functions here put it into the shapes storage
needs (a check on one person, a Core/ORM filter, a raw SQL condition). Every repository that reads people or what hangs off them (cases,
assessments, safety actions, returns, reports, search, sync) uses these; nothing else in storage compares a
person's keyworker with the signed-in user (tests/test_visibility_rule.py greps for it). `assigned_to` is the
one other comparison (`is_assigned_to` in SQL): the people on the user's own caseload whatever their role.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, true

from desktop.domain import User
from desktop.domain.people import caseload_owner, may_see

from .errors import PermissionDenied

__all__ = [
    "assigned_to",
    "caseload_owner",
    "check_visible",
    "may_see",
    "visible_filter",
    "visible_sql",
]


def check_visible(user: User, keyworker_id: str | None) -> None:
    if not may_see(user, keyworker_id):
        raise PermissionDenied("this person is on another keyworker's caseload")


def visible_filter(user: User, keyworker_column: Any) -> ColumnElement[bool]:
    """A where-clause over a person's keyworker column: true for everyone, or this keyworker's people."""
    owner = caseload_owner(user)
    return true() if owner is None else keyworker_column == owner


def assigned_to(user: User, keyworker_column: Any) -> ColumnElement[bool]:
    """A where-clause over a person's keyworker column: the people assigned to `user` themselves. Not a
    visibility rule (a manager sees everyone but has only their own people assigned to them)."""
    return keyworker_column == user.id  # type: ignore[no-any-return]  # domain.people.is_assigned_to in SQL


def visible_sql(user: User, keyworker_column: str) -> tuple[str, dict[str, Any]]:
    """The same rule as raw SQL: ('', {}) for everyone, else ('<column> = :kw', {'kw': id})."""
    owner = caseload_owner(user)
    return ("", {}) if owner is None else (f"{keyworker_column} = :kw", {"kw": owner})
