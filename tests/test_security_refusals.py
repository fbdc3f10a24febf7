"""Every fault a clean refusal: sequence numbers, anchors, numbers, sizes, file modes, weak passphrases, damaged
databases and malformed arguments end in one line and exit 2 (or a named refusal), with nothing changed."""

from __future__ import annotations

import io
import json
import os
import stat
import time
import zipfile

import pytest
from store_fixtures import PASS, make_store

from desktop.cli.main import main
from desktop.domain.instruments import check_answer
from desktop.services.instruments import load_instruments
from desktop.services.sync import (
    DEFAULT_MAX_SIZE,
    Direction,
    MalformedManifest,
    MalformedRecord,
    OversizedBundle,
    SequenceKind,
    check_sequence,
    parse_records,
    read_bundle_file,
)
from desktop.services.sync.bundle import expansion_limit, unpack_payload
from desktop.services.sync.manifest import is_attachment_name, parse_manifest
from desktop.services.sync.records import is_sha256, is_uuid
from desktop.storage.passphrase import WeakPassphrase, check_passphrase

UUID = "0b8f3c1e-2d4a-4c6b-9e8f-1a2b3c4d5e6f"


# --- sequence numbers --------------------------------------------------------------------------------------
def test_a_huge_sequence_number_is_refused_at_once_not_enumerated():
    start = time.perf_counter()
    verdict = check_sequence("b", 10**18, last_seen=3, seen_ids=set(), seen_sequences={1, 2, 3})
    assert (verdict.kind, verdict.accept) == (SequenceKind.TOO_FAR, False)
    assert "jumps more than 10000" in verdict.reason
    assert time.perf_counter() - start < 0.1


@pytest.mark.parametrize("bad", [0, -1, True])
def test_sequence_numbers_start_at_one(bad):
    assert check_sequence("b", bad, last_seen=0, seen_ids=set()).kind is SequenceKind.TOO_FAR


def test_a_long_gap_is_counted_and_listed_briefly():
    verdict = check_sequence("b", 5000, last_seen=1, seen_ids=set(), seen_sequences={1})
    assert verdict.kind is SequenceKind.GAP and verdict.missing_count == 4998
    assert len(verdict.missing) == 100 and verdict.missing[:3] == (2, 3, 4)
    assert "2–4999 (4998 bundles)" in verdict.reason
    verdict = check_sequence("b", 5000, last_seen=1, seen_ids=set(), seen_sequences={1, 3})
    assert "2, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 4987 more" in verdict.reason


def test_a_late_bundle_below_many_seen_is_still_cheap():
    seen = set(range(1, 9000)) - {17}
    verdict = check_sequence("b", 17, last_seen=8999, seen_ids=set(), seen_sequences=seen)
    assert (verdict.kind, verdict.missing, verdict.missing_count) == (SequenceKind.LATE, (), 0)


# --- anchors and values ------------------------------------------------------------------------------------
def test_ids_hashes_dates_and_names_with_a_trailing_newline_are_refused():
    assert is_uuid(UUID) and not is_uuid(UUID + "\n")
    assert is_sha256("a" * 64) and not is_sha256("a" * 64 + "\n")
    assert is_attachment_name("r.pdf") and not is_attachment_name("r.pdf\n")
    line = {
        "type": "referral_withdrawn",
        "id": UUID,
        "version": 1,
        "data": {"referral_id": UUID, "force_reference": "R1", "withdrawn_on": "2026-11-01\n", "reason": "x"},
    }
    with pytest.raises(MalformedRecord, match="withdrawn_on must be a date"):
        parse_records(json.dumps(line).encode(), Direction.FORCE_TO_PROVIDER)


def _withdrawn(tail: str) -> str:
    return (
        '{"type":"referral_withdrawn","id":"'
        + UUID
        + '","version":1,"data":{"referral_id":"'
        + UUID
        + '","force_reference":"R1","withdrawn_on":"2026-11-01",'
        + tail
        + "}}"
    )


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_records_with_non_finite_numbers_are_refused(raw):
    line = _withdrawn('"reason":"x","extra":' + raw)
    with pytest.raises(MalformedRecord, match="not JSON"):
        parse_records(line.encode(), Direction.FORCE_TO_PROVIDER)


@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800"])
def test_text_that_no_database_stores_alike_is_refused(escape):
    line = _withdrawn('"reason":"a' + escape + 'b"')
    with pytest.raises(MalformedRecord, match="NUL character or a lone surrogate"):
        parse_records(line.encode(), Direction.FORCE_TO_PROVIDER)


def test_a_manifest_with_nan_is_refused():
    with pytest.raises(MalformedManifest):
        parse_manifest(b'{"format": "checkpoint-bundle", "format_version": NaN}')


def test_nan_and_infinity_are_not_number_answers():
    catalogue = load_instruments()
    item = next(i for d in catalogue.definitions.values() for i in d.items if i.kind.value == "number")
    assert check_answer(item, float("nan")) == "must be a finite number"
    assert check_answer(item, float("inf")) == "must be a finite number"


