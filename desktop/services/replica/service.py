"""Store replicas: make one for a desk or a laptop, exchange bundles with the others, resolve, revoke.

See docs/replicas.md. Each replica is a whole case store folder (its own SQLCipher database, data key and vault,
the same users and passphrases) holding a device key (RSA, inside the encrypted database). `export_bundles`
writes, for each peer, every change that peer has not acknowledged, signed by this device and encrypted to the
peer's certificate; `import_bundles` reads the ones addressed to this device.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import select, text

from desktop.domain import Role
from desktop.domain.ids import new_id
from desktop.domain.replicas import AppendRow, JsonValue, Register, SequenceVerdict, check_sequence
from desktop.services.sync import cms
from desktop.services.sync.bundle import read_bundle_file, sha256_hex
from desktop.services.sync.errors import BundleError
from desktop.services.sync.identity import cert_pem, load_cert, new_identity
from desktop.storage import audit
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.errors import PermissionDenied, StoreError
from desktop.storage.privacy import PersonRef, compact, erase_person
from desktop.storage.records import UserRecord
from desktop.storage.replica_records import ReplicaDeviceRecord
from desktop.storage.replica_repo import ApplyStats, Conflict, ReplicaRepository, RowChange
from desktop.storage.replica_repo import signing_refusal as replica_signing_refusal
from desktop.storage.store import CaseStore

from . import bundle

MANAGING_ROLES = (Role.MANAGER, Role.ADMIN)
KEY_BITS = 3072
# Force sync and its keys, and the organisation's key that signs returns, stay on the manager's store: a replica
# never holds them.
_MANAGER_ONLY_TABLES = (
    "return_identity",
    "sync_received_records",
    "sync_sent_records",
    "erasure_notices",
    "sync_bundles",
    "sync_partners",
    "sync_identity",
)


class ReplicaError(StoreError):
    """A refusal with a one-line reason (the CLI prints it and exits 2)."""


@dataclass(frozen=True, slots=True)
class ReplicaMade:
    folder: Path
    device_id: str
    device_name: str
    caseload: str | None  # the keyworker's user name, None for the whole service
    people: int


@dataclass(slots=True)
class ImportReport:
    applied: list[str] = field(default_factory=list)
    replayed: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    not_for_us: int = 0
    stats: ApplyStats = field(default_factory=ApplyStats)


def _now(store: CaseStore) -> datetime:
    moment = store.clock()
    return moment.astimezone(UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "device"


def _private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def _load_key(pem: str) -> rsa.RSAPrivateKey:
    # our own key, from our own encrypted database: the slow RSA consistency check buys nothing here
    key = serialization.load_pem_private_key(pem.encode("ascii"), None, unsafe_skip_rsa_key_validation=True)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def _device(
    name: str, cert: x509.Certificate, *, key: rsa.RSAPrivateKey | None = None, **kw: Any
) -> ReplicaDeviceRecord:
    base: dict[str, Any] = {
        "is_self": False,
        "is_manager": False,
        "out_sequence": 0,
        "in_sequence": 0,
        "received_through": 0,
        "acked_through": 0,
        "counter": 0,
        "change_seq": 0,
    }
    base.update(kw)
    return ReplicaDeviceRecord(
        id=base.pop("id", None) or new_id(),
        name=name,
        cert_pem=cert_pem(cert).decode("ascii"),
        key_pem=_private_pem(key) if key is not None else None,
        **base,
    )


def this_device(store: CaseStore) -> ReplicaDeviceRecord | None:
    with store.session() as s:
        return ReplicaRepository(s, _now(store)).me_or_none()


def signing_refusal(store: CaseStore) -> str | None:
    with store.session() as s:
        return replica_signing_refusal(s)


def _ensure_self(store: CaseStore, repo: ReplicaRepository, now: datetime, name: str) -> ReplicaDeviceRecord:
    me = repo.me_or_none()
    if me is not None:
        return me
    store.require_role(*MANAGING_ROLES)
    ident = new_identity(name, now, bits=KEY_BITS)
    rec = _device(name, ident.cert, key=ident.key, is_self=True, is_manager=True)
    repo.s.add(rec)
    repo.s.flush()
    repo._self = None
    return repo.me()


def create_replica(
    store: CaseStore,
    out: Path,
    device_name: str,
    passphrase: str,
    *,
    caseload: str | None = None,
    origin_name: str = "manager's store",
    key_bits: int = KEY_BITS,
) -> ReplicaMade:
    """A new replica folder `out` for `device_name`: the whole service, or `caseload`'s clients only.

    Managers only. `passphrase` is the signed-in manager's (the copy is opened with it to be trimmed and
    re-keyed); every user's passphrase stays as it was. A replica that fails half way is removed.
    """
    store.require_role(*MANAGING_ROLES)
    out = Path(out)
    if not device_name.strip():
        raise ReplicaError("a replica needs a device name (--for)")
    now = _now(store)
    keyworker_id: str | None = None
    with store.write() as s:
        repo = ReplicaRepository(s, now)
        if any(d.name == device_name for d in repo.devices()):
            raise ReplicaError(f"a device named {device_name!r} already exists; choose another name")
        if caseload is not None:
            rec = s.scalar(select(UserRecord).where(UserRecord.username == caseload))
            if rec is None or not rec.active:
                raise ReplicaError(f"no active user named {caseload!r} for --caseload")
            keyworker_id = rec.id
        _ensure_self(store, repo, now, origin_name)
        repo.capture(store.user.username)
        origin_seq = repo.me().change_seq
    ident = new_identity(device_name, now, bits=key_bits)
    device_id = new_id()
    store.backup_to(out)
    try:
        people = _trim_copy(
            out, store.user.username, passphrase, device_id, device_name, ident, keyworker_id, origin_seq
        )
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    with store.write() as s:
        s.add(
            _device(
                device_name,
                ident.cert,
                id=device_id,
                caseload_user_id=keyworker_id,
                received_through=origin_seq,
                acked_through=origin_seq,
            )
        )
        audit.append(
            s,
            store.user.username,
            "replica.create",
            "replica_device",
            detail=json.dumps({"device": device_name, "caseload": caseload, "people": people}),
        )
    me = this_device(store)
    assert me is not None
    with store.session() as s:
        made = s.scalar(select(ReplicaDeviceRecord).where(ReplicaDeviceRecord.name == device_name))
        assert made is not None
    return ReplicaMade(out, made.id, device_name, caseload, people)


def _trim_copy(
    folder: Path,
    username: str,
    passphrase: str,
    device_id: str,
    device_name: str,
    ident: Any,
    keyworker_id: str | None,
    origin_seq: int,
) -> int:
    """In the fresh copy: this device's key in place of the origin's, other caseloads erased, force-sync keys
    removed, then a new data key (the database rewritten, so nothing deleted survives in a free page)."""
    copy = CaseStore.open(folder, username, passphrase)
    try:
        now = _now(copy)
        if keyworker_id is not None:
            with copy.session() as s:
                others = s.execute(
                    text(
                        "SELECT id, force_reference, first_name || ' ' || last_name FROM people "
                        "WHERE keyworker_id IS NULL OR keyworker_id != :k"
                    ),
                    {"k": keyworker_id},
                ).all()
            for pid, ref, name in others:
                erase_person(
                    copy,
                    PersonRef(str(pid), str(ref), str(name)),
                    "replica.exclude",
                    {"reason": "not on the caseload this replica carries"},
                    vacuum=False,
                )
        with copy.write() as s:
            if keyworker_id is not None:
                s.execute(
                    text(
                        "DELETE FROM replica_registers WHERE EXISTS (SELECT 1 FROM replica_rows r "
                        "WHERE r.table_name = replica_registers.table_name "
                        "AND r.record_id = replica_registers.record_id AND (r.person_id IS NULL OR "
                        "r.person_id NOT IN (SELECT id FROM people)))"
                    )
                )
                s.execute(
                    text(
                        "DELETE FROM replica_rows WHERE person_id IS NULL OR person_id NOT IN (SELECT id FROM people)"
                    )
                )
            tables = {
                str(r[0]) for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            }
            for table in _MANAGER_ONLY_TABLES:
                if table in tables:
                    s.execute(text(f'DELETE FROM "{table}"'))
            s.execute(
                text(
                    "UPDATE replica_devices SET is_self = 0, key_pem = NULL, received_through = :n, "
                    "acked_through = :n WHERE is_self = 1"
                ),
                {"n": origin_seq},
            )
            s.execute(
                text("UPDATE replica_devices SET out_sequence = 0, in_sequence = 0, out_last_sha256 = NULL")
            )
            s.add(
                _device(
                    device_name,
                    ident.cert,
                    key=ident.key,
                    id=device_id,
                    is_self=True,
                    caseload_user_id=keyworker_id,
                    change_seq=origin_seq,
                )
            )
            audit.append(
                s,
                username,
                "replica.create",
                "replica_device",
                detail=json.dumps({"device": device_name, "made_at": now.isoformat()}),
            )
            people = int(s.execute(text("SELECT count(*) FROM people")).scalar_one())
        compact(copy)  # VACUUM with secure_delete: no erased row survives in a free page
        if copy.user.role is Role.ADMIN:  # re-keying needs every role key: an admin's vault entry
            copy.rekey(f"replica {device_name} made from another store")
        return people
    finally:
        copy.close()


# -- exchange ----------------------------------------------------------------------------------------------
def _device_records(repo: ReplicaRepository) -> list[dict[str, Any]]:
    return [
        {
            "type": "replica_device",
            "id": d.id,
            "version": 2 if d.revoked_at else 1,
            "data": {
                "name": d.name,
                "cert_pem": d.cert_pem,
                "is_manager": d.is_manager,
                "caseload_user_id": d.caseload_user_id,
                "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None,
            },
        }
        for d in repo.devices()
    ]


def _row_record(c: RowChange) -> dict[str, Any]:
    if c.append is not None:
        return {
            "type": "replica_append",
            "id": c.record_id,
            "version": c.append.version,
            "data": {"table": c.table, "person_id": c.person_id, "row": dict(c.append.content)},
        }
    return {
        "type": "replica_row",
        "id": c.record_id,
        "version": max(1, sum(len(r.context) for r in c.registers.values())),
        "data": {
            "table": c.table,
            "person_id": c.person_id,
            "fields": {n: r.to_json() for n, r in sorted(c.registers.items())},
        },
    }


def _row_change(rec: dict[str, Any]) -> RowChange:
    data = rec["data"]
    if rec["type"] == "replica_append":
        return RowChange(
            str(data["table"]),
            str(rec["id"]),
            data.get("person_id"),
            append=AppendRow(int(rec["version"]), data["row"]),
        )
    regs = {str(n): Register.from_json(r) for n, r in dict(data["fields"]).items()}
    return RowChange(str(data["table"]), str(rec["id"]), data.get("person_id"), regs)


def export_bundles(store: CaseStore, out_dir: Path) -> list[Path]:
    """One bundle per peer that is not revoked, holding what that peer has not acknowledged (its caseload only
    for a laptop). Written as temp file + rename, 0600."""
    now = _now(store)
    written: list[Path] = []
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with store.write() as s:
        repo = ReplicaRepository(s, now)
        me = repo.me_or_none()
        if me is None:
            raise ReplicaError("this store is not a replica: make one with `replica create` first")
        repo.capture(store.user.username)
        key, cert = _load_key(str(me.key_pem)), load_cert(me.cert_pem.encode("ascii"))
        devices = _device_records(repo) if me.is_manager else []
        head = audit.head(s)
        for peer in repo.peers():
            changes = repo.changes_since(peer.acked_through, peer.caseload_user_id)
            records = [_row_record(c) for c in changes] + devices
            peer_cert = load_cert(peer.cert_pem.encode("ascii"))
            peer.out_sequence += 1
            manifest = {
                "bundle_id": new_id(),
                "sender": {"device_id": me.id, "name": me.name, "cert_sha256": cms.fingerprint(cert)},
                "recipient": {
                    "device_id": peer.id,
                    "name": peer.name,
                    "cert_sha256": cms.fingerprint(peer_cert),
                },
                "sequence": peer.out_sequence,
                "previous_bundle_sha256": peer.out_last_sha256,
                "created_at": now.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                "changes_through": me.change_seq,
                "ack_through": peer.received_through,
                "audit_head": {"seq": head[0], "sha256": head[1]} if head else None,
            }
            data = bundle.build(manifest, records, key, cert, peer_cert)
            path = out_dir / f"{_slug(me.name)}-to-{_slug(peer.name)}-{peer.out_sequence:06d}{bundle.SUFFIX}"
            atomic_write_bytes(path, data)  # mkstemp: 0600
            peer.out_last_sha256 = sha256_hex(data)
            written.append(path)
        audit.append(
            s,
            store.user.username,
            "replica.export",
            "replica_device",
            me.id,
            detail=json.dumps({"bundles": len(written), "through": me.change_seq}),
        )
    return written


def import_bundles(store: CaseStore, in_dir: Path) -> ImportReport:
    """Every `*.cprbundle` in `in_dir` addressed to this device, oldest sequence first; each in its own
    transaction. Bundles for other devices are left alone; refusals are named, nothing is half applied."""
    report = ImportReport()
    me = this_device(store)
    if me is None:
        raise ReplicaError("this store is not a replica: make one with `replica create` first")
    key, cert = _load_key(str(me.key_pem)), load_cert(me.cert_pem.encode("ascii"))
    opened: list[tuple[Path, bundle.OpenedReplicaBundle]] = []
    for path in sorted(Path(in_dir).glob(f"*{bundle.SUFFIX}")):
        data = read_bundle_file(path)
        if not bundle.recipient_matches(data, cert):
            report.not_for_us += 1
            continue
        with store.session() as s:
            pinned = [
                load_cert(d.cert_pem.encode("ascii")) for d in ReplicaRepository(s, _now(store)).devices()
            ]
        try:
            opened.append((path, bundle.open_bundle(data, key, cert, pinned)))
        except BundleError as exc:
            report.refused.append((path.name, str(exc)))
    opened.sort(key=lambda p: (p[1].manifest["sender"]["device_id"], p[1].manifest["sequence"]))
    for path, got in opened:
        _import_one(store, path, got, report)
    return report


def _import_one(store: CaseStore, path: Path, got: bundle.OpenedReplicaBundle, report: ImportReport) -> None:
    now = _now(store)
    m = got.manifest
    with store.write() as s:
        repo = ReplicaRepository(s, now)
        sender = repo.device(str(m["sender"]["device_id"]))
        if (
            sender is None
            or sender.is_self
            or cms.fingerprint(load_cert(sender.cert_pem.encode())) != cms.fingerprint(got.signer)
        ):
            report.refused.append(
                (path.name, "unknown device: its certificate is not the one this store holds")
            )
            return
        if sender.revoked_at is not None:
            report.refused.append(
                (
                    path.name,
                    f"device {sender.name!r} was revoked on {sender.revoked_at:%Y-%m-%d}; bundle refused",
                )
            )
            return
        if check_sequence(int(m["sequence"]), sender.in_sequence) is SequenceVerdict.REPLAY:
            report.replayed.append(path.name)
            return
        repo.capture(store.user.username)  # local edits become writes before anything is merged over them
        rows = [_row_change(r) for r in got.records if r["type"] in ("replica_row", "replica_append")]
        stats = repo.apply(rows, sender.name)
        if sender.is_manager:
            _apply_devices(repo, [r for r in got.records if r["type"] == "replica_device"])
        sender.in_sequence = int(m["sequence"])
        if not stats.skipped:  # else the sender keeps sending those records until they apply here
            sender.received_through = max(sender.received_through, int(m["changes_through"]))
        sender.acked_through = max(sender.acked_through, int(m["ack_through"]))
        audit.append(
            s,
            store.user.username,
            "replica.import",
            "replica_device",
            sender.id,
            detail=json.dumps(
                {
                    "from": sender.name,
                    "sequence": m["sequence"],
                    "sha256": got.sha256,
                    "rows": stats.rows_changed,
                    "conflicts": stats.conflicts_opened,
                    "skipped": len(stats.skipped),
                }
            ),
        )
    report.applied.append(path.name)
    report.stats.rows_changed += stats.rows_changed
    report.stats.fields_taken += stats.fields_taken
    report.stats.conflicts_opened += stats.conflicts_opened
    report.stats.conflicts_settled += stats.conflicts_settled
    report.stats.skipped += stats.skipped


def _apply_devices(repo: ReplicaRepository, records: list[dict[str, Any]]) -> None:
    """The manager's device list: new devices become peers, revocations are taken. Only from the manager."""
    me = repo.me()
    for rec in records:
        data = rec["data"]
        revoked = (
            datetime.fromisoformat(str(data["revoked_at"])).replace(tzinfo=None)
            if data.get("revoked_at")
            else None
        )
        known = repo.device(str(rec["id"]))
        if known is None:
            if str(rec["id"]) == me.id:
                continue
            repo.s.add(
                _device(
                    str(data["name"]),
                    load_cert(str(data["cert_pem"]).encode("ascii")),
                    id=str(rec["id"]),
                    is_manager=bool(data.get("is_manager")),
                    caseload_user_id=data.get("caseload_user_id"),
                    revoked_at=revoked,
                    revoked_by="manager" if revoked else None,
                )
            )
        elif revoked is not None and known.revoked_at is None:
            known.revoked_at, known.revoked_by = revoked, "manager"
    repo.s.flush()


