"""The force's folder: its key and certificate, key vault, settings, default SQLite database, returns and outbox.

Files are written 0600 and folders made 0700: the folder holds the vault, sealed returns and the database.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services.sync import Identity, cert_pem, key_pem, load_cert, load_key, new_identity

KEY_FILE = "force-key.pem"
CERT_FILE = "force-cert.pem"
SETTINGS_FILE = "force.json"
DB_FILE = "force.db"
VAULT_FILE = "vault.json"
FILE_MODE = 0o600
DIR_MODE = 0o700


class HomeError(Exception):
    """The folder is missing, not initialised, or its key cannot be opened."""


def slug(name: str) -> str:
    """A file-name-safe form of a partner or force name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "partner"


class StagedFile:
    """A file written to a temporary name in its folder, made visible by `commit()` (os.replace) or removed."""

    def __init__(self, path: Path, data: bytes, mode: int = FILE_MODE) -> None:
        self.path = path
        path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._tmp = Path(tmp)
        os.chmod(tmp, mode)  # path-based: os.fchmod is not available on Windows before Python 3.13
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self) -> None:
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._tmp.unlink()


def write_atomic(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    staged = StagedFile(path, data, mode)
    try:
        staged.commit()
    except BaseException:
        staged.discard()
        raise


@dataclass(frozen=True, slots=True)
class ForceHome:
    root: Path

    @property
    def returns_dir(self) -> Path:
        return self.root / "returns"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def has_vault(self) -> bool:
        return (self.root / VAULT_FILE).exists()

    def default_db_url(self) -> str:
        return f"sqlite:///{self.db_path.resolve()}"

    def prepare(self) -> None:
        """A new folder (0700) that holds no force key yet."""
        if (self.root / KEY_FILE).exists():
            raise HomeError(f"{self.root} already holds a force key; refusing to replace it")
        self.root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(self.root, DIR_MODE)

    def initialise(self, name: str, key_passphrase: str, now: datetime, *, bits: int = 3072) -> Identity:
        """The force's key (encrypted under `key_passphrase`, which the vault's keys give), certificate, settings."""
        self.prepare()
        ident = new_identity(name, now, bits=bits)
        write_atomic(self.root / KEY_FILE, key_pem(ident.key, key_passphrase))
        write_atomic(self.root / CERT_FILE, cert_pem(ident.cert))
        write_atomic(self.root / SETTINGS_FILE, json.dumps({"name": name}, indent=2).encode() + b"\n")
        for folder in (self.returns_dir, self.outbox):
            folder.mkdir(mode=DIR_MODE, exist_ok=True)
        return ident

    def tighten(self) -> None:
        """Files 0600 and folders 0700 all through the folder: done at every open, so a folder loosened since
        (the first release wrote 0644 and 0755; a copy, a restore or a chmod may do it again) is put right.
        Only what is wrong is changed; a symlink, or a file that is not ours to change, is left alone."""
        if os.name != "posix":
            return
        for path in [self.root, *self.root.rglob("*")]:
            with contextlib.suppress(OSError):
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):
                    continue
                mode = DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
                if stat.S_IMODE(info.st_mode) != mode:
                    os.chmod(path, mode)

    def rewrap_key(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-encrypt force-key.pem (atomically) under a new passphrase."""
        key = load_key(self._read(KEY_FILE), old_passphrase)
        write_atomic(self.root / KEY_FILE, key_pem(key, new_passphrase))

    def _read(self, name: str) -> bytes:
        try:
            return (self.root / name).read_bytes()
        except FileNotFoundError:
            raise HomeError(
                f"{self.root} is not a force folder (no {name}); run `checkpoint-force init` first"
            ) from None

    @property
    def name(self) -> str:
        try:
            return str(json.loads(self._read(SETTINGS_FILE))["name"])
        except (ValueError, KeyError, TypeError):
            raise HomeError(f"{SETTINGS_FILE} is damaged") from None

    def cert_pem(self) -> bytes:
        return self._read(CERT_FILE)

    def identity(self, passphrase: str, *, legacy_passphrase: str | None = None) -> Identity:
        """The force's key and certificate. `legacy_passphrase`: the key file may still be under the first
        release's passphrase (an upgrade cut short); then it is re-encrypted under `passphrase` first."""
        try:
            key = load_key(self._read(KEY_FILE), passphrase)
        except (ValueError, TypeError):
            if legacy_passphrase is None:
                raise HomeError("cannot open the force key: wrong passphrase or damaged key file") from None
            try:
                self.rewrap_key(legacy_passphrase, passphrase)
            except (ValueError, TypeError):
                raise HomeError(
                    "cannot open the force key (force-key.pem): it is damaged or belongs to another vault"
                ) from None
            return self.identity(passphrase)
        cert = load_cert(self.cert_pem())
        if cert.public_key() != key.public_key():
            raise HomeError(f"{CERT_FILE} does not belong to {KEY_FILE}")
        return Identity(key=key, cert=cert)
