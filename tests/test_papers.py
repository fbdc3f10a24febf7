"""The papers the person signs and receives: rendered with ReportLab, text from editable templates, checked
for plain English, and rasterised with pdftoppm (the PNGs in docs/screenshots are these pages)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.domain import Appointment, AppointmentOutcome, Contract, Person, default_conditions
from desktop.domain.enums import AppointmentKind
from desktop.services.papers import (
    PAPERS,
    PaperTemplateError,
    appointment_letter,
    contract_paper,
    load_template,
    missed_appointment_letter,
    reading_grade,
)

PERSON = Person("Morgan", "Ellery", date(1996, 3, 14), "DUR/26/0451")
CONTRACT = Contract(PERSON.id).sign(date(2026, 11, 26))
CONDITIONS = [
    replace(c, counts_kind=AppointmentKind.TREATMENT) if n == 2 else c
    for n, c in enumerate(default_conditions(CONTRACT.id))
]
APPT = Appointment(PERSON.id, datetime(2026, 12, 3, 14, 30), AppointmentKind.TREATMENT, "Sam Navigator")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())  # words as read, whatever the line breaks


def _png(pdf: bytes, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(path), str(tmp_path / name)], check=True
    )
    return tmp_path / f"{name}.png"


pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def test_the_contract_lists_each_condition_the_dates_failure_and_two_signature_lines(tmp_path) -> None:
    pdf = contract_paper(
        PERSON, CONTRACT, CONDITIONS, provider="Northshire Recovery", keyworker="Sam Navigator"
    )
    text = _text(pdf, tmp_path)
    assert "Your Checkpoint contract" in text and "Morgan Ellery" in text and "DUR/26/0451" in text
    assert "Thursday 26 November 2026" in text and "Friday 26 March 2027" in text
    for c in CONDITIONS:
        assert c.title in text
    assert "We count each treatment session you come to." in text
    assert "take you to court" in text
    assert "Your signature" in text and "Navigator's signature (Sam Navigator)" in text
    assert _png(pdf, tmp_path, "contract").stat().st_size > 5000


def test_the_letters_name_the_appointment_and_a_missed_letter_needs_a_miss(tmp_path) -> None:
    pdf = appointment_letter(
        PERSON, APPT, provider="Northshire Recovery", keyworker="Sam Navigator", today=date(2026, 11, 26)
    )
    text = _text(pdf, tmp_path)
    assert "Dear Morgan," in text and "Thursday 3 December 2026 at 14:30" in text and "treatment" in text
    with pytest.raises(ValueError, match="did not attend"):
        missed_appointment_letter(PERSON, APPT, provider="P", keyworker="K", today=date(2026, 12, 4))
    missed = missed_appointment_letter(
        PERSON,
        replace(APPT, outcome=AppointmentOutcome.DID_NOT_ATTEND),
        provider="Northshire Recovery",
        keyworker="Sam Navigator",
        today=date(2026, 12, 4),
    )
    assert "You did not come to your Checkpoint appointment on Thursday 3 December 2026" in _text(
        missed, tmp_path
    )


def test_a_service_edits_a_template_and_a_bad_placeholder_is_refused_by_name(tmp_path) -> None:
    own = tmp_path / "papers"
    own.mkdir()
    (own / "appointment_letter.json").write_text(
        '{"title": "Appointment", "paragraphs": ["Hello $first_name, see you on $appointment_day."]}'
    )
    pdf = appointment_letter(
        PERSON, APPT, provider="P", keyworker="K", today=date(2026, 11, 26), templates=(own,)
    )
    assert "Hello Morgan, see you on Thursday 3 December 2026." in _text(pdf, tmp_path)
    (own / "appointment_letter.json").write_text('{"title": "A", "paragraphs": ["Hi $nickname"]}')
    with pytest.raises(PaperTemplateError, match=r"appointment_letter.json: unknown placeholder \$nickname"):
        appointment_letter(
            PERSON, APPT, provider="P", keyworker="K", today=date(2026, 11, 26), templates=(own,)
        )


@pytest.mark.parametrize("name", PAPERS)
def test_the_shipped_templates_are_plain_english(name: str) -> None:
    # Flesch-Kincaid grade 6 or under: a reading age of about 11, as plain-English guidance for the public asks
    assert reading_grade(load_template(name).plain_text()) <= 6.0
    assert (
        reading_grade(
            "Notwithstanding the aforementioned contractual obligations, non-attendance "
            "consequentially necessitates prosecution."
        )
        > 12
    )


def test_the_papers_command_writes_a_private_pdf_and_refuses_plainly(tmp_path, capsys) -> None:
    import os
    from datetime import timedelta

    from store_fixtures import NOW, PASS, make_store, new_person

    from desktop.cli.main import main

    folder = tmp_path / "store"
    store = make_store(folder)
    person, referral, consent = new_person(ref="NS/26/PAPER")
    store.cases.add_referral(person, referral, consent)
    store.cases.sign_contract(person.id, NOW.date() - timedelta(days=20), default_conditions(""))
    missed = store.cases.schedule_appointment(Appointment(person.id, NOW - timedelta(days=2)))
    store.cases.record_outcome(missed, AppointmentOutcome.DID_NOT_ATTEND, "")
    store.close()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    base = [str(folder), "--user", "admin", "--passphrase-file", str(passfile), "--reference", "NS/26/PAPER"]
    out = tmp_path / "contract.pdf"
    assert main(["papers", "contract", *base, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and os.stat(out).st_mode & 0o777 == 0o600
    day = (NOW - timedelta(days=2)).date().isoformat()
    assert main(["papers", "missed", *base, "--on", day, "--out", str(tmp_path / "missed.pdf")]) == 0
    assert "You did not come" in _text((tmp_path / "missed.pdf").read_bytes(), tmp_path)
    capsys.readouterr()
    assert main(["papers", "missed", *base, "--on", "2026-01-05", "--out", str(tmp_path / "x.pdf")]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "checkpoint-desk: NS/26/PAPER has no missed appointment on 5 Jan 2026"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_scan_of_the_signed_contract_is_kept_encrypted_and_listed(tmp_path, capsys) -> None:
    from datetime import timedelta

    from store_fixtures import NOW, PASS, make_store, new_person

    from desktop.cli.main import main

    folder = tmp_path / "store"
    store = make_store(folder)
    person, referral, consent = new_person(ref="NS/26/SCAN")
    store.cases.add_referral(person, referral, consent)
    store.cases.sign_contract(person.id, NOW.date() - timedelta(days=2), default_conditions(""))
    store.close()
    signed = contract_paper(PERSON, CONTRACT, CONDITIONS, provider="P", keyworker="K")  # stands in for a scan
    (tmp_path / "signed.pdf").write_bytes(signed)
    (tmp_path / "notes.txt").write_text("not a scan")
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n")
    base = [str(folder), "--user", "admin", "--passphrase-file", str(passfile), "--reference", "NS/26/SCAN"]
    assert main(["papers", "attach", *base, "--file", str(tmp_path / "signed.pdf")]) == 0
    assert main(["papers", "attach", *base, "--file", str(tmp_path / "notes.txt")]) == 2
    assert "a scan must be a PDF, PNG or JPEG file" in capsys.readouterr().err
    assert main(["papers", "scans", *base]) == 0
    assert "signed.pdf  application/pdf" in capsys.readouterr().out
    assert signed[:400] not in (folder / "cases.db").read_bytes()  # inside the encrypted database only
    assert not any(p.suffix == ".pdf" for p in folder.rglob("*"))
