"""Erasure is real: after `checkpoint-desk erase`, no byte of the store folder and no row of the decrypted
database holds the person's name, reference or date of birth; others are untouched; the chain still verifies;
the guard triggers are back; a legal hold stops it; a keyworker cannot erase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3
from privacy_fixtures import NEEDLES, REF, PrivacyStore, build_privacy_store
from returns_store_fixtures import RET_PASS, ret_clock

from desktop.cli.main import main
from desktop.storage.privacy import GUARD_TRIGGERS
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault

pytestmark = pytest.mark.slow  # one signing worker for the fixture


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> PrivacyStore:
    return build_privacy_store(tmp_path_factory.mktemp("privacy") / "store")


@pytest.fixture
def ps(template: PrivacyStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PrivacyStore:
    folder = tmp_path / "store"
    shutil.copytree(template.folder, folder)
    for lock in folder.glob("*.lock"):
        lock.unlink()
    outbox = folder / "outbox"
    # the exported PDF paths point at the template's outbox: erase the copy's own files
    with CaseStore.open(folder, "admin", RET_PASS, clock=ret_clock) as store, store.write() as s:
        s.connection().exec_driver_sql("DROP TRIGGER returns_signed_never_change")
        s.connection().exec_driver_sql(
            f"UPDATE returns SET export_paths = replace(export_paths, '{template.outbox}', '{outbox}')"
        )
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    return PrivacyStore(folder, template.imogen, template.noah, outbox)


def _db(folder: Path) -> sqlcipher3.Connection:
    key, _ = KeyVault.load(folder).unlock("admin", RET_PASS)
    conn = sqlcipher3.connect(str(folder / "cases.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _found_in_db(folder: Path, needles: tuple[str, ...]) -> list[str]:
    conn = _db(folder)
    hits = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for t in tables:
            for row in conn.execute(f'SELECT * FROM "{t}"'):
                for v in row:
                    blob = v if isinstance(v, bytes) else str(v).encode()
                    hits += [
                        f"{t}: {n}" for n in needles if n.encode() in blob or n.casefold().encode() in blob
                    ]
    finally:
        conn.close()
    return hits


def _found_in_files(folder: Path, needles: tuple[str, ...]) -> list[str]:
    return [
        f"{p}: {n}"
        for p in folder.rglob("*")
        if p.is_file()
        for n in needles
        if n.encode() in p.read_bytes() or n.encode("utf-16-be") in p.read_bytes()
    ]


def _counts(folder: Path, person_id: str) -> dict[str, int]:
    conn = _db(folder)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE person_id = ?", (person_id,)).fetchone()[0]
            for t in ("appointments", "assessments", "returns", "contracts", "referrals", "consents")
        }
    finally:
        conn.close()


def test_erase_leaves_no_trace_and_the_chain_verifies(
    ps: PrivacyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _found_in_db(ps.folder, NEEDLES)  # the search can see her before
    assert list(ps.outbox.glob("*.pdf"))
    noah_before = _counts(ps.folder, ps.noah)
    rc = main(
        ["erase", str(ps.folder), "--user", "manager", "--person", REF, "--reason", "erasure request granted"]
    )
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "Erased" in out and "returns " in out and "assessments 1" in out
    assert _found_in_db(ps.folder, NEEDLES) == []
    assert _found_in_files(ps.folder, NEEDLES) == []
    assert not list(ps.outbox.glob("*.pdf"))  # the exported signed return is gone too
    assert _counts(ps.folder, ps.noah) == noah_before and all(noah_before.values())
    assert main(["check", str(ps.folder), "--user", "admin"]) == 0
    conn = _db(ps.folder)
    try:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        tomb = conn.execute("SELECT actor, detail FROM audit_log WHERE action = 'person.erase'").fetchall()
        with pytest.raises(sqlcipher3.IntegrityError, match="never deleted"):  # the guard is back for Noah
            conn.execute("DELETE FROM assessments WHERE person_id = ? AND completed = 1", (ps.noah,))
    finally:
        conn.close()
    assert set(GUARD_TRIGGERS) <= triggers
    assert len(tomb) == 1 and tomb[0][0] == "manager"
    assert '"rule": "decision"' in tomb[0][1] and "erasure request granted" in tomb[0][1]
    assert '"person_search": 1' in tomb[0][1]  # her one search entry, through search_index.unindex_people
    with CaseStore.open(ps.folder, "manager", RET_PASS, clock=ret_clock) as store:
        assert store.cases.search("noah testcase") == [ps.noah]  # the others' entries are untouched
        assert store.cases.search(REF) == []


def test_no_audit_entry_keeps_the_reference_in_any_form(ps: PrivacyStore) -> None:
    """return.export used to name the exported file, whose name holds the reference as NS-26-399001."""
    assert main(["erase", str(ps.folder), "--user", "manager", "--person", REF, "--reason", "request"]) == 0
    assert _found_in_db(ps.folder, (REF.replace("/", "-"),)) == []


def test_a_held_person_is_not_erased(ps: PrivacyStore, capsys: pytest.CaptureFixture[str]) -> None:
    base = [str(ps.folder), "--user", "manager", "--person", REF]
    assert main(["hold", "add", *base, "--reason", "court order 2026/118"]) == 0
    assert main(["hold", "add", *base, "--reason", "again"]) == 2  # one hold at a time, said clearly
    capsys.readouterr()
    assert main(["hold", "list", str(ps.folder), "--user", "manager"]) == 0
    assert REF in capsys.readouterr().out
    assert main(["erase", *base, "--reason", "request"]) == 2
    err = capsys.readouterr().err
    assert "legal hold" in err and err.count("\n") == 1
    assert _found_in_db(ps.folder, (REF,))  # nothing lost
    assert main(["hold", "remove", *base, "--reason", "order lifted"]) == 0
    assert main(["erase", *base, "--reason", "request"]) == 0
    assert _found_in_db(ps.folder, NEEDLES) == []


def test_a_keyworker_cannot_erase_or_hold(ps: PrivacyStore, capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in (["erase"], ["hold", "add"]):
        assert main([*cmd, str(ps.folder), "--user", "alex", "--person", REF, "--reason", "x"]) == 2
        assert "manager or admin" in capsys.readouterr().err
    assert _found_in_db(ps.folder, (REF,))


def test_erase_needs_a_reason_and_a_known_person(
    ps: PrivacyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["erase", str(ps.folder), "--user", "manager", "--person", REF, "--reason", "  "]) == 2
    assert "reason" in capsys.readouterr().err
    assert main(["erase", str(ps.folder), "--user", "manager", "--person", "NS/00/0", "--reason", "x"]) == 2
    assert "no person" in capsys.readouterr().err
