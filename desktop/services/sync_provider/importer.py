"""Import a force's bundle: check it, preview it (a dry run), then apply it in one transaction.

    incoming = open_incoming(store, data)        # every check of docs/sync-format.md section 5; BundleError
    preview = preview_import(store, incoming)    # what would change, and the conflicts; writes nothing
    result = apply_import(store, incoming, now)  # all of it or none of it

Importing the same bundle twice changes nothing: the second copy is refused as a replay before any write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.clock import aware_utc
from desktop.services.sync import (
    DEFAULT_MAX_SIZE,
    BundleError,
    Direction,
    MalformedManifest,
    MalformedPayload,
    MalformedRecord,
    NotABundle,
    OpenedBundle,
    OversizedBundle,
    Record,
    ReplayedBundle,
    SequenceKind,
    SequenceVerdict,
    TamperedBundle,
    TruncatedBundle,
    UnknownFormatVersion,
    UnpinnedSigner,
    UnsupportedAlgorithm,
    WrongRecipient,
    check_sequence,
    fingerprint,
    open_bundle,
)
from desktop.storage.errors import RollbackDetected
from desktop.storage.store import CaseStore
from desktop.storage.sync_apply import BundleLog
from desktop.storage.sync_repo import RECEIVED, SYNC_ROLES, Partner, SyncRepository

from .apply import DEFAULT_KEYWORKER_SETTING, Applier, default_keyworker
from .identity import load_identity, partner_cert
from .plan import Change, Conflict, Plan, make_plan


@dataclass(frozen=True, slots=True)
class Incoming:
    partner: Partner
    opened: OpenedBundle
    verdict: SequenceVerdict

    @property
    def sequence(self) -> int:
        return self.opened.manifest.sequence

    @property
    def bundle_id(self) -> str:
        return self.opened.manifest.bundle_id


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass(frozen=True, slots=True)
class Preview:
    """A pure dry-run result: what applying the bundle would change, and what it would not settle."""

    partner: str
    sequence: int
    sequence_note: str  # a gap or a late bundle, in words; empty when in order
    changes: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    unchanged: int

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.conflicts

    def lines(self) -> list[str]:
        out = [
            f"Bundle #{self.sequence} from {self.partner}: {_count(len(self.changes), 'change')}, "
            f"{_count(len(self.conflicts), 'conflict')}, {self.unchanged} already held"
        ]
        if self.sequence_note:
            out.append(f"  note: {self.sequence_note}")
        out += [f"  + {c.text}" for c in self.changes]
        out += [
            f"  ! {'waiting' if c.pending else 'conflict'}: {c.record.type} {c.record.id}: {c.reason}"
            for c in self.conflicts
        ]
        return out


@dataclass(frozen=True, slots=True)
class ImportResult:
    preview: Preview
    person_ids: tuple[str, ...]  # people created or changed: the caseload reloads these


_KINDS: tuple[tuple[type[BundleError], str], ...] = (
    (NotABundle, "not a bundle"),
    (TruncatedBundle, "truncated bundle"),
    (OversizedBundle, "oversized bundle"),
    (WrongRecipient, "wrong recipient"),
    (TamperedBundle, "tampered bundle"),
    (UnpinnedSigner, "unpinned signer"),
    (UnsupportedAlgorithm, "unsupported algorithm"),
    (UnknownFormatVersion, "unknown format version"),
    (MalformedManifest, "malformed manifest"),
    (MalformedRecord, "malformed record"),
    (MalformedPayload, "malformed payload"),
    (ReplayedBundle, "replayed bundle"),
)


def refusal_text(exc: BundleError) -> str:
    """One line that starts with the kind of problem ("tampered bundle: ..."), whatever the message says."""
    message = " ".join(str(exc).split())
    kind = next((label for cls, label in _KINDS if isinstance(exc, cls)), "refused bundle")
    return message if message.lower().startswith(kind) else f"{kind}: {message}"


def _seen(store: CaseStore, partner_id: str) -> tuple[set[str], set[int]]:
    with SyncRepository(store).reading() as reads:
        rows = reads.received_bundles(partner_id)
    return {r[0] for r in rows}, {r[1] for r in rows}


def check_witnessed(store: CaseStore, records: list[Record], partner_name: str) -> None:
    """Each acknowledgement echoes the audit head of the bundle it acknowledges: this store must still hold
    that entry with that hash, else an older copy of the store (or of its log) is in use: RollbackDetected."""
    with SyncRepository(store).reading() as reads:
        for record in records:
            seen = record.data.get("witnessed_audit") if record.type == "ack" else None
            if seen:
                problem = reads.witnessed_problem(int(seen["seq"]), str(seen["sha256"]), partner_name)
                problem = problem or store.vault_problem(seen.get("vault_generation"), partner_name)
                if problem and not store.restored_since(
                    int(seen["seq"])
                ):  # an admin's restore is no rollback
                    raise RollbackDetected(
                        f"rollback detected: {problem}; nothing was imported. Find the newest "
                        "copy of the store (see docs/security.md) before going on"
                    )


def open_incoming(store: CaseStore, data: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Incoming:
    """Open and check one bundle from a pinned partner; raise a BundleError (nothing written) when refused."""
    store.require_role(*SYNC_ROLES)
    ident = load_identity(store)
    partners = SyncRepository(store).partners()
    opened = open_bundle(
        data,
        ident.key,
        ident.cert,
        [partner_cert(p) for p in partners],
        max_size,
        direction=Direction.FORCE_TO_PROVIDER,
    )
    partner = next(p for p in partners if p.cert_sha256 == fingerprint(opened.signer))
    ids, sequences = _seen(store, partner.id)
    m = opened.manifest
    verdict = check_sequence(
        m.bundle_id, m.sequence, last_seen=max(sequences, default=0), seen_ids=ids, seen_sequences=sequences
    )
    check_witnessed(store, opened.records, partner.name)
    if verdict.kind is SequenceKind.TOO_FAR:
        raise MalformedManifest(
            f"malformed manifest: {verdict.reason} from {partner.name}; nothing was changed"
        )
    if not verdict.accept:
        raise ReplayedBundle(f"{verdict.reason} from {partner.name}; nothing was changed")
    return Incoming(partner, opened, verdict)


def _preview(incoming: Incoming, plan: Plan) -> Preview:
    return Preview(
        incoming.partner.name,
        incoming.sequence,
        incoming.verdict.reason,
        tuple(plan.changes),
        tuple(plan.conflicts),
        plan.unchanged,
    )


def preview_import(store: CaseStore, incoming: Incoming) -> Preview:
    with SyncRepository(store).reading() as reads:
        return _preview(incoming, make_plan(reads, incoming.partner.id, incoming.opened.records))


def apply_import(store: CaseStore, incoming: Incoming, now: datetime, file_name: str = "") -> ImportResult:
    """Apply in one transaction; the sequence is checked again inside it, so a racing copy is still a replay."""
    m, when = incoming.opened.manifest, aware_utc(now)
    with SyncRepository(store).writing(bulk=True) as s:
        if s.received_bundle_known(incoming.partner.id, m.bundle_id, m.sequence):
            raise ReplayedBundle(
                f"replayed bundle: #{m.sequence} from {incoming.partner.name} was received "
                "before; nothing was changed"
            )
        plan = make_plan(s, incoming.partner.id, incoming.opened.records)
        keyworker = default_keyworker(s, store.setting(DEFAULT_KEYWORKER_SETTING, ""))
        applier = Applier(s, incoming.partner.id, m.bundle_id, m.sequence, keyworker, when)
        applier.run(plan)
        conflicts = [{"record_id": c.record.id, "reason": c.for_force} for c in plan.conflicts]
        s.log_bundle(
            BundleLog(
                incoming.partner.id,
                RECEIVED,
                m.bundle_id,
                m.sequence,
                incoming.opened.sha256,
                m.previous_bundle_sha256,
                dict(m.record_counts),
                len(incoming.opened.records),
                when,
                file_name,
                result="applied_with_conflicts" if conflicts else "applied",
                conflicts=conflicts,
                needs_ack=any(r.type != "ack" for r in incoming.opened.records),
            )
        )
        s.partner_received(incoming.partner.id, m.sequence, when)
        people = sorted({c.person_id for c in plan.changes if c.person_id} | set(applier.links.values()))
        note = f"; {incoming.verdict.reason}" if incoming.verdict.reason else ""
        rows = [
            *applier.audit,
            (
                "sync.import",
                "sync_bundle",
                m.bundle_id,
                "",
                f"bundle #{m.sequence} from {incoming.partner.name}: {len(plan.changes)} "
                f"change(s), {len(plan.conflicts)} conflict(s), {plan.unchanged} held{note}",
            ),
        ]
        s.audit(store.user.username, rows)
    for record in incoming.opened.records:  # the force's witness, kept outside the database for `check`
        seen_head = record.data.get("witnessed_audit") if record.type == "ack" else None
        if seen_head:
            store.record_witness(
                int(seen_head["seq"]),
                str(seen_head["sha256"]),
                incoming.partner.name,
                seen_head.get("vault_generation"),
            )
    return ImportResult(_preview(incoming, plan), tuple(people))
