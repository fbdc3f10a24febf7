"""Errors and form problems travel as codes: every code raised under desktop/ has a template, every template has
Welsh (finished, or marked unfinished for review), and a code renders with its parameters in English and Welsh.

The English rendering is the sentence the domain used to build (str(error), the CLI), checked here for a few
codes; the Welsh comes from the compiled catalogue, as the GUI loads it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.app.i18n import locale_for
from desktop.domain import ContractState, DomainError, ValidationError
from desktop.domain.errors import IllegalTransition, Problem
from desktop.domain.variations import extend
from desktop.ui.labels import error_text, problem_text
from desktop.wording.errors import ERRORS, PROBLEMS, render, render_code

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "checkpoint_cy.ts"
RAISERS = {"DomainError": ERRORS, "IllegalTransition": ERRORS, "Problem": PROBLEMS}
FIELD = re.compile(r"\{(\w+)(?:![a-z])?(?::[^}]*)?\}")


def _codes_in(node: ast.expr) -> list[str | None]:
    """The literal codes an argument can take (both arms of `a if c else b`); None for anything else."""
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body) + _codes_in(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return [None]


def _raised_codes() -> list[tuple[str, str, str | None]]:
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISERS:
                if not node.args:
                    continue
                for code in _codes_in(node.args[0]):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.func.id, code))
    return found


def test_every_code_raised_in_desktop_has_a_template() -> None:
    found = _raised_codes()
    assert len(found) > 80  # the scan sees the raise sites (contract, variations, assessments, problems...)
    missing = [f"{where} {kind}({code!r})" for where, kind, code in found if code not in RAISERS[kind]]
    assert missing == [], "codes without a template (or a sentence where a code belongs):\n" + "\n".join(
        missing
    )


def test_every_template_is_in_the_welsh_catalogue_with_the_same_fields() -> None:
    catalogue: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(TS).getroot().findall("context"):
        for message in context.findall("message"):
            catalogue[(context.findtext("name") or "", message.findtext("source") or "")] = message
    problems = []
    for context, templates in (("Errors", ERRORS), ("Problems", PROBLEMS)):
        for code, source in templates.items():
            message = catalogue.get((context, source))
            if message is None:
                problems.append(f"{context}/{code}: not in checkpoint_cy.ts (run pyside6-lupdate)")
                continue
            welsh = message.findtext("translation") or ""
            if not welsh.strip():
                problems.append(f"{context}/{code}: no Welsh written")
            elif sorted(FIELD.findall(welsh)) != sorted(FIELD.findall(source)):
                problems.append(f"{context}/{code}: the Welsh names other fields than {source!r}")
    assert problems == [], "\n".join(problems)


def test_english_is_the_sentence_the_domain_always_gave() -> None:
    error = IllegalTransition(
        "contract.illegal_transition", state=ContractState.ACTIVE, new_state=ContractState.OFFERED
    )
    assert str(error) == "A contract that is active cannot become offered"
    assert render(error) == str(error)
    assert str(DomainError("contract.too_many_conditions", most=5, chosen=6)) == (
        "A contract has at most 5 conditions; 6 are chosen"
    )
    assert Problem("too_long", most=60) == "is too long (at most 60 characters)"
    assert Problem("below_minimum", least=0.5).params == {"least": 0.5}
    refused = ValidationError({"agency": Problem("required"), "note": Problem("too_long", most=500)})
    assert str(refused) == "agency: is required; note: is too long (at most 500 characters)"
    assert render_code("Errors", "no.such.code", {}) == "no.such.code"  # never nothing


@pytest.fixture
def welsh(tmp_path: Path, qapp: QApplication):
    shutil.copy(TS, tmp_path / "checkpoint_cy.ts")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    subprocess.run(
        [str(lrelease), "-nounfinished", str(tmp_path / "checkpoint_cy.ts")], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "checkpoint_cy.qm"))
    before = QLocale()
    qapp.installTranslator(translator)
    QLocale.setDefault(locale_for("cy"))
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_codes_render_with_their_parameters_in_welsh(welsh: QTranslator) -> None:
    from desktop.domain.contract import Contract

    contract = Contract(
        "p1", state=ContractState.ACTIVE, signed_on=date(2026, 1, 5), end_date=date(2026, 3, 3)
    )
    with pytest.raises(DomainError) as refused:
        extend(contract, date(2026, 2, 1), date(2026, 1, 20), "more time")
    assert str(refused.value) == "The new end date must be after the current one (3 Mar 2026)"
    assert (
        error_text(refused.value)
        == "Rhaid i'r dyddiad gorffen newydd fod ar ôl yr un presennol (3 Mawrth 2026)"
    )
    # a label parameter is translated too (context "Labels"), and the CLI's render asks the same translator
    turned = IllegalTransition(
        "contract.illegal_transition", state=ContractState.ACTIVE, new_state=ContractState.OFFERED
    )
    assert error_text(turned) == "Ni ellir newid cyflwr contract o 'Gweithredol' i 'Cynigiwyd'"
    assert render(turned, "cy") == error_text(turned)
    assert render(turned) == "A contract that is active cannot become offered"  # English asks no translator
    assert problem_text(Problem("too_long", most=60)) == "yn rhy hir (60 nod ar y mwyaf)"
    assert problem_text(Problem("below_minimum", least=2.0)) == "rhaid iddo fod yn 2 o leiaf"
    assert problem_text("typed by a date field") == "typed by a date field"  # plain text is shown as it is
    assert error_text(ValidationError({"agency": Problem("required")})) == "agency: yn ofynnol"
    # an unfinished translation is left out of the catalogue: the English shows, with its parameters
    unsure = DomainError("returns.signer_not_manager", name="Sam", role="worker")
    assert error_text(unsure) == "Only a manager can sign returns; Sam is a worker"
    assert QCoreApplication.translate("Errors", ERRORS["contract.offending_missing"]) == (
        "Mae pob contract yn cynnwys yr amod dim aildroseddu"
    )


def test_a_translation_naming_a_missing_field_falls_back_to_english() -> None:
    def broken(context: str, text: str) -> str:
        return "Dim {nonexistent}"

    assert render_code("Errors", "variation.paused_already", {"since": date(2026, 3, 3)}, "cy", broken) == (
        "The contract is paused already, since 3 Mar 2026"
    )


def _labelled_enums() -> list[type]:
    import enum
    import importlib
    import inspect
    import pkgutil

    import desktop.domain as domain

    found = []
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"desktop.domain.{info.name}")
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, enum.Enum)
                and obj.__module__ == module.__name__
                and isinstance(getattr(obj, "label", None), property)
            ):
                found.append(obj)
    return found


def test_every_stored_value_label_and_criterion_is_listed_for_translation() -> None:
    from desktop.domain import ELIGIBILITY_QUESTIONS
    from desktop.ui.labels import LABELS, QUESTIONS

    # compliance levels have their own context ("Compliance"); demographics' long lists are not yet listed
    skipped = {"ComplianceLevel", "Disability", "EthnicGroup", "Ethnicity", "GenderIdentity", "Sex"}
    enums = [e for e in _labelled_enums() if e.__name__ not in skipped]
    assert len(enums) >= 12
    missing = [f"{e.__name__}.{m.name}: {m.label!r}" for e in enums for m in e if m.label not in LABELS]
    assert missing == [], "labels the GUI cannot translate:\n" + "\n".join(missing)
    assert [q.text for q in ELIGIBILITY_QUESTIONS] == list(QUESTIONS)


def test_amounts_have_plurals_in_english_and_welsh(qapp: QApplication) -> None:
    from desktop.ui.labels import amount_text

    assert [amount_text(n, "sessions") for n in (1, 3)] == ["1 session", "3 sessions"]
    assert amount_text(1.5, "hours") == "1.5 hours" and amount_text(2, "letters") == "2 letters"
    assert amount_text(4, "") == "4"


def test_welsh_amounts_labels_and_criteria(welsh: QTranslator) -> None:
    from desktop.domain import ELIGIBILITY_QUESTIONS
    from desktop.domain.onward import Accepted
    from desktop.ui.labels import amount_text, question_text
    from desktop.ui.language import ui_label

    assert [amount_text(n, "sessions") for n in (1, 2, 3, 8)] == [
        "1 sesiwn",
        "2 sesiwn",
        "3 sesiwn",
        "8 sesiwn",
    ]
    assert amount_text(36, "hours") == "36 awr"
    assert ui_label(Accepted.NOT_KNOWN) == "Ddim yn hysbys eto"
    assert question_text(ELIGIBILITY_QUESTIONS[0]) == "Yn 18 oed neu'n hŷn"
    unanswered = Problem("eligibility_unanswered", questions="Aged 18 or over", missing=("adult", "on_bail"))
    assert problem_text(unanswered) == "heb eu hateb: Yn 18 oed neu'n hŷn, Ar fechnïaeth am faterion eraill"


def test_the_referral_form_names_its_problems_in_welsh(qtbot, ctx, welsh: QTranslator) -> None:
    """A person working in Welsh saves an empty referral, then types a future offence date: every message
    beside a field, and the eligibility criteria, are Welsh (screenshot: docs/screenshots/cy/referral-problems.png)."""
    from PySide6.QtCore import Qt
    from ui_input import shots_dir

    from desktop.ui.dialogs.referral import NewReferralDialog

    dialog = NewReferralDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems["first_name"].isVisible()
    assert dialog.problems["first_name"].text() == "Enw cyntaf yn ofynnol."
    eligibility = dialog.problems["eligibility"].text()
    assert eligibility.startswith("Atebwch bob cwestiwn cymhwystra (heb eu hateb: Yn 18 oed neu'n hŷn, ")
    assert "Ar fechnïaeth am faterion eraill" in eligibility and "Aged 18" not in eligibility
    qtbot.mouseClick(dialog.offence_date, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.offence_date, "20/11/2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems["offence_date"].text() == "Dyddiad y drosedd yn y dyfodol."
    assert dialog.isVisible()  # nothing saved, nothing lost
    dialog.grab().save(str(shots_dir() / "referral-problems.png"))
