"""Exchanging bundles: export what each peer has not acknowledged, import the bundles addressed to us."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.ids import new_id
from desktop.domain.replicas import AppendRow, Register, SequenceVerdict, check_sequence
from desktop.services.privacy import erasure
from desktop.services.sync import cms
from desktop.services.sync.bundle import read_bundle_file, sha256_hex
from desktop.services.sync.errors import BundleError
from desktop.services.sync.identity import load_cert
from desktop.storage.atomic import atomic_write_bytes
from desktop.storage.privacy import PersonRef, compact
from desktop.storage.replica_ops import ReplicaOps, ReplicaStorage
from desktop.storage.replica_records import ReplicaTombstoneRecord
from desktop.storage.replica_repo import RowChange
from desktop.storage.store import CaseStore

from . import bundle
from .common import ImportReport, ReplicaError, cert_text, load_key, now_of, slug, this_device


def _wire_time(moment: datetime) -> str:
    """A time in the device list: naive UTC ISO text, the form older replicas write and read."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat()


def _from_wire(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _device_records(repo: ReplicaOps) -> list[dict[str, Any]]:
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
                "revoked_at": _wire_time(d.revoked_at) if d.revoked_at else None,
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


def _erasure_record(t: ReplicaTombstoneRecord) -> dict[str, Any]:
    return {
        "type": "replica_erasure",
        "id": t.person_id,
        "version": 1,
        "data": {"erased_by_device": t.origin_device_id, "erased_on": t.recorded_at.date().isoformat()},
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
    now = now_of(store)
    written: list[Path] = []
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with ReplicaStorage(store).writing(now) as repo:
        me = repo.me_or_none()
        if me is None:
            raise ReplicaError("this store is not a replica: make one with `replica create` first")
        repo.capture(store.user.username)
        key, cert = load_key(str(me.key_pem)), load_cert(me.cert_pem.encode("ascii"))
        devices = _device_records(repo) if me.is_manager else []
        head = repo.audit_head()
        leaving = repo.excluded_ids() if me.caseload_user_id is not None else set()
        for peer in repo.peers():
            changes = repo.changes_since(peer.acked_through, peer.caseload_user_id, also_people=leaving)
            records = [_row_record(c) for c in changes] + devices
            records += [_erasure_record(t) for t in repo.tombstones_since(peer.acked_through)]
            if me.is_manager:
                records += [
                    {"type": "replica_user", "id": u.pop("id"), "version": 1, "data": u}
                    for u in repo.users_made_since(peer.created_at)
                ]
            if peer.caseload_user_id is not None:
                records += [
                    {"type": "replica_exclude", "id": pid, "version": 1, "data": {}}
                    for pid in repo.left_caseload_since(peer.acked_through, peer.caseload_user_id)
                ]
            peer_cert = load_cert(peer.cert_pem.encode("ascii"))
            sequence = peer.out_sequence + 1
            manifest = {
                "bundle_id": new_id(),
                "sender": {"device_id": me.id, "name": me.name, "cert_sha256": cms.fingerprint(cert)},
                "recipient": {
                    "device_id": peer.id,
                    "name": peer.name,
                    "cert_sha256": cms.fingerprint(peer_cert),
                },
                "sequence": sequence,
                "previous_bundle_sha256": peer.out_last_sha256,
                "created_at": now.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                "changes_through": me.change_seq,
                "ack_through": peer.received_through,
                "audit_head": {"seq": head[0], "sha256": head[1]} if head else None,
            }
            data = bundle.build(manifest, records, key, cert, peer_cert)
            path = out_dir / f"{slug(me.name)}-to-{slug(peer.name)}-{sequence:06d}{bundle.SUFFIX}"
            atomic_write_bytes(path, data)  # mkstemp: 0600
            repo.bundle_sent(peer, sequence, sha256_hex(data))
            written.append(path)
        repo.audit(
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
    key, cert = load_key(str(me.key_pem)), load_cert(me.cert_pem.encode("ascii"))
    opened: list[tuple[Path, bundle.OpenedReplicaBundle]] = []
    for path in sorted(Path(in_dir).glob(f"*{bundle.SUFFIX}")):
        data = read_bundle_file(path)
        if not bundle.recipient_matches(data, cert):
            report.not_for_us += 1
            continue
        with ReplicaStorage(store).reading() as repo:
            pinned = [load_cert(d.cert_pem.encode("ascii")) for d in repo.devices()]
        try:
            opened.append((path, bundle.open_bundle(data, key, cert, pinned)))
        except BundleError as exc:
            report.refused.append((path.name, str(exc)))
    opened.sort(key=lambda p: (p[1].manifest["sender"]["device_id"], p[1].manifest["sequence"]))
    for path, got in opened:
        _import_one(store, path, got, report)
    _carry_out(store, report)
    return report


def _carry_out(store: CaseStore, report: ImportReport) -> None:
    """Erase here everyone erased on another replica, and take off this laptop the clients reassigned away from
    its keyworker, through the app's own erasure (each its own transaction and audit entry), then compact."""
    with ReplicaStorage(store).reading() as repo:
        erase, exclude = repo.pending_erasures(), repo.pending_exclusions()
    done = 0
    for (pid, ref, name), action, detail in [
        *((p, "replica.erase", {"reason": "erased on another replica"}) for p in erase),
        *((p, "replica.exclude", {"reason": "reassigned to another keyworker"}) for p in exclude),
    ]:
        if erasure.erase_from_replica(store, PersonRef(pid, ref, name), action, detail) is None:
            report.held.append(pid)
        else:
            done += 1
            (report.erased if action == "replica.erase" else report.excluded).append(pid)
    if done:
        compact(store)


def _import_one(store: CaseStore, path: Path, got: bundle.OpenedReplicaBundle, report: ImportReport) -> None:
    m = got.manifest
    with ReplicaStorage(store).writing() as repo:
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
        if sender.is_manager:  # users first: a record may name a new keyworker
            for r in got.records:
                if r["type"] == "replica_user":
                    repo.take_user({"id": r["id"], **r["data"]}, sender.name)
        erasures = [
            (str(r["id"]), r["data"].get("erased_by_device"))
            for r in got.records
            if r["type"] == "replica_erasure"
        ]
        new_erasures = repo.take_erasures(erasures)
        me = repo.me()
        if me.caseload_user_id is not None:
            held = {pid for pid, _ref, _name in repo.people_on_record()}
            for r in got.records:
                if r["type"] == "replica_exclude" and str(r["id"]) in held:
                    repo.mark_excluded(str(r["id"]), sender.id)
        rows = [_row_change(r) for r in got.records if r["type"] in ("replica_row", "replica_append")]
        stats = repo.apply(rows, sender.name, sender_caseload=sender.caseload_user_id)
        if stats.refused:
            repo.audit(
                "replica.refuse_rows",
                "replica_device",
                sender.id,
                detail=json.dumps(
                    {
                        "from": sender.name,
                        "sequence": m["sequence"],
                        "reason": "not on the caseload this device carries",
                        "rows": len(stats.refused),
                    }
                ),
            )
        if sender.is_manager:
            _apply_devices(repo, [r for r in got.records if r["type"] == "replica_device"])
        repo.bundle_taken(
            sender,
            int(m["sequence"]),
            # when records were skipped the sender keeps sending them until they apply here
            received_through=None if stats.skipped else int(m["changes_through"]),
            ack_through=int(m["ack_through"]),
        )
        repo.audit(
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
                    "refused": len(stats.refused),
                    "erasures": new_erasures,
                }
            ),
        )
    report.applied.append(path.name)
    report.stats.rows_changed += stats.rows_changed
    report.stats.fields_taken += stats.fields_taken
    report.stats.conflicts_opened += stats.conflicts_opened
    report.stats.conflicts_settled += stats.conflicts_settled
    report.stats.skipped += stats.skipped
    report.stats.refused += stats.refused
    report.stats.erased += stats.erased


def _apply_devices(repo: ReplicaOps, records: list[dict[str, Any]]) -> None:
    """The manager's device list: new devices become peers, revocations are taken. Only from the manager."""
    me = repo.me()
    for rec in records:
        data = rec["data"]
        revoked = _from_wire(str(data["revoked_at"])) if data.get("revoked_at") else None
        known = repo.device(str(rec["id"]))
        if known is None:
            if str(rec["id"]) == me.id:
                continue
            repo.add_device(
                str(data["name"]),
                cert_text(load_cert(str(data["cert_pem"]).encode("ascii"))),
                id=str(rec["id"]),
                is_manager=bool(data.get("is_manager")),
                caseload_user_id=data.get("caseload_user_id"),
                revoked_at=revoked,
                revoked_by="manager" if revoked else None,
            )
        elif revoked is not None and known.revoked_at is None:
            repo.set_revoked(known, revoked, "manager")
