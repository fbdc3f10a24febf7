"""The same field limits on both engines (issue 12, item 5): one batch of bundles at the edges of what the sync
format allows, received by `checkpoint-force receive` on SQLite and on PostgreSQL, must be accepted or refused
exactly the same way: the same one-line refusal per bundle, the same rows kept, every other bundle applied.
Times are kept in one form (to the second, Z) whatever precision the sender wrote, so they sort alike on both.

The bundles are made by hand (a sender with a bug, not an attacker: correctly signed and encrypted), because
build_bundle refuses to make a bundle the receiver would refuse."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from force_support import Force
from sync_support import PDF, contract_state, identity, return_record, uid

from desktop.services.sync import Attachment, Direction, MalformedRecord, Record, cms, sha256_hex
from desktop.services.sync import bundle as bundle_module
from desktop.services.sync.manifest import Manifest, Party
from desktop.services.sync.records import is_datetime, normal_datetime, parse_record

WHEN = "2026-11-20T09:30:00Z"
BAD_TIME = "manifest: created_at must be an ISO 8601 UTC time, YYYY-MM-DDTHH:MM:SS[.fraction]Z"


@pytest.fixture
def force(tmp_path: Path, force_db: str | None) -> Force:
    return Force(tmp_path, force_db).create()


def _line(data: dict[str, Any], version: int = 1, record_id: str | None = None) -> dict[str, Any]:
    return {
        "type": "contract_state",
        "id": record_id or uid(),
        "version": version,
        "data": {"referral_id": uid(), "state": "active"} | data,
    }


def _raw_bundle(
    force: Force, name: str, sequence: int, lines: list[dict[str, Any]], created_at: str = WHEN
) -> Path:
    blob = b"".join(json.dumps(obj, ensure_ascii=False).encode() + b"\n" for obj in lines)
    manifest = Manifest(
        bundle_id=uid(),
        direction=Direction.PROVIDER_TO_FORCE,
        sender=Party("Provider Ltd", cms.fingerprint(identity("provider").cert)),
        recipient=Party("Durham", cms.fingerprint(force.cert)),
        sequence=sequence,
        previous_bundle_sha256=None if sequence == 1 else "0" * 64,
        created_at=created_at,
        record_counts={"contract_state": len(lines)},
        records_sha256=sha256_hex(blob),
        attachments=(),
    )
    with mock.patch.object(bundle_module, "_zip_time", lambda _: (2026, 11, 20, 9, 30, 0)):  # any created_at
        payload = bundle_module.pack_payload(manifest, blob, [])
    data = cms.envelope(cms.sign(payload, identity("provider").key, identity("provider").cert), force.cert)
    path = force.tmp / f"{name}.cpbundle"
    path.write_bytes(data)
    return path


# name -> (records' data, version, created_at, the refusal on stderr or None when accepted)
CASES: list[tuple[str, dict[str, Any], int, str, str | None]] = [
    ("ref-101", {"force_reference": "R" * 101}, 1, WHEN, None),
    ("ref-10000", {"force_reference": "R" * 10_000}, 1, WHEN, None),
    (
        "ref-10001",
        {"force_reference": "R" * 10_001},
        1,
        WHEN,
        "records.jsonl line 1: contract_state record: field force_reference is longer than 10,000 characters",
    ),
    (
        "reason-10001",
        {"force_reference": "R", "outcome_reason": "x" * 10_001},
        1,
        WHEN,
        "records.jsonl line 1: contract_state record: field outcome_reason is longer than 10,000 characters",
    ),
    ("version-max", {"force_reference": "R"}, 2**53 - 1, WHEN, None),
    (
        "version-over",
        {"force_reference": "R"},
        2**53,
        WHEN,
        "records.jsonl line 1: contract_state record: version must be an integer >= 1",
    ),
    ("nanoseconds", {"force_reference": "R"}, 1, "2026-11-20T09:30:00.123456789Z", None),
    ("millis", {"force_reference": "R"}, 1, "2026-11-20T09:30:00.5Z", None),
    ("basic-form", {"force_reference": "R"}, 1, "20261120T093000Z", BAD_TIME),
    ("week-date", {"force_reference": "R"}, 1, "2026-W47-5T09:30Z", BAD_TIME),
    ("offset", {"force_reference": "R"}, 1, "2026-11-20T09:30:00+01:00", BAD_TIME),
    ("ten-digits", {"force_reference": "R"}, 1, "2026-11-20T09:30:00.1234567890Z", BAD_TIME),
    (
        "date-too-long",
        {"force_reference": "R", "signed_on": "2026-10-01\n"},
        1,
        WHEN,
        "records.jsonl line 1: contract_state record: field signed_on must be a date",
    ),
    ("unknown-field-long", {"force_reference": "R", "later_field": "y" * 50_000}, 1, WHEN, None),
]


def test_one_batch_at_the_limits_is_accepted_and_refused_alike_on_both_engines(force, capsys):
    paths: list[tuple[Path, str | None]] = []
    lines: dict[str, dict[str, Any]] = {}
    for sequence, (name, data, version, created_at, refusal) in enumerate(CASES, start=1):
        line = _line(data, version)
        lines[name] = line
        paths.append((_raw_bundle(force, name, sequence, [line], created_at), refusal))
    assert force.run("receive", *(p for p, _ in paths)) == 2
    captured = capsys.readouterr()
    refused = sorted(line for line in captured.err.splitlines() if line.startswith("refused "))
    assert refused == sorted(f"refused {p.name}: {why}" for p, why in paths if why is not None), captured.err
    assert len(captured.err.strip().splitlines()) == sum(why is not None for _, why in paths)  # one line each
    for path, why in paths:
        assert (f"accepted {path.name}:" in captured.out) == (why is None), path.name
    kept = {
        rid: (ref, version)
        for rid, ref, version in force.rows("SELECT id, force_reference, version FROM provider_records")
    }
    expected = {
        lines[name]["id"]: (data["force_reference"], version)
        for name, data, version, _, why in CASES
        if why is None
    }
    assert kept == expected
    times = {t for (t,) in force.rows("SELECT created_at FROM received_bundles")}
    assert times == {WHEN}  # nanoseconds, milliseconds and whole seconds: one form on both engines
    stored = force.rows(
        "SELECT data FROM provider_records WHERE id = :i", i=lines["unknown-field-long"]["id"]
    )
    data = stored[0][0] if isinstance(stored[0][0], dict) else json.loads(stored[0][0])
    assert len(data["later_field"]) == 50_000


def test_times_are_validated_strictly_and_kept_to_the_second():
    assert (
        normal_datetime("2026-11-20T09:30:00.999999999Z") == "2026-11-20T09:30:00Z"
    )  # cut, never rounded up
    for good in ("2026-11-20T09:30:00Z", "2026-11-20T09:30:00.1Z", "2026-11-20T23:59:59.123456789Z"):
        assert is_datetime(good), good
    for bad in (
        "2026-11-20 09:30:00Z",
        "2026-11-20t09:30:00Z",
        "2026-11-20T09:30Z",
        "2026-11-20T09:30:00,5Z",
        "2026-11-20T24:00:00Z",
        "2026-02-30T09:30:00Z",
        "2026-11-20T09:30:00Z\n",
        "2026-11-20T09:30:00z",
    ):
        assert not is_datetime(bad), bad
    ack = {
        "type": "ack",
        "id": uid(),
        "version": 1,
        "data": {
            "bundle_id": uid(),
            "sequence": 3,
            "bundle_sha256": "a" * 64,
            "received_at": "2026-11-20T09:30:00.75Z",
            "result": "applied",
        },
    }
    assert parse_record(ack, Direction.FORCE_TO_PROVIDER).data["received_at"] == "2026-11-20T09:30:00Z"
    ack["data"]["received_at"] = "2026-11-20T10:30:00+01:00"
    with pytest.raises(MalformedRecord, match=r"^ack record: field received_at must be a datetime$"):
        parse_record(ack, Direction.FORCE_TO_PROVIDER)


def _loose(folder: Path) -> list[str]:
    return [
        f"{p.relative_to(folder)} {stat.S_IMODE(p.stat().st_mode):o}"
        for p in [folder, *folder.rglob("*")]
        if not p.is_symlink() and stat.S_IMODE(p.stat().st_mode) & 0o077
    ]


def test_the_force_folder_stays_owner_only_after_receiving_returns_and_acknowledging(force, capsys):
    """Force home, database (and its -wal/-shm), vault, key, settings, sealed returns, outbox: 0600 / 0700."""
    ref_id = uid()
    pdf = Attachment("returns/2026-11.pdf", PDF)
    bundle = force.provider_bundle([return_record(ref_id, pdf)], [pdf])
    assert force.run("receive", bundle) == 0, capsys.readouterr().err
    names = {p.name for p in force.dir.iterdir()}
    assert {"vault.json", "force-key.pem", "force.json", "returns", "outbox"} <= names
    assert any((force.dir / "returns").rglob("*")) and any((force.dir / "outbox").iterdir())
    if force.db is None:
        assert "force.db" in names
    assert _loose(force.dir) == []
    assert stat.S_IMODE(force.dir.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in force.dir.rglob("*") if p.is_file())


def _record(reference: str) -> Record:
    rec = contract_state(uid())
    return Record(rec.type, rec.id, rec.version, rec.data | {"force_reference": reference})


def _refuse_in_database(force: Force, reference: str) -> None:
    """Make the database itself refuse records with one reference, as a full disk or a constraint would."""
    with force.open() as ctx, ctx.store.engine.begin() as conn:
        if ctx.store.dialect == "sqlite":
            conn.exec_driver_sql(
                "CREATE TRIGGER refuse_one BEFORE INSERT ON provider_records WHEN NEW.force_reference = "
                f"'{reference}' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END"
            )
        else:
            conn.exec_driver_sql(
                f"ALTER TABLE provider_records ADD CONSTRAINT refuse_one CHECK "
                f"(force_reference IS NULL OR force_reference <> '{reference}')"
            )


def _allow_again(force: Force) -> None:
    with force.open() as ctx, ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "DROP TRIGGER refuse_one"
            if ctx.store.dialect == "sqlite"
            else "ALTER TABLE provider_records DROP CONSTRAINT refuse_one"
        )


def test_a_failing_bundle_in_a_batch_leaves_nothing_behind_and_the_rest_and_a_retry_go_through(force, capsys):
    """Per bundle, one transaction: the database refusing a bundle that carries a return (mid-batch, after its
    sealed PDF was staged) rolls back only that bundle, on both engines; bundles before and
    after it, a malformed one and a replay are each reported on their own line; the audit chain still checks; and
    the refused bundle is received once the cause is gone (its sequence number was not used up)."""
    first = force.provider_bundle([_record("FINE/1")], [], sequence=1)
    pdf = Attachment("returns/2026-11.pdf", PDF)
    boom_return = return_record(uid(), pdf)
    boom_return = Record(
        boom_return.type, boom_return.id, 1, boom_return.data | {"force_reference": "BOOM/1"}
    )
    boom = force.provider_bundle([boom_return], [pdf], sequence=2, previous=sha256_hex(first.read_bytes()))
    bad = _raw_bundle(force, "bad", 3, [_line({"force_reference": "R" * 10_001})])
    last = force.provider_bundle([_record("FINE/3")], [], sequence=3, previous=sha256_hex(boom.read_bytes()))
    _refuse_in_database(force, "BOOM/1")
    assert force.run("receive", first, boom, bad, last, first) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 3, captured.err
    assert err[0].startswith(f"refused {boom.name}: the database refused it, nothing was changed")
    assert err[1].startswith(
        f"refused {bad.name}: records.jsonl line 1: contract_state record: field "
        "force_reference is longer than 10,000 characters"
    )
    assert err[2].startswith(f"refused {first.name}: ") and "nothing was changed" in err[2]
    assert (
        f"accepted {first.name}: bundle #1" in captured.out
        and f"accepted {last.name}: bundle #3" in captured.out
    )
    assert captured.out.strip().splitlines()[-1] == "2 of 5 bundles accepted, 3 refused"
    assert force.rows("SELECT sequence FROM received_bundles ORDER BY sequence") == [(1,), (3,)]
    assert not [p for p in (force.dir / "returns").rglob("*") if p.is_file()]  # its sealed PDF was not kept
    assert not [p for p in force.dir.rglob("*.tmp")]
    assert len(list((force.dir / "outbox").glob("*.cpbundle"))) == 2  # acknowledgements of #1 and #3 only
    assert force.run("audit", user="admin") == 0, capsys.readouterr().err
    capsys.readouterr()
    _allow_again(force)
    assert force.run("receive", boom) == 0, capsys.readouterr().err
    assert f"accepted {boom.name}: bundle #2" in capsys.readouterr().out
    assert force.rows("SELECT sequence FROM received_bundles ORDER BY sequence") == [(1,), (2,), (3,)]
    assert len(list((force.dir / "returns").rglob("*.pdf*"))) == 1
    assert _loose(force.dir) == []


def test_a_loosened_force_folder_is_tightened_at_the_next_open(force, capsys):
    """A copy, a restore or a chmod that leaves the folder 0755 and its files 0644 is put right by any command."""
    ref_id = uid()
    pdf = Attachment("returns/2026-11.pdf", PDF)
    assert force.run("receive", force.provider_bundle([return_record(ref_id, pdf)], [pdf])) == 0
    for path in [force.dir, *force.dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert len(_loose(force.dir)) >= 6  # home, vault, key, cert, settings, returns, outbox (and force.db)
    capsys.readouterr()
    assert force.run("status") == 0, capsys.readouterr().err
    assert _loose(force.dir) == []
