"""Replicas end to end on real stores: create, exchange signed bundles, conflicts kept, replays and revoked
devices refused, a laptop carrying one keyworker's caseload only."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from replica_support import KEY_BITS, origin, people, set_phone
from store_fixtures import PASS, new_person

from desktop.services import replica
from desktop.storage.store import CaseStore


@pytest.fixture
def world(tmp_path: Path):
    main, ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    yield main, desk, tmp_path / "share"
    desk.close()
    main.close()


def test_an_edit_on_one_replica_reaches_the_other(world) -> None:
    main, desk, share = world
    assert people(desk) == people(main)
    set_phone(desk, "Alma Kimclient", "07700 900001")
    replica.export_bundles(desk, share)
    report = replica.import_bundles(main, share)
    assert len(report.applied) == 1 and report.refused == []
    assert people(main)["Alma Kimclient"] == "07700 900001"
    assert replica.conflicts(main) == []


def test_the_same_field_changed_on_both_keeps_both_values(world) -> None:
    main, desk, share = world
    set_phone(desk, "Cyrus Leeclient", "111")
    set_phone(main, "Cyrus Leeclient", "222")
    replica.export_bundles(desk, share)
    replica.export_bundles(main, share)
    replica.import_bundles(main, share)
    replica.import_bundles(desk, share)
    for store in (main, desk):
        (c,) = replica.conflicts(store)
        assert c.field == "phone" and sorted(c.values) == ["111", "222"]
    assert people(main) == people(desk)
    done = replica.resolve(desk, replica.conflicts(desk)[0].id, "333")
    assert done.resolved_by == "mia"
    replica.export_bundles(desk, share)
    replica.import_bundles(main, share)
    assert replica.conflicts(main) == [] and people(main)["Cyrus Leeclient"] == "333"


def test_a_bundle_read_twice_is_refused_as_a_replay(world) -> None:
    main, desk, share = world
    set_phone(desk, "Alma Kimclient", "1")
    replica.export_bundles(desk, share)
    assert len(replica.import_bundles(main, share).applied) == 1
    again = replica.import_bundles(main, share)
    assert again.applied == [] and len(again.replayed) == 1


def _device_files(store: CaseStore, folder: Path) -> tuple[Path, Path]:
    """This device's key and certificate as PEM files (read from inside the encrypted database)."""
    from desktop.storage.replica_repo import ReplicaRepository

    with store.session() as s:
        me = ReplicaRepository(s, store.clock()).me()
        key, cert = str(me.key_pem), me.cert_pem
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "key.pem").write_text(key)
    (folder / "cert.pem").write_text(cert)
    return folder / "key.pem", folder / "cert.pem"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command is not installed")
def test_openssl_opens_a_replica_bundle(world, tmp_path: Path) -> None:
    main, desk, share = world
    set_phone(desk, "Alma Kimclient", "07700 900123")
    (path,) = replica.export_bundles(desk, share)
    main_key, main_cert = _device_files(main, tmp_path / "main-pem")
    _desk_key, desk_cert = _device_files(desk, tmp_path / "desk-pem")
    signed, payload = tmp_path / "signed.p7m", tmp_path / "payload.zip"
    subprocess.run(
        ["openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", path, "-recip", main_cert,
         "-inkey", main_key, "-out", signed],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    verified = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", desk_cert,
         "-out", payload],
        capture_output=True, timeout=60, text=True,
    )  # fmt: skip
    assert verified.returncode == 0 and "Verification successful" in verified.stderr
    with zipfile.ZipFile(payload) as z:
        assert sorted(z.namelist()) == ["manifest.json", "records.jsonl"]
        manifest = json.loads(z.read("manifest.json"))
        lines = [json.loads(line) for line in z.read("records.jsonl").splitlines()]
    assert manifest["format"] == "checkpoint-replica-bundle" and manifest["sequence"] == 1
    assert any(r["type"] == "replica_row" and r["data"]["table"] == "people" for r in lines)
    wrong = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", main_cert,
         "-out", tmp_path / "x.zip"],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert wrong.returncode != 0


def test_a_changed_byte_is_refused_and_nothing_applied(world) -> None:
    main, desk, share = world
    set_phone(desk, "Alma Kimclient", "07700 900555")
    (path,) = replica.export_bundles(desk, share)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = replica.import_bundles(main, share)
    assert report.applied == [] and len(report.refused) == 1
    assert "tampered" in report.refused[0][1]
    assert people(main)["Alma Kimclient"] == ""


def test_a_laptop_gets_its_own_keyworkers_clients_only(tmp_path: Path) -> None:
    main, ids = origin(tmp_path / "main")
    try:
        made = replica.create_replica(
            main, tmp_path / "laptop", "Kim laptop", PASS, caseload="kim", key_bits=KEY_BITS
        )
        for first, kw in (("Ezra", "lee"), ("Fern", "kim")):
            person, referral, consent = new_person(first, "Newclient", f"NS/26/9{len(first)}{kw}", ids[kw])
            main.cases.add_referral(person, referral, consent)
        set_phone(main, "Cyrus Leeclient", "07700 900444")  # Lee's client: stays off the laptop
        set_phone(main, "Alma Kimclient", "07700 900333")
        replica.export_bundles(main, tmp_path / "share")
        laptop = CaseStore.open(made.folder, "kim", PASS)
        try:
            report = replica.import_bundles(laptop, tmp_path / "share")
            assert len(report.applied) == 1 and report.stats.skipped == []
            held = people(laptop)
        finally:
            laptop.close()
        assert sorted(held) == ["Alma Kimclient", "Boris Kimclient", "Fern Newclient"]
        assert held["Alma Kimclient"] == "07700 900333"
    finally:
        main.close()
