"""`report` (reoffended, withdrawn, correction) queued for the next bundle, `send`, `status` with each person's
latest compliance, and the returns read queue; on both engines, and once through a real provider's store."""

from __future__ import annotations

import re
import stat
from datetime import date
from pathlib import Path

import pytest
from force_support import CSV, Force
from store_fixtures import make_store
from sync_provider_support import WHEN
from sync_support import PDF, contract_state, identity, return_record
from test_force_cli import referral_ids

from desktop.domain import ComplianceLevel, ConditionStatus, ConditionType, ContractState, default_conditions
from desktop.force.home import ForceHome
from desktop.services.sync import Attachment, Direction, cert_pem, open_bundle, sha256_hex
from desktop.services.sync_provider import add_partner, apply_import, export_bundle, open_incoming
from desktop.storage.sync_repo import SyncRepository


@pytest.fixture
def force(tmp_path: Path, force_db: str | None) -> Force:
    return Force(tmp_path, force_db).create()


def _sent_records(force: Force, path: Path):
    opened = open_bundle(
        path.read_bytes(),
        identity("provider").key,
        identity("provider").cert,
        [force.cert],
        direction=Direction.FORCE_TO_PROVIDER,
    )
    return opened.records


def test_reoffending_is_queued_then_sent_in_the_next_bundle_and_only_once(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    capsys.readouterr()
    assert (
        force.run(
            "report",
            "--ref",
            "DUR/24/0001",
            "--kind",
            "reoffended",
            "--offence",
            "Theft from a shop",
            "--offence-date",
            "2026-11-20",
            "--new-reference",
            "DUR/26/9999",
            "--on",
            "2026-11-24",
        )
        == 0
    )
    assert "Queued reoffending for DUR/24/0001 to Provider Ltd" in capsys.readouterr().out
    force.run("status", user="ann")
    status = capsys.readouterr().out
    assert "reports waiting for the next bundle: 1" in status and "reoffending reported 1x" in status
    assert force.run("send", "--to", "Provider Ltd") == 0
    [bundle] = (force.dir / "outbox").glob("*.cpbundle")
    [record] = _sent_records(force, bundle)
    assert record.type == "reoffending" and record.data == {
        "referral_id": refs["DUR/24/0001"],
        "force_reference": "DUR/24/0001",
        "offence": "Theft from a shop",
        "offence_date": "2026-11-20",
        "reported_on": "2026-11-24",
        "new_reference": "DUR/26/9999",
    }
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    capsys.readouterr()
    assert force.run("send", "--to", "Provider Ltd") == 0
    assert "Nothing waiting for Provider Ltd" in capsys.readouterr().out
    force.run("status")
    assert "waiting for acknowledgement: 2 bundles" in capsys.readouterr().out  # the referrals and the report


def test_a_queued_report_rides_on_the_acknowledgement_of_the_next_bundle_received(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    assert (
        force.run(
            "report",
            "--ref",
            "DUR/24/0002",
            "--kind",
            "withdrawn",
            "--reason",
            "charged after all",
            "--on",
            "2026-11-25",
        )
        == 0
    )
    assert force.run("receive", force.provider_bundle([contract_state(refs["DUR/24/0001"])], [])) == 0
    [ack_file] = (force.dir / "outbox").glob("*.cpbundle")
    assert sorted(r.type for r in _sent_records(force, ack_file)) == ["ack", "referral_withdrawn"]
    capsys.readouterr()
    force.run("status")
    out = capsys.readouterr().out
    assert "reports waiting" not in out and "waiting for acknowledgement: 2 bundles" in out
    assert "DUR/24/0002  no contract yet; no return yet; withdrawn by the force on 2026-11-25" in out
    assert force.run("report", "--ref", "DUR/24/0002", "--kind", "withdrawn", "--reason", "again") == 2
    assert "was withdrawn already, on 2026-11-25" in capsys.readouterr().err


def test_a_correction_sends_the_referral_again_with_a_higher_version(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    assert (
        force.run(
            "report",
            "--ref",
            "DUR/24/0001",
            "--kind",
            "correction",
            "--set",
            "last_name=Taylor-Smith",
            "--set",
            "person.pnc_id=",
            "--set",
            "officer=PC 99 Hughes",
        )
        == 0
    )
    assert "(person.last_name, person.pnc_id, officer)" in capsys.readouterr().out
    assert force.run("send", "--to", "Provider Ltd") == 0
    [record] = _sent_records(force, next((force.dir / "outbox").glob("*.cpbundle")))
    assert (record.type, record.id, record.version) == ("referral", refs["DUR/24/0001"], 2)
    assert record.data["person"] == {
        "first_name": "Sam",
        "last_name": "Taylor-Smith",
        "date_of_birth": "1990-04-02",
    }
    assert record.data["officer"] == "PC 99 Hughes" and record.data["offence"] == "Possession of cannabis"
    capsys.readouterr()
    assert force.run("find", "--last-name", "taylor smith") == 0
    assert "DUR/24/0001  Sam Taylor-Smith" in capsys.readouterr().out
    assert force.run("find", "--last-name", "Taylor") == 0
    assert "No referral matches." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--ref", "DUR/99/0000", "--kind", "withdrawn", "--reason", "x"], "no referral 'DUR/99/0000'"),
        (
            ["--ref", "DUR/24/0001", "--kind", "reoffended", "--offence-date", "2026-11-20"],
            "reoffended needs --offence",
        ),
        (
            ["--ref", "DUR/24/0001", "--kind", "reoffended", "--offence", "Theft"],
            "reoffended needs --offence-date",
        ),
        (["--ref", "DUR/24/0001", "--kind", "withdrawn"], "--kind withdrawn needs --reason"),
        (
            [
                "--ref",
                "DUR/24/0001",
                "--kind",
                "reoffended",
                "--offence",
                "x" * 10_001,
                "--offence-date",
                "2026-11-20",
            ],
            "field offence is longer than 10,000 characters",
        ),
        (["--ref", "DUR/24/0001", "--kind", "correction"], "needs at least one --set"),
        (
            ["--ref", "DUR/24/0001", "--kind", "correction", "--set", "force_reference=X"],
            "cannot be corrected",
        ),
        (
            ["--ref", "DUR/24/0001", "--kind", "correction", "--set", "shoe_size=9"],
            "cannot correct 'shoe_size'",
        ),
        (
            ["--ref", "DUR/24/0001", "--kind", "correction", "--set", "date_of_birth=31/02/1990"],
            "field person.date_of_birth must be a date",
        ),
        (
            ["--ref", "DUR/24/0001", "--kind", "correction", "--set", "offence_date=2026-12-30"],
            "offence_date would be after referral_date",
        ),
        (["--ref", "R" * 101, "--kind", "withdrawn", "--reason", "x"], "--ref is longer than 100 characters"),
    ],
)
def test_a_bad_report_is_refused_in_one_line_and_nothing_is_queued(force, capsys, tmp_path, argv, message):
    referral_ids(force, tmp_path)
    before = force.snapshot()
    capsys.readouterr()
    assert force.run("report", *argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1, err
    assert force.snapshot() == before


def test_a_reference_referred_to_two_providers_needs_provider(force, capsys, tmp_path):
    referral_ids(force, tmp_path)
    pem = tmp_path / "other.pem"
    pem.write_bytes(cert_pem(identity("other").cert))
    assert force.run("partner add", "--cert", pem, "--name", "Other Service", user="admin") == 0
    (tmp_path / "again.csv").write_text(CSV)
    assert (
        force.run("refer", "--csv", tmp_path / "again.csv", "--to", "Other Service", "--out", tmp_path / "x")
        == 0
    )
    capsys.readouterr()
    args = ["--ref", "DUR/24/0001", "--kind", "withdrawn", "--reason", "charged"]
    assert force.run("report", *args) == 2
    assert (
        "referred to more than one provider (Other Service, Provider Ltd): give --provider"
        in capsys.readouterr().err
    )
    assert force.run("report", *args, "--provider", "Other Service") == 0


def test_status_gives_each_persons_latest_compliance_and_filters_the_not_complying(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    one, two = refs["DUR/24/0001"], refs["DUR/24/0002"]
    pdf = Attachment("r.pdf", PDF)
    later = return_record(one, pdf, signed_on="2026-12-16")
    later.data.update(period_start="2026-11-15", period_end="2026-12-14", compliance="not_complying")
    earlier = return_record(one, pdf, signed_on="2026-11-15")  # on track, for the month before
    first = force.provider_bundle([contract_state(one), contract_state(two), later], [pdf], 1)
    second = force.provider_bundle([earlier], [pdf], 2, previous=sha256_hex(first.read_bytes()))
    assert force.run("receive", first, second) == 0  # the later period arrives first: it still wins
    capsys.readouterr()
    assert force.run("status", "--provider", "Provider Ltd", user="ann") == 0
    out = capsys.readouterr().out
    assert "compliance (latest return): 1 of 2 not complying" in out
    assert "DUR/24/0001  active; latest return to 2026-12-14: NOT COMPLYING (signed 2026-12-16)" in out
    assert "DUR/24/0002  active; no return yet" in out
    assert force.run("status", "--not-complying", user="ann") == 0
    out = capsys.readouterr().out
    assert "DUR/24/0001" in out.split("not complying (latest return)")[1] and "DUR/24/0002  active" not in out
    assert force.run("status", "--provider", "Nobody") == 2
    assert "no partner named 'Nobody'" in capsys.readouterr().err


def test_the_read_queue_lists_unread_returns_opening_one_marks_it_read(force, capsys, tmp_path):
    refs = referral_ids(force, tmp_path)
    pdf = Attachment("r.pdf", PDF)
    ret = return_record(refs["DUR/24/0001"], pdf)
    other = return_record(refs["DUR/24/0002"], pdf, signed_on="2026-11-16")
    assert force.run("receive", force.provider_bundle([ret, other], [pdf])) == 0
    capsys.readouterr()
    assert force.run("returns list", user="ann") == 0
    listing = capsys.readouterr().out
    assert listing.startswith("Provider Ltd:\n") and listing.count("not read") == 2
    assert force.run("returns open", ret.id[:8], "--out", tmp_path / "r.pdf", user="ann") == 2
    assert "this needs decision-maker" in capsys.readouterr().err
    assert force.run("returns open", ret.id[:8], "--out", tmp_path / "r.pdf") == 0
    assert (tmp_path / "r.pdf").read_bytes() == PDF and stat.S_IMODE(
        (tmp_path / "r.pdf").stat().st_mode
    ) == 0o600
    assert force.run("returns mark-read", other.id) == 0
    capsys.readouterr()
    assert force.run("returns list") == 0
    assert "No returns waiting to be read." in capsys.readouterr().out
    assert force.run("returns list", "--all") == 0
    assert len(re.findall(r"  read \d{4}-\d\d-\d\dT[\d:]+Z by dana$", capsys.readouterr().out, re.M)) == 2
    newer = return_record(refs["DUR/24/0001"], pdf)
    newer = type(newer)("return", ret.id, 2, newer.data)  # the provider re-signed it: unread again
    assert force.run("receive", force.provider_bundle([newer], [pdf], 2, previous="0" * 64)) == 0
    capsys.readouterr()
    assert force.run("returns list") == 0
    assert ret.id[:8] in capsys.readouterr().out
    assert force.run("returns open", "1234", "--out", tmp_path) == 2
    assert "at least the first 8 characters" in capsys.readouterr().err


class _Pinned:
    """What the provider fixture needs of the force: its certificate, and a way to pin the provider back."""

    def __init__(self, force: Force) -> None:
        self.force, self.home = force, ForceHome(force.dir)

    def pin(self, provider_cert_pem: bytes) -> None:
        pem = self.force.tmp / "provider-store.pem"
        pem.write_bytes(provider_cert_pem)
        assert self.force.run("partner add", "--cert", pem, "--name", "Provider Ltd", user="admin") == 0


def test_a_real_provider_applies_the_forces_reports(tmp_path, force_db, capsys):
    force = Force(tmp_path, force_db).create(partner=None)
    store = make_store(tmp_path / "store")
    try:
        store.set_setting("organisation", "Provider Ltd")
        add_partner(
            store,
            "Durham",
            force.dir.joinpath("force-cert.pem").read_bytes(),
            WHEN,
            inbox=str(tmp_path / "inbox"),
            outbox=str(tmp_path / "outbox"),
            bits=2048,
        )
        stored = SyncRepository(store).identity()
        assert stored is not None
        _Pinned(force).pin(stored.cert_pem)
        (tmp_path / "referrals.csv").write_text(CSV)
        assert (
            force.run(
                "refer",
                "--csv",
                tmp_path / "referrals.csv",
                "--to",
                "Provider Ltd",
                "--out",
                tmp_path / "sent",
            )
            == 0
        )

        def provider_imports(path: Path):
            return apply_import(store, open_incoming(store, path.read_bytes()), WHEN, path.name)

        provider_imports(next((tmp_path / "sent").glob("*.cpbundle")))
        people = {r.name: r.person_id for r in store.cases.caseload(WHEN)}
        for person in people.values():
            store.cases.sign_contract(person, date(2026, 11, 10), default_conditions(""))
        assert (
            force.run(
                "report",
                "--ref",
                "DUR/24/0001",
                "--kind",
                "reoffended",
                "--offence",
                "Theft",
                "--offence-date",
                "2026-11-20",
                "--on",
                "2026-11-24",
            )
            == 0
        )
        assert (
            force.run(
                "report",
                "--ref",
                "DUR/24/0002",
                "--kind",
                "withdrawn",
                "--reason",
                "charged after all",
                "--on",
                "2026-11-25",
            )
            == 0
        )
        assert (
            force.run(
                "report", "--ref", "DUR/24/0002", "--kind", "correction", "--set", "last_name=Morgan-Jones"
            )
            == 0
        )
        assert force.run("send", "--to", "Provider Ltd", "--out", tmp_path / "sent2") == 0
        result = provider_imports(next((tmp_path / "sent2").glob("*.cpbundle")))
        assert list(result.preview.conflicts) == []
        sam = store.cases.load_case(people["Sam Taylor"])
        offending = next(c for c in sam.conditions if c.type is ConditionType.OFFENDING)
        assert offending.status is ConditionStatus.NOT_MET
        rows = {r.person_id: r for r in store.cases.caseload(WHEN)}
        assert rows[people["Sam Taylor"]].compliance.level is ComplianceLevel.NOT_COMPLYING
        alex = store.cases.load_case(people["Alex Morgan"])
        assert alex.contract.state is ContractState.WITHDRAWN
        assert alex.person.last_name == "Morgan-Jones"

        out = export_bundle(store, "Durham", tmp_path / "back", WHEN)  # the provider's records and its ack
        capsys.readouterr()
        assert force.run("receive", out.path) == 0
        force.run("status", user="ann")
        status = capsys.readouterr().out
        assert "waiting for acknowledgement" not in status
        assert "DUR/24/0002  withdrawn; no return yet; withdrawn by the force on 2026-11-25" in status
        assert "DUR/24/0001  active; no return yet; reoffending reported 1x" in status
    finally:
        store.close()
