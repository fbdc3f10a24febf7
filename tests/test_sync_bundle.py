"""A bundle opens for its recipient, and every kind of bad file is refused with a message saying which."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import pytest
from sync_support import NOW, PDF, contract_state, identity, provider_bundle, referral, return_record, uid

from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    MalformedManifest,
    MalformedRecord,
    NotABundle,
    OversizedBundle,
    TamperedBundle,
    TruncatedBundle,
    UnknownFormatVersion,
    UnpinnedSigner,
    WrongRecipient,
    build_bundle,
    cms,
    open_bundle,
    sha256_hex,
)
from desktop.services.sync.bundle import pack_payload, unpack_payload
from desktop.services.sync.manifest import parse_manifest
from desktop.services.sync.records import dump_records


def _open(data: bytes, me: str = "force", pinned: tuple[str, ...] = ("provider",), max_size: int = 10**8):
    return open_bundle(
        data, identity(me).key, identity(me).cert, [identity(p).cert for p in pinned], max_size
    )


def _sample() -> tuple[bytes, list, list[Attachment]]:
    ref_id = uid()
    pdf = Attachment("returns/2026-11.pdf", PDF)
    records = [contract_state(ref_id), return_record(ref_id, pdf)]
    return provider_bundle(records, [pdf]), records, [pdf]


def _resign(payload: bytes, sender: str = "provider", recipient: str = "force") -> bytes:
    """Wrap a hand-made payload correctly, as a sender with a bug (not an attacker) would."""
    return cms.envelope(
        cms.sign(payload, identity(sender).key, identity(sender).cert), identity(recipient).cert
    )


def _payload_of(data: bytes, me: str = "force") -> bytes:
    return cms.verify(
        cms.decrypt(data, identity(me).key, identity(me).cert), [identity("provider").cert]
    ).content


def test_round_trip_returns_manifest_records_attachments_and_signer():
    data, records, attachments = _sample()
    opened = _open(data)
    assert opened.records == records
    assert opened.attachments == {"returns/2026-11.pdf": PDF}
    assert opened.signer == identity("provider").cert
    assert opened.sha256 == sha256_hex(data)
    m = opened.manifest
    assert (m.sequence, m.previous_bundle_sha256, m.created_at) == (1, None, "2026-11-20T09:30:00Z")
    assert m.record_counts == {"contract_state": 1, "return": 1}
    assert m.sender.cert_sha256 == cms.fingerprint(identity("provider").cert)
    assert m.recipient.cert_sha256 == cms.fingerprint(identity("force").cert)
    assert m.attachments[0].sha256 == sha256_hex(PDF)


def test_the_payload_is_a_plain_zip_with_the_documented_names():
    data, _, _ = _sample()
    with zipfile.ZipFile(io.BytesIO(_payload_of(data))) as archive:
        assert archive.namelist() == ["manifest.json", "records.jsonl", "attachments/returns/2026-11.pdf"]
        assert json.loads(archive.read("manifest.json"))["format"] == "checkpoint-bundle"


def test_chained_bundles_carry_the_previous_hash():
    first, _, _ = _sample()
    second = provider_bundle([contract_state(uid())], [], sequence=2, previous=sha256_hex(first))
    assert _open(second).manifest.previous_bundle_sha256 == sha256_hex(first)


def test_builder_refuses_records_that_cannot_travel_that_way():
    with pytest.raises(MalformedRecord, match="cannot travel provider to force"):
        provider_bundle([referral()], [])


def test_builder_refuses_a_return_without_its_pdf():
    pdf = Attachment("r.pdf", PDF)
    with pytest.raises(MalformedRecord, match="attachment is missing"):
        _open(provider_bundle([return_record(uid(), pdf)], []))


def test_truncated_file_is_refused_as_truncated():
    data, _, _ = _sample()
    for cut in (len(data) // 2, len(data) - 1, 3, 1):
        with pytest.raises(TruncatedBundle, match="truncated bundle"):
            _open(data[:cut])


def test_changed_ciphertext_is_refused_as_tampered():
    data, _, _ = _sample()
    for offset in (len(data) - 40, len(data) - 600, len(data) // 2 + 300):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        with pytest.raises(TamperedBundle, match="tampered bundle"):
            _open(bytes(changed))


def test_changed_signed_content_is_refused_as_tampered():
    data, _, _ = _sample()
    signed = bytearray(cms.decrypt(data, identity("force").key, identity("force").cert))
    at = bytes(signed).find(b"records.jsonl")
    signed[at] = ord("R")  # still a well-formed SignedData, now with different content
    with pytest.raises(TamperedBundle, match="does not match the signed message digest"):
        _open(cms.envelope(bytes(signed), identity("force").cert))


def test_a_signature_by_someone_else_over_a_pinned_identity_is_refused():
    payload = _payload_of(_sample()[0])
    forged = cms.sign(payload, identity("mallory").key, identity("provider").cert)  # claims to be provider
    with pytest.raises(TamperedBundle, match="signature does not verify"):
        _open(cms.envelope(forged, identity("force").cert))


def test_bundle_for_someone_else_is_refused_as_wrongly_addressed():
    data = provider_bundle([contract_state(uid())], [], recipient="other-force")
    with pytest.raises(WrongRecipient, match="wrong recipient: the bundle is encrypted for 1 recipient"):
        _open(data)


def test_re_encrypted_for_us_but_addressed_to_someone_else_is_refused():
    data = provider_bundle([contract_state(uid())], [], recipient="other-force")
    payload = _payload_of(data, me="other-force")
    with pytest.raises(WrongRecipient, match="manifest addresses the bundle to another certificate"):
        _open(_resign(payload))


def test_unpinned_signer_is_refused_and_its_fingerprint_named():
    data, _, _ = _sample()
    with pytest.raises(UnpinnedSigner, match=cms.display_fingerprint(identity("provider").cert)):
        _open(data, pinned=("someone-else",))


def test_oversized_file_is_refused_before_any_work():
    data, _, _ = _sample()
    with pytest.raises(OversizedBundle, match=f"{len(data)} bytes, the limit is {len(data) - 1}"):
        _open(data, max_size=len(data) - 1)


def test_payload_expanding_beyond_the_limit_is_refused():
    payload = _payload_of(_sample()[0])
    with pytest.raises(OversizedBundle, match="unpacks to more than 100 bytes"):
        unpack_payload(payload, max_expanded=100)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"%PDF-1.7\n" + b"x" * 100,
        b"-----BEGIN CMS-----\nMIIB\n-----END CMS-----\n",
        bytes(range(256)),
        b"\x30\x03\x02\x01\x01",
    ],
)
def test_not_a_bundle_is_refused_as_such(data: bytes):
    with pytest.raises(NotABundle, match="not a bundle"):
        _open(data)


def test_signed_but_unencrypted_cms_is_not_a_bundle():
    signed = cms.sign(b"data", identity("provider").key, identity("provider").cert)
    with pytest.raises(NotABundle, match="signed_data where an encrypted bundle"):
        _open(signed)


def _manifest_dict(data: bytes) -> tuple[dict, bytes]:
    with zipfile.ZipFile(io.BytesIO(_payload_of(data))) as archive:
        return json.loads(archive.read("manifest.json")), archive.read("records.jsonl")


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, blob in entries.items():
            archive.writestr(name, blob)
    return out.getvalue()


def test_unknown_format_version_is_refused_with_the_versions_named():
    manifest, blob = _manifest_dict(provider_bundle([contract_state(uid())], []))
    manifest["format_version"] = 2
    data = _resign(_zip({"manifest.json": json.dumps(manifest).encode(), "records.jsonl": blob}))
    with pytest.raises(UnknownFormatVersion, match="unknown format version 2: this program reads version 1"):
        _open(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.pop("bundle_id"), "bundle_id must be a lower-case UUID"),
        (lambda m: m.update(sequence=0), "sequence must be an integer >= 1"),
        (lambda m: m.update(sequence=2), "previous_bundle_sha256 must be null exactly when sequence is 1"),
        (lambda m: m.update(created_at="yesterday"), "created_at must be an ISO 8601"),
        (lambda m: m.update(record_counts={"contract_state": 2}), "record_counts do not match"),
        (lambda m: m.update(records_sha256="0" * 64), "records.jsonl does not match records_sha256"),
        (lambda m: m.update(direction="force_to_provider"), "cannot travel force to provider"),
        (lambda m: m["sender"].update(cert_sha256="a" * 64), "not the certificate that signed"),
        (
            lambda m: m.update(
                attachments=[{"name": "../x", "sha256": "0" * 64, "size": 1, "media_type": "a"}]
            ),
            "safe relative path",
        ),
    ],
)
def test_malformed_manifest_is_refused_naming_the_field(change, message):
    manifest, blob = _manifest_dict(provider_bundle([contract_state(uid())], []))
    change(manifest)
    data = _resign(_zip({"manifest.json": json.dumps(manifest).encode(), "records.jsonl": blob}))
    with pytest.raises((MalformedManifest, MalformedRecord), match=message):
        _open(data)


def test_payload_without_manifest_is_refused():
    with pytest.raises(MalformedManifest, match="no manifest.json"):
        _open(_resign(_zip({"records.jsonl": b""})))


def test_attachment_changed_inside_a_correctly_signed_payload_is_refused():
    data, records, attachments = _sample()
    manifest = parse_manifest(_manifest_dict(data)[0] and json.dumps(_manifest_dict(data)[0]).encode())
    payload = pack_payload(manifest, dump_records(records), [replace(attachments[0], data=PDF + b" ")])
    with pytest.raises(Exception, match="does not match its size or SHA-256"):
        _open(_resign(payload))


def test_force_to_provider_bundle_opens_for_the_provider():
    header = BundleHeader(Direction.FORCE_TO_PROVIDER, "Durham", "Provider Ltd", 1, None, NOW)
    force, provider = identity("force"), identity("provider")
    rec = referral()
    data = build_bundle(header, [rec], [], force.key, force.cert, provider.cert)
    opened = open_bundle(
        data, provider.key, provider.cert, [force.cert], direction=Direction.FORCE_TO_PROVIDER
    )
    assert opened.records == [rec]
    with pytest.raises(MalformedManifest, match="takes provider_to_force only"):
        open_bundle(data, provider.key, provider.cert, [force.cert], direction=Direction.PROVIDER_TO_FORCE)


def test_any_changed_byte_anywhere_in_the_file_is_refused():
    from desktop.services.sync import BundleError

    data, _, _ = _sample()
    accepted = []
    for offset in range(0, len(data), 5):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        try:
            _open(bytes(changed))
        except BundleError:
            continue
        accepted.append(offset)
    assert accepted == []
