"""`checkpoint-force` end to end on both engines: init, partner add, refer from CSV, receive (twice), status,
bad bundles, and the limits both engines must share."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from force_support import CSV, PASS, Force
from sync_support import NOW, PDF, contract_state, identity, return_record, uid

from desktop.cli.force import main
from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    cert_pem,
    display_fingerprint,
    load_cert,
    open_bundle,
    sha256_hex,
)


@pytest.fixture
def force(tmp_path: Path, force_db: str | None) -> Force:
    return Force(tmp_path, force_db).create()


def _modes(folder: Path) -> list[str]:
    """Every file and folder under `folder` readable by anyone but the owner."""
    bad = [str(p) for p in [folder, *folder.rglob("*")] if stat.S_IMODE(p.stat().st_mode) & 0o077]
    return bad


def test_init_makes_a_private_encrypted_folder_and_refuses_a_second_init(tmp_path, force_db, capsys):
    force = Force(tmp_path, force_db)
    assert force.run("init", "--name", "Durham", user="admin") == 0
    out = capsys.readouterr().out
    assert "first user admin, admin" in out and "Recovery key" in out
    assert "ENCRYPTED PRIVATE KEY" in (force.dir / "force-key.pem").read_text()
    assert (force.dir / "vault.json").exists()
    if force_db is None:
        assert not (force.dir / "force.db").read_bytes().startswith(b"SQLite format 3")
    else:
        assert not (force.dir / "force.db").exists()
    assert _modes(force.dir) == []
    assert force.run("init", user="admin") == 2
    assert "already holds a key vault" in capsys.readouterr().err
    assert force.run("status", user="admin") == 0


def test_cert_export_and_partner_add_print_the_fingerprint(force: Force, capsys, tmp_path: Path):
    assert force.run("cert", "--out", tmp_path / "out.pem") == 0
    assert load_cert((tmp_path / "out.pem").read_bytes()) == force.cert
    assert display_fingerprint(force.cert) in capsys.readouterr().out
    pem = tmp_path / "other.pem"
    pem.write_bytes(cert_pem(identity("other").cert))
    assert force.run("partner add", "--cert", pem, "--name", "Other Service", user="admin") == 0
    assert display_fingerprint(identity("other").cert) in capsys.readouterr().out
    assert force.run("partner add", "--cert", pem, "--name", "Again", user="admin") == 2
    assert "already pinned as 'Other Service'" in capsys.readouterr().err
    assert force.run("partner add", "--cert", pem, "--name", "X" * 201, user="admin") == 2
    assert "longer than 200 characters" in capsys.readouterr().err


def test_wrong_passphrase_is_refused_plainly(force: Force, capsys, tmp_path: Path):
    (tmp_path / "referrals.csv").write_text(CSV)
    (tmp_path / "wrong").write_text("wrong passphrase!!")
    before = force.snapshot()
    assert (
        force.run(
            "refer",
            "--csv",
            tmp_path / "referrals.csv",
            "--to",
            "Provider Ltd",
            "--out",
            tmp_path,
            passfile=tmp_path / "wrong",
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == "checkpoint-force: wrong passphrase for 'dana'"
    assert force.snapshot() == before


def test_refer_from_csv_makes_a_bundle_the_provider_opens(force: Force, capsys, tmp_path: Path):
    (tmp_path / "referrals.csv").write_text(CSV)
    out = tmp_path / "out"
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", out) == 0
    [bundle] = out.glob("*.cpbundle")
    assert bundle.name == "durham-to-provider-ltd-000001.cpbundle"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    opened = open_bundle(
        bundle.read_bytes(),
        identity("provider").key,
        identity("provider").cert,
        [force.cert],
        direction=Direction.FORCE_TO_PROVIDER,
    )
    assert [r.data["force_reference"] for r in opened.records] == ["DUR/24/0001", "DUR/24/0002"]
    assert opened.records[0].data["person"]["date_of_birth"] == "1990-04-02"
    assert opened.records[1].data["person"]["phone"] == "07700 900123"
    assert opened.manifest.sequence == 1 and opened.manifest.sender.name == "Durham"
    capsys.readouterr()
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", out) == 0
    assert "Nothing to send" in capsys.readouterr().out
    assert len(list(out.glob("*.cpbundle"))) == 1


def test_a_bad_csv_row_is_named_and_nothing_is_sent(force: Force, capsys, tmp_path: Path):
    bad = CSV + "DUR/24/0003,Jo,Bloggs,31/02/1999,Theft,2026-11-01,2026-11-02,PC 1,,\n"
    bad += "R" * 101 + ",Jo,Bloggs,1999-02-01,Theft,2026-11-01,2026-11-02,PC 1,,\n"
    (tmp_path / "bad.csv").write_text(bad)
    before = force.snapshot()
    assert (
        force.run("refer", "--csv", tmp_path / "bad.csv", "--to", "Provider Ltd", "--out", tmp_path / "o")
        == 2
    )
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "row 4: field person.date_of_birth must be a date" in err
    assert "row 5: force_reference is longer than 100 characters" in err
    assert "Bloggs" not in err
    assert force.snapshot() == before and not (tmp_path / "o").exists()


def referral_ids(force: Force, tmp_path: Path) -> dict[str, str]:
    (tmp_path / "referrals.csv").write_text(CSV)
    assert (
        force.run(
            "refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path / "sent"
        )
        == 0
    )
    [bundle] = (tmp_path / "sent").glob("*.cpbundle")
    opened = open_bundle(
        bundle.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert]
    )
    return {r.data["force_reference"]: r.id for r in opened.records} | {
        "bundle": opened.manifest.bundle_id,
        "sha": opened.sha256,
    }


def test_receive_stores_returns_sealed_acknowledges_and_a_second_receive_changes_nothing(
    force, capsys, tmp_path
):
    refs = referral_ids(force, tmp_path)
    pdf = Attachment("returns/2026-11.pdf", PDF)
    ack_of_referrals = Record(
        "ack",
        uid(),
        1,
        {
            "bundle_id": refs["bundle"],
            "sequence": 1,
            "bundle_sha256": refs["sha"],
            "received_at": "2026-11-05T10:00:00Z",
            "result": "applied",
        },
    )
    records = [contract_state(refs["DUR/24/0001"]), return_record(refs["DUR/24/0001"], pdf), ack_of_referrals]
    bundle = force.provider_bundle(records, [pdf])
    capsys.readouterr()
    assert force.run("receive", bundle) == 0
    out = capsys.readouterr().out
    assert "accepted" in out and "2 records applied" in out and "1 return" in out
    [stored] = (force.dir / "returns").rglob("*.sealed")
    assert PDF not in stored.read_bytes() and stat.S_IMODE(stored.stat().st_mode) == 0o600
    [ack_file] = (force.dir / "outbox").glob("*.cpbundle")
    ack = open_bundle(
        ack_file.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert]
    )
    assert ack.records[0].type == "ack"
    assert ack.records[0].data["bundle_sha256"] == sha256_hex(bundle.read_bytes())
    assert ack.manifest.sequence == 2  # after the referral bundle: one sequence per partner
    assert _modes(force.dir) == []

    before = force.snapshot()
    assert force.run("receive", bundle) == 2
    assert "refused" in (err := capsys.readouterr().err) and "replayed bundle" in err
    assert force.snapshot() == before


def test_status_shows_people_overdue_returns_and_waiting_bundles(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    today = date(2026, 12, 20)
    old_start = (today - timedelta(days=50)).isoformat()
    pdf = Attachment("r.pdf", PDF)
    records = [
        contract_state(refs["DUR/24/0001"], signed_on=old_start),
        contract_state(refs["DUR/24/0002"], signed_on=old_start),
        return_record(refs["DUR/24/0002"], pdf, signed_on=(today - timedelta(days=10)).isoformat()),
    ]
    assert force.run("receive", force.provider_bundle(records, [pdf])) == 0
    capsys.readouterr()
    assert force.run("status", "--today", today.isoformat(), user="ann") == 0
    out = capsys.readouterr().out
    assert "Provider Ltd" in out and "last bundle: #1" in out
    assert "people: 2 (2 referred by the force, 2 active)" in out
    assert "overdue returns: 1" in out and f"DUR/24/0001: nothing since {old_start} (50 days)" in out
    assert "DUR/24/0002: nothing" not in out
    assert "waiting for acknowledgement: 1 bundle," in out
    assert "returns not read yet: 1" in out
    assert "Taylor" not in out and "Morgan" not in out  # status names no one


def test_out_of_order_bundles_name_the_gap_then_fill_it(force, capsys):
    first = force.provider_bundle([contract_state(uid())], [], sequence=1)
    second = force.provider_bundle(
        [contract_state(uid())], [], sequence=2, previous=sha256_hex(first.read_bytes())
    )
    third = force.provider_bundle(
        [contract_state(uid())], [], sequence=3, previous=sha256_hex(second.read_bytes())
    )
    assert force.run("receive", first, third) == 0
    assert "gap: bundle 2 from this sender not received yet" in capsys.readouterr().out
    force.run("status")
    assert "missing bundles: 2" in capsys.readouterr().out
    assert force.run("receive", second) == 0
    out = capsys.readouterr().out
    assert "late bundle: sequence 2 fills a gap" in out and "conflict" not in out


def test_bad_bundles_are_refused_with_their_reason_and_change_nothing(force, capsys, tmp_path):
    good = force.provider_bundle([contract_state(uid())], []).read_bytes()
    tampered = bytearray(good)
    tampered[-50] ^= 0xFF
    header = BundleHeader(Direction.PROVIDER_TO_FORCE, "Provider Ltd", "Elsewhere", 1, None, NOW)
    elsewhere = build_bundle(
        header,
        [contract_state(uid())],
        [],
        identity("provider").key,
        identity("provider").cert,
        identity("other-force").cert,
    )
    unpinned = build_bundle(
        header, [contract_state(uid())], [], identity("stranger").key, identity("stranger").cert, force.cert
    )
    cases = {
        "truncated": (good[:-100], "truncated bundle"),
        "tampered": (bytes(tampered), "tampered bundle"),
        "wrong": (elsewhere, "wrong recipient"),
        "junk": (b"PK\x03\x04 not this", "not a bundle"),
        "unpinned": (unpinned, "unpinned signer"),
        "big": (good, "oversized bundle"),
    }
    before = force.snapshot()
    for name, (data, message) in cases.items():
        (tmp_path / f"{name}.cpbundle").write_bytes(data)
        extra = ("--max-size", str(len(good) - 1)) if name == "big" else ()
        assert force.run("receive", tmp_path / f"{name}.cpbundle", *extra) == 2
        err = capsys.readouterr().err
        assert f"refused {name}.cpbundle: {message}" in err, err
    assert force.snapshot() == before


def test_a_provider_record_contradicting_the_forces_referral_is_a_conflict(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    record = contract_state(refs["DUR/24/0002"])  # carries force_reference DUR/24/0001
    assert force.run("receive", force.provider_bundle([record], [])) == 0
    assert "another force reference" in capsys.readouterr().out
    [ack_file] = sorted((force.dir / "outbox").glob("*.cpbundle"))
    ack = open_bundle(
        ack_file.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert]
    )
    assert ack.records[0].data["result"] == "applied_with_conflicts"
    force.run("status")
    assert "conflicts to review: 1" in capsys.readouterr().out


def test_a_newer_version_replaces_an_older_one_and_an_older_one_changes_nothing(force, capsys):
    rid = uid()
    v2 = force.provider_bundle([contract_state(uid(), state="completed", record_id=rid, version=2)], [], 1)
    v1 = force.provider_bundle(
        [contract_state(uid(), record_id=rid, version=1)], [], 2, previous=sha256_hex(v2.read_bytes())
    )
    assert force.run("receive", v2, v1) == 0
    assert "0 records applied, 1 already held" in capsys.readouterr().out
    assert force.rows("SELECT version FROM provider_records WHERE id = :i", i=rid) == [(2,)]


def test_a_bundle_of_acknowledgements_only_is_not_acknowledged(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    ack = Record(
        "ack",
        uid(),
        1,
        {
            "bundle_id": refs["bundle"],
            "sequence": 1,
            "bundle_sha256": refs["sha"],
            "received_at": "2026-11-05T10:00:00.123456Z",
            "result": "applied",
        },
    )
    assert force.run("receive", force.provider_bundle([ack], [])) == 0
    assert "1 acknowledgement" in capsys.readouterr().out
    assert not list((force.dir / "outbox").glob("*.cpbundle"))
    force.run("status")
    assert "waiting for acknowledgement" not in capsys.readouterr().out
    # kept in the one form every stored time has (to the second), so it sorts as a time on both engines
    assert force.rows("SELECT acked_at FROM sent_bundles") == [("2026-11-05T10:00:00Z",)]


def test_the_passphrase_can_come_from_the_environment(force, capsys, tmp_path, monkeypatch):
    (tmp_path / "referrals.csv").write_text(CSV)
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", PASS)
    monkeypatch.setenv("CHECKPOINT_FORCE_USER", "dana")
    db = ["--db", force.db] if force.db else []
    code = main(
        [
            "refer",
            str(force.dir),
            "--csv",
            str(tmp_path / "referrals.csv"),
            "--to",
            "Provider Ltd",
            "--out",
            str(tmp_path / "o"),
            *db,
        ]
    )
    assert code == 0, capsys.readouterr().err
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", "not it at all")
    assert main(["receive", str(force.dir), str(next((tmp_path / "o").glob("*"))), *db]) == 2
    assert "wrong passphrase" in capsys.readouterr().err


def test_both_engines_keep_long_references_fractional_seconds_and_huge_versions(force, capsys):
    """What the sync format allows, PostgreSQL keeps as SQLite does (it used to refuse with 'database error')."""
    long_ref = "DUR/" + "9" * 300
    record = Record(
        "contract_state",
        uid(),
        2**53 - 1,
        {"referral_id": uid(), "force_reference": long_ref, "state": "active", "signed_on": "2026-10-01"},
    )
    header = BundleHeader(
        Direction.PROVIDER_TO_FORCE,
        "Provider Ltd",
        "Durham",
        9_000,
        "0" * 64,
        NOW.replace(microsecond=123456),
    )
    data = build_bundle(header, [record], [], identity("provider").key, identity("provider").cert, force.cert)
    path = force.tmp / "big-numbers.cpbundle"
    path.write_bytes(data)
    assert force.run("receive", path) == 0, capsys.readouterr().err
    assert force.rows("SELECT force_reference, version FROM provider_records") == [(long_ref, 2**53 - 1)]
    capsys.readouterr()
    assert force.run("status") == 0
    assert "missing bundles: 1, 2, 3" in (out := capsys.readouterr().out) and "and 8979 more" in out


def test_a_sequence_that_jumps_too_far_is_refused_without_listing_the_gap(force, capsys):
    header = BundleHeader(Direction.PROVIDER_TO_FORCE, "Provider Ltd", "Durham", 2**40, "0" * 64, NOW)
    data = build_bundle(
        header, [contract_state(uid())], [], identity("provider").key, identity("provider").cert, force.cert
    )
    (force.tmp / "far.cpbundle").write_bytes(data)
    before = force.snapshot()
    assert force.run("receive", force.tmp / "far.cpbundle") == 2
    assert "jumps more than 10000 past the last bundle received (0)" in capsys.readouterr().err
    assert force.snapshot() == before


def _refuse_in_database(force: Force, reference: str) -> None:
    """Make the database itself refuse one record, as a full disk or a constraint would."""
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


def test_a_bundle_the_database_refuses_does_not_stop_the_others(force, capsys):
    _refuse_in_database(force, "BOOM/1")
    boom = Record(
        "contract_state", uid(), 1, {"referral_id": uid(), "force_reference": "BOOM/1", "state": "active"}
    )
    first = force.provider_bundle([boom], [], sequence=1)
    junk = force.tmp / "junk.cpbundle"
    junk.write_bytes(b"not a bundle at all")
    fine = contract_state(uid())
    second = force.provider_bundle([fine], [], sequence=2, previous=sha256_hex(first.read_bytes()))
    assert force.run("receive", first, junk, second) == 2
    captured = capsys.readouterr()
    assert f"refused {first.name}: the database refused it, nothing was changed" in captured.err
    assert "refused junk.cpbundle: not a bundle" in captured.err
    assert f"accepted {second.name}: bundle #2" in captured.out
    assert force.rows("SELECT id FROM provider_records") == [(fine.id,)]
    assert force.rows("SELECT sequence FROM received_bundles") == [(2,)]
    assert len(list((force.dir / "outbox").glob("*.cpbundle"))) == 1  # the second one's acknowledgement only


@pytest.mark.parametrize(
    "argv",
    [["status"], ["report", "--kind", "reoffended"], ["status", "--today", "x"], ["nonsense"], ["receive"]],
)
def test_usage_mistakes_are_one_line_and_exit_2(argv, force, capsys):
    code = (
        main(
            [
                argv[0],
                str(force.dir),
                *argv[1:],
                "--user",
                "dana",
                "--passphrase-file",
                str(force.passfile),
                *(["--db", force.db] if force.db else []),
            ]
        )
        if argv[0] != "nonsense"
        else main(argv)
    )
    err = capsys.readouterr().err
    if argv == ["status"]:
        assert code == 0
        return
    assert code == 2 and len(err.strip().splitlines()) == 1, err
