"""The case store: a folder holding the SQLCipher database, the key vault and a lock file.

Opening checks the passphrase against the vault before touching any file, so a wrong passphrase, an unknown
user or a store in use leaves every file as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.domain import Role, User
from desktop.domain.clock import aware_utc
from desktop.domain.ids import new_id

from . import audit, convert, migrate
from .atomic import atomic_write_bytes, fsync_dir, fsync_tree
from .crash import crash_point
from .engine import DB_NAME, encrypted_engine
from .errors import NotAStore, PermissionDenied, UnknownUser, from_database_error
from .lock import StoreLock
from .perms import create_private_file, private_dir, private_file, tighten_store
from .records import AuditRecord, SettingRecord, UserRecord
from .replica_tombstones import replica_user_id
from .trust import TrustedStore
from .vault import KdfParams, KeyVault

Clock = Callable[[], datetime]
BACKUP_DIR = "backups"
ANCHOR_NAME = "audit.anchor"


class CaseStore(TrustedStore):
    def __init__(
        self,
        folder: Path,
        vault: KeyVault,
        data_key: bytes,
        engine: Engine,
        lock: StoreLock,
        user: User,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self.vault = vault
        self._key = data_key
        self.engine = engine
        self._lock = lock
        self.user = user
        self.clock = clock
        self._write_lock = threading.RLock()
        self._tiers: dict[str, bytes] = {}  # the role keys this user's vault entry released (none: keyworker)
        self._audit_key: Ed25519PrivateKey | None = None  # signs every audit entry this user writes
        self._settings: dict[str, str] | None = None  # every setting, read at once; dropped after each write
        self._settings_generation = 0
        from .cases import CaseRepository

        self.cases = CaseRepository(self)

    # -- opening -------------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        username: str,
        passphrase: str,
        display_name: str = "",
        kdf: KdfParams | None = None,
        clock: Clock = datetime.now,
    ) -> tuple[CaseStore, str]:
        """A new store with one admin. Returns the open store and the recovery key, to show once."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise NotAStore(f"{folder} already exists and is not empty; choose a new folder")
        private_dir(folder)
        vault, key, recovery, tiers = KeyVault.create_all(folder, username, passphrase, Role.ADMIN, kdf)
        audit_key = vault.unlock_all(username, passphrase).audit_key
        store = cls._open_with_key(
            folder, vault, key, username, clock, creating=True, tiers=tiers, audit_key=audit_key
        )
        with store.write() as s:
            s.add(
                UserRecord(
                    id=store.user.id,
                    username=username,
                    display_name=display_name or username,
                    role=Role.ADMIN.value,
                )
            )
            audit.append(s, username, "store.create", "store", vault.store_id)
        store.user = store._load_user(username)
        store.resign_user_list()
        return store, recovery

    @classmethod
    def open(cls, folder: Path, username: str, passphrase: str, clock: Clock = datetime.now) -> CaseStore:
        folder = Path(folder)
        vault = KeyVault.load(folder)
        key, _role, tiers, audit_key = vault.unlock_all(username, passphrase)
        return cls._open_with_key(folder, vault, key, username, clock, tiers=tiers, audit_key=audit_key)

    @classmethod
    def open_with_recovery(
        cls, folder: Path, recovery_key: str, username: str, new_passphrase: str, clock: Clock = datetime.now
    ) -> CaseStore:
        """Unlock with the recovery key and give `username` a new passphrase (re-wraps the key only)."""
        folder = Path(folder)
        vault = KeyVault.load(folder)
        key, tiers = vault.unlock_recovery_all(recovery_key)
        store = cls._open_with_key(folder, vault, key, username, clock, tiers=tiers)
        try:
            vault.set_passphrase(
                key, username, new_passphrase, tiers=tiers
            )  # a new audit key: the old stays listed
            store._audit_key = vault.unlock_all(username, new_passphrase).audit_key
            store.resign_user_list()
            store.rekey(
                f"passphrase of {username} reset with the recovery key", keep=(username, new_passphrase)
            )
            store.record_event(
                "user.recover", "user", store.user.id, detail=f"passphrase reset for {username}"
            )
        except Exception:
            store.close()
            raise
        return store

    @classmethod
    def _open_with_key(
        cls,
        folder: Path,
        vault: KeyVault,
        key: bytes,
        username: str,
        clock: Clock,
        creating: bool = False,
        tiers: dict[str, bytes] | None = None,
        audit_key: Ed25519PrivateKey | None = None,
    ) -> CaseStore:
        db = folder / DB_NAME
        if not creating and not db.exists():
            raise NotAStore(f"{folder} has a key vault but no database ({DB_NAME})")
        lock = StoreLock(folder, username)
        lock.acquire()
        if creating:
            create_private_file(db)  # SQLite gives the WAL and shared-memory files the database's mode
        tighten_store(folder)
        finished_rekey = _finish_rekey(folder, vault)
        engine = encrypted_engine(db, key)
        try:
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
                revision = migrate.current_revision(engine)
            except DatabaseError as exc:
                raise from_database_error(exc, f"the database in {folder}", folder) from None
            migrate.check_not_newer(revision)
            if revision != migrate.head_revision():
                if revision is not None:
                    _backup_database(engine, key, folder / BACKUP_DIR / f"cases-before-{_stamp(clock)}.db")
                migrate.upgrade(engine)
            placeholder = User(username, username, Role.ADMIN)
            store = cls(folder, vault, key, engine, lock, placeholder, clock)
            store._tiers = dict(tiers or {})
            store._audit_key = audit_key
            if finished_rekey:
                store._remac_anchor()
            if not creating:
                store.check_user_list()  # before anything trusts a role read from the database
                store.user = store._load_user(username)
            return store
        except BaseException:
            engine.dispose()
            lock.release()
            raise

    def close(self) -> None:
        try:
            self._write_anchor()
        except DatabaseError:
            pass  # a damaged database: `check` names it; the last good anchor stays
        finally:
            self.engine.dispose()
            self._lock.release()

    # -- the audit anchor: the chain's head kept outside the database, so a cut-off tail shows --------------
    def _anchor_mac(self, seq: int, head: str) -> str:
        key = hmac.new(self._key, b"checkpoint-desk audit anchor", hashlib.sha256).digest()
        return hmac.new(key, f"{self.vault.store_id}:{seq}:{head}".encode(), hashlib.sha256).hexdigest()

    def _write_anchor(self) -> None:
        with self.session() as s:
            last = s.execute(
                select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
            ).first()
        if last is None:
            return
        body = {"seq": last[0], "hash": last[1], "mac": self._anchor_mac(last[0], last[1])}
        atomic_write_bytes(self.folder / ANCHOR_NAME, json.dumps(body).encode())

    def _remac_anchor(self) -> None:
        """The same anchored head, its MAC under the current key (after a re-key finished at open)."""
        path = self.folder / ANCHOR_NAME
        try:
            anchor = json.loads(path.read_bytes())
            seq, head = int(anchor["seq"]), str(anchor["hash"])
        except (OSError, ValueError, KeyError, TypeError):
            return  # no anchor, or a damaged one: `check` names it
        body = {"seq": seq, "hash": head, "mac": self._anchor_mac(seq, head)}
        atomic_write_bytes(path, json.dumps(body).encode())

    def _check_anchor(self, check: audit.ChainCheck) -> audit.ChainCheck:
        path = self.folder / ANCHOR_NAME
        if not check.ok or not path.exists():
            return check
        try:
            anchor = json.loads(path.read_bytes())
            seq, head, mac = int(anchor["seq"]), str(anchor["hash"]), str(anchor["mac"])
        except (ValueError, KeyError, TypeError):
            return audit.ChainCheck(False, check.entries, f"the audit anchor {ANCHOR_NAME} is damaged")
        if not hmac.compare_digest(mac, self._anchor_mac(seq, head)):
            return audit.ChainCheck(False, check.entries, f"the audit anchor {ANCHOR_NAME} was altered")
        with self.session() as s:
            rec = s.get(AuditRecord, seq)
        if rec is None:
            return audit.ChainCheck(
                False,
                check.entries,
                f"the audit log ends at #{check.entries}, but it reached "
                f"#{seq} when the store was last closed: entries were deleted",
                check.entries + 1,
            )
        if rec.hash != head:
            return audit.ChainCheck(
                False,
                check.entries,
                f"audit entry #{seq} differs from the one recorded when the store was last closed",
                seq,
            )
        return check

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------------------------------
    def now(self) -> datetime:
        """The store's clock as aware UTC (a naive reading is local time): what its timestamps are."""
        return aware_utc(self.clock())

    def session(self) -> Session:
        """A short read session; detach what you return (repositories return domain objects)."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; writers are serialised so the audit chain never forks."""
        try:
            with self._write_lock, Session(self.engine, expire_on_commit=False) as s, s.begin():
                s.info[audit.CLOCK_KEY] = self.clock  # entries carry the store's time, not the wall clock
                if self._audit_key is not None:
                    s.info[audit.SIGNER_KEY] = (self.user.username, self._audit_key)
                yield s
        finally:
            self._forget_settings()  # any write may have changed a setting: read them afresh next time

    def record_event(
        self, action: str, entity: str, entity_id: str = "", person_id: str = "", detail: str = ""
    ) -> None:
        with self.write() as s:
            audit.append(s, self.user.username, action, entity, entity_id, person_id, detail)

    # -- users ---------------------------------------------------------------------------------------------
    def _load_user(self, username: str) -> User:
        with self.session() as s:
            rec = s.scalar(select(UserRecord).where(UserRecord.username == username))
        if rec is None:
            raise UnknownUser(f"no user named '{username}' in this case store")
        return convert.user(rec)

    def users(self) -> list[User]:
        with self.session() as s:
            return [convert.user(r) for r in s.scalars(select(UserRecord).order_by(UserRecord.username))]

    def require_role(self, *roles: Role) -> None:
        if self.user.role not in roles:
            raise PermissionDenied(
                f"{self.user.username} is a {self.user.role.value}; this needs "
                f"{' or '.join(r.value for r in roles)}"
            )

    def add_user(
        self, username: str, display_name: str, role: Role, passphrase: str, kdf: KdfParams | None = None
    ) -> User:
        """Vault entry first, then the user row with its audit entry in one transaction. A crash between the two
        leaves a vault entry with no user: it cannot open the store (no row), and running the same add again
        replaces it and finishes. A row without an entry (a store from before this order) is finished the same
        way, keeping the row's role."""
        self.require_role(Role.ADMIN)
        with self.session() as s:
            row = s.scalar(select(UserRecord).where(UserRecord.username == username))
        in_vault = any(u.username == username for u in self.vault.users())
        if row is not None and in_vault:
            raise ValueError(f"a user named '{username}' already exists")
        if row is not None and Role(row.role) is not role:
            raise ValueError(f"'{username}' was being added as a {row.role}; add them again as a {row.role}")
        if row is not None:
            new = convert.user(row)
        else:  # a user added on the manager's replica keeps the id its records there name (docs/replicas.md)
            new = User(
                username, display_name or username, role, id=replica_user_id(self, username, role) or new_id()
            )
        self.vault.put_user(self._key, username, role, passphrase, kdf, tiers=self._tiers)
        self.resign_user_list(adding=new)
        crash_point("users.add.after-vault")
        with self.write() as s:
            if row is None:
                s.add(
                    UserRecord(id=new.id, username=username, display_name=new.display_name, role=role.value)
                )
            s.execute(text("UPDATE replica_users SET state = 'added' WHERE id = :i"), {"i": new.id})
            finished = " (finishing an interrupted add)" if row is not None or in_vault else ""
            audit.append(
                s,
                self.user.username,
                "user.add",
                "user",
                new.id,
                detail=f"{username} ({role.value}){finished}",
            )
        crash_point("users.add.after-db")
        self.resign_user_list()
        return new

    def change_role(self, username: str, role: Role, new_passphrase: str) -> None:
        """Admins only. The role is bound into the user's vault entry, so the entry is sealed afresh, under a new
        passphrase the admin gives them. Order: the signed list marks the change (either role is accepted while
        it is marked), then the vault entry, then the row with its audit entry, then the list without the mark.
        A crash anywhere leaves a store that opens; changing the role again finishes. The database is re-keyed,
        since someone losing a role may have copied keys it released."""
        self.require_role(Role.ADMIN)
        if username == self.user.username:
            raise ValueError("you cannot change your own role; another admin can")
        with self.session() as s:
            rec = s.scalar(select(UserRecord).where(UserRecord.username == username))
        if rec is None or not rec.active:
            raise UnknownUser(f"no active user named '{username}' in this case store")
        old = Role(rec.role)
        listed = (self.vault.user_list() or {}).get("body", {})
        marked = listed.get("changing") if isinstance(listed, dict) else None
        if marked and marked[0] == username:
            old = Role(marked[1])  # finishing an interrupted change
        if old is role and not marked:
            raise ValueError(f"'{username}' is already a {role.value}")
        changing = (username, old.value, role.value)
        self.resign_user_list(changing=changing)
        self.vault.put_user(self._key, username, role, new_passphrase, tiers=self._tiers)
        crash_point("role.after-vault")
        with self.write() as s:
            row = s.scalar(select(UserRecord).where(UserRecord.username == username))
            assert row is not None
            row.role = role.value
            audit.append(
                s,
                self.user.username,
                "user.role",
                "user",
                row.id,
                detail=f"{username}: {old.value} to {role.value}",
            )
        crash_point("role.after-db")
        self.resign_user_list()
        self.rekey(f"role of {username} changed by {self.user.username}", keep=(username, new_passphrase))

    def change_passphrase(self, username: str, new_passphrase: str) -> None:
        if username != self.user.username:
            self.require_role(Role.ADMIN)
        own = username == self.user.username
        self.vault.set_passphrase(
            self._key, username, new_passphrase, tiers=self._tiers, audit_key=self._audit_key if own else None
        )
        crash_point("passwd.after-vault")
        if not own:  # their entry got a new audit key: the signed list must name it
            self.resign_user_list()
            self.rekey(
                f"passphrase of {username} reset by {self.user.username}", keep=(username, new_passphrase)
            )
        self.record_event("user.passwd", "user", detail=f"passphrase changed for {username}")

    def remove_user(self, username: str) -> None:
        """Admins only: the vault entry goes, the row is kept inactive (records still name them), the list is
        re-signed, and the database is re-keyed so a copy of the old vault no longer opens it."""
        self.require_role(Role.ADMIN)
        if username == self.user.username:
            raise ValueError("you cannot remove yourself; another admin can")
        with self.write() as s:
            rec = s.scalar(select(UserRecord).where(UserRecord.username == username))
            if rec is None:
                raise UnknownUser(f"no user named '{username}' in this case store")
            rec.active = False
            audit.append(s, self.user.username, "user.remove", "user", rec.id, detail=username)
        if any(u.username == username for u in self.vault.users()):
            self.vault.remove_user(username)
        self.resign_user_list()
        self.rekey(f"{username} removed by {self.user.username}")

    def rekey(self, reason: str, keep: tuple[str, str] | None = None) -> None:
        """A new data key for the database (after a compromise: a user removed, a passphrase reset).

        The database is exported under the new key beside itself; the vault then delivers the new key to every
        entry (X25519, no passphrase needed) and marks the re-key pending; the new file is renamed over the old
        one; the mark is cleared. A crash before the vault write leaves the old store as it was; after it, the
        next open finishes the rename. `keep`: (user, passphrase) whose entry is sealed afresh instead.
        """
        if not self.vault.has_tiers:
            return  # a store from before role keys: nothing to deliver with; docs/security.md says what to do
        new_key = secrets.token_bytes(32)
        db = self.folder / DB_NAME
        staged = self.folder / REKEY_NAME
        with self._write_lock:
            self.record_event("store.rekey", "store", self.vault.store_id, detail=reason)
            _backup_database(self.engine, new_key, staged)
            fsync_tree(self.folder)
            self.vault.deliver_new_key(new_key, self._tiers, keep=keep[0] if keep else None)
            if keep is not None:
                self.vault.set_passphrase(
                    new_key,
                    keep[0],
                    keep[1],
                    tiers=self._tiers,
                    audit_key=self._audit_key if keep[0] == self.user.username else None,
                )
                self.resign_user_list()  # that entry's audit key is new again
            self.vault.set_flag(REKEY_FLAG, self.vault.store_id)
            crash_point("rekey.after-vault")
            self.engine.dispose()
            _swap_in(self.folder, staged, db)
            crash_point("rekey.after-db")
            self.vault.set_flag(REKEY_FLAG, None)
            self._key = new_key
            self.engine = encrypted_engine(db, new_key)
            self._write_anchor()  # the anchor's MAC is keyed by the data key

    # -- settings ------------------------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        """A setting's value, from memory: the settings table is read once, and again after any write."""
        cache = self._settings
        if cache is None:
            generation = self._settings_generation
            with self.session() as s:
                cache = {r.key: r.value for r in s.scalars(select(SettingRecord))}
            if generation == self._settings_generation:  # no write finished while reading: keep it
                self._settings = cache
        return cache.get(key, default)

    def _forget_settings(self) -> None:
        self._settings_generation += 1
        self._settings = None

    def stage_setting(self, s: Session, key: str, value: str) -> None:
        """Set a setting inside the caller's write transaction (audited there), so it lands with that write."""
        s.merge(SettingRecord(key=key, value=value))
        audit.append(s, self.user.username, "setting.change", "setting", detail=key)

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as s:
            self.stage_setting(s, key, value)

    # -- checks and copies ---------------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Every page's HMAC (SQLCipher), then SQLite's own structure check; damage is named, never raised."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for pragma in ("cipher_integrity_check", "integrity_check"):
                try:
                    rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
                except DatabaseError as exc:
                    problems.append(f"the database is damaged ({pragma}: {exc.orig or exc})")
                    continue
                problems += [r for r in rows if r != "ok"]
        return problems

    def audit_check(self) -> audit.ChainCheck:
        """The hash chain, each entry's author signature (stores with role keys), the force's witness, then the
        anchor."""
        with self.session() as s:
            check = audit.verify(s)
            listed = self.vault.user_list() if self.vault.has_tiers else None
            if check.ok and listed is not None and not self.user_list_problems():
                body = listed["body"]
                signed = audit.verify_signatures(
                    s, body.get("audit_keys", {}), int(body.get("audit_signed_from", 1))
                )
                if not signed.ok:
                    check = audit.ChainCheck(False, check.entries, signed.problem, signed.first_bad_seq)
        if check.ok:
            witnessed = self.witness_problem()
            if witnessed:
                check = audit.ChainCheck(False, check.entries, witnessed)
        return self._check_anchor(check)

    def backup_to(self, dest: Path) -> Path:
        """An encrypted copy of the whole store (database + vault) in `dest`, openable with the same keys.

        Managers and admins only (a backup holds every caseload). The entry recording the backup is written
        first, so the copy holds it too; the copy is built in a hidden folder beside `dest` and appears in ONE
        rename, so `dest` is either absent or complete, whenever the process stops.
        """
        self.require_role(Role.ADMIN, Role.MANAGER)
        dest = Path(dest)
        if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
            raise NotAStore(f"{dest} is not empty; give a new folder for the backup")
        private_dir(dest.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
        try:
            self.record_event("store.backup", "store", self.vault.store_id, detail=str(dest))
            crash_point("backup.after-audit")
            _backup_database(self.engine, self._key, staging / DB_NAME)
            shutil.copy2(self.vault.path, staging / KeyVault.FILE_NAME)  # no anchor: the copy starts its own
            private_file(staging / KeyVault.FILE_NAME)
            fsync_tree(staging)
            crash_point("backup.before-rename")
            if dest.exists():
                dest.rmdir()  # empty, checked above
            os.replace(staging, dest)
            fsync_dir(dest.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return dest


REKEY_NAME = "cases.db.rekey"
REKEY_FLAG = "rekey_pending"


def _swap_in(folder: Path, staged: Path, db: Path) -> None:
    """The re-keyed copy in place of the database: its old WAL and shared memory belong to the old key."""
    for suffix in ("-wal", "-shm"):
        (folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db)
    fsync_dir(folder)


def _finish_rekey(folder: Path, vault: KeyVault) -> bool:
    """At open, under the lock: a re-key that stopped after its vault write is finished (True: the anchor's MAC
    is still under the old key); one that stopped before it is forgotten (the vault still holds the old key)."""
    staged = folder / REKEY_NAME
    if vault.flag(REKEY_FLAG):
        if staged.exists():
            _swap_in(folder, staged, folder / DB_NAME)
        vault.set_flag(REKEY_FLAG, None)
        return True
    staged.unlink(missing_ok=True)
    return False


def _stamp(clock: Clock) -> str:
    return clock().strftime("%Y%m%d-%H%M%S")


def _backup_database(engine: Engine, key: bytes, target: Path) -> None:
    """A consistent encrypted copy through sqlcipher_export, written beside the target then renamed."""
    private_dir(target.parent)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)  # an empty file: SQLCipher makes it a new database, keeping the 0600 mode
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cur = raw.cursor()
            cur.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp),))
            try:
                cur.execute("SELECT sqlcipher_export('backup')")
            finally:
                cur.execute("DETACH DATABASE backup")
                cur.close()
    except sqlcipher3.dbapi2.Error as exc:  # the raw connection's errors are not wrapped by SQLAlchemy
        tmp.unlink(missing_ok=True)
        raise from_database_error(exc, "the database", target.parent) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