# -- revoke, conflicts --------------------------------------------------------------------------------------
def revoke(store: CaseStore, device: str) -> ReplicaDeviceRecord:
    """Refuse `device`'s bundles from now on (name or id). Managers only, on the manager's replica; the other
    replicas learn it from the manager's next bundle."""
    store.require_role(*MANAGING_ROLES)
    now = _now(store)
    with store.write() as s:
        repo = ReplicaRepository(s, now)
        me = repo.me_or_none()
        if me is None or not me.is_manager:
            raise PermissionDenied("devices are revoked on the manager's replica")
        found = [d for d in repo.devices() if device in (d.id, d.name)]
        if not found:
            raise ReplicaError(f"no device named {device!r}; `replica devices` lists them")
        rec = found[0]
        if rec.is_self:
            raise ReplicaError("this device cannot revoke itself")
        if rec.revoked_at is None:
            rec.revoked_at, rec.revoked_by = now.replace(tzinfo=None), store.user.username
            audit.append(s, store.user.username, "replica.revoke", "replica_device", rec.id, detail=rec.name)
        s.flush()
        return rec


def devices(store: CaseStore) -> list[ReplicaDeviceRecord]:
    with store.session() as s:
        return ReplicaRepository(s, _now(store)).devices()


def conflicts(store: CaseStore, *, everything: bool = False) -> list[Conflict]:
    with store.session() as s:
        return ReplicaRepository(s, _now(store)).conflicts(unresolved_only=not everything)


