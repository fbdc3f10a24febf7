"""The force's folder: its key and certificate, settings, default SQLite database, returns and outbox."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services.sync import Identity, cert_pem, key_pem, load_cert, load_key, new_identity

KEY_FILE = "force-key.pem"
CERT_FILE = "force-cert.pem"
SETTINGS_FILE = "force.json"
DB_FILE = "force.db"


class HomeError(Exception):
    """The folder is missing, not initialised, or its key cannot be opened."""


def slug(name: str) -> str:
    """A file-name-safe form of a partner or force name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "partner"


class StagedFile:
    """A file written to a temporary name in its folder, made visible by `commit()` (os.replace) or removed."""

    def __init__(self, path: Path, data: bytes, mode: int = 0o644) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
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


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
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

    def default_db_url(self) -> str:
        return f"sqlite:///{(self.root / DB_FILE).resolve()}"

    def initialise(self, name: str, passphrase: str, now: datetime, *, bits: int = 3072) -> Identity:
        if (self.root / KEY_FILE).exists():
            raise HomeError(f"{self.root} already holds a force key; refusing to replace it")
        self.root.mkdir(parents=True, exist_ok=True)
        ident = new_identity(name, now, bits=bits)
        write_atomic(self.root / KEY_FILE, key_pem(ident.key, passphrase), mode=0o600)
        write_atomic(self.root / CERT_FILE, cert_pem(ident.cert))
        write_atomic(self.root / SETTINGS_FILE, json.dumps({"name": name}, indent=2).encode() + b"\n")
        for folder in (self.returns_dir, self.outbox):
            folder.mkdir(exist_ok=True)
        return ident

    def _read(self, name: str) -> bytes:
        try:
            return (self.root / name).read_bytes()
        except FileNotFoundError:
            raise HomeError(f"{self.root} is not a force folder (no {name}); run `checkpoint-force init` first") \
                from None

    @property
    def name(self) -> str:
        try:
            return str(json.loads(self._read(SETTINGS_FILE))["name"])
        except (ValueError, KeyError, TypeError):
            raise HomeError(f"{SETTINGS_FILE} is damaged") from None

    def cert_pem(self) -> bytes:
        return self._read(CERT_FILE)

    def identity(self, passphrase: str) -> Identity:
        try:
            key = load_key(self._read(KEY_FILE), passphrase)
        except (ValueError, TypeError):
            raise HomeError("cannot open the force key: wrong passphrase or damaged key file") from None
        cert = load_cert(self.cert_pem())
        if cert.public_key() != key.public_key():
            raise HomeError(f"{CERT_FILE} does not belong to {KEY_FILE}")
        return Identity(key=key, cert=cert)
