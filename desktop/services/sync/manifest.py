"""manifest.json: who sent a bundle to whom, where it sits in the sender's sequence, and what it holds."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .errors import MalformedManifest, UnknownFormatVersion
from .records import (
    RECORD_TYPES,
    Direction,
    check_strings,
    is_count,
    is_datetime,
    is_sha256,
    is_uuid,
    normal_datetime,
    strict_loads,
)

FORMAT_NAME = "checkpoint-bundle"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({FORMAT_VERSION})
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
_ATTACHMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,3}\Z")


def is_attachment_name(name: object) -> bool:
    """Relative, at most 4 segments of [A-Za-z0-9._-] each starting with a letter or digit: no '..', no '/x'."""
    return isinstance(name, str) and bool(_ATTACHMENT_NAME.match(name)) and ".." not in name


def utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, to the second: 2026-11-26T05:30:00Z."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no time zone")
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    cert_sha256: str  # SHA-256 of the party's certificate (DER), lower-case hex


@dataclass(frozen=True, slots=True)
class AttachmentEntry:
    name: str  # path under attachments/ in the payload
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The sender's audit chain head when it made the bundle: the entry's number and its hash. The receiver
    echoes it in its acknowledgement, so the sender can tell later whether its log went backwards."""

    seq: int
    sha256: str
    vault_generation: int | None = None  # the sender's key vault generation (it only moves forward)


