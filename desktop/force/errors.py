"""Errors a force command reports in one line (exit 2); each leaves the store as it was."""

from __future__ import annotations


class ForceStoreError(Exception):
    """A command cannot go ahead: unknown partner, duplicate name, bad certificate file, bad value."""


class AccessDenied(ForceStoreError):
    """The user's role does not allow the command."""


class StoreMismatch(ForceStoreError):
    """The database, the vault or the user list do not belong together (another force, or an edited role)."""
