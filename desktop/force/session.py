"""Creating, opening and upgrading a force's store: the vault unlocks the data key, the database must belong to
that vault, and the user's role must agree between the vault entry (sealed) and the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.services.sync import Identity, load_key
from desktop.services.sync.manifest import utc_text
from desktop.storage.errors import NotAStore, StoreDamaged, UnknownUser, WrongPassphrase
from desktop.storage.vault import KdfParams, KeyVault

from . import audit, legacy, migrate
from .errors import AccessDenied, ForceStoreError, StoreMismatch
from .home import KEY_FILE, VAULT_FILE, ForceHome, HomeError
from .keys import ForceKeys
from .limits import USER_NAME, check_text
from .models import PartnerRecord, SettingRecord, UserRecord
from .roles import FROM_VAULT, VAULT_ROLE, ForceRole, allowed, who_may
from .store import ForceStore, database_url, make_engine

Clock = Callable[[], datetime]
FORCE_ADMIN = VAULT_ROLE[ForceRole.ADMIN]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ForceUser:
    username: str
    role: ForceRole


class ForceContext:
    """An open force store, its folder and keys, and who is using it. Close it when done."""

    def __init__(
        self,
        home: ForceHome,
        store: ForceStore,
        data_key: bytes,
        user: ForceUser,
        vault: KeyVault,
        clock: Clock,
        passphrase: str,
    ) -> None:
        self.home, self.store, self.user, self.vault, self.clock = home, store, user, vault, clock
        self.data_key = data_key  # to wrap it for a new user or passphrase
        self.keys = store.keys
        self._passphrase = passphrase  # only to finish an upgrade of the key file a crash cut short

    @property
    def name(self) -> str:
        return self.home.name

    @cached_property
    def identity(self) -> Identity:
        return self.home.identity(self.keys.key_file_passphrase, legacy_passphrase=self._passphrase)

    def require(self, action: str) -> None:
        if not allowed(self.user.role, action):
            raise AccessDenied(
                f"'{self.user.username}' is {self.user.role.value}; this needs {who_may(action)}"
            )

    def audit(
        self, session: Session, action: str, entity: str, entity_id: str = "", detail: str = ""
    ) -> None:
        audit.append(session, self.clock(), self.user.username, action, entity, entity_id, detail)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> ForceContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _url(home: ForceHome, url: URL | None) -> URL:
    return url if url is not None else database_url(None, home.db_path)


def open_store(home: ForceHome, url: URL, keys: ForceKeys, now: datetime) -> ForceStore:
    if url.get_backend_name() == "sqlite" and url.database and legacy.is_plain_sqlite(Path(url.database)):
        legacy.encrypt_sqlite(
            Path(url.database), keys.sqlcipher_key
        )  # an upgrade cut short, or the first run
    store = ForceStore(make_engine(url, keys), keys)
    try:
        migrate.upgrade(store.engine, keys, home.backups, now)
    except DatabaseError as exc:
        store.close()
        if url.get_backend_name() == "sqlite" and "not a database" in str(exc.orig):
            raise StoreMismatch(
                f"{Path(str(url.database)).name} does not open with this folder's vault key: it is "
                "damaged or belongs to another force folder"
            ) from None
        raise
    except BaseException:
        store.close()
        raise
    return store


def _finish_setup(
    store: ForceStore, vault: KeyVault, now: datetime, action: str, *, new: bool = False
) -> None:
    """Tie a database that has no owner yet to this vault, with the vault's first user as its admin: a new one
    (init), the folder's own SQLite file, or a first-release database (it holds partners) whose upgrade was
    cut short. Any other database without an owner is refused: init sets it up."""
    with store.transaction() as s:
        if s.get(SettingRecord, "store_id") is not None:
            return
        if s.scalar(select(UserRecord.username).limit(1)) is not None:
            raise StoreMismatch(
                "this database has users but no store ID: it was not made by checkpoint-force"
            )
        first_release = s.scalar(select(PartnerRecord.id).limit(1)) is not None
        if not (new or first_release or store.dialect == "sqlite"):
            raise StoreMismatch(
                "this database has not been set up: run `checkpoint-force init` with the same --db"
            )
        s.add_all(
            [
                SettingRecord(key="store_id", value=vault.store_id),
                SettingRecord(key="key_check", value=store.keys.key_check),
            ]
        )
        first = vault.users()[0]
        s.add(
            UserRecord(
                username=first.username,
                role=FROM_VAULT[first.role].value,
                active=True,
                added_at=utc_text(now),
                added_by=first.username,
            )
        )
        audit.append(s, now, first.username, action, "store", vault.store_id)


def _check_belongs(store: ForceStore, vault: KeyVault, username: str, vault_role: ForceRole) -> ForceUser:
    with store.transaction() as s:
        store_id = s.get(SettingRecord, "store_id")
        check = s.get(SettingRecord, "key_check")
        if store_id is None or store_id.value != vault.store_id:
            raise StoreMismatch(
                "this database belongs to another force folder (its store ID differs from the vault's)"
                if store_id
                else "this database has not been set up: run `checkpoint-force init` with the same --db"
            )
        if check is None or check.value != store.keys.key_check:
            raise StoreMismatch("this database was not made with this folder's vault key")
        row = s.get(UserRecord, username)
        if row is None or not row.active:
            raise StoreMismatch(f"'{username}' has a vault entry but is not an active user in the database")
        if row.role != vault_role.value:
            raise StoreMismatch(
                f"the role of '{username}' in the database ({row.role}) differs from the one sealed "
                f"in the vault ({vault_role.value}): refused"
            )
    return ForceUser(username, vault_role)


def _unlock(vault: KeyVault, username: str, passphrase: str) -> tuple[bytes, ForceRole]:
    try:
        data_key, role = vault.unlock(username, passphrase)
    except WrongPassphrase:
        raise HomeError(f"wrong passphrase for '{username}'") from None
    except UnknownUser:
        raise HomeError(f"no user named '{username}' in this force folder") from None
    except StoreDamaged as exc:
        raise HomeError(str(exc)) from None
    if role not in FROM_VAULT:
        raise StoreMismatch(f"the vault entry of '{username}' has a role unknown to the force")
    return data_key, FROM_VAULT[role]


def load_vault(home: ForceHome) -> KeyVault:
    try:
        return KeyVault.load(home.root)
    except NotAStore:
        raise HomeError(f"{home.root} has no usable {VAULT_FILE}") from None
    except StoreDamaged as exc:
        raise HomeError(str(exc)) from None


def create_force(
    root: Path,
    name: str,
    username: str,
    passphrase: str,
    *,
    url: URL | None = None,
    bits: int = 3072,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
) -> tuple[ForceContext, str]:
    """A new force folder with its first user (an admin). Returns the open context and the recovery key."""
    home = ForceHome(root)
    username = check_text("the user name", username, USER_NAME)
    if (home.root / VAULT_FILE).exists():
        raise HomeError(f"{root} already holds a key vault; refusing to replace it")
    home.prepare()
    now = clock()
    vault, data_key, recovery = KeyVault.create(home.root, username, passphrase, FORCE_ADMIN, kdf)
    keys = ForceKeys(data_key)
    home.initialise(name, keys.key_file_passphrase, now, bits=bits)
    store = open_store(home, _url(home, url), keys, now)
    try:
        if store.setting("store_id") is not None:
            raise StoreMismatch("this database already holds a force's store; give an empty one")
        _finish_setup(store, vault, now, "force.init", new=True)
        with store.transaction() as s:
            s.add(
                SettingRecord(key="returns_sealed", value=utc_text(now))
            )  # a new folder has nothing to seal
        user = _check_belongs(store, vault, username, ForceRole.ADMIN)
    except BaseException:
        store.close()
        raise
    return ForceContext(home, store, data_key, user, vault, clock, passphrase), recovery


def open_force(
    root: Path, username: str, passphrase: str, *, url: URL | None = None, clock: Clock = utc_now
) -> ForceContext:
    home = ForceHome(root)
    home.name  # noqa: B018 - refuses a folder that was never initialised
    home.tighten()  # files 0600, folders 0700, before anything is read or written
    if not home.has_vault:
        raise HomeError(
            f"{root} was made by an earlier release (plain force.db, no key vault): run "
            "`checkpoint-force upgrade DIR` once to encrypt it"
        )
    vault = load_vault(home)
    data_key, role = _unlock(vault, username, passphrase)
    keys = ForceKeys(data_key)
    store = open_store(home, _url(home, url), keys, clock())
    try:
        _finish_setup(store, vault, clock(), "force.upgrade")  # nothing to do unless an upgrade was cut short
        user = _check_belongs(store, vault, username, role)
        if store.setting("returns_sealed") is None:  # the first open after an upgrade from the first release
            home.tighten()
            legacy.seal_return_files(home.returns_dir, keys)
            with store.transaction() as s:
                s.merge(SettingRecord(key="returns_sealed", value=utc_text(clock())))
    except BaseException:
        store.close()
        raise
    return ForceContext(home, store, data_key, user, vault, clock, passphrase)


def upgrade_legacy(
    root: Path,
    username: str,
    passphrase: str,
    *,
    url: URL | None = None,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
) -> tuple[ForceContext, str | None]:
    """Encrypt a first-release folder (see legacy.py). The old key passphrase becomes the admin's passphrase.
    Returns the open context and the recovery key (None when the folder had been upgraded already)."""
    home = ForceHome(root)
    home.name  # noqa: B018
    if home.has_vault:
        return open_force(root, username, passphrase, url=url, clock=clock), None
    username = check_text("the user name", username, USER_NAME)
    try:
        load_key((home.root / KEY_FILE).read_bytes(), passphrase)
    except (ValueError, TypeError):
        raise HomeError("cannot open the force key: wrong passphrase or damaged key file") from None
    except FileNotFoundError:
        raise HomeError(f"{root} has no {KEY_FILE}") from None
    _vault, data_key, recovery = KeyVault.create(home.root, username, passphrase, FORCE_ADMIN, kdf)
    home.rewrap_key(passphrase, ForceKeys(data_key).key_file_passphrase)
    return open_force(root, username, passphrase, url=url, clock=clock), recovery


__all__ = [
    "AccessDenied",
    "ForceContext",
    "ForceStoreError",
    "ForceUser",
    "create_force",
    "open_force",
    "upgrade_legacy",
]
