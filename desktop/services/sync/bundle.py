"""Build and open a `.cpbundle`: EnvelopedData( SignedData( ZIP payload ) ).

The payload is a ZIP archive (any `unzip` opens it) holding `manifest.json`, `records.jsonl` and
`attachments/<name>`, nothing else. `open_bundle` runs every check before returning anything, in this order:
size, CMS structure, recipient, decryption, signer pinned, signature, payload, manifest, records, attachments.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.domain.ids import new_id

from . import cms
from .errors import MalformedManifest, MalformedPayload, MalformedRecord, OversizedBundle, WrongRecipient
from .manifest import (
    AttachmentEntry,
    AuditHead,
    Manifest,
    Party,
    is_attachment_name,
    parse_manifest,
    utc_text,
)
from .records import Direction, Record, dump_records, parse_records

MANIFEST_NAME = "manifest.json"
RECORDS_NAME = "records.jsonl"
ATTACHMENTS_DIR = "attachments/"
DEFAULT_MAX_SIZE = 256 * 1024 * 1024
EXPANSION_LIMIT = 16  # the unpacked payload may be at most this many times max_size...
EXPANSION_RATIO = 32  # ...and at most this many times its own packed size (records deflate about 5-10 times)
MIN_EXPANDED = 32 * 1024 * 1024  # below this, a small bundle may unpack to anything up to this
_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    data: bytes
    media_type: str = "application/pdf"


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """The manifest fields the caller chooses; counts, hashes and fingerprints are computed."""

    direction: Direction
    sender_name: str
    recipient_name: str
    sequence: int
    previous_bundle_sha256: str | None
    created_at: datetime
    bundle_id: str = field(default_factory=new_id)
    audit_head: AuditHead | None = None


@dataclass(frozen=True, slots=True)
class OpenedBundle:
    manifest: Manifest
    records: list[Record]
    attachments: dict[str, bytes]
    signer: x509.Certificate
    sha256: str  # of the whole .cpbundle file: what an ack and the sender's next bundle refer to


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    d = datetime.fromisoformat(created_at[:-1])
    return (max(d.year, 1980), d.month, d.day, d.hour, d.minute, d.second)


def pack_payload(manifest: Manifest, records_blob: bytes, attachments: Sequence[Attachment]) -> bytes:
    out = io.BytesIO()
    stamp = _zip_time(manifest.created_at)
    with zipfile.ZipFile(out, "w") as archive:
        for name, blob, method in (
            (MANIFEST_NAME, manifest.dumps(), zipfile.ZIP_DEFLATED),
            (RECORDS_NAME, records_blob, zipfile.ZIP_DEFLATED),
            *((ATTACHMENTS_DIR + a.name, a.data, zipfile.ZIP_STORED) for a in attachments),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob)
    return out.getvalue()


def build_bundle(
    header: BundleHeader,
    records: Iterable[Record],
    attachments: Sequence[Attachment],
    sender_key: rsa.RSAPrivateKey,
    sender_cert: x509.Certificate,
    recipient_cert: x509.Certificate,
) -> bytes:
    """Validate the records for the direction, write the manifest, sign, encrypt; returns the file's bytes."""
    records = list(records)
    blob = dump_records(records)
    parse_records(blob, header.direction)  # the receiver's own checks, so a bad bundle never leaves
    names = [a.name for a in attachments]
    if len(set(names)) != len(names) or not all(is_attachment_name(n) for n in names):
        raise ValueError("attachment names must be unique safe relative paths")
    manifest = Manifest(
        bundle_id=header.bundle_id,
        direction=header.direction,
        sender=Party(header.sender_name, cms.fingerprint(sender_cert)),
        recipient=Party(header.recipient_name, cms.fingerprint(recipient_cert)),
        sequence=header.sequence,
        previous_bundle_sha256=header.previous_bundle_sha256,
        created_at=utc_text(header.created_at),
        record_counts=dict(Counter(r.type for r in records)),
        records_sha256=sha256_hex(blob),
        attachments=tuple(
            AttachmentEntry(a.name, sha256_hex(a.data), len(a.data), a.media_type) for a in attachments
        ),
        audit_head=header.audit_head,
    )
    parse_manifest(manifest.dumps())  # refuses a header the receiver would refuse (e.g. sequence 0)
    payload = pack_payload(manifest, blob, attachments)
    return cms.envelope(cms.sign(payload, sender_key, sender_cert), recipient_cert)


def expansion_limit(packed: int, max_size: int) -> int:
    """How many bytes a payload of `packed` bytes may unpack to: a bound on memory, whatever the ZIP claims."""
    return min(max_size * EXPANSION_LIMIT, max(MIN_EXPANDED, packed * EXPANSION_RATIO))


