"""Subject access: `checkpoint-desk sar` writes a JSON and a readable PDF holding every record of the person,
who saw it and when, and no other client's name or reference; the files are 0600 and the export is audited."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
from privacy_fixtures import DOB, FIRST, LAST, REF, PrivacyStore, build_privacy_store
from returns_helpers import pdf_text
from returns_store_fixtures import RET_PASS, ret_clock
from store_fixtures import raw_connection

from desktop.cli.main import main
from desktop.storage.store import CaseStore

pytestmark = pytest.mark.slow  # one signing worker for the fixture

OTHERS = ("Olivia", "Noah Testcase", "NS/26/300001", "NS/26/300002")


@pytest.fixture(scope="module")
def ps(tmp_path_factory: pytest.TempPathFactory) -> PrivacyStore:
    return build_privacy_store(tmp_path_factory.mktemp("sar") / "store")


def _ids(folder: Path, person_id: str) -> set[str]:
    conn = raw_connection(folder, passphrase=RET_PASS)
    try:
        ids = {person_id}
        for t in ("appointments", "assessments", "returns", "contracts", "referrals", "consents"):
            ids |= {r[0] for r in conn.execute(f"SELECT id FROM {t} WHERE person_id = ?", (person_id,))}
        ids |= {
            r[0]
            for r in conn.execute(
                "SELECT c.id FROM conditions c JOIN contracts k ON k.id = c.contract_id "
                "WHERE k.person_id = ?",
                (person_id,),
            )
        }
        return ids
    finally:
        conn.close()


def test_sar_holds_every_record_and_no_other_client(
    ps: PrivacyStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with CaseStore.open(ps.folder, "alex", RET_PASS, clock=ret_clock) as store:
        store.cases.open_case(ps.imogen)  # a keyworker opens the record: the export says so
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    out = tmp_path / "sar"
    assert main(["sar", str(ps.folder), "--user", "manager", "--person", REF, "--out", str(out)]) == 0
    assert "Subject access export" in capsys.readouterr().out
    files = sorted(out.iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    raw = files[0].read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["person"][0]["first_name"] == FIRST and data["person"][0]["date_of_birth"] == DOB.isoformat()
    ids = {r["id"] for k, rows in data.items() if isinstance(rows, list) for r in rows if "id" in r}
    assert _ids(ps.folder, ps.imogen) <= ids  # every record of hers
    assert data["assessments"][0]["total"] is not None and data["returns"] and data["evidence"] is not None
    assert any(a["actor"] == "alex" and a["action"] == "person.open" for a in data["audit"])
    assert all(a["action"] != "person.subject_access" for a in data["audit"])  # written after the export
    assert "[another person]" in raw
    # rectification: the old value is held (and given to her), but not in the chained audit entry
    assert [json.loads(c["old_values_json"]) for c in data["corrections"]] == [{"first_name": "Imojen"}]
    update = next(a for a in data["audit"] if a["action"] == "person.update")
    assert "first_name" in update["detail"] and "Imojen" not in update["detail"]
    text = pdf_text(files[1].read_bytes())
    assert FIRST in text and LAST in text and "Who saw or changed the record" in text
    for other in OTHERS:
        assert other not in raw and other not in text, other
    conn = raw_connection(ps.folder, passphrase=RET_PASS)
    try:
        audited = conn.execute(
            "SELECT actor, detail FROM audit_log WHERE action = 'person.subject_access'"
        ).fetchall()
    finally:
        conn.close()
    assert len(audited) == 1 and audited[0][0] == "manager" and "json sha256" in audited[0][1]


def test_a_keyworker_cannot_export_and_an_unknown_person_is_one_line(
    ps: PrivacyStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    out = tmp_path / "sar"
    assert main(["sar", str(ps.folder), "--user", "alex", "--person", REF, "--out", str(out)]) == 2
    assert "manager or admin" in capsys.readouterr().err and not out.exists()
    assert main(["sar", str(ps.folder), "--user", "manager", "--person", "NS/00/1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no person" in err and err.count("\n") == 1


def test_the_pdf_renders(ps: PrivacyStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", RET_PASS)
    assert main(["sar", str(ps.folder), "--user", "manager", "--person", REF, "--out", str(tmp_path)]) == 0
    pdf = next(tmp_path.glob("*.pdf"))
    import subprocess

    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True
    )
    assert list(tmp_path.glob("page*.png"))


def test_redaction_takes_whole_names_and_references_only() -> None:
    from desktop.services.privacy.sar import REDACTED, _redactor

    redact = _redactor(["Sam Taylor", "DUR/24/0001"])
    assert redact({"n": ["met Sam Taylor and DUR/24/0001", "own ref DUR/24/00010", "Sam Taylorson"]}) == {
        "n": [f"met {REDACTED} and {REDACTED}", "own ref DUR/24/00010", "Sam Taylorson"]
    }
