"""The key vault: one random 256-bit data key, wrapped by each user's passphrase and by a recovery key.

The vault is a small JSON file beside the database. Each user entry holds the data key sealed with AES-256-GCM
under a key derived from the passphrase with Argon2id (parameters recorded per entry). The user name, role and
store ID are the GCM associated data, so editing a role in the file breaks that entry instead of granting rights.
The recovery key (160 random bits, typed as groups of four characters) wraps the same data key.

Role keys ("tiers"): two more random keys, `manager` and `admin`. A manager's entry also wraps the manager key; an
admin's entry and the recovery entry wrap both; a keyworker's entry wraps neither, so no code path that starts
from a keyworker's passphrase reaches them. The organisation's signing key and the sync key are sealed under the
manager key (see CaseStore.seal_secret), and the admin key seals the admin signing key (Ed25519) whose public half
is in the file and in every entry's associated data: it signs the list of users and roles (`user_list`), checked
at every open, so a role changed in the database, or an entry added to this file, is refused.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain.enums import Role

from .atomic import atomic_write_bytes
from .errors import NotAStore, PermissionDenied, StoreDamaged, UnknownUser, WrongPassphrase
from .passphrase import check_passphrase

VAULT_FORMAT = "checkpoint-desk-vault"
VAULT_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits
_B32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MANAGER_TIER = "manager"
ADMIN_TIER = "admin"
TIERS_FOR: dict[Role, tuple[str, ...]] = {
    Role.ADMIN: (MANAGER_TIER, ADMIN_TIER),
    Role.MANAGER: (MANAGER_TIER,),
    Role.KEYWORKER: (),
}  # no I, O, 0, 1: easy to read aloud and to type


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The defaults take about a quarter of a second here; memory is never below 64 MiB."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        if self.memory_kib < 64 * 1024:
            raise ValueError("Argon2id memory must be at least 64 MiB")

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        )
        return kdf.derive(passphrase.encode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise StoreDamaged("the key vault names an unknown key derivation")
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))


class Unlocked(NamedTuple):
    data_key: bytes
    role: Role
    tiers: dict[str, bytes]
    audit_key: Ed25519PrivateKey | None  # None in a vault made before role keys


@dataclass(frozen=True, slots=True)
class VaultUser:
    username: str
    role: Role


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def format_recovery_key(raw: bytes) -> str:
    bits = int.from_bytes(raw, "big")
    nchars = len(raw) * 8 // 5
    chars = [_B32[(bits >> (5 * (nchars - 1 - i))) & 31] for i in range(nchars)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, nchars, 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_KEY_BYTES * 8 // 5 or any(ch not in _B32 for ch in cleaned):
        raise WrongPassphrase("that is not a recovery key (32 characters in groups of four)")
    bits = 0
    for ch in cleaned:
        bits = (bits << 5) | _B32.index(ch)
    return bits.to_bytes(RECOVERY_KEY_BYTES, "big")


class KeyVault:
    """The vault file's content. Methods that change it write the file atomically."""

    FILE_NAME = "vault.json"

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self._data = data

    # -- creating and loading -------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        username: str,
        passphrase: str,
        role: Role = Role.ADMIN,
        kdf: KdfParams | None = None,
    ) -> tuple[KeyVault, bytes, str]:
        """A new vault with one user, without role keys (the force's stores, whose roles are checked against its
        database). Returns the vault, the data key and the recovery key (shown once)."""
        vault, data_key, recovery, _tiers = cls.create_all(
            folder, username, passphrase, role, kdf, with_tiers=False
        )
        return vault, data_key, recovery

    @classmethod
    def create_all(
        cls,
        folder: Path,
        username: str,
        passphrase: str,
        role: Role = Role.ADMIN,
        kdf: KdfParams | None = None,
        *,
        with_tiers: bool = True,
    ) -> tuple[KeyVault, bytes, str, dict[str, bytes]]:
        """A new vault; with role keys (a case store's), also returning those the first user holds."""
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery = secrets.token_bytes(RECOVERY_KEY_BYTES)
        vault = cls(
            folder / cls.FILE_NAME,
            {
                "format": VAULT_FORMAT,
                "version": VAULT_VERSION,
                "store_id": secrets.token_hex(16),
                "users": [],
                "recovery": None,
            },
        )
        tiers: dict[str, bytes] = {}
        if with_tiers:
            tiers = {MANAGER_TIER: secrets.token_bytes(32), ADMIN_TIER: secrets.token_bytes(32)}
            signer = Ed25519PrivateKey.generate()
            public = signer.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
            vault._data["admin_public"] = _b64(public)
            nonce = os.urandom(12)
            raw = signer.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            vault._data["admin_signer"] = {
                "nonce": _b64(nonce),
                "wrapped": _b64(
                    AESGCM(tiers[ADMIN_TIER]).encrypt(nonce, raw, vault._aad("*admin-signer*", None))
                ),
            }
        vault._data["recovery"] = vault._seal_recovery(data_key, recovery, tiers)
        vault._data["users"].append(
            vault._seal_user(data_key, username, role, passphrase, kdf or KdfParams(), tiers)
        )
        vault.save()
        return (
            vault,
            data_key,
            format_recovery_key(recovery),
            {t: tiers[t] for t in TIERS_FOR[role] if t in tiers},
        )

    @classmethod
    def load(cls, folder: Path) -> KeyVault:
        path = folder / cls.FILE_NAME
        if not folder.is_dir():
            raise NotAStore(f"{folder} is not a case store folder")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotAStore(f"{folder} is not a case store (no {cls.FILE_NAME})") from None
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise StoreDamaged(f"the key vault {path} is damaged (not valid JSON)") from None
        if not isinstance(data, dict) or data.get("format") != VAULT_FORMAT:
            raise NotAStore(f"{path} is not a Checkpoint Desk key vault")
        if data.get("version") != VAULT_VERSION:
            raise StoreDamaged(f"the key vault {path} has an unknown version {data.get('version')!r}")
        if not isinstance(data.get("users"), list) or not isinstance(data.get("recovery"), dict):
            raise StoreDamaged(f"the key vault {path} is damaged (missing entries)")
        return cls(path, data)

    def save(self) -> None:
        """Atomically, one generation on: a vault.json put back from an older copy has a lower number."""
        self._data["generation"] = self.generation + 1
        atomic_write_bytes(
            self.path, json.dumps(self._data, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        )

    # -- reading -------------------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        value = self._data.get("generation", 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    @property
    def store_id(self) -> str:
        return str(self._data["store_id"])

    def users(self) -> list[VaultUser]:
        return [VaultUser(u["username"], Role(u["role"])) for u in self._data["users"]]

    def _entry(self, username: str) -> dict[str, Any]:
        for entry in self._data["users"]:
            if entry.get("username") == username:
                return dict(entry)
        raise UnknownUser(f"no user named '{username}' in this case store")

    def unlock(self, username: str, passphrase: str) -> tuple[bytes, Role]:
        """The data key and the user's role, or WrongPassphrase / UnknownUser. Never changes the file."""
        unlocked = self.unlock_all(username, passphrase)
        return unlocked.data_key, unlocked.role

    def unlock_all(self, username: str, passphrase: str) -> Unlocked:
        """The data key, the role, the role keys this entry holds (none for a keyworker) and the user's own
        audit signing key."""
        entry = self._entry(username)
        try:
            role = Role(entry["role"])
            kdf = KdfParams.from_json(entry["kdf"])
            wrapping = kdf.derive(passphrase, _unb64(entry["salt"]))
            if "delivered" in entry:  # re-keyed since this user last set their passphrase
                key, tiers = self._open_delivery(entry, wrapping, self._aad(username, role))
                if set(tiers) != set(TIERS_FOR[role]):
                    raise StoreDamaged(
                        f"the key vault entry for '{username}' holds role keys its role does not get"
                    )
            else:
                key = AESGCM(wrapping).decrypt(
                    _unb64(entry["nonce"]), _unb64(entry["wrapped"]), self._aad(username, role)
                )
                tiers = self._open_grants(wrapping, entry.get("grants", {}), username, role)
            audit_key = None
            if self.has_tiers:
                sealed = entry["audit_key"]
                audit_key = Ed25519PrivateKey.from_private_bytes(
                    AESGCM(wrapping).decrypt(
                        _unb64(sealed["nonce"]),
                        _unb64(sealed["wrapped"]),
                        self._aad(username, role) + b":audit",
                    )
                )
        except InvalidTag:
            raise WrongPassphrase(f"wrong passphrase for '{username}'") from None
        except (KeyError, ValueError, TypeError):
            raise StoreDamaged(f"the key vault entry for '{username}' is damaged") from None
        return Unlocked(key, role, tiers, audit_key)

    def audit_public(self, username: str) -> str | None:
        """The public half of the user's audit key (base64), as their entry holds it."""
        value = self._entry(username).get("audit_public")
        return value if isinstance(value, str) else None

    @property
    def has_tiers(self) -> bool:
        """False for a vault made before role keys: its secrets are guarded by the data key alone."""
        return isinstance(self._data.get("admin_public"), str)

    @property
    def admin_public(self) -> Ed25519PublicKey | None:
        raw = self._data.get("admin_public")
        return Ed25519PublicKey.from_public_bytes(_unb64(raw)) if isinstance(raw, str) else None

    def admin_signer(self, tiers: dict[str, bytes]) -> Ed25519PrivateKey:
        """The admin signing key, for a holder of the admin role key (PermissionDenied otherwise)."""
        if ADMIN_TIER not in tiers:
            raise PermissionDenied("only an admin can sign the list of users")
        sealed = self._data["admin_signer"]
        raw = AESGCM(tiers[ADMIN_TIER]).decrypt(
            _unb64(sealed["nonce"]), _unb64(sealed["wrapped"]), self._aad("*admin-signer*", None)
        )
        return Ed25519PrivateKey.from_private_bytes(raw)

    def user_list(self) -> dict[str, Any] | None:
        value = self._data.get("user_list")
        return dict(value) if isinstance(value, dict) else None

    def set_user_list(self, body: dict[str, Any], signature: bytes) -> None:
        self._data["user_list"] = {"body": body, "signature": _b64(signature)}
        self.save()

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        return self.unlock_recovery_all(recovery_key)[0]

    def unlock_recovery_all(self, recovery_key: str) -> tuple[bytes, dict[str, bytes]]:
        raw = parse_recovery_key(recovery_key)
        rec = self._data["recovery"]
        try:
            wrapping = self._recovery_wrapping_key(raw, _unb64(rec["salt"]))
            if "delivered" in rec:
                return self._open_delivery(rec, wrapping, self._aad("*recovery*", None))
            key = AESGCM(wrapping).decrypt(
                _unb64(rec["nonce"]), _unb64(rec["wrapped"]), self._aad("*recovery*", None)
            )
            return key, self._open_grants(wrapping, rec.get("grants", {}), "*recovery*", None)
        except InvalidTag:
            raise WrongPassphrase("that recovery key does not open this case store") from None
        except (KeyError, ValueError, TypeError):
            raise StoreDamaged("the key vault's recovery entry is damaged") from None

    # -- changing ------------------------------------------------------------------------------------------
    def add_user(
        self,
        data_key: bytes,
        username: str,
        role: Role,
        passphrase: str,
        kdf: KdfParams | None = None,
        tiers: dict[str, bytes] | None = None,
    ) -> None:
        if any(u.username == username for u in self.users()):
            raise ValueError(f"a user named '{username}' already exists")
        self._data["users"].append(
            self._seal_user(data_key, username, role, passphrase, kdf or KdfParams(), tiers or {})
        )
        self.save()

    def put_user(
        self,
        data_key: bytes,
        username: str,
        role: Role,
        passphrase: str,
        kdf: KdfParams | None = None,
        tiers: dict[str, bytes] | None = None,
    ) -> None:
        """Add the entry, or replace one left by an add that died before its database commit."""
        sealed = self._seal_user(data_key, username, role, passphrase, kdf or KdfParams(), tiers or {})
        self._data["users"] = [u for u in self._data["users"] if u["username"] != username] + [sealed]
        self.save()

    def set_passphrase(
        self,
        data_key: bytes,
        username: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        tiers: dict[str, bytes] | None = None,
        audit_key: Ed25519PrivateKey | None = None,
    ) -> None:
        """Re-wrap the data key (and the role keys the user's role gets, taken from `tiers`, which the caller
        holds) under a new passphrase. PermissionDenied when the caller lacks a role key the user needs."""
        entry = self._entry(username)
        role = Role(entry["role"])
        params = kdf or KdfParams.from_json(entry["kdf"])
        sealed = self._seal_user(data_key, username, role, passphrase, params, tiers or {}, audit_key)
        self._data["users"] = [sealed if u["username"] == username else u for u in self._data["users"]]
        self.save()

    def remove_user(self, username: str) -> None:
        self._entry(username)
        self._data["users"] = [u for u in self._data["users"] if u["username"] != username]
        self.save()

    # -- sealing -------------------------------------------------------------------------------------------
    def _aad(self, username: str, role: Role | None) -> bytes:
        base = f"{VAULT_FORMAT}:{VAULT_VERSION}:{self.store_id}:{username}:{role or ''}"
        admin = self._data.get("admin_public")  # every entry pins the admin key: replacing it breaks them all
        return (base + (f":{admin}" if isinstance(admin, str) else "")).encode()

    def _seal_user(
        self,
        data_key: bytes,
        username: str,
        role: Role,
        passphrase: str,
        kdf: KdfParams,
        tiers: dict[str, bytes],
        audit_key: Ed25519PrivateKey | None = None,
    ) -> dict[str, Any]:
        if not username or not username.strip():
            raise ValueError("a user name is required")
        check_passphrase(passphrase, username)  # WeakPassphrase is a ValueError: callers already show it
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping = kdf.derive(passphrase, salt)
        wrapped = AESGCM(wrapping).encrypt(nonce, data_key, self._aad(username, role))
        entry = {
            "username": username,
            "role": role.value,
            "kdf": kdf.to_json(),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        if self.has_tiers:
            entry["grants"] = self._seal_grants(wrapping, tiers, TIERS_FOR[role], username, role)
            audit_key = audit_key or Ed25519PrivateKey.generate()  # a reset by someone else: a new key
            raw = audit_key.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            anonce = os.urandom(12)
            entry["audit_key"] = {
                "nonce": _b64(anonce),
                "wrapped": _b64(AESGCM(wrapping).encrypt(anonce, raw, self._aad(username, role) + b":audit")),
            }
            entry["audit_public"] = _b64(
                audit_key.public_key().public_bytes(
                    serialization.Encoding.Raw, serialization.PublicFormat.Raw
                )
            )
            entry.update(self._seal_box(wrapping, self._aad(username, role)))
        return entry

    # -- delivery: a new data key for entries whose passphrase the re-keyer does not know --------------------
    @staticmethod
    def _seal_box(wrapping: bytes, aad: bytes) -> dict[str, Any]:
        """An X25519 key pair for the entry: the private half under the entry's wrapping key."""
        box = X25519PrivateKey.generate()
        raw = box.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        nonce = os.urandom(12)
        return {
            "box_public": _b64(
                box.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            ),
            "box_key": {
                "nonce": _b64(nonce),
                "wrapped": _b64(AESGCM(wrapping).encrypt(nonce, raw, aad + b":box")),
            },
        }

    @staticmethod
    def _delivery_key(shared: bytes, aad: bytes) -> bytes:
        return HKDF(hashes.SHA256(), 32, None, b"checkpoint-desk key delivery:" + aad).derive(shared)

    def _deliver(self, entry: dict[str, Any], aad: bytes, data_key: bytes, tiers: dict[str, bytes]) -> None:
        """Seal the data key and role keys to the entry's box key; its passphrase wrap is then stale."""
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(entry["box_public"])))
        nonce = os.urandom(12)
        body = json.dumps(
            {"data_key": _b64(data_key), "tiers": {t: _b64(k) for t, k in tiers.items()}}
        ).encode()
        entry["delivered"] = {
            "ephemeral": _b64(
                ephemeral.public_key().public_bytes(
                    serialization.Encoding.Raw, serialization.PublicFormat.Raw
                )
            ),
            "nonce": _b64(nonce),
            "sealed": _b64(AESGCM(self._delivery_key(shared, aad)).encrypt(nonce, body, aad)),
        }
        entry.pop("wrapped", None)
        entry.pop("nonce", None)
        entry.pop("grants", None)

    def _open_delivery(
        self, entry: dict[str, Any], wrapping: bytes, aad: bytes
    ) -> tuple[bytes, dict[str, bytes]]:
        box_key = entry["box_key"]
        box = X25519PrivateKey.from_private_bytes(
            AESGCM(wrapping).decrypt(_unb64(box_key["nonce"]), _unb64(box_key["wrapped"]), aad + b":box")
        )
        d = entry["delivered"]
        shared = box.exchange(X25519PublicKey.from_public_bytes(_unb64(d["ephemeral"])))
        body = json.loads(
            AESGCM(self._delivery_key(shared, aad)).decrypt(_unb64(d["nonce"]), _unb64(d["sealed"]), aad)
        )
        return _unb64(body["data_key"]), {t: _unb64(k) for t, k in body["tiers"].items()}

    def deliver_new_key(self, data_key: bytes, tiers: dict[str, bytes], *, keep: str | None = None) -> None:
        """After a re-key: every entry (but `keep`, sealed afresh by the caller) and the recovery entry get the
        new data key and their role's keys through their box key. Needs every role key (an admin's)."""
        if not self.has_tiers or set(tiers) != {MANAGER_TIER, ADMIN_TIER}:
            raise PermissionDenied("re-keying a store needs an admin (and a store with role keys)")
        for entry in self._data["users"]:
            if entry["username"] == keep:
                continue
            if "box_public" not in entry:
                raise StoreDamaged(f"the key vault entry for '{entry['username']}' cannot receive a new key")
            role = Role(entry["role"])
            self._deliver(
                entry, self._aad(entry["username"], role), data_key, {t: tiers[t] for t in TIERS_FOR[role]}
            )
        self._deliver(self._data["recovery"], self._aad("*recovery*", None), data_key, dict(tiers))

    def set_flag(self, name: str, value: object) -> None:
        if value is None:
            self._data.pop(name, None)
        else:
            self._data[name] = value
        self.save()

    def flag(self, name: str) -> object:
        return self._data.get(name)

    def _seal_grants(
        self,
        wrapping: bytes,
        tiers: dict[str, bytes],
        wanted: tuple[str, ...],
        username: str,
        role: Role | None,
    ) -> dict[str, Any]:
        missing = [t for t in wanted if t not in tiers]
        if missing:
            raise PermissionDenied(
                f"giving someone the {' and '.join(missing)} role key needs a user who holds it"
            )
        grants = {}
        for tier in wanted:
            nonce = os.urandom(12)
            grants[tier] = {
                "nonce": _b64(nonce),
                "wrapped": _b64(
                    AESGCM(wrapping).encrypt(
                        nonce, tiers[tier], self._aad(username, role) + b":grant:" + tier.encode()
                    )
                ),
            }
        return grants

    def _open_grants(
        self, wrapping: bytes, grants: dict[str, Any], username: str, role: Role | None
    ) -> dict[str, bytes]:
        if not self.has_tiers:
            return {}
        wanted = TIERS_FOR[role] if role is not None else (MANAGER_TIER, ADMIN_TIER)
        if set(grants) != set(wanted):  # a keyworker's entry given a manager grant is refused, not honoured
            raise StoreDamaged(f"the key vault entry for '{username}' holds role keys its role does not get")
        return {
            tier: AESGCM(wrapping).decrypt(
                _unb64(g["nonce"]),
                _unb64(g["wrapped"]),
                self._aad(username, role) + b":grant:" + tier.encode(),
            )
            for tier, g in grants.items()
        }

    @staticmethod
    def _recovery_wrapping_key(raw: bytes, salt: bytes) -> bytes:
        # 160 random bits need no stretching; HKDF binds the key to its purpose.
        return HKDF(hashes.SHA256(), 32, salt, b"checkpoint-desk recovery key").derive(raw)

    def _seal_recovery(self, data_key: bytes, raw: bytes, tiers: dict[str, bytes]) -> dict[str, Any]:
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping = self._recovery_wrapping_key(raw, salt)
        wrapped = AESGCM(wrapping).encrypt(nonce, data_key, self._aad("*recovery*", None))
        entry: dict[str, Any] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        if self.has_tiers:
            entry["grants"] = self._seal_grants(
                wrapping, tiers, (MANAGER_TIER, ADMIN_TIER), "*recovery*", None
            )
            entry.update(self._seal_box(wrapping, self._aad("*recovery*", None)))
        return entry
