"""Record schemas, the sequence check, and the manifest/records/payload parsers under hypothesis."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import contract_state, provider_bundle, referral, uid

from desktop.services.sync import (
    RECORD_TYPES,
    BundleError,
    Direction,
    MalformedRecord,
    Record,
    SequenceKind,
    check_sequence,
    json_schema,
    parse_records,
)
from desktop.services.sync.bundle import check_contents, unpack_payload
from desktop.services.sync.cms import load_envelope
from desktop.services.sync.manifest import parse_manifest
from desktop.services.sync.records import dump_records

P2F, F2P = Direction.PROVIDER_TO_FORCE, Direction.FORCE_TO_PROVIDER


def test_records_survive_a_dump_and_parse():
    records = [referral(), referral("DUR/24/0002", eligibility=[{"question_id": "adult", "answer": True}])]
    assert parse_records(dump_records(records), F2P) == records


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(version=0), "version must be an integer >= 1"),
        (lambda r: r.update(version=True), "version must be an integer >= 1"),
        (lambda r: r.update(id="not-a-uuid"), "id must be a lower-case UUID"),
        (lambda r: r.update(type="gossip"), "unknown record type"),
        (lambda r: r["data"].pop("offence"), "field offence is missing"),
        (lambda r: r["data"].update(offence="  "), "field offence must not be empty"),
        (lambda r: r["data"].update(offence_date="2026-02-30"), "field offence_date must be a date"),
        (lambda r: r["data"]["person"].pop("date_of_birth"), "field person.date_of_birth is missing"),
        (
            lambda r: r["data"].update(eligibility=[{"question_id": "adult"}]),
            r"eligibility\[0\].answer is missing",
        ),
    ],
)
def test_a_bad_record_is_refused_naming_line_and_field(change, message):
    good = referral().to_json()
    line = json.loads(json.dumps(good))
    change(line)
    blob = dump_records([referral()]) + json.dumps(line).encode() + b"\n"
    with pytest.raises(MalformedRecord, match=f"line 2: .*{message}|line 2: {message}"):
        parse_records(blob, F2P)


def test_messages_never_quote_the_bad_value():
    line = referral().to_json()
    line["data"]["person"]["date_of_birth"] = "Sam Taylor's birthday"
    with pytest.raises(MalformedRecord) as caught:
        parse_records(json.dumps(line).encode(), F2P)
    assert "Sam" not in str(caught.value)


def test_every_type_has_a_json_schema_and_is_allowed_one_way_or_both():
    for kind in RECORD_TYPES:
        schema = json_schema(kind)
        assert schema["properties"]["type"] == {"const": kind}
    with pytest.raises(MalformedRecord, match="a referral record cannot travel provider to force"):
        parse_records(dump_records([referral()]), P2F)
    ack = Record(
        "ack",
        uid(),
        1,
        {
            "bundle_id": uid(),
            "sequence": 1,
            "bundle_sha256": "0" * 64,
            "received_at": "2026-11-20T10:00:00Z",
            "result": "applied",
        },
    )
    assert parse_records(dump_records([ack]), P2F) == parse_records(dump_records([ack]), F2P) == [ack]


def test_the_doc_lists_every_record_type_and_field():
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "sync-format.md").read_text(encoding="utf-8")
    for kind, fields in RECORD_TYPES.items():
        section = doc.split(f"### `{kind}`", 1)
        assert len(section) == 2, f"no section for {kind}"
        body = section[1].split("\n### ", 1)[0]
        for field in fields:
            assert f"`{field.name}`" in body, f"{kind}.{field.name} is not documented"


# --- sequence ------------------------------------------------------------------------------------------


def test_next_number_is_new():
    assert check_sequence("b3", 3, last_seen=2, seen_ids={"b1", "b2"}).kind is SequenceKind.NEW


def test_seen_id_is_a_replay_whatever_its_number():
    verdict = check_sequence("b2", 9, last_seen=2, seen_ids={"b1", "b2"})
    assert (verdict.kind, verdict.accept) == (SequenceKind.REPLAY, False)
    assert "b2 was received before" in verdict.reason


def test_old_number_is_a_replay_in_strict_mode():
    verdict = check_sequence("new-id", 2, last_seen=5, seen_ids=set())
    assert verdict.kind is SequenceKind.REPLAY
    assert "sequence 2 is not after the last one received (5)" in verdict.reason


def test_skipped_numbers_are_a_gap_and_named():
    verdict = check_sequence("b6", 6, last_seen=2, seen_ids=set())
    assert (verdict.kind, verdict.missing, verdict.accept) == (SequenceKind.GAP, (3, 4, 5), True)
    assert "3, 4, 5" in verdict.reason


def test_with_seen_numbers_a_missing_one_is_late_and_the_rest_still_named():
    verdict = check_sequence("b3", 3, last_seen=6, seen_ids=set(), seen_sequences={1, 2, 6})
    assert (verdict.kind, verdict.missing) == (SequenceKind.LATE, (4, 5))
    assert (
        check_sequence("x", 6, last_seen=6, seen_ids=set(), seen_sequences={1, 6}).kind is SequenceKind.REPLAY
    )


def test_first_bundle_from_a_new_partner():
    assert check_sequence("b1", 1, last_seen=0, seen_ids=()).kind is SequenceKind.NEW
    assert check_sequence("b3", 3, last_seen=0, seen_ids=()).missing == (1, 2)


# --- fuzzing: the parsers raise our errors and nothing else ----------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
_GOOD_MANIFEST: dict = {}


def _good_manifest() -> dict:
    if not _GOOD_MANIFEST:
        from sync_support import identity

        from desktop.services.sync import cms

        data = provider_bundle([contract_state(uid())], [])
        content = cms.verify(
            cms.decrypt(data, identity("force").key, identity("force").cert), [identity("provider").cert]
        ).content
        _GOOD_MANIFEST.update(unpack_payload(content, 10**6)[0].to_json())
    return json.loads(json.dumps(_GOOD_MANIFEST))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_manifest_parser_on_arbitrary_bytes(raw: bytes):
    with pytest.raises(BundleError):
        parse_manifest(raw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(_good_manifest())), json_values)
def test_manifest_parser_with_one_field_replaced(key: str, value: object):
    manifest = _good_manifest()
    manifest[key] = value
    with contextlib.suppress(BundleError):
        parse_manifest(json.dumps(manifest).encode())


@settings(max_examples=400, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["type", "id", "version", "data", "x"]), json_values, max_size=5),
    st.sampled_from(list(Direction)),
)
def test_record_parser_on_arbitrary_objects(obj: dict, direction: Direction):
    with contextlib.suppress(MalformedRecord):
        parse_records(json.dumps(obj).encode(), direction)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(RECORD_TYPES)), st.text(max_size=12), json_values)
def test_record_parser_with_one_data_field_replaced(kind: str, name: str, value: object):
    base = {"referral": referral().data, "contract_state": contract_state(uid()).data}.get(kind, {})
    data = dict(base)
    data[name if name else "offence"] = value
    line = {"type": kind, "id": uid(), "version": 1, "data": data}
    with contextlib.suppress(MalformedRecord):
        parse_records(json.dumps(line).encode(), F2P)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_payload_and_envelope_parsers_on_arbitrary_bytes(raw: bytes):
    for parse in (lambda b: check_contents(*unpack_payload(b, 10**6)), load_envelope):
        with contextlib.suppress(BundleError):
            parse(raw)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=40), st.integers(min_value=0, max_value=10**6))
def test_payload_parser_on_a_real_zip_with_bytes_spliced_in(junk: bytes, where: int):
    from desktop.services.sync.bundle import pack_payload

    manifest = parse_manifest(json.dumps(_good_manifest()).encode())
    payload = pack_payload(manifest, b"", [])
    at = where % len(payload)
    with contextlib.suppress(BundleError):
        check_contents(*unpack_payload(payload[:at] + junk + payload[at + len(junk) :], 10**6))