def resolve(store: CaseStore, conflict_id: str, keep: str) -> Conflict:
    """`keep`: a (the first value listed), b (the second) or the value itself."""
    now = _now(store)
    with store.write() as s:
        repo = ReplicaRepository(s, now)
        open_ = {c.id: c for c in repo.conflicts()}
        matches = [c for cid, c in open_.items() if cid == conflict_id or cid.startswith(conflict_id)]
        if len(matches) != 1:
            raise ReplicaError(f"no single open conflict {conflict_id!r}; `replica conflicts` lists them")
        c = matches[0]
        value: JsonValue
        if keep in ("a", "b"):
            value = c.values[0 if keep == "a" else 1]
        elif all(isinstance(v, str) or v is None for v in c.values):
            value = keep
        else:
            try:
                value = json.loads(keep)
            except ValueError:
                raise ReplicaError(f"{keep!r} is not a value for {c.field}; give a, b or a number") from None
        done = repo.resolve(c.id, value, store.user.username)
        audit.append(
            s,
            store.user.username,
            "replica.resolve",
            c.table,
            c.record_id,
            detail=json.dumps({"field": c.field}),
        )
        return done


__all__ = [
    "ImportReport",
    "ReplicaError",
    "ReplicaMade",
    "conflicts",
    "create_replica",
    "devices",
    "export_bundles",
    "import_bundles",
    "resolve",
    "revoke",
    "signing_refusal",
    "this_device",
]
