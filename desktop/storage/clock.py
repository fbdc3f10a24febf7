"""The store's timestamp form: naive UTC, as its DateTime columns hold it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
