"""`receive`: check a provider's bundle, apply it in one transaction, and stage the acknowledgement.

Ownership settles what a bundle may change: the provider owns its records (the highest row version wins, an
older or equal version changes nothing); the force owns referral facts, so a provider record that names a
referral of another provider, or another force reference for it, is stored as the provider sent it but
listed as a conflict, shown by `status` and reported back in the acknowledgement. A return's PDF is kept
sealed (AES-GCM) under returns/ and waits in the provider's read queue until someone reads it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import ARRAY, ColumnElement, String, Table, any_, bindparam, func, insert, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.ids import new_id
from desktop.services.sync import (
    DEFAULT_MAX_SIZE,
    Direction,
    Identity,
    MalformedManifest,
    OpenedBundle,
    Record,
    ReplayedBundle,
    SequenceVerdict,
    check_sequence,
    fingerprint,
    open_bundle,
)
from desktop.services.sync.manifest import utc_text

from .home import StagedFile, slug
from .legacy import SEALED_SUFFIX
from .models import (
    ConflictRecord,
    PartnerRecord,
    ProviderRecord,
    ReceivedBundleRecord,
    ReferralRecord,
    SentBundleRecord,
)
from .outgoing import lock_partner, stage_bundle
from .session import ForceContext
from .store import partner_cert

MAX_SEQUENCE_JUMP = 10_000  # a provider sends a bundle a day or so; a bigger jump is a mistake or an attack
_CHUNK = 5000  # ids per IN (...): below SQLite's 32,766 and PostgreSQL's 65,535 parameters


@dataclass
class Received:
    partner: str
    sequence: int
    verdict: SequenceVerdict
    applied: int = 0
    unchanged: int = 0
    returns: int = 0
    acks: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    ack_file: Path | None = None


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _among(
    session: Session, column: InstrumentedAttribute[str], ids: list[str]
) -> Iterable[ColumnElement[bool]]:
    """`column IN ids` as one bound parameter where the database allows it (binding thousands of parameters
    costs more than the lookup): a JSON array read by json_each on SQLite, an array with ANY on PostgreSQL."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        values = func.json_each(json.dumps(ids)).table_valued("value")
        yield column.in_(select(values.c.value))
    elif dialect == "postgresql":
        yield column == any_(sql_cast(bindparam("ids", ids, type_=ARRAY(String())), ARRAY(String())))
    else:
        yield from (column.in_(chunk) for chunk in _chunks(ids))


def _referral_conflict(record: Record, partner_id: int, referrals: dict[str, ReferralRecord]) -> str | None:
    ours = referrals.get(str(record.data.get("referral_id")))
    if ours is None:
        return None  # not one of ours (yet): stored, shown as unmatched
    if ours.partner_id != partner_id:
        return "names a referral the force made to another provider"
    if ours.force_reference != record.data.get("force_reference"):
        return "gives another force reference than the force's referral (the force's stands)"
    return None


