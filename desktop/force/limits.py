"""Limits on what the force types itself, checked before the database sees it, so both engines refuse the same
things with the same message (PostgreSQL would refuse an over-long value with a database error; SQLite would
keep it). Values that arrive in bundles are bounded by the sync format instead (see models.py)."""

from __future__ import annotations

from .errors import ForceStoreError

FORCE_REFERENCE = 100
PARTNER_NAME = 200
USER_NAME = 100


def check_text(what: str, value: str, limit: int) -> str:
    value = value.strip()
    if not value:
        raise ForceStoreError(f"{what} must not be empty")
    if len(value) > limit:
        raise ForceStoreError(f"{what} is longer than {limit} characters ({len(value)})")
    if any(ord(ch) < 32 for ch in value):
        raise ForceStoreError(f"{what} must be one line of text")
    return value