@dataclass(frozen=True, slots=True)
class Manifest:
    bundle_id: str
    direction: Direction
    sender: Party
    recipient: Party
    sequence: int
    previous_bundle_sha256: str | None
    created_at: str
    record_counts: dict[str, int]
    records_sha256: str
    attachments: tuple[AttachmentEntry, ...]
    format_version: int = FORMAT_VERSION
    audit_head: AuditHead | None = None  # optional: bundles without it are as before

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "bundle_id": self.bundle_id,
            "direction": self.direction.value,
            "sender": {"name": self.sender.name, "cert_sha256": self.sender.cert_sha256},
            "recipient": {"name": self.recipient.name, "cert_sha256": self.recipient.cert_sha256},
            "sequence": self.sequence,
            "previous_bundle_sha256": self.previous_bundle_sha256,
            "created_at": self.created_at,
            "record_counts": dict(sorted(self.record_counts.items())),
            "records_sha256": self.records_sha256,
            "attachments": [
                {"name": a.name, "sha256": a.sha256, "size": a.size, "media_type": a.media_type}
                for a in self.attachments
            ],
        } | ({"audit_head": self.audit_head_json()} if self.audit_head is not None else {})

    def audit_head_json(self) -> dict[str, Any]:
        head = self.audit_head
        assert head is not None
        return {"seq": head.seq, "sha256": head.sha256} | (
            {"vault_generation": head.vault_generation} if head.vault_generation is not None else {}
        )

    def dumps(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _party(obj: object, role: str) -> Party:
    if not isinstance(obj, dict):
        raise MalformedManifest(f"manifest: {role} must be an object")
    name, cert = obj.get("name"), obj.get("cert_sha256")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise MalformedManifest(f"manifest: {role}.name must be non-empty text")
    if not is_sha256(cert):
        raise MalformedManifest(f"manifest: {role}.cert_sha256 must be 64 lower-case hex digits")
    return Party(name=name, cert_sha256=str(cert))


def _attachment(obj: object, index: int) -> AttachmentEntry:
    where = f"manifest: attachments[{index}]"
    if not isinstance(obj, dict):
        raise MalformedManifest(f"{where} must be an object")
    name, sha, size, media = obj.get("name"), obj.get("sha256"), obj.get("size"), obj.get("media_type")
    if not is_attachment_name(name):
        raise MalformedManifest(f"{where}.name must be a safe relative path")
    if not is_sha256(sha):
        raise MalformedManifest(f"{where}.sha256 must be 64 lower-case hex digits")
    if not isinstance(size, int) or not is_count(size):
        raise MalformedManifest(f"{where}.size must be an integer >= 0")
    if not isinstance(media, str) or not media or len(media) > 100:
        raise MalformedManifest(f"{where}.media_type must be non-empty text")
    return AttachmentEntry(name=str(name), sha256=str(sha), size=size, media_type=media)


def _format_version(obj: dict[str, Any]) -> int:
    if obj.get("format") != FORMAT_NAME:
        raise MalformedManifest(f"manifest: format must be {FORMAT_NAME!r}")
    version = obj.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise MalformedManifest("manifest: format_version must be an integer")
    if version not in SUPPORTED_VERSIONS:
        newest = max(SUPPORTED_VERSIONS)
        hint = "update Checkpoint to read it" if version > newest else "it is not a version ever issued"
        raise UnknownFormatVersion(
            f"unknown format version {version}: this program reads version "
            f"{', '.join(map(str, sorted(SUPPORTED_VERSIONS)))}; {hint}"
        )
    return version


def parse_manifest(raw: bytes) -> Manifest:
    """Decode and check manifest.json; raise MalformedManifest or UnknownFormatVersion naming the field."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise MalformedManifest("manifest: manifest.json is too large")
    try:
        obj = strict_loads(raw.decode("utf-8"))
        check_strings(obj)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedManifest("manifest: manifest.json is not UTF-8 JSON") from None
    if not isinstance(obj, dict):
        raise MalformedManifest("manifest: manifest.json must hold a JSON object")
    version = _format_version(obj)
    if not is_uuid(obj.get("bundle_id")):
        raise MalformedManifest("manifest: bundle_id must be a lower-case UUID")
    try:
        direction = Direction(str(obj.get("direction")))
    except ValueError:
        raise MalformedManifest(
            "manifest: direction must be provider_to_force or force_to_provider"
        ) from None
    sequence = obj.get("sequence")
    if not isinstance(sequence, int) or not is_count(sequence) or sequence < 1:
        raise MalformedManifest("manifest: sequence must be an integer >= 1")
    previous = obj.get("previous_bundle_sha256")
    if previous is not None and not is_sha256(previous):
        raise MalformedManifest("manifest: previous_bundle_sha256 must be null or 64 lower-case hex digits")
    if (previous is None) != (sequence == 1):
        raise MalformedManifest("manifest: previous_bundle_sha256 must be null exactly when sequence is 1")
    if not is_datetime(obj.get("created_at")):
        raise MalformedManifest(
            "manifest: created_at must be an ISO 8601 UTC time, YYYY-MM-DDTHH:MM:SS[.fraction]Z"
        )
    counts = obj.get("record_counts")
    if not isinstance(counts, dict) or not all(k in RECORD_TYPES and is_count(v) for k, v in counts.items()):
        raise MalformedManifest("manifest: record_counts must map known record types to integers >= 0")
    if not is_sha256(obj.get("records_sha256")):
        raise MalformedManifest("manifest: records_sha256 must be 64 lower-case hex digits")
    attachments = obj.get("attachments")
    if not isinstance(attachments, list) or len(attachments) > 100_000:
        raise MalformedManifest("manifest: attachments must be a list")
    entries = tuple(_attachment(a, i) for i, a in enumerate(attachments))
    if len({a.name for a in entries}) != len(entries):
        raise MalformedManifest("manifest: two attachments have the same name")
    head = obj.get("audit_head")
    audit_head = None
    if head is not None:
        if not isinstance(head, dict) or not is_count(head.get("seq")) or not is_sha256(head.get("sha256")):
            raise MalformedManifest("manifest: audit_head must be {seq: integer >= 0, sha256: 64 hex digits}")
        generation = head.get("vault_generation")
        if generation is not None and not is_count(generation):
            raise MalformedManifest("manifest: audit_head.vault_generation must be an integer >= 0")
        audit_head = AuditHead(int(head["seq"]), str(head["sha256"]), generation)
    return Manifest(
        audit_head=audit_head,
        format_version=version,
        bundle_id=str(obj["bundle_id"]),
        direction=direction,
        sender=_party(obj.get("sender"), "sender"),
        recipient=_party(obj.get("recipient"), "recipient"),
        sequence=sequence,
        previous_bundle_sha256=None if previous is None else str(previous),
        created_at=normal_datetime(str(obj["created_at"])),
        record_counts={str(k): int(v) for k, v in counts.items()},
        records_sha256=str(obj["records_sha256"]),
        attachments=entries,
    )