class _Apply:
    """The writes for one bundle, inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        ctx: ForceContext,
        partner: PartnerRecord,
        opened: OpenedBundle,
        result: Received,
        now: datetime,
    ) -> None:
        self.session, self.ctx, self.partner, self.opened, self.result = session, ctx, partner, opened, result
        self.now = utc_text(now)
        self.staged: list[StagedFile] = []
        self.forget_files: list[Path] = []  # sealed returns of erased people: deleted after the commit

    def run(self) -> None:
        records = self.opened.records
        ids = [r.id for r in records if r.type != "ack"]
        existing: dict[str, tuple[int, str]] = {}  # id -> (version, type)
        for among in _among(self.session, ProviderRecord.id, ids):
            existing.update(
                (i, (v, t))
                for i, v, t in self.session.execute(
                    select(ProviderRecord.id, ProviderRecord.version, ProviderRecord.type).where(
                        ProviderRecord.partner_id == self.partner.id, among
                    )
                )
            )
        ref_ids = sorted({str(r.data["referral_id"]) for r in records if "referral_id" in r.data})
        referrals: dict[str, ReferralRecord] = {}
        for among in _among(self.session, ReferralRecord.id, ref_ids):
            referrals.update(
                (row.id, row) for row in self.session.scalars(select(ReferralRecord).where(among))
            )
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        for record in records:
            if record.type == "ack":
                self._ack(record)
                continue
            if record.type == "erasure":
                self._erasure(record)
                continue
            current = existing.get(record.id)
            if current is not None and current[1] != record.type:
                self._conflict(record.id, f"reuses the ID of a {current[1]} record")
                continue
            if current is not None and current[0] >= record.version:
                self.result.unchanged += 1
                continue
            existing[record.id] = (record.version, record.type)  # a later line in this bundle must beat it
            problem = _referral_conflict(record, self.partner.id, referrals)
            if problem:
                self._conflict(record.id, problem)
            (new_rows if current is None else changed_rows).append(self._values(record))
            self.result.applied += 1
        table = cast(Table, ProviderRecord.__table__)
        if new_rows:
            self.session.execute(insert(table), new_rows)
        for values in changed_rows:
            self.session.execute(
                update(table)
                .where(table.c.partner_id == values["partner_id"], table.c.id == values["id"])
                .values(values)
            )

    def _values(self, record: Record) -> dict[str, Any]:
        file_name = None
        if record.type == "return":
            file_name = self._store_return(str(record.data["attachment"]))
            self.result.returns += 1
        return {
            "partner_id": self.partner.id,
            "id": record.id,
            "type": record.type,
            "version": record.version,
            "referral_id": record.data.get("referral_id"),
            "force_reference": record.data.get("force_reference"),
            "data": record.data,
            "bundle_id": self.opened.manifest.bundle_id,
            "file_name": file_name,
            "received_at": self.now,
            "read_at": None,
            "read_by": None,
        }  # a newer return is unread again

    def _store_return(self, attachment: str) -> str:
        entry = next(a for a in self.opened.manifest.attachments if a.name == attachment)
        suffix = ".pdf" if entry.media_type == "application/pdf" else ".bin"
        name = f"{slug(self.partner.name)}/{entry.sha256}{suffix}"  # content-addressed: rewriting is harmless
        path = self.ctx.home.returns_dir / (name + SEALED_SUFFIX)
        if not path.exists() and all(s.path != path for s in self.staged):
            sealed = self.ctx.keys.seal_file(self.opened.attachments[attachment], name)
            self.staged.append(StagedFile(path, sealed))
        return name

    def _ack(self, record: Record) -> None:
        sent = self.session.scalar(
            select(SentBundleRecord).where(
                SentBundleRecord.bundle_id == record.data["bundle_id"],
                SentBundleRecord.partner_id == self.partner.id,
            )
        )
        if sent is None or sent.sha256 != record.data["bundle_sha256"]:
            self._conflict(record.id, "acknowledges a bundle the force did not send to this provider")
            return
        if sent.acked_at is None:
            sent.acked_at = str(record.data["received_at"])
        self.result.acks += 1

    def _erasure(self, record: Record) -> None:
        """The provider erased the person this referral created: delete what it sent about them (its records,
        their sealed PDFs). The force's own referral stays (checkpoint-force erase removes it)."""
        from desktop.force.erase import forget_provider_records

        removed, files = forget_provider_records(
            self.session, self.ctx, self.partner.id, str(record.data["referral_id"])
        )
        self.forget_files += files
        self.ctx.audit(
            self.session,
            "provider.erasure",
            "referral",
            str(record.data["referral_id"]),
            f"erased by {self.partner.name} on {record.data['erased_on']}; {removed} records removed",
        )
        self.result.applied += 1

    def _conflict(self, record_id: str, reason: str) -> None:
        self.result.conflicts.append((record_id, reason))
        self.session.add(
            ConflictRecord(
                partner_id=self.partner.id,
                bundle_id=self.opened.manifest.bundle_id,
                record_id=record_id,
                reason=reason,
            )
        )


def _check_chain(session: Session, partner_id: int, opened: OpenedBundle, result: Received) -> None:
    m = opened.manifest
    before = session.scalar(
        select(ReceivedBundleRecord).where(
            ReceivedBundleRecord.partner_id == partner_id, ReceivedBundleRecord.sequence == m.sequence - 1
        )
    )
    after = session.scalar(
        select(ReceivedBundleRecord).where(
            ReceivedBundleRecord.partner_id == partner_id, ReceivedBundleRecord.sequence == m.sequence + 1
        )
    )
    if (before is not None and before.sha256 != m.previous_bundle_sha256) or (
        after is not None and after.previous_sha256 != opened.sha256
    ):
        result.conflicts.append((m.bundle_id, "the chain of bundle hashes is broken next to this bundle"))