def read_bundle_file(path: Path, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """A bundle file's bytes, read in chunks and never more than max_size of them (a file that grows while it
    is read, or a FIFO, is cut off and refused). OSError for a file that cannot be read."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_size:
            raise OversizedBundle(f"oversized bundle: {size} bytes, the limit is {max_size}")
        chunks: list[bytes] = []
        total = 0
        while chunk := fh.read(min(_READ_CHUNK, max_size + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_size:
                raise OversizedBundle(f"oversized bundle: more than {max_size} bytes, the limit")
    return b"".join(chunks)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> bytes:
    """One entry, decompressed in chunks against what is left of the expansion budget (budget[0])."""
    try:
        out: list[bytes] = []
        with archive.open(info) as fh:
            while chunk := fh.read(min(_READ_CHUNK, budget[0] + 1)):
                out.append(chunk)
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise OversizedBundle(
                        "oversized bundle: the payload unpacks to more than this receiver "
                        "accepts for a bundle of its size"
                    )
        return b"".join(out)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
        zlib.error,
    ) as exc:
        raise MalformedPayload(f"payload: {info.filename} cannot be read ({type(exc).__name__})") from None


def unpack_payload(payload: bytes, max_expanded: int) -> tuple[Manifest, bytes, dict[str, bytes]]:
    """The ZIP payload's manifest, records blob and attachments, after structural checks only."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError, ValueError):
        raise MalformedPayload("payload: the signed content is not a ZIP archive") from None
    with archive:
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise MalformedPayload("payload: the archive has two entries with the same name")
        if sum(i.file_size for i in infos) > max_expanded:
            raise OversizedBundle(f"oversized bundle: the payload unpacks to more than {max_expanded} bytes")
        budget = [max_expanded]  # what the entries really unpack to, whatever their headers claim
        by_name = {i.filename: i for i in infos}
        if MANIFEST_NAME not in by_name:
            raise MalformedManifest("manifest: the payload has no manifest.json")
        if RECORDS_NAME not in by_name:
            raise MalformedPayload("payload: the payload has no records.jsonl")
        stray = [
            n
            for n in names
            if n not in (MANIFEST_NAME, RECORDS_NAME)
            and not (n.startswith(ATTACHMENTS_DIR) and is_attachment_name(n[len(ATTACHMENTS_DIR) :]))
        ]
        if stray:
            raise MalformedPayload(
                f"payload: {len(stray)} unexpected entr{'y' if len(stray) == 1 else 'ies'}"
            )
        manifest = parse_manifest(_read_member(archive, by_name[MANIFEST_NAME], budget))
        blob = _read_member(archive, by_name[RECORDS_NAME], budget)
        files = {
            n[len(ATTACHMENTS_DIR) :]: _read_member(archive, by_name[n], budget)
            for n in names
            if n.startswith(ATTACHMENTS_DIR)
        }
    return manifest, blob, files


def check_contents(manifest: Manifest, blob: bytes, files: Mapping[str, bytes]) -> list[Record]:
    """Records and attachments against the manifest's hashes and counts; the records parsed."""
    if sha256_hex(blob) != manifest.records_sha256:
        raise MalformedRecord("records.jsonl does not match records_sha256 in the manifest")
    records = parse_records(blob, manifest.direction)
    counts = Counter(r.type for r in records)
    if {k: v for k, v in counts.items() if v} != {k: v for k, v in manifest.record_counts.items() if v}:
        raise MalformedManifest("manifest: record_counts do not match records.jsonl")
    listed = {a.name: a for a in manifest.attachments}
    if set(files) != set(listed):
        raise MalformedManifest("manifest: the attachment list does not match the attachments/ folder")
    for name, entry in listed.items():
        if len(files[name]) != entry.size or sha256_hex(files[name]) != entry.sha256:
            raise MalformedPayload(f"payload: attachment {name} does not match its size or SHA-256")
    for record in records:
        wanted = record.data.get("attachment")
        if record.type == "return" and (
            wanted not in listed or listed[str(wanted)].sha256 != record.data.get("attachment_sha256")
        ):
            raise MalformedRecord(f"return record {record.id}: its attachment is missing or has another hash")
    return records


def open_bundle(
    data: bytes,
    my_key: rsa.RSAPrivateKey,
    my_cert: x509.Certificate,
    pinned_sender_certs: Sequence[x509.Certificate],
    max_size: int = DEFAULT_MAX_SIZE,
    *,
    direction: Direction | None = None,
) -> OpenedBundle:
    """Check and open a bundle addressed to `my_cert`; raise a BundleError subclass for any refusal.

    `direction`, when given, is the only direction this receiver accepts (a force passes PROVIDER_TO_FORCE).
    """
    if len(data) > max_size:
        raise OversizedBundle(f"oversized bundle: {len(data)} bytes, the limit is {max_size}")
    enveloped = cms.load_envelope(data)
    cms.check_recipient(enveloped, my_cert)
    verified = cms.verify(cms.decrypt(data, my_key, my_cert), list(pinned_sender_certs))
    manifest, blob, files = unpack_payload(verified.content, expansion_limit(len(data), max_size))
    if manifest.recipient.cert_sha256 != cms.fingerprint(my_cert):
        raise WrongRecipient(
            "wrong recipient: the manifest addresses the bundle to another certificate "
            f"({manifest.recipient.cert_sha256[:16]}…, named {manifest.recipient.name!r})"
        )
    if manifest.sender.cert_sha256 != cms.fingerprint(verified.signer):
        raise MalformedManifest(
            "manifest: the sender named in the manifest is not the certificate that signed"
        )
    if direction is not None and manifest.direction is not direction:
        raise MalformedManifest(
            f"manifest: a {manifest.direction.value} bundle, this receiver takes {direction.value} only"
        )
    records = check_contents(manifest, blob, files)
    return OpenedBundle(
        manifest=manifest,
        records=records,
        attachments=dict(files),
        signer=verified.signer,
        sha256=sha256_hex(data),
    )
