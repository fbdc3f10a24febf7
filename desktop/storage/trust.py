"""Trust boundaries of a case store, mixed into CaseStore: the admin-signed list of users and roles (checked at
every open), secrets sealed by role (the signing and sync keys, under the manager key), and the force's witness
of the audit head (kept beside the database for `check`). See docs/security.md.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import Role, User

from . import audit
from .atomic import atomic_write_bytes
from .errors import PermissionDenied, StoreDamaged, UsersTampered
from .records import AuditRecord, UserRecord
from .vault import MANAGER_TIER, KeyVault

SEALED_PREFIX = "sealed-v1:"
WITNESS_NAME = "witness.json"


def _canonical(body: object) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class TrustedStore:
    """What CaseStore provides to these methods."""

    folder: Path
    vault: KeyVault
    user: User
    _tiers: dict[str, bytes]

    def session(self) -> Session:  # pragma: no cover - CaseStore's
        raise NotImplementedError

    # -- the force's witness: the latest audit head the force acknowledged, kept beside the database ----------
    def _witness_mac(self, body: dict[str, object]) -> str:
        key = self._tiers.get(MANAGER_TIER)
        assert key is not None
        return hmac.new(
            key, _canonical({**body, "store_id": self.vault.store_id}), hashlib.sha256
        ).hexdigest()

    def vault_problem(self, witnessed_generation: object, who: str) -> str | None:
        """None unless the force saw a later generation of the key vault than this folder holds."""
        if not isinstance(witnessed_generation, int) or witnessed_generation <= self.vault.generation:
            return None
        return (
            f"{who} saw generation {witnessed_generation} of this store's key vault, but vault.json is at "
            f"generation {self.vault.generation}: an older copy of the key vault was put back"
        )

    def record_witness(self, seq: int, sha256: str, partner: str, vault_generation: object = None) -> None:
        """Remember the highest entry the force has acknowledged seeing (MAC under the manager key, so a
        keyworker cannot forge one). `check` compares it with the log: an older database copy is named."""
        if MANAGER_TIER not in self._tiers:
            return
        path = self.folder / WITNESS_NAME
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if int(json.loads(path.read_bytes())["seq"]) >= seq:
                return
        body: dict[str, object] = {
            "seq": seq,
            "sha256": sha256,
            "partner": partner,
            "vault_generation": vault_generation if isinstance(vault_generation, int) else None,
        }
        atomic_write_bytes(path, json.dumps({**body, "mac": self._witness_mac(body)}).encode())

    def witness_problem(self) -> str | None:
        """What the force's witness says about this log: None when the log still holds the witnessed entry."""
        path = self.folder / WITNESS_NAME
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_bytes())
            seq, sha, partner = int(data["seq"]), str(data["sha256"]), str(data["partner"])
            generation = data.get("vault_generation")
            body: dict[str, object] = {
                "seq": seq,
                "sha256": sha,
                "partner": partner,
                "vault_generation": generation,
            }
            mac = str(data["mac"])
        except (OSError, ValueError, KeyError, TypeError):
            return f"the force's witness {WITNESS_NAME} is damaged"
        if MANAGER_TIER in self._tiers and not hmac.compare_digest(mac, self._witness_mac(body)):
            return f"the force's witness {WITNESS_NAME} was altered"
        with self.session() as s:
            problem = audit.witnessed_problem(s, seq, sha, partner)
        problem = problem or self.vault_problem(generation, partner)
        if problem and not self.restored_since(seq):
            return f"rollback detected: {problem}"
        return None

    # -- the signed list of users: roles by cryptography -----------------------------------------------------
    def _signed_body(
        self, adding: User | None = None, changing: tuple[str, str, str] | None = None
    ) -> dict[str, object]:
        with self.session() as s:
            rows = [(r.username, r.role, r.id) for r in s.scalars(select(UserRecord))]
        if adding is not None and all(u != adding.username for u, _r, _i in rows):
            rows.append((adding.username, adding.role.value, adding.id))
        previous = self.vault.user_list() or {}
        old = previous.get("body", {}) if isinstance(previous.get("body"), dict) else {}
        keys: dict[str, set[str]] = {name: set(ks) for name, ks in dict(old.get("audit_keys", {})).items()}
        for (
            entry
        ) in self.vault.users():  # old keys stay listed: they signed the entries written before a reset
            public = self.vault.audit_public(entry.username)
            if public:
                keys.setdefault(entry.username, set()).add(public)
        return {
            "store_id": self.vault.store_id,
            "users": sorted([list(r) for r in rows]),
            "pending": adding.username if adding is not None else None,
            **({"changing": list(changing)} if changing is not None else {}),
            "audit_keys": {name: sorted(ks) for name, ks in sorted(keys.items())},
            "audit_signed_from": int(old.get("audit_signed_from", 1)),
        }

    def resign_user_list(
        self, adding: User | None = None, changing: tuple[str, str, str] | None = None
    ) -> None:
        """THE re-sign function: every change to users or roles ends here. It signs the users table (plus a
        user being added, marked pending) with the admin key, which only an admin's entry releases."""
        if not self.vault.has_tiers:
            return
        signer = self.vault.admin_signer(self._tiers)
        body = self._signed_body(
            adding, changing
        )  # changing: (user, old role, new role) while a role changes
        self.vault.set_user_list(body, signer.sign(_canonical(body)))

    def user_list_problems(self) -> list[str]:
        """What differs between the users table, the key vault and the admin-signed list (empty: all agree)."""
        if not self.vault.has_tiers:
            return []
        listed, public = self.vault.user_list(), self.vault.admin_public
        if listed is None or public is None:
            return ["the key vault has no signed list of users"]
        body = listed.get("body")
        try:
            public.verify(base64.b64decode(str(listed.get("signature"))), _canonical(body))
        except (InvalidSignature, ValueError, TypeError):
            return ["the list of users in the key vault is not signed by this store's admin key"]
        if not isinstance(body, dict) or body.get("store_id") != self.vault.store_id:
            return ["the signed list of users belongs to another store"]
        signed = {u: (r, i) for u, r, i in body.get("users", [])}
        with self.session() as s:
            in_db = {r.username: (r.role, r.id) for r in s.scalars(select(UserRecord))}
        pending = body.get("pending")
        changing = body.get("changing") or [None, None, None]
        changing_user, changing_roles = changing[0], set(changing[1:])
        problems: list[str] = []
        for name in sorted(set(signed) | set(in_db)):
            if name == pending and name not in in_db:
                continue  # an add that stopped before its row was written: finished by adding again
            if name not in signed:
                problems.append(
                    f"user '{name}' is in the database but not in the signed list (added outside the app)"
                )
            elif name not in in_db:
                problems.append(
                    f"user '{name}' is in the signed list but not in the database (deleted outside the app)"
                )
            elif (
                name == changing_user
                and signed[name][1] == in_db[name][1]
                and in_db[name][0] in changing_roles
            ):
                continue  # a role change that stopped half way: finished by changing the role again
            elif signed[name] != in_db[name]:
                problems.append(
                    f"user '{name}' is a {in_db[name][0]} in the database but a {signed[name][0]} in the "
                    "signed list: the role was changed outside the app"
                )
        for entry in self.vault.users():
            if entry.username == changing_user and entry.role.value in changing_roles:
                continue
            if entry.username in signed and signed[entry.username][0] != entry.role.value:
                problems.append(
                    f"the key vault entry for '{entry.username}' names another role than the signed list"
                )
        return problems

    def restored_since(self, seq: int) -> bool:
        """True when an admin's restore (a `store.restore` entry at or before #seq, validly signed by a user the
        signed list names as an admin) explains a log that no longer holds entry #seq as the force saw it."""
        listed = self.vault.user_list() if self.vault.has_tiers else None
        if listed is None or self.user_list_problems():
            return False
        body = listed["body"]
        admins = {u for u, r, _i in body.get("users", []) if r == Role.ADMIN.value}
        keys = body.get("audit_keys", {})
        with self.session() as s:
            for rec in s.scalars(
                select(AuditRecord).where(AuditRecord.action == "store.restore", AuditRecord.seq <= seq)
            ):
                if rec.signer in admins and audit.signature_ok(rec, keys.get(rec.signer, [])):
                    return True
        return False

    def check_user_list(self) -> None:
        problems = self.user_list_problems()
        if problems:
            raise UsersTampered(
                f"refused: {problems[0]}"
                + (f" (and {len(problems) - 1} more; run check)" if len(problems) > 1 else "")
            )

    # -- secrets sealed by role ------------------------------------------------------------------------------
    def seal_secret(self, tier: str, data: bytes, purpose: str) -> str:
        """`data` sealed under a role key this user holds (PermissionDenied otherwise), as ASCII for a column."""
        if not self.vault.has_tiers:
            return data.decode("ascii")
        key = self._tiers.get(tier)
        if key is None:
            raise PermissionDenied(
                f"{self.user.username} is a {self.user.role.value}; only a {tier} or an admin "
                "can set this key up"
            )
        nonce = os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, data, f"{self.vault.store_id}:{purpose}".encode())
        return f"{SEALED_PREFIX}{tier}:" + base64.b64encode(nonce + sealed).decode("ascii")

    def open_secret(self, value: str, purpose: str) -> bytes:
        """The inverse of seal_secret, for a holder of the role key; a keyworker gets PermissionDenied."""
        if not value.startswith(SEALED_PREFIX):
            if self.vault.has_tiers:
                raise StoreDamaged(
                    f"the {purpose} is stored unsealed in a store with role keys: it was replaced "
                    "outside the app"
                )
            return value.encode("ascii")
        tier, _, blob = value[len(SEALED_PREFIX) :].partition(":")
        key = self._tiers.get(tier)
        if key is None:
            raise PermissionDenied(
                f"{self.user.username} is a {self.user.role.value}; only a {tier} or an admin "
                f"can use the {purpose} (it is sealed under their role key)"
            )
        raw = base64.b64decode(blob)
        try:
            return AESGCM(key).decrypt(raw[:12], raw[12:], f"{self.vault.store_id}:{purpose}".encode())
        except InvalidTag:
            raise StoreDamaged(f"the sealed {purpose} was altered") from None