def _ack_record(opened: OpenedBundle, result: Received, now: datetime) -> Record:
    """The acknowledgement of one applied bundle (docs/sync-format.md, `ack`)."""
    m = opened.manifest
    return Record(
        "ack",
        new_id(),
        1,
        {
            "bundle_id": m.bundle_id,
            "sequence": m.sequence,
            "bundle_sha256": opened.sha256,
            "received_at": utc_text(now),
            "result": "applied_with_conflicts" if result.conflicts else "applied",
            "conflicts": [{"record_id": rid, "reason": why} for rid, why in result.conflicts],
        }
        | (
            {"witnessed_audit": m.audit_head_json()}  # echoed: the provider detects a rollback with it
            if m.audit_head is not None
            else {}
        ),
    )


def receive_bundle(
    ctx: ForceContext, data: bytes, now: datetime, max_size: int = DEFAULT_MAX_SIZE
) -> Received:
    """Verify, open and apply one bundle; raise a BundleError (store unchanged) when it is refused."""
    ctx.require("receive")
    store, home = ctx.store, ctx.home
    ident: Identity = ctx.identity
    partners = store.partners()
    opened = open_bundle(
        data,
        ident.key,
        ident.cert,
        [partner_cert(p) for p in partners],
        max_size,
        direction=Direction.PROVIDER_TO_FORCE,
    )
    partner_id = next(p.id for p in partners if p.cert_sha256 == fingerprint(opened.signer))
    m = opened.manifest
    staged: list[StagedFile] = []
    forget: list[Path] = []
    try:
        with store.transaction() as session:
            partner = lock_partner(session, partner_id)
            earlier = session.scalar(
                select(ReceivedBundleRecord).where(ReceivedBundleRecord.bundle_id == m.bundle_id)
            )
            rows = (
                session.execute(
                    select(ReceivedBundleRecord.sequence).where(ReceivedBundleRecord.partner_id == partner_id)
                )
                .scalars()
                .all()
            )
            if m.sequence > max(rows, default=0) + MAX_SEQUENCE_JUMP:
                raise MalformedManifest(
                    f"malformed manifest: sequence {m.sequence} jumps more than "
                    f"{MAX_SEQUENCE_JUMP} past the last bundle received ({max(rows, default=0)})"
                )
            verdict = check_sequence(
                m.bundle_id,
                m.sequence,
                last_seen=max(rows, default=0),
                seen_ids={earlier.bundle_id} if earlier else set(),
                seen_sequences=set(rows),
            )
            if not verdict.accept:
                when = f" (received {earlier.received_at})" if earlier else ""
                raise ReplayedBundle(verdict.reason + when + "; nothing was changed")
            result = Received(partner.name, m.sequence, verdict)
            _check_chain(session, partner_id, opened, result)
            writer = _Apply(session, ctx, partner, opened, result, now)
            staged = writer.staged
            writer.run()
            forget = writer.forget_files
            ack_id = None
            if any(r.type != "ack" for r in opened.records):  # acknowledgements are not acknowledged
                ack = _ack_record(opened, result, now)
                out = stage_bundle(
                    session, partner, ident, home.name, [ack], "ack", now, home.outbox, ctx.keys
                )
                staged.append(out.file)
                ack_id = out.bundle_id
                result.ack_file = out.file.path
            session.add(
                ReceivedBundleRecord(
                    bundle_id=m.bundle_id,
                    partner_id=partner_id,
                    sequence=m.sequence,
                    sha256=opened.sha256,
                    previous_sha256=m.previous_bundle_sha256,
                    created_at=m.created_at,
                    received_at=utc_text(now),
                    record_count=len(opened.records),
                    ack_bundle_id=ack_id,
                )
            )
            ctx.audit(
                session,
                "bundle.receive",
                "bundle",
                m.bundle_id,
                f"partner {partner_id}, sequence {m.sequence}: {result.applied} applied, {result.unchanged} "
                f"held, {result.returns} return(s), {len(result.conflicts)} conflict(s)",
            )
    except BaseException:
        for file in staged:
            file.discard()
        raise
    for file in staged:
        file.commit()
    for path in forget:
        path.unlink(missing_ok=True)
    return result
