"""Staff accounts, store side: the one place the GUI manages users through, over the key vault and the store.

Small on purpose so that access rules (who may add, disable, reset) can later be wrapped around it in one place.
User names match case-insensitively at sign-in ("Alex" signs in as "alex"); the vault keeps the spelling chosen
when the account was made.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain import Role, User
from desktop.storage.errors import StoreError
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault


def canonical_username(folder: Path, typed: str) -> str:
    """The vault's spelling of `typed`, matched without regard to case; `typed` itself if no one matches."""
    typed = typed.strip()
    try:
        names = [u.username for u in KeyVault.load(Path(folder)).users()]
    except (StoreError, OSError, ValueError):
        return typed  # opening will report the real problem
    if typed in names:
        return typed
    folded = [n for n in names if n.casefold() == typed.casefold()]
    return folded[0] if len(folded) == 1 else typed


def add_user(store: CaseStore, username: str, display_name: str, role: Role, passphrase: str) -> User:
    """Add an account; refuses a name that differs from an existing one only by case."""
    taken = {u.username.casefold() for u in store.users()}
    if username.strip().casefold() in taken:
        raise ValueError(f"there is already a user named '{username.strip()}' (names ignore case)")
    return store.add_user(username.strip(), display_name, role, passphrase)


SEEN_KEY = "assignments_seen/{user_id}"


def newly_assigned(store: CaseStore, person_ids: list[str]) -> list[str]:
    """Of the signed-in keyworker's caseload `person_ids`, those assigned since their last sign-in (in the
    given order), and remember the caseload as seen. The first sign-in tells of nothing: all is new then."""
    key = SEEN_KEY.format(user_id=store.user.id)
    before = store.setting(key, "")
    seen = set(before.split(",")) if before else None
    now = sorted(set(person_ids))
    if before != ",".join(now):
        store.set_setting(key, ",".join(now))
    return [] if seen is None else [p for p in person_ids if p not in seen]
