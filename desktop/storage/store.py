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
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

import sqlcipher3
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.domain import Role, User

from . import audit, convert, migrate
from .atomic import atomic_write_bytes, fsync_dir, fsync_tree
from .crash import crash_point
from .engine import DB_NAME, encrypted_engine
from .errors import NotAStore, PermissionDenied, UnknownUser, from_database_error
from .lock import StoreLock
from .perms import create_private_file, private_dir, private_file, tighten_store
from .records import AuditRecord, SettingRecord, UserRecord
from .vault import KdfParams, KeyVault

Clock = Callable[[], datetime]
BACKUP_DIR = "backups"
ANCHOR_NAME = "audit.anchor"


class CaseStore:
    def __init__(self, folder: Path, vault: KeyVault, data_key: bytes, engine: Engine, lock: StoreLock,
                 user: User, clock: Clock) -> None:
        self.folder = folder
        self.vault = vault
        self._key = data_key
        self.engine = engine
        self._lock = lock
        self.user = user
        self.clock = clock
        self._write_lock = threading.RLock()
        from .cases import CaseRepository

        self.cases = CaseRepository(self)

    # -- opening -------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, username: str, passphrase: str, display_name: str = "",
               kdf: KdfParams | None = None, clock: Clock = datetime.now) -> tuple[CaseStore, str]:
        """A new store with one admin. Returns the open store and the recovery key, to show once."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise NotAStore(f"{folder} already exists and is not empty; choose a new folder")
        private_dir(folder)
        vault, key, recovery = KeyVault.create(folder, username, passphrase, Role.ADMIN, kdf)
        store = cls._open_with_key(folder, vault, key, username, clock, creating=True)
        with store.write() as s:
            s.add(UserRecord(id=store.user.id, username=username, display_name=display_name or username,
                             role=Role.ADMIN.value))
            audit.append(s, username, "store.create", "store", vault.store_id)
        store.user = store._load_user(username)
        return store, recovery

    @classmethod
    def open(cls, folder: Path, username: str, passphrase: str, clock: Clock = datetime.now) -> CaseStore:
        folder = Path(folder)
        vault = KeyVault.load(folder)
        key, _role = vault.unlock(username, passphrase)
        return cls._open_with_key(folder, vault, key, username, clock)

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_key: str, username: str, new_passphrase: str,
                           clock: Clock = datetime.now) -> CaseStore:
        """Unlock with the recovery key and give `username` a new passphrase (re-wraps the key only)."""
        folder = Path(folder)
        vault = KeyVault.load(folder)
        key = vault.unlock_with_recovery(recovery_key)
        store = cls._open_with_key(folder, vault, key, username, clock)
        try:
            vault.set_passphrase(key, username, new_passphrase)
            store.record_event("user.recover", "user", store.user.id, detail=f"passphrase reset for {username}")
        except Exception:
            store.close()
            raise
        return store

    @classmethod
    def _open_with_key(cls, folder: Path, vault: KeyVault, key: bytes, username: str, clock: Clock,
                       creating: bool = False) -> CaseStore:
        db = folder / DB_NAME
        if not creating and not db.exists():
            raise NotAStore(f"{folder} has a key vault but no database ({DB_NAME})")
        lock = StoreLock(folder, username)
        lock.acquire()
        if creating:
            create_private_file(db)  # SQLite gives the WAL and shared-memory files the database's mode
        tighten_store(folder)
        engine = encrypted_engine(db, key)
        try:
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
                revision = migrate.current_revision(engine)
            except DatabaseError as exc:
                raise from_database_error(exc, f"the database in {folder}") from None
            migrate.check_not_newer(revision)
            if revision != migrate.head_revision():
                if revision is not None:
                    _backup_database(engine, key, folder / BACKUP_DIR / f"cases-before-{_stamp(clock)}.db")
                migrate.upgrade(engine)
            placeholder = User(username, username, Role.ADMIN)
            store = cls(folder, vault, key, engine, lock, placeholder, clock)
            if not creating:
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
            last = s.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)).first()
        if last is None:
            return
        body = {"seq": last[0], "hash": last[1], "mac": self._anchor_mac(last[0], last[1])}
        atomic_write_bytes(self.folder / ANCHOR_NAME, json.dumps(body).encode())

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
            return audit.ChainCheck(False, check.entries, f"the audit log ends at #{check.entries}, but it reached "
                                    f"#{seq} when the store was last closed: entries were deleted", check.entries + 1)
        if rec.hash != head:
            return audit.ChainCheck(False, check.entries, f"audit entry #{seq} differs from the one recorded "
                                    "when the store was last closed", seq)
        return check

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------------------------------
    def session(self) -> Session:
        """A short read session; detach what you return (repositories return domain objects)."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; writers are serialised so the audit chain never forks."""
        with self._write_lock, Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    def record_event(self, action: str, entity: str, entity_id: str = "", person_id: str = "",
                     detail: str = "") -> None:
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
            raise PermissionDenied(f"{self.user.username} is a {self.user.role.value}; this needs "
                                   f"{' or '.join(r.value for r in roles)}")

    def add_user(self, username: str, display_name: str, role: Role, passphrase: str,
                 kdf: KdfParams | None = None) -> User:
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
        self.vault.put_user(self._key, username, role, passphrase, kdf)
        crash_point("users.add.after-vault")
        new = convert.user(row) if row is not None else User(username, display_name or username, role)
        with self.write() as s:
            if row is None:
                s.add(UserRecord(id=new.id, username=username, display_name=new.display_name, role=role.value))
            finished = " (finishing an interrupted add)" if row is not None or in_vault else ""
            audit.append(s, self.user.username, "user.add", "user", new.id,
                         detail=f"{username} ({role.value}){finished}")
        crash_point("users.add.after-db")
        return new

    def change_passphrase(self, username: str, new_passphrase: str) -> None:
        if username != self.user.username:
            self.require_role(Role.ADMIN)
        self.vault.set_passphrase(self._key, username, new_passphrase)
        self.record_event("user.passwd", "user", detail=f"passphrase changed for {username}")

    # -- settings ------------------------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        with self.session() as s:
            rec = s.get(SettingRecord, key)
            return rec.value if rec else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as s:
            s.merge(SettingRecord(key=key, value=value))
            audit.append(s, self.user.username, "setting.change", "setting", detail=key)

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
        with self.session() as s:
            check = audit.verify(s)
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
        raise from_database_error(exc, "the database") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
