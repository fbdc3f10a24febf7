"""`checkpoint-desk report`: CSV and signed PDF from a real encrypted store holding the synthetic service."""

from __future__ import annotations

import csv
import io
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reports_store import PASS, ReportStore, build_report_store, clock

from desktop.cli import main as cli
from desktop.services.reports import CSV_COLUMNS
from desktop.services.returns import verify_pdf
from desktop.storage.store import CaseStore


@pytest.fixture(scope="module")
def rs(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    return build_report_store(tmp_path_factory.mktemp("reports") / "store")


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", PASS)


def _run(rs: ReportStore, out: Path, *extra: str, user: str = "mona") -> int:
    return cli.main(
        [
            "report",
            str(rs.folder),
            "--user",
            user,
            "--from",
            "2026-07-01",
            "--to",
            "2026-09-30",
            "--out",
            str(out),
            *extra,
        ]
    )


def _rows(path: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return {(r["figure"], r["dimension"], r["category"]): r for r in reader}


def _audit_details(rs: ReportStore) -> list[str]:
    store = CaseStore.open(rs.folder, "admin", PASS, clock=clock)
    try:
        with store.session() as s:
            return [
                f"{a} {d}"
                for a, d in s.connection().exec_driver_sql(
                    "SELECT action, detail FROM audit_log ORDER BY seq"
                )
            ]
    finally:
        store.close()


def test_csv_is_suppressed_private_and_audited(rs: ReportStore, tmp_path: Path, capsys) -> None:
    out = tmp_path / "q3.csv"
    assert _run(rs, out, "--format", "csv") == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = _rows(out)
    assert rows[("referrals_received", "", "")]["value"] == "6"
    assert rows[("referrals_received", "", "")]["period_start"] == "2026-07-01"
    hidden = rows[("referrals_received", "eligibility", "not_eligible")]
    assert (hidden["value"], hidden["suppressed"], hidden["numerator"]) == ("<5", "yes", "")
    assert rows[("completion_rate", "", "")]["value"] == "suppressed"
    assert rows[("referrals_received", "sex", "female")]["category_label"] == "Female"
    assert "Wrote the CSV report" in capsys.readouterr().out
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed, not left behind
    exports = [d for d in _audit_details(rs) if d.startswith("report.export")]
    assert exports and "csv 2026-07-01..2026-09-30 Whole service, suppressed" in exports[-1]


def test_unsuppressed_csv_for_the_providers_own_use(rs: ReportStore, tmp_path: Path) -> None:
    out = tmp_path / "exact.csv"
    assert _run(rs, out, "--unsuppressed") == 0
    rows = _rows(out)
    assert rows[("referrals_received", "eligibility", "not_eligible")]["value"] == "1"
    rate = rows[("completion_rate", "", "")]
    assert (rate["value"], rate["numerator"], rate["denominator"]) == ("33.3", "1", "3")
    assert rows[("attendance_rate", "keyworker", rs.ids["kwA"])]["category_label"] == "Alex Keyworker"


def test_one_keyworkers_report_and_a_keyworkers_own(rs: ReportStore, tmp_path: Path) -> None:
    assert _run(rs, tmp_path / "a.csv", "--keyworker", "alex", "--unsuppressed") == 0
    assert _rows(tmp_path / "a.csv")[("referrals_received", "", "")]["value"] == "4"
    assert (
        _run(rs, tmp_path / "b.csv", "--unsuppressed", user="bea") == 0
    )  # a keyworker sees their own caseload
    assert _rows(tmp_path / "b.csv")[("referrals_received", "", "")]["value"] == "1"  # P4 (P3, P8 outside)


def test_signed_pdf_for_the_pcc(rs: ReportStore, tmp_path: Path) -> None:
    out = tmp_path / "q3.pdf"
    assert _run(rs, out, "--format", "pdf") == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    result = verify_pdf(data)
    assert result.intact and result.covers_whole_document and result.signature_count == 1
    assert result.signer == "Mona Manager for Northshire Recovery"
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Outcome report, 1 Jul 2026 to 30 Sep 2026" in text
    assert "From referral to outcome" in text and "Month by month" in text
    assert "<5" in text and "Bea Navigator" in text
    assert "Approved for the Police and Crime Commissioner by Mona Manager" in text
    pages = text.count("\f")
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


@pytest.mark.parametrize(
    ("args", "user", "message"),
    [
        (["--from", "2026-13-01"], "mona", "--from must be a date as YYYY-MM-DD"),
        (["--to", "2026-06-30"], "mona", "ends (2026-06-30) before it starts"),
        (["--format", "pdf"], "alex", "Only a manager can sign"),
        (["--format", "pdf", "--unsuppressed"], "mona", "--unsuppressed is for CSV only"),
        (["--keyworker", "nobody"], "mona", "no user 'nobody'"),
        (["--to", "2099-12-31"], "mona", "the period ends (2099-12-31) after today"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    rs: ReportStore, tmp_path: Path, capsys, args, user, message
) -> None:
    out = tmp_path / "r.out"
    base = [
        "report",
        str(rs.folder),
        "--user",
        user,
        "--from",
        "2026-07-01",
        "--to",
        "2026-09-30",
        "--out",
        str(out),
    ]
    for flag in ("--from", "--to"):  # later values win in argparse: replace rather than append
        if flag in args:
            i = base.index(flag)
            base[i + 1] = args[args.index(flag) + 1]
    rest = [
        a
        for i, a in enumerate(args)
        if a not in ("--from", "--to") and (i == 0 or args[i - 1] not in ("--from", "--to"))
    ]
    capsys.readouterr()
    assert cli.main(base + rest) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_a_folder_as_out_and_a_wrong_passphrase(
    rs: ReportStore, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(rs, tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err
    monkeypatch.setenv("CHECKPOINT_PASSPHRASE", "wrong")
    assert _run(rs, tmp_path / "x.csv") == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()


def test_reoffending_the_force_reported_counts_once_the_year_is_over(rs: ReportStore) -> None:
    import json
    from datetime import datetime

    from desktop.domain.ids import new_id
    from desktop.domain.reports import Period, find
    from desktop.services.reports import ReportService
    from desktop.storage.sync_records import SyncPartnerRecord, SyncReceivedRecord

    later = datetime(2027, 12, 1, 9, 0)
    store = CaseStore.open(rs.folder, "mona", PASS, clock=lambda: later)
    try:
        p2 = next(c.person.id for c in [store.cases.load_case(pid) for pid in store.cases.search("P2")])
        with store.write() as s:
            partner = SyncPartnerRecord(
                id=new_id(), name="Northshire Police", cert_pem="-", cert_sha256="0" * 64
            )
            s.add(partner)
            s.flush()
            for offence, reported in (("2026-08-01", "2026-08-05"), ("2027-11-30", "2027-12-05")):
                s.add(
                    SyncReceivedRecord(
                        id=new_id(),
                        partner_id=partner.id,
                        record_type="reoffending",
                        record_id=new_id(),
                        record_version=1,
                        person_id=p2,
                        bundle_id=new_id(),
                        data_json=json.dumps(
                            {"offence": "Theft", "offence_date": offence, "reported_on": reported}
                        ),
                    )
                )
        figures = ReportService(store).build(Period(date(2026, 7, 1), date(2026, 9, 30))).figures
    finally:
        store.close()
    # signed in Q3 2026: P1, P2, P5, P7, all a year ago by December 2027; P2 offended on 1 Aug 2026 (the second
    # report is dated after 'today' and outside the year anyway)
    assert [
        find(figures, k).value
        for k in ("reoffending_cohort", "reoffended_within_12_months", "reoffending_rate")
    ] == [4, 1, 25.0]
