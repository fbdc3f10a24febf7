"""Staff accounts for the Users window: list, add, disable, change a role, reset a passphrase, hand over a caseload.

Every change goes through the store's own user functions (the same ones `checkpoint-desk users add|passwd|remove`
calls, and `change_role` beside them), which write the vault entry, re-sign the admin's list of users (`resign_user_list`) and re-key the
database where a secret may have left with someone. Nothing here touches keys itself.
User names match case-insensitively at sign-in (`canonical_username`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.domain import Role, User
from desktop.storage.errors import StoreError
from desktop.storage.staff import caseload_sizes
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MAX_DISPLAY_NAME = 120


@dataclass(frozen=True)
class StaffMember:
    user: User
    caseload: int  # people whose keyworker they are


def list_staff(store: CaseStore) -> list[StaffMember]:
    """Every account, active first, with the size of each caseload (managers and admins)."""
    store.require_role(Role.ADMIN, Role.MANAGER)
    counts = caseload_sizes(store)
    users = sorted(store.users(), key=lambda u: (not u.active, u.display_name.lower()))
    return [StaffMember(u, int(counts.get(u.id, 0))) for u in users]


def add_staff(store: CaseStore, username: str, display_name: str, role: Role, passphrase: str) -> User:
    """A new account (admins only). User names are kept lower case, so sign-in is not case-sensitive."""
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise ValueError(
            "a user name is 2 to 40 letters, digits, dots, dashes or underscores, starting with a "
            "letter or digit"
        )
    display = " ".join(display_name.split())
    if len(display) > MAX_DISPLAY_NAME:
        raise ValueError(f"a display name is at most {MAX_DISPLAY_NAME} characters")
    if any(u.username.lower() == name for u in store.users()):
        raise ValueError(
            f"there is already a user named '{name}' (names ignore case; a disabled account keeps its name)"
        )
    return store.add_user(name, display or name, role, passphrase)


def disable_staff(store: CaseStore, username: str, transfer_to: str | None = None) -> list[str]:
    """Disable an account (admins only): never deleted, since the audit names them. Their caseload first goes to
    `transfer_to` (a user id) when given. Returns the ids of the people moved."""
    store.require_role(Role.ADMIN)
    target = next((u for u in store.users() if u.username == username), None)
    if target is None:
        raise ValueError(f"no user named '{username}'")
    if not target.active:
        raise ValueError(f"'{username}' is already disabled")
    if username == store.user.username:
        raise ValueError("you cannot disable your own account; another admin can")
    moved = store.cases.transfer_caseload(target.id, transfer_to) if transfer_to else []
    store.remove_user(username)
    return moved


def change_staff_role(store: CaseStore, username: str, role: Role, new_passphrase: str) -> None:
    """A new role (admins only), sealed into their vault entry under a new passphrase the admin gives them."""
    store.change_role(username, role, new_passphrase)


def reset_passphrase(store: CaseStore, username: str, new_passphrase: str) -> None:
    """A new passphrase for someone who forgot theirs (admins; anyone for their own)."""
    target = next((u for u in store.users() if u.username == username), None)
    if target is None or not target.active:
        raise ValueError(f"no active user named '{username}'")
    store.change_passphrase(username, new_passphrase)


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
