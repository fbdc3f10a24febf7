"""Returns in Welsh and bilingually (Welsh first), read back with poppler's pdftotext; the language chosen per
force partner with a per-person override; English content hashing exactly as before languages existed."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from returns_helpers import content_for

from desktop.domain import ContractState
from desktop.services.returns import ReturnKind, render_return
from desktop.services.returns.canonical import canonical_json, content_from_dict, content_to_dict
from desktop.services.returns.example import example_case
from desktop.services.returns.styles import BOLD, REGULAR, register_fonts
from desktop.wording.returns import Words, return_language

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


def notice(language: str):
    content = content_for(
        example_case(),
        ReturnKind.NON_COMPLIANCE,
        start=date(2026, 3, 1),
        end=date(2026, 3, 20),
        language=language,
    )
    return replace(
        content,
        document_id="00000000-0000-4000-8000-0000000000c7",
        generated_at=datetime(2026, 3, 21, 9, 0, tzinfo=UTC),
    )


def text_of(content, tmp_path: Path) -> str:
    path = tmp_path / f"{content.language}.pdf"
    path.write_bytes(render_return(content).pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return " ".join(done.stdout.split())


@needs_pdftotext
def test_a_welsh_return_reads_in_welsh(tmp_path: Path) -> None:
    text = text_of(notice("cy"), tmp_path)
    for phrase in (
        "Hysbysiad diffyg cydymffurfio",
        "Cyfrinachol: data personol ar gyfer",
        "Cyfeirnod yr heddlu",
        "Dyddiad geni",
        "3 Gorffennaf 1994",
        "Argymhelliad cydymffurfio",
        "Presenoldeb",
        "DDIM YN BRESENNOL",
        "Datgeliadau o droseddu newydd",
        "Adolygwyd a chymeradwywyd ar ran",
        "Tudalen 1 o",
        "colli 3 o'r 6 apwyntiad diwethaf",
        "P = yn bresennol",
        "Maw 2026",
        "Mae'r darparwr yn gofyn i'r heddlu benderfynu a yw'r contract yn parhau.",
        "Cyfnod 1 Mawrth 2026 i 20 Mawrth 2026",
    ):
        assert phrase in text, phrase
    for english in (
        "Date of birth",
        "Attendance by month",
        "Compliance recommendation",
        "Page 1 of",
        "of the last 6 appointments missed",
    ):
        assert english not in text, english
    # What people typed is never translated: the person's name and the evidence stay as written.
    assert "Rhiannon Pryce-Whitaker" in text


@needs_pdftotext
def test_a_welsh_final_return_words_its_outcome(tmp_path: Path) -> None:
    case = example_case(state=ContractState.FAILED_NON_COMPLIANCE, outcome_reason="Stopped attending")
    content = content_for(
        case, ReturnKind.FINAL_OUTCOME, start=date(2026, 1, 12), end=date(2026, 5, 11), language="cy"
    )
    text = text_of(content, tmp_path)
    for phrase in (
        "Adroddiad canlyniad terfynol",
        "Canlyniad y contract",
        "Methodd ar 11 Mai 2026: ni chydymffurfiodd yr unigolyn.",
        "Y rheswm a gofnodwyd: Stopped attending",
        "Presenoldeb: colli",
    ):
        assert phrase in text, phrase


@needs_pdftotext
def test_a_bilingual_return_puts_the_welsh_first(tmp_path: Path) -> None:
    text = text_of(notice("cy+en"), tmp_path)
    for welsh, english in (
        ("Hysbysiad diffyg cydymffurfio", "Non-compliance notice"),
        ("Dyddiad geni", "Date of birth"),
        ("colli 3 o'r 6 apwyntiad diwethaf", "3 of the last 6 appointments missed"),
        ("Adolygwyd a chymeradwywyd", "Reviewed and approved"),
        ("Gwiriwch y dudalen hon", "Check this page"),
    ):
        assert welsh in text and english in text, (welsh, english)
        assert text.index(welsh) < text.index(english), f"{english!r} comes before {welsh!r}"
    assert "03/07/1994" in text  # bilingual dates are numeric, read the same in both languages
    # A label put into a sentence is said once per language, not both inside each.
    assert (
        "Argymhelliad cydymffurfio: DDIM YN CYDYMFFURFIO / Compliance recommendation: NOT COMPLYING" in text
    )


def test_english_content_hashes_as_before_and_the_language_round_trips() -> None:
    english = notice("en")
    assert "language" not in content_to_dict(english)
    assert b'"language"' not in canonical_json(english)
    welsh = notice("cy")
    assert content_to_dict(welsh)["language"] == "cy"
    assert content_from_dict(content_to_dict(welsh)).language == "cy"
    assert content_from_dict(content_to_dict(english)) == english
    with pytest.raises(ValueError, match="unknown return language"):
        notice("fr")


def test_the_force_chooses_and_a_person_who_prefers_welsh_gets_welsh_too() -> None:
    assert return_language("en", "English") == "en"
    assert return_language(None, "English") == "en"
    assert return_language("cy", "English") == "cy"
    assert return_language("cy+en", "English") == "cy+en"
    assert return_language("en", "Welsh") == "cy+en"  # the force still reads English
    assert return_language("", "Cymraeg") == "cy+en"
    assert return_language("cy", "Welsh") == "cy"
    assert return_language("nonsense", "English") == "en"


def test_the_body_fonts_carry_every_welsh_letter() -> None:
    register_fonts()
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        missing = [ch for ch in "ŵŷŴŶâêîôûÂÊÎÔÛáéíóúẁẃẅỳýÿäëïöü" if ord(ch) not in face.charToGlyph]
        assert missing == [], f"{name} lacks {missing}"


def test_every_fixed_phrase_of_a_return_has_its_welsh(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.wording import returns as wording

    asked: list[str] = []
    original = wording.Words.t

    def spy(self: Words, english: str, *args: object) -> str:
        asked.append(english)
        return original(self, english, *args)

    monkeypatch.setattr(wording.Words, "t", spy)
    for kind, start, end in (
        (ReturnKind.CONTRACT_START, date(2026, 1, 12), date(2026, 1, 12)),
        (ReturnKind.MONTHLY_PROGRESS, date(2026, 2, 1), date(2026, 2, 28)),
        (ReturnKind.NON_COMPLIANCE, date(2026, 3, 1), date(2026, 3, 20)),
    ):
        render_return(
            content_for(example_case(clinical_consent=True), kind, start=start, end=end, language="cy")
        )
    for state, extra in (
        (ContractState.COMPLETED, {}),
        (ContractState.WITHDRAWN, {"closed_by": "Dana Whitfield"}),
        (ContractState.FAILED_NON_COMPLIANCE, {}),
    ):
        case = example_case(state=state, outcome_reason="Moved out of the force area")
        render_return(
            content_for(
                case,
                ReturnKind.FINAL_OUTCOME,
                start=date(2026, 1, 12),
                end=date(2026, 5, 11),
                language="cy",
                **extra,
            )
        )
    assert len(set(asked)) > 60
    assert wording.untranslated(set(asked)) == []


def test_a_drafted_return_takes_the_force_setting_and_the_persons_language(tmp_path: Path) -> None:
    """Through the real workflow on a real SQLCipher store: the force partner's setting, then the override."""
    from returns_store_fixtures import RET_NOW, build_returns_store, open_as

    from desktop.services.returns_workflow import ReturnWorkflow

    rs = build_returns_store(tmp_path / "store")
    with open_as(rs, "admin") as store:
        store.set_setting("returns_language:Northshire Police", "cy")
        person = next(c.person for c in store.cases.load_cases() if c.person.id == rs.ids["Noah"])
        store.cases.update_person(replace(person, preferred_language="Welsh"))
    with open_as(rs, "manager") as store:
        wf = ReturnWorkflow(store)
        cases = {c.person.first_name: c for c in store.cases.load_cases()}
        assert wf.language_for(cases["Olivia"], "Northshire Police") == "cy"
        assert wf.language_for(cases["Olivia"], "Other Constabulary") == "en"
        store_first = wf.repo.with_details([cases["Noah"]])[0]  # with its referral: the force partner
        assert (
            wf.language_for(store_first, "Other Constabulary") == "cy+en"
        )  # prefers Welsh, force reads English
        content = wf.build(
            store_first, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 30), RET_NOW
        )
        assert content.language == "cy"
        assert content.kind.label == "Monthly progress return" and content.contract_state == "Gweithredol"
