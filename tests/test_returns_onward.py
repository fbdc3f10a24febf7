"""Onward referrals and the victim line on a return: only what was dated by the period's end, no victim details,
worded in Welsh where the return is Welsh; read back from the rendered PDF with pypdf."""

from __future__ import annotations

from datetime import date

from returns_helpers import content_for, pdf_text

from desktop.domain import ConditionType, Pathway
from desktop.domain.onward import Accepted, OnwardReferral
from desktop.domain.victims import ContactHow, VictimContact, VictimWishes
from desktop.services.returns import ReturnKind, content_from_dict, content_to_dict, render_return
from desktop.services.returns.example import example_case

HOUSING = OnwardReferral(
    "p",
    Pathway.HOUSING,
    "Shelter North",
    date(2026, 2, 10),
    Accepted.YES,
    date(2026, 3, 4),
    date(2026, 3, 18),
    note="ask for Jo on reception",
)
DRUGS = OnwardReferral("p", Pathway.DRUGS, "Recovery Hub Sunderland", date(2026, 1, 14))
LATER = OnwardReferral("p", Pathway.FINANCES, "Citizens Advice Wearside", date(2026, 4, 2))


def _victim(case):  # type: ignore[no-untyped-def]
    cond = next(c for c in case.conditions if c.type is ConditionType.VICTIM)
    return {
        cond.id: VictimContact(
            cond.id,
            case.person.id,
            VictimWishes.WANTS_CONTACT,
            date(2026, 2, 3),
            date(2026, 2, 17),
            ContactHow.LETTER,
            "The victim read the letter and accepted the apology",
            date(2026, 3, 6),
            "Morgan Ashdown-Vale",
            "07700 900456, 4 Quarry Lane",
        )
    }


def test_february_return_shows_referrals_and_the_victim_as_they_stood_then() -> None:
    case = example_case()
    content = content_for(
        case,
        start=date(2026, 2, 1),
        end=date(2026, 2, 28),
        onward=(HOUSING, DRUGS, LATER),
        victims=_victim(case),
    )
    text = pdf_text(render_return(content).pdf)
    assert "Referrals to other agencies" in text
    assert "Recovery Hub Sunderland" in text and "Shelter North" in text
    assert "Citizens Advice" not in text  # referred in April: not on a February return
    assert "Not known yet" in text  # accepted on 4 Mar: not known at the end of February
    assert "4 Mar 2026" not in text and "18 Mar 2026" not in text
    assert "Victim contact: made on 17 Feb 2026 (letter); outcome not yet recorded." in text
    assert "14 Jan 2026, to Recovery Hub Sunderland" in text  # the drugs pathway's referral, from the record
    for secret in ("Morgan", "Ashdown", "07700", "Quarry", "accepted the apology", "ask for Jo"):
        assert secret not in text


def test_march_return_shows_acceptance_attendance_and_the_outcome_recorded() -> None:
    case = example_case()
    content = content_for(case, onward=(HOUSING, DRUGS, LATER), victims=_victim(case))
    text = pdf_text(render_return(content).pdf)
    assert "Accepted, on 4 Mar 2026" in text and "18 Mar 2026" in text
    housing = next(r for r in content.referrals if r.pathway_label == "Housing")
    assert housing.taken_up and housing.taken_up_on == date(2026, 3, 18)  # first attended the agency
    assert "Victim contact: made on 17 Feb 2026 (letter); outcome recorded." in text
    assert "Citizens Advice" not in text
    assert content_from_dict(content_to_dict(content)) == content


def test_without_a_victim_record_the_line_says_not_yet_known_and_no_onward_table() -> None:
    content = content_for(
        example_case(), ReturnKind.CONTRACT_START, start=date(2026, 1, 12), end=date(2026, 1, 12)
    )
    text = pdf_text(render_return(content).pdf)
    assert "Victim's wishes: not yet known." in text
    assert "Referrals to other agencies" not in text
    assert "onward" not in content_to_dict(content)  # earlier returns hash as before


def test_a_welsh_return_words_the_onward_table_and_the_victim_line() -> None:
    case = example_case()
    content = content_for(case, onward=(HOUSING,), victims=_victim(case), language="cy")
    text = pdf_text(render_return(content).pdf)
    assert "Atgyfeiriadau at asiantaethau eraill" in text
    assert "Derbyniwyd, ar 4 Mawrth 2026" in text
    assert (
        "Cyswllt â'r dioddefwr: wedi'i wneud ar 17 Chwefror 2026 (llythyr); canlyniad wedi'i gofnodi." in text
    )
    both = content_for(case, onward=(HOUSING,), victims=_victim(case), language="cy+en")
    lines = both.victim_lines[0].split("\n")
    assert lines[1].endswith("Victim contact: made on 17/02/2026 (letter); outcome recorded.")
    assert lines[0].endswith("(llythyr); canlyniad wedi'i gofnodi.")


def test_the_signing_review_names_a_new_referral_and_the_victim_line() -> None:
    from desktop.services.returns_workflow import describe_changes

    case = example_case()
    before = content_for(case)
    after = content_for(case, onward=(HOUSING,), victims=_victim(case))
    changes = describe_changes(before, after)
    assert "Pathway referrals or referrals to other agencies changed" in changes
    assert any(c.startswith("Victim: ") and "outcome recorded" in c for c in changes)
