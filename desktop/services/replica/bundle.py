"""Replica bundles (`*.cprbundle`): the force bundles' two CMS layers (desktop.services.sync.cms) around a ZIP
holding manifest.json and records.jsonl, with the replica record kinds (docs/sync-format.md, section 9).

Everything is checked before anything is returned: structure, recipient, decryption, signer among the pinned
device certificates, signature, ZIP, manifest, the records' hash and counts.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.services.sync import cms
from desktop.services.sync.bundle import sha256_hex
from desktop.services.sync.errors import BundleError, MalformedManifest, MalformedPayload, MalformedRecord
from desktop.services.sync.records import is_sha256, is_uuid, strict_loads

FORMAT_NAME = "checkpoint-replica-bundle"
FORMAT_VERSION = 1
SUFFIX = ".cprbundle"
RECORD_KINDS = (
    "replica_row",
    "replica_append",
    "replica_device",
    "replica_erasure",
    "replica_exclude",
    "replica_user",
)
MANIFEST_NAME = "manifest.json"
RECORDS_NAME = "records.jsonl"
MAX_EXPANDED = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OpenedReplicaBundle:
    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    signer: x509.Certificate
    sha256: str


def dump_records(records: list[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"
        for r in records
    )


def build(
    manifest: dict[str, Any],
    records: list[dict[str, Any]],
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    recipient: x509.Certificate,
) -> bytes:
    """Sign with the device key, encrypt to the peer's certificate; returns the file's bytes."""
    blob = dump_records(records)
    full = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        **manifest,
        "record_counts": dict(sorted(Counter(str(r["type"]) for r in records).items())),
        "records_sha256": sha256_hex(blob),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in (
            (MANIFEST_NAME, json.dumps(full, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"),
            (RECORDS_NAME, blob),
        ):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return cms.envelope(cms.sign(out.getvalue(), key, cert), recipient)


def recipient_matches(data: bytes, my_cert: x509.Certificate) -> bool:
    """Whether a file is a bundle encrypted to this device (others in a shared folder are left alone)."""
    try:
        cms.check_recipient(cms.load_envelope(data), my_cert)
    except BundleError:
        return False
    return True


def _read(archive: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    try:
        with archive.open(name) as fh:
            data = fh.read(budget[0] + 1)
    except KeyError:
        raise MalformedPayload(f"payload: the payload has no {name}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        raise MalformedPayload(f"payload: {name} cannot be read") from None
    budget[0] -= len(data)
    if budget[0] < 0:
        raise MalformedPayload("payload: the records unpack to more than a replica bundle may hold")
    return data


def _check_manifest(obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
        raise MalformedManifest(f"manifest: format must be {FORMAT_NAME!r}")
    if obj.get("format_version") != FORMAT_VERSION:
        raise MalformedManifest(
            f"manifest: format_version {obj.get('format_version')!r}; this program reads {FORMAT_VERSION}"
        )
    for role in ("sender", "recipient"):
        party = obj.get(role)
        if (
            not isinstance(party, dict)
            or not is_uuid(party.get("device_id"))
            or not is_sha256(party.get("cert_sha256"))
        ):
            raise MalformedManifest(f"manifest: {role} must name a device id and a certificate SHA-256")
    for name in ("sequence", "changes_through", "ack_through"):
        value = obj.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < (1 if name == "sequence" else 0):
            raise MalformedManifest(f"manifest: {name} must be a whole number")
    if not is_uuid(obj.get("bundle_id")):
        raise MalformedManifest("manifest: bundle_id must be a lower-case UUID")
    return obj


def _check_record(obj: Any, line: int) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.get("type") not in RECORD_KINDS:
        raise MalformedRecord(f"records.jsonl line {line}: unknown record type")
    if not is_uuid(obj.get("id")) or not isinstance(obj.get("data"), dict):
        raise MalformedRecord(f"records.jsonl line {line}: id must be a UUID and data an object")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedRecord(f"records.jsonl line {line}: version must be an integer >= 1")
    return obj


def open_bundle(
    data: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate, pinned: list[x509.Certificate]
) -> OpenedReplicaBundle:
    """Check and open a replica bundle; raises a BundleError subclass (one line) for any refusal."""
    cms.check_recipient(cms.load_envelope(data), cert)
    verified = cms.verify(cms.decrypt(data, key, cert), pinned)
    try:
        archive = zipfile.ZipFile(io.BytesIO(verified.content))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise MalformedPayload("payload: the signed content is not a ZIP archive") from None
    with archive:
        names = sorted(i.filename for i in archive.infolist())
        if names != sorted((MANIFEST_NAME, RECORDS_NAME)):
            raise MalformedPayload("payload: a replica bundle holds manifest.json and records.jsonl only")
        budget = [MAX_EXPANDED]
        try:
            manifest = _check_manifest(strict_loads(_read(archive, MANIFEST_NAME, budget).decode("utf-8")))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            if isinstance(exc, BundleError):
                raise
            raise MalformedManifest("manifest: manifest.json is not UTF-8 JSON") from None
        blob = _read(archive, RECORDS_NAME, budget)
    if sha256_hex(blob) != manifest.get("records_sha256"):
        raise MalformedRecord("records.jsonl does not match records_sha256 in the manifest")
    if manifest["recipient"]["cert_sha256"] != cms.fingerprint(cert):
        raise MalformedManifest("manifest: the bundle is addressed to another device")
    if manifest["sender"]["cert_sha256"] != cms.fingerprint(verified.signer):
        raise MalformedManifest(
            "manifest: the sender named in the manifest is not the certificate that signed"
        )
    try:
        lines = blob.decode("utf-8").splitlines()
        records = [_check_record(strict_loads(line), i) for i, line in enumerate(lines, start=1)]
    except (UnicodeDecodeError, RecursionError):
        raise MalformedRecord("records.jsonl is not UTF-8 JSON lines") from None
    except ValueError as exc:
        if isinstance(exc, BundleError):
            raise
        raise MalformedRecord("records.jsonl is not UTF-8 JSON lines") from None
    counts = dict(Counter(str(r["type"]) for r in records))
    if counts != {k: v for k, v in dict(manifest.get("record_counts") or {}).items() if v}:
        raise MalformedManifest("manifest: record_counts do not match records.jsonl")
    return OpenedReplicaBundle(manifest, records, verified.signer, sha256_hex(data))
