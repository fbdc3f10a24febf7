"""`checkpoint-force` end to end: init, partner add, refer from CSV, receive (twice), status, bad bundles."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sync_support import NOW, PDF, contract_state, identity, return_record, uid

from desktop.cli.force import main
from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Record,
    build_bundle,
    display_fingerprint,
    load_cert,
    open_bundle,
    sha256_hex,
)

CSV = (
    "force_reference,first_name,last_name,date_of_birth,offence,offence_date,referral_date,officer,phone\n"
    "DUR/24/0001,Sam,Taylor,02/04/1990,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones,\n"
    "DUR/24/0002,Alex,Morgan,1985-12-24,Possession of cocaine,2026-11-02,2026-11-04,PC 77 Patel,07700 900123\n"
)


class Force:
    def __init__(self, tmp: Path) -> None:
        self.dir = tmp / "force"
        self.passfile = tmp / "pass.txt"
        self.passfile.write_text("correct horse battery\n", encoding="utf-8")
        self.tmp = tmp

    def run(self, *args: str | Path, db: str | None = None) -> int:
        command, *rest = args
        extra = ["--db", db] if db else []
        return main([*str(command).split(), str(self.dir), *map(str, rest), "--passphrase-file",
                     str(self.passfile), *extra])

    @property
    def cert(self):
        return load_cert((self.dir / "force-cert.pem").read_bytes())

    def provider_bundle(self, records: list[Record], attachments: list[Attachment], sequence: int = 1,
                        previous: str | None = None) -> Path:
        header = BundleHeader(Direction.PROVIDER_TO_FORCE, "Provider Ltd", "Durham", sequence, previous, NOW)
        data = build_bundle(header, records, attachments, identity("provider").key, identity("provider").cert,
                            self.cert)
        path = self.tmp / f"provider-{sequence:06d}-{uid()[:8]}.cpbundle"
        path.write_bytes(data)
        return path

    def snapshot(self) -> tuple[dict[str, list[tuple]], dict[str, bytes]]:
        with sqlite3.connect(self.dir / "force.db") as db:
            tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            rows = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
        files = {str(p.relative_to(self.dir)): p.read_bytes() for p in self.dir.rglob("*") if p.is_file()
                 and p.name not in ("force.db", "force.db-journal")}
        return rows, files


@pytest.fixture(scope="module")
def initialised(tmp_path_factory) -> Force:
    force = Force(tmp_path_factory.mktemp("force-cli"))
    assert force.run("init", "--name", "Durham") == 0
    return force


@pytest.fixture
def force(initialised: Force, tmp_path: Path) -> Force:
    """A copy of one initialised folder per test (RSA-3072 key generation is slow)."""
    import shutil

    copy = Force(tmp_path)
    shutil.copytree(initialised.dir, copy.dir)
    copy.passfile.write_text(initialised.passfile.read_text())
    provider_pem = tmp_path / "provider.pem"
    provider_pem.write_bytes(__import__("desktop.services.sync", fromlist=["cert_pem"]).cert_pem(
        identity("provider").cert))
    assert copy.run("partner add", "--cert", provider_pem, "--name", "Provider Ltd") == 0
    return copy


def test_init_writes_an_encrypted_key_and_a_certificate(initialised: Force, capsys):
    key = (initialised.dir / "force-key.pem").read_text()
    assert "ENCRYPTED PRIVATE KEY" in key
    assert (initialised.dir / "force-key.pem").stat().st_mode & 0o077 == 0
    assert initialised.run("init") == 2
    assert "already holds a force key" in capsys.readouterr().err


def test_cert_export_and_partner_add_print_the_fingerprint(force: Force, capsys, tmp_path: Path):
    assert force.run("cert", "--out", tmp_path / "out.pem") == 0
    assert load_cert((tmp_path / "out.pem").read_bytes()) == force.cert
    assert display_fingerprint(force.cert) in capsys.readouterr().out
    pem = tmp_path / "other.pem"
    pem.write_bytes(__import__("desktop.services.sync", fromlist=["cert_pem"]).cert_pem(identity("other").cert))
    assert force.run("partner add", "--cert", pem, "--name", "Other Service") == 0
    assert display_fingerprint(identity("other").cert) in capsys.readouterr().out
    assert force.run("partner add", "--cert", pem, "--name", "Again") == 2
    assert "already pinned as 'Other Service'" in capsys.readouterr().err


def test_wrong_passphrase_is_refused_plainly(force: Force, capsys, tmp_path: Path):
    (tmp_path / "referrals.csv").write_text(CSV)
    force.passfile.write_text("wrong passphrase!!")
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path) == 2
    assert "wrong passphrase" in capsys.readouterr().err


def test_refer_from_csv_makes_a_bundle_the_provider_opens(force: Force, capsys, tmp_path: Path):
    (tmp_path / "referrals.csv").write_text(CSV)
    out = tmp_path / "out"
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", out) == 0
    [bundle] = out.glob("*.cpbundle")
    assert bundle.name == "durham-to-provider-ltd-000001.cpbundle"
    opened = open_bundle(bundle.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert],
                         direction=Direction.FORCE_TO_PROVIDER)
    assert [r.data["force_reference"] for r in opened.records] == ["DUR/24/0001", "DUR/24/0002"]
    assert opened.records[0].data["person"]["date_of_birth"] == "1990-04-02"
    assert opened.records[1].data["person"]["phone"] == "07700 900123"
    assert opened.manifest.sequence == 1 and opened.manifest.sender.name == "Durham"
    capsys.readouterr()
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", out) == 0
    assert "Nothing to send" in capsys.readouterr().out
    assert len(list(out.glob("*.cpbundle"))) == 1


def test_a_bad_csv_row_is_named_and_nothing_is_sent(force: Force, capsys, tmp_path: Path):
    bad = CSV + "DUR/24/0003,Jo,Bloggs,31/02/1999,Theft,2026-11-01,2026-11-02,PC 1,\n"
    (tmp_path / "bad.csv").write_text(bad)
    before = force.snapshot()
    assert force.run("refer", "--csv", tmp_path / "bad.csv", "--to", "Provider Ltd", "--out", tmp_path / "o") == 2
    err = capsys.readouterr().err
    assert "row 4: field person.date_of_birth must be a date" in err
    assert "Bloggs" not in err
    assert force.snapshot() == before and not (tmp_path / "o").exists()


def _referral_ids(force: Force, tmp_path: Path) -> dict[str, str]:
    (tmp_path / "referrals.csv").write_text(CSV)
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out",
                     tmp_path / "sent") == 0
    [bundle] = (tmp_path / "sent").glob("*.cpbundle")
    opened = open_bundle(bundle.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert])
    return {r.data["force_reference"]: r.id for r in opened.records} | {"bundle": opened.manifest.bundle_id,
                                                                         "sha": opened.sha256}


def test_receive_stores_returns_acknowledges_and_a_second_receive_changes_nothing(force, capsys, tmp_path):
    refs = _referral_ids(force, tmp_path)
    pdf = Attachment("returns/2026-11.pdf", PDF)
    ack_of_referrals = Record("ack", uid(), 1, {"bundle_id": refs["bundle"], "sequence": 1,
                                                "bundle_sha256": refs["sha"], "received_at": "2026-11-05T10:00:00Z",
                                                "result": "applied"})
    records = [contract_state(refs["DUR/24/0001"]), return_record(refs["DUR/24/0001"], pdf), ack_of_referrals]
    bundle = force.provider_bundle(records, [pdf])
    capsys.readouterr()
    assert force.run("receive", bundle) == 0
    out = capsys.readouterr().out
    assert "accepted" in out and "2 record(s) applied" in out and "1 return(s)" in out
    [stored_pdf] = (force.dir / "returns").rglob("*.pdf")
    assert stored_pdf.read_bytes() == PDF
    [ack_file] = (force.dir / "outbox").glob("*.cpbundle")
    ack = open_bundle(ack_file.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert])
    assert ack.records[0].type == "ack"
    assert ack.records[0].data["bundle_sha256"] == sha256_hex(bundle.read_bytes())
    assert ack.manifest.sequence == 2  # after the referral bundle: one sequence per partner

    before = force.snapshot()
    assert force.run("receive", bundle) == 1
    assert "refused" in (err := capsys.readouterr().err) and "replayed bundle" in err
    assert force.snapshot() == before


def test_status_shows_people_overdue_returns_and_waiting_bundles(force, capsys, tmp_path):
    refs = _referral_ids(force, tmp_path)
    today = date(2026, 12, 20)
    old_start = (today - timedelta(days=50)).isoformat()
    pdf = Attachment("r.pdf", PDF)
    records = [contract_state(refs["DUR/24/0001"], signed_on=old_start),
               contract_state(refs["DUR/24/0002"], signed_on=old_start),
               return_record(refs["DUR/24/0002"], pdf, signed_on=(today - timedelta(days=10)).isoformat())]
    assert force.run("receive", force.provider_bundle(records, [pdf])) == 0
    capsys.readouterr()
    assert force.run("status", "--today", today.isoformat()) == 0
    out = capsys.readouterr().out
    assert "Provider Ltd" in out and "last bundle: #1" in out
    assert "people: 2 (2 referred by the force, 2 active)" in out
    assert "overdue returns: 1" in out and f"DUR/24/0001: nothing since {old_start} (50 days)" in out
    assert "DUR/24/0002:" not in out
    assert "waiting for acknowledgement: 1 bundle(s)" in out


def test_out_of_order_bundles_name_the_gap_then_fill_it(force, capsys):
    first = force.provider_bundle([contract_state(uid())], [], sequence=1)
    second = force.provider_bundle([contract_state(uid())], [], sequence=2, previous=sha256_hex(first.read_bytes()))
    third = force.provider_bundle([contract_state(uid())], [], sequence=3, previous=sha256_hex(second.read_bytes()))
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
    elsewhere = build_bundle(header, [contract_state(uid())], [], identity("provider").key,
                             identity("provider").cert, identity("other-force").cert)
    unpinned = build_bundle(header, [contract_state(uid())], [], identity("stranger").key,
                            identity("stranger").cert, force.cert)
    cases = {"truncated": (good[:-100], "truncated bundle"), "tampered": (bytes(tampered), "tampered bundle"),
             "wrong": (elsewhere, "wrong recipient"), "junk": (b"PK\x03\x04 not this", "not a bundle"),
             "unpinned": (unpinned, "unpinned signer"), "big": (good, "oversized bundle")}
    before = force.snapshot()
    for name, (data, message) in cases.items():
        (tmp_path / f"{name}.cpbundle").write_bytes(data)
        extra = ("--max-size", str(len(good) - 1)) if name == "big" else ()
        assert force.run("receive", tmp_path / f"{name}.cpbundle", *extra) == 1
        err = capsys.readouterr().err
        assert f"refused {name}.cpbundle: {message}" in err, err
    assert force.snapshot() == before


def test_a_provider_record_contradicting_the_forces_referral_is_a_conflict(force, capsys, tmp_path):
    refs = _referral_ids(force, tmp_path)
    record = contract_state(refs["DUR/24/0002"])  # carries force_reference DUR/24/0001
    assert force.run("receive", force.provider_bundle([record], [])) == 0
    assert "another force reference" in capsys.readouterr().out
    [ack_file] = sorted((force.dir / "outbox").glob("*.cpbundle"))
    ack = open_bundle(ack_file.read_bytes(), identity("provider").key, identity("provider").cert, [force.cert])
    assert ack.records[0].data["result"] == "applied_with_conflicts"
    force.run("status")
    assert "conflicts to review: 1" in capsys.readouterr().out


def test_a_newer_version_replaces_an_older_one_and_an_older_one_changes_nothing(force, capsys):
    rid = uid()
    v2 = force.provider_bundle([contract_state(uid(), state="completed", record_id=rid, version=2)], [], 1)
    v1 = force.provider_bundle([contract_state(uid(), record_id=rid, version=1)], [], 2,
                               previous=sha256_hex(v2.read_bytes()))
    assert force.run("receive", v2, v1) == 0
    out = capsys.readouterr().out
    assert "0 record(s) applied, 1 already held" in out
    with sqlite3.connect(force.dir / "force.db") as db:
        assert db.execute("SELECT version FROM provider_records WHERE id=?", (rid,)).fetchone() == (2,)


def test_a_bundle_of_acknowledgements_only_is_not_acknowledged(force, capsys, tmp_path):
    refs = _referral_ids(force, tmp_path)
    ack = Record("ack", uid(), 1, {"bundle_id": refs["bundle"], "sequence": 1, "bundle_sha256": refs["sha"],
                                   "received_at": "2026-11-05T10:00:00Z", "result": "applied"})
    assert force.run("receive", force.provider_bundle([ack], [])) == 0
    assert "1 acknowledgement(s)" in capsys.readouterr().out
    assert not list((force.dir / "outbox").glob("*.cpbundle"))
    force.run("status")
    assert "waiting for acknowledgement" not in capsys.readouterr().out


def test_the_passphrase_can_come_from_the_environment(force, capsys, tmp_path, monkeypatch):
    (tmp_path / "referrals.csv").write_text(CSV)
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", force.passfile.read_text().rstrip("\n"))
    code = main(["refer", str(force.dir), "--csv", str(tmp_path / "referrals.csv"), "--to", "Provider Ltd",
                 "--out", str(tmp_path / "o")])
    assert code == 0, capsys.readouterr().err
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", "not it at all")
    assert main(["receive", str(force.dir), str(next((tmp_path / "o").glob("*")))]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
