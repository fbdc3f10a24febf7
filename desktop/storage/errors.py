"""Errors that opening or using a case store can raise. Each message is one line fit for a user."""

from __future__ import annotations


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
