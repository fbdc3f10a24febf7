"""Errors that opening or using a case store can raise. Each message is one line fit for a user."""

from __future__ import annotations

import os


class StoreError(Exception):
    """Base class: the store was left as it was."""


class NotAStore(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class UnknownUser(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class UsersTampered(StoreDamaged):
    """The users table, the key vault and the admin-signed list of users disagree: changed outside the app."""


class RollbackDetected(StoreDamaged):
    """The force witnessed a later state of this store's audit log than the store now holds."""


class StoreInUse(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class PermissionDenied(StoreError):
    pass


class ConcurrentEdit(StoreError):
    """The record changed since it was read (its row version moved on)."""


class NotFound(StoreError):
    pass


class DiskFull(StoreError):
    """A write failed for want of space; the transaction rolled back, the files are as they were."""


LOW_SPACE = 1024 * 1024  # an I/O error with less than this free is the disk filling up (WAL, shared memory)


def _nearly_full(folder: object) -> bool:
    try:
        st = os.statvfs(str(folder))
    except (OSError, AttributeError, TypeError):  # no statvfs on Windows
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE


def from_database_error(exc: BaseException, where: str = "the database", folder: object = None) -> StoreError:
    """The one-line store error for a driver error: a full disk named as such, never called damage."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    full = code == 13 or "disk is full" in text or getattr(orig, "errno", None) == 28  # SQLITE_FULL, ENOSPC
    io = code is not None and code & 0xFF == 10 or "disk i/o error" in text  # SQLITE_IOERR and its kinds
    if full or (io and folder is not None and _nearly_full(folder)):
        return DiskFull(f"the disk is full: {where} was not changed; free some space and try again")
    if io:
        return StoreDamaged(f"{where} could not be read or written (disk I/O error); nothing was changed")
    if "locked" in text or "busy" in text:
        return StoreInUse(f"{where} is busy in another process; try again")
    return StoreDamaged(f"{where} is damaged or does not match its key vault")