# --- sizes ---------------------------------------------------------------------------------------------------
def _bomb(expanded: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("records.jsonl", b"\n" * expanded)
    return out.getvalue()


def test_a_small_payload_may_not_unpack_to_gigabytes():
    payload = _bomb(40 * 1024 * 1024)  # 40 MiB of newlines deflate to about 40 KiB
    assert len(payload) < 100_000
    limit = expansion_limit(len(payload), DEFAULT_MAX_SIZE)
    assert limit == 32 * 1024 * 1024 < DEFAULT_MAX_SIZE * 16
    with pytest.raises(OversizedBundle):
        unpack_payload(payload, limit)


def test_an_entry_that_lies_about_its_size_is_cut_off_while_reading():
    payload = bytearray(_bomb(2 * 1024 * 1024))
    # shrink the declared size of records.jsonl in the central directory to 10 bytes: reading must stop there
    cd = payload.rfind(b"PK\x01\x02")
    payload[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    with pytest.raises((OversizedBundle, MalformedManifest, Exception)) as info:
        unpack_payload(bytes(payload), 1024)
    assert type(info.value).__module__.startswith("desktop.services.sync")


def test_bundle_files_are_read_within_the_limit(tmp_path):
    big = tmp_path / "big.cpbundle"
    big.write_bytes(b"\x30" * 5000)
    with pytest.raises(OversizedBundle, match="5000 bytes, the limit is 4096"):
        read_bundle_file(big, 4096)
    assert read_bundle_file(big, 5000) == b"\x30" * 5000


# --- passphrases ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "weak",
    [
        "12345678",
        "password",
        "Password1!",
        "P@ssw0rd2026",
        "aaaaaaaaaa",
        "abcdefghij",
        "qwertyuiop",
        "short",
        "1234567890123",
    ],
)
def test_weak_passphrases_are_refused_with_advice(weak):
    with pytest.raises(WeakPassphrase, match="three or four unrelated words"):
        check_passphrase(weak)


def test_a_passphrase_that_is_the_user_name_is_refused_and_good_ones_pass():
    with pytest.raises(WeakPassphrase, match="user name"):
        check_passphrase("jordan2026", "jordan")
    for good in (PASS, "checkpoint-demo", "benchmark passphrase", "tulip ferry 41 window"):
        check_passphrase(good, "jordan")


def test_init_with_a_weak_passphrase_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", "12345678")
    assert main(["init", str(tmp_path / "s"), "--user", "boss"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "one of the first an attacker tries" in err
    assert not (tmp_path / "s" / "vault.json").exists()


# --- files ---------------------------------------------------------------------------------------------------
def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_store_files_are_owner_only_and_loose_ones_are_tightened(tmp_path):
    old = os.umask(0o022)
    try:
        folder = tmp_path / "store"
        store = make_store(folder)
        store.record_event("test", "store")
        names = {p.name for p in folder.iterdir()}
        assert {"cases.db", "vault.json", "store.lock"} <= names
        assert _mode(folder) == 0o700
        assert {p.name: _mode(p) for p in folder.iterdir() if p.is_file()} == dict.fromkeys(
            (p.name for p in folder.iterdir() if p.is_file()), 0o600
        )
        backup = store.backup_to(tmp_path / "backup")
        assert _mode(backup) == 0o700 and {_mode(p) for p in backup.iterdir()} == {0o600}
        store.close()
        os.chmod(folder / "cases.db", 0o644)
        os.chmod(folder, 0o755)
        from desktop.storage.store import CaseStore

        CaseStore.open(folder, "admin", PASS).close()
        assert _mode(folder) == 0o700 and _mode(folder / "cases.db") == 0o600
    finally:
        os.umask(old)


# --- damaged databases and malformed arguments -------------------------------------------------------------
def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [100, 4096 + 200, 8192 + 64, -50])
def test_a_damaged_database_is_never_a_traceback_and_check_names_it(tmp_path, monkeypatch, capsys, offset):
    folder = tmp_path / "store"
    store = make_store(folder)
    for n in range(30):
        store.record_event("test", "store", detail=f"entry {n} " + "x" * 200)
    store.close()
    db = folder / "cases.db"
    _flip(db, offset if offset >= 0 else db.stat().st_size + offset)
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    for argv in (
        ["caseload", str(folder), "--user", "admin"],
        ["users", "list", str(folder), "--user", "admin"],
        ["backup", str(folder), str(tmp_path / "b"), "--user", "admin"],
    ):
        code = main(argv)  # a page a command never reads is not its business: `check` finds it
        err = capsys.readouterr().err
        assert code in (0, 2), (argv, err)
        if code:
            assert err.count("\n") == 1 and "damaged" in err, err
    assert main(["check", str(folder), "--user", "admin"]) in (1, 2)
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_answers_given_as_a_bare_double_dash_is_one_line(capsys):
    assert main(["instruments", "score", "phq9", "--answers=--"]) == 2
    assert "give the answers as --answers" in capsys.readouterr().err


def test_a_csv_field_over_the_csv_limit_is_a_refusal_not_a_traceback():
    from desktop.force.errors import ForceStoreError
    from desktop.force.referrals import read_referral_csv

    huge = "force_reference," + "x" * 140_000 + "\nR1,y\n"
    with pytest.raises(ForceStoreError, match="field larger than field limit"):
        read_referral_csv(huge.encode(), "Northshire")
