"""The diversion team's users: each has a vault entry (their passphrase wraps the data key, their role is sealed
with it) and a row in the database; every change is audited. Admins manage users; anyone changes their own
passphrase; the recovery key resets a forgotten one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import URL

from desktop.services.sync.manifest import utc_text
from desktop.storage.errors import WrongPassphrase
from desktop.storage.vault import KdfParams

from . import audit
from .errors import ForceStoreError
from .home import ForceHome, HomeError
from .keys import ForceKeys
from .limits import USER_NAME, check_text
from .models import UserRecord
from .roles import VAULT_ROLE, ForceRole
from .session import Clock, ForceContext, load_vault, open_store, utc_now
from .store import database_url

MIN_PASSPHRASE = 10


@dataclass(frozen=True, slots=True)
class UserLine:
    username: str
    role: str
    active: bool
    added_at: str
    added_by: str


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ForceStoreError(f"the passphrase must be at least {MIN_PASSPHRASE} characters")


def add_user(
    ctx: ForceContext, username: str, role: ForceRole, passphrase: str, kdf: KdfParams | None = None
) -> None:
    ctx.require("users")
    username = check_text("the user name", username, USER_NAME)
    check_passphrase(passphrase)
    with ctx.store.transaction() as s:
        row = s.get(UserRecord, username)
        if row is not None and row.active:
            raise ForceStoreError(f"a user named '{username}' exists already")
        if any(u.username == username for u in ctx.vault.users()):
            ctx.vault.remove_user(username)  # left by an earlier add that died before its row was committed
        if row is None:
            s.add(
                UserRecord(
                    username=username,
                    role=role.value,
                    active=True,
                    added_at=utc_text(ctx.clock()),
                    added_by=ctx.user.username,
                )
            )
        else:  # removed before, added again
            row.role, row.active = role.value, True
        ctx.audit(s, "user.add", "user", username, f"role {role.value}")
        # the vault entry last, inside the transaction: if writing it fails, the row is rolled back
        ctx.vault.add_user(_data_key(ctx), username, VAULT_ROLE[role], passphrase, kdf)


def remove_user(ctx: ForceContext, username: str) -> None:
    ctx.require("users")
    if username == ctx.user.username:
        raise ForceStoreError("you cannot remove yourself: ask another admin")
    with ctx.store.transaction() as s:
        row = s.get(UserRecord, username)
        if row is None or not row.active:
            raise ForceStoreError(f"no active user named '{username}'")
        if (
            row.role == ForceRole.ADMIN.value
            and s.scalar(
                select(UserRecord.username)
                .where(
                    UserRecord.role == ForceRole.ADMIN.value,
                    UserRecord.active.is_(True),
                    UserRecord.username != username,
                )
                .limit(1)
            )
            is None
        ):
            raise ForceStoreError("that is the last admin")
        row.active = False
        ctx.audit(s, "user.remove", "user", username, f"role {row.role}")
        if any(u.username == username for u in ctx.vault.users()):
            ctx.vault.remove_user(username)


def users(ctx: ForceContext) -> list[UserLine]:
    ctx.require("users")
    with ctx.store.transaction() as s:
        return [
            UserLine(r.username, r.role, r.active, r.added_at, r.added_by)
            for r in s.scalars(select(UserRecord).order_by(UserRecord.username))
        ]


def change_passphrase(ctx: ForceContext, new_passphrase: str, kdf: KdfParams | None = None) -> None:
    check_passphrase(new_passphrase)
    with ctx.store.transaction() as s:
        ctx.audit(s, "user.passphrase", "user", ctx.user.username, "changed by the user")
        ctx.vault.set_passphrase(_data_key(ctx), ctx.user.username, new_passphrase, kdf)


def recover(
    home: ForceHome,
    recovery_key: str,
    username: str,
    new_passphrase: str,
    *,
    url: URL | None = None,
    clock: Clock = utc_now,
) -> None:
    """Give `username` a new passphrase with the recovery key (printed once by init or upgrade); audited."""
    check_passphrase(new_passphrase)
    vault = load_vault(home)
    try:
        data_key = vault.unlock_with_recovery(recovery_key)
    except WrongPassphrase as exc:
        raise HomeError(str(exc).replace("case store", "force folder")) from None
    if not any(u.username == username for u in vault.users()):
        raise HomeError(f"no user named '{username}' in this force folder")
    store = open_store(
        home, url if url is not None else database_url(None, home.db_path), ForceKeys(data_key), clock()
    )
    try:
        with store.transaction() as s:
            audit.append(
                s,
                clock(),
                username,
                "user.recover",
                "user",
                username,
                "passphrase reset with the recovery key",
            )
            vault.set_passphrase(data_key, username, new_passphrase)
    finally:
        store.close()


def _data_key(ctx: ForceContext) -> bytes:
    return ctx.data_key
