"""Erasure across the exchange: a referral the force sent, imported by the provider, reported back on. The
provider's `erase` removes the person and the sync copies of the force's referral; `checkpoint-force erase`
removes the force's referral, the provider's records about it and its sealed returns. Each side's chain holds,
and the other referral is untouched."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from store_fixtures import PASS, raw_connection
from sync_provider_support import CSV_HEADER, FORCE, WHEN, ForceSide, provider_store

from desktop.cli.force import main as force_main
from desktop.cli.main import main
from desktop.domain import default_conditions
from desktop.services.sync_provider import apply_import, export_bundle, open_incoming

REF, OTHER, LONGER = "DUR/24/0001", "DUR/24/0002", "DUR/24/00010"  # REF is a prefix of LONGER
NEEDLES = ("Wilhelmina", "Pargeter", REF, "1979-08-23")
CSV = (
    CSV_HEADER
    + f"{REF},Wilhelmina,Pargeter,1979-08-23,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones\n"
    + f"{OTHER},Alex,Morgan,1990-04-02,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones\n"
    + f"{LONGER},Kit,Longer,1991-02-03,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones\n"
).encode()


def _found(needle: str, blob: bytes) -> bool:
    """`needle` not followed by another digit: DUR/24/0001 is found in '"DUR/24/0001"', not in DUR/24/00010."""
    return re.search(re.escape(needle.encode()) + rb"(?!\d)", blob) is not None


def _hits_in_rows(conn: sqlcipher3.Connection, needles: tuple[str, ...]) -> list[str]:
    hits = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{t}"'):
            for v in row:
                blob = v if isinstance(v, bytes) else str(v).encode()
                hits += [f"{t}: {n}" for n in needles if _found(n, blob)]
    return hits


def _hits_in_files(folder: Path, needles: tuple[str, ...]) -> list[str]:
    return [
        f"{p}: {n}" for p in folder.rglob("*") if p.is_file() for n in needles if _found(n, p.read_bytes())
    ]


@pytest.fixture
def exchanged(tmp_path: Path) -> tuple[Path, Path, bytes]:
    force = ForceSide(tmp_path / "force")
    store = provider_store(tmp_path / "store", force)
    bundle = force.refer(CSV)
    apply_import(store, open_incoming(store, bundle.read_bytes()), WHEN, bundle.name)
    person = next(r.person_id for r in store.cases.caseload() if r.name == "Wilhelmina Pargeter")
    store.cases.sign_contract(person, date(2026, 11, 10), default_conditions(""))
    out = export_bundle(store, FORCE, tmp_path / "outbox", WHEN)
    assert out.path is not None
    force.receive(out.path)
    key = force.ctx.keys.sqlcipher_key
    store.close()
    force.close()
    bundle.unlink()  # the referral bundle was delivered: it is the transport, not the force's store
    return tmp_path / "store", tmp_path / "force", key


def test_both_sides_erase_and_keep_their_chains(
    exchanged: tuple[Path, Path, bytes], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store, force, key = exchanged
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", "force passphrase")
    conn = raw_connection(store)
    assert any("sync_received_records" in h for h in _hits_in_rows(conn, NEEDLES))  # the sync copy is there
    conn.close()

    assert (
        main(["erase", str(store), "--user", "admin", "--person", REF, "--reason", "referral in error"]) == 0
    )
    conn = raw_connection(store)
    try:
        assert _hits_in_rows(conn, NEEDLES) == []
        for kept in (OTHER, LONGER):
            assert (
                conn.execute("SELECT count(*) FROM people WHERE force_reference = ?", (kept,)).fetchone()[0]
                == 1
            )
        assert conn.execute("SELECT count(*) FROM erasure_notices").fetchone()[0] == 0  # the DSA did not ask
        received = [r[0] for r in conn.execute("SELECT data_json FROM sync_received_records")]
        assert any(LONGER in d for d in received)  # a longer reference is another person: its sync log stays
    finally:
        conn.close()
    assert _hits_in_files(store, NEEDLES) == []
    assert main(["check", str(store), "--user", "admin"]) == 0

    assert (
        force_main(["erase", str(force), "--user", "dana", "--ref", REF, "--reason", "referral in error"])
        == 0
    )
    assert "Erased referral" in capsys.readouterr().out
    assert force_main(["find", str(force), "--user", "dana", "--last-name", "Pargeter"]) == 0
    assert "No referral matches" in capsys.readouterr().out
    assert force_main(["find", str(force), "--user", "dana", "--last-name", "Morgan"]) == 0
    assert OTHER in capsys.readouterr().out
    assert force_main(["audit", str(force), "--user", "admin"]) == 0
    assert "audit chain ok" in capsys.readouterr().out
    fconn = sqlcipher3.connect(str(force / "force.db"))
    fconn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        assert _hits_in_rows(fconn, (REF,)) == []
    finally:
        fconn.close()
    assert _hits_in_files(force, NEEDLES) == []


def test_a_providers_erasure_reaches_the_force_when_the_agreement_says_so(
    exchanged: tuple[Path, Path, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.force.receive import receive_bundle
    from desktop.force.session import open_force
    from desktop.storage.store import CaseStore

    store, force, key = exchanged
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)
    assert main(["retention", "tell-force", str(store), "on", "--user", "admin"]) == 0
    assert (
        main(["erase", str(store), "--user", "admin", "--person", REF, "--reason", "erasure request granted"])
        == 0
    )
    with CaseStore.open(store, "admin", PASS) as s:
        out = export_bundle(s, FORCE, tmp_path / "outbox2", WHEN)
        again = export_bundle(s, FORCE, tmp_path / "outbox3", WHEN)
    assert out.counts == {"erasure": 1} and again.path is None  # sent once
    assert out.path is not None
    fconn = sqlcipher3.connect(str(force / "force.db"))
    fconn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    referral_id = fconn.execute("SELECT id FROM referrals WHERE force_reference = ?", (REF,)).fetchone()[0]
    assert fconn.execute(
        "SELECT count(*) FROM provider_records WHERE referral_id = ?", (referral_id,)
    ).fetchone()[0]
    fconn.close()
    ctx = open_force(force, "dana", "force passphrase", clock=lambda: WHEN)
    try:
        received = receive_bundle(ctx, out.path.read_bytes(), WHEN)
    finally:
        ctx.close()
    assert received.applied == 1 and received.conflicts == []
    fconn = sqlcipher3.connect(str(force / "force.db"))
    fconn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        assert (
            fconn.execute(
                "SELECT count(*) FROM provider_records WHERE referral_id = ?", (referral_id,)
            ).fetchone()[0]
            == 0
        )
        assert (
            fconn.execute("SELECT count(*) FROM provider_records").fetchone()[0] == 0
        )  # only hers were sent
        assert fconn.execute("SELECT count(*) FROM referrals").fetchone()[0] == 3  # the force's own stay
        assert (
            fconn.execute("SELECT count(*) FROM force_audit WHERE action = 'provider.erasure'").fetchone()[0]
            == 1
        )
    finally:
        fconn.close()
    monkeypatch.setenv("CHECKPOINT_FORCE_PASSPHRASE", "force passphrase")
    assert force_main(["audit", str(force), "--user", "admin"]) == 0
