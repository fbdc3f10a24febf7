"""Who may see which person: managers and admins see everyone, a keyworker only the people on their caseload.

`caseload_owner` is the rule; the other functions put it into the shapes storage needs (a check on one
person, a Core/ORM filter, a raw SQL condition). Every repository that reads people or what hangs off them (cases,
assessments, safety actions, returns, reports, search, sync) uses these; nothing else in storage compares a
person's keyworker with the signed-in user (tests/test_visibility_rule.py greps for it). `assigned_to` is the
one other comparison: the people on the user's own caseload whatever their role (what was assigned to me).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, true

from desktop.domain import User

from .errors import PermissionDenied


def caseload_owner(user: User) -> str | None:
    """None when `user` sees everyone; else the keyworker id whose people they may see (their own)."""
    return None if user.role.sees_everyone else user.id


def may_see(user: User, keyworker_id: str | None) -> bool:
    owner = caseload_owner(user)
    return owner is None or keyworker_id == owner


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
    return keyworker_column == user.id  # type: ignore[no-any-return]


def visible_sql(user: User, keyworker_column: str) -> tuple[str, dict[str, Any]]:
    """The same rule as raw SQL: ('', {}) for everyone, else ('<column> = :kw', {'kw': id})."""
    owner = caseload_owner(user)
    return ("", {}) if owner is None else (f"{keyworker_column} = :kw", {"kw": owner})
