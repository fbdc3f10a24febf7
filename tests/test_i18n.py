"""Translation infrastructure: the .ts sources are complete for the modules covered so far, compile with
pyside6-lrelease, and the translator and the QLocale date helpers speak Welsh when asked.

HONEST SCOPE: the Welsh translation is not complete yet. The completeness check runs pyside6-lupdate over the
whole of desktop/ and counts what is missing, but it FAILS only for the modules listed in COVERED (the start-up
path, the unlock, lock and first-run screens, the main window's frame, the caseload, the record and its dialogs,
the diary, the referral form, the returns GUI, sync, the assessment forms, the menu hookups). Add a module
to COVERED when its strings are done; the goal (issue 17) is COVERED = every module under desktop/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.app.i18n import (
    chosen_language,
    install_translator,
    locale_for,
    resolve_language,
    ui_date,
    ui_moment,
)

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
COVERED = [
    "desktop/app/main.py",
    "desktop/app/i18n.py",
    "desktop/ui/unlock.py",
    "desktop/ui/lock.py",
    "desktop/ui/main_window.py",
    "desktop/ui/first_run.py",
    "desktop/ui/caseload/controller.py",
    "desktop/ui/caseload/model.py",
    "desktop/ui/caseload/view.py",
    "desktop/ui/record/header.py",
    "desktop/ui/record/view.py",
    "desktop/ui/record/sessions_tab.py",
    "desktop/ui/record/timeline_tab.py",
    "desktop/ui/record/contract_tab.py",
    "desktop/ui/dialogs/session.py",
    "desktop/ui/returns/view.py",
    "desktop/ui/returns/model.py",
    "desktop/ui/record/models.py",
    "desktop/ui/returns/controller.py",
    "desktop/ui/record/details_tab.py",
    "desktop/ui/dialogs/assign.py",
    "desktop/ui/dialogs/safety.py",
    "desktop/ui/dialogs/close_contract.py",
    "desktop/ui/dialogs/condition.py",
    "desktop/ui/dialogs/base.py",
    "desktop/ui/dialogs/contract.py",
    "desktop/ui/returns/actions.py",
    "desktop/ui/returns/setup_dialog.py",
    "desktop/ui/returns/wiring.py",
    "desktop/ui/diary.py",
    "desktop/ui/dialogs/referral.py",
    "desktop/ui/dialogs/onward.py",
    "desktop/ui/dialogs/victim.py",
    "desktop/ui/record/onward_box.py",
    "desktop/ui/record/scans_box.py",
    "desktop/ui/sync/status_widget.py",
    "desktop/ui/sync/wiring.py",
    "desktop/ui/sync/controller.py",
    "desktop/ui/assessments/tab.py",
    "desktop/ui/assessments/wiring.py",
    "desktop/ui/assessments/needs_view.py",
    "desktop/ui/assessments/new_dialog.py",
    "desktop/ui/assessments/form_dialog.py",
    "desktop/ui/assessments/form_view.py",
    "desktop/ui/assessments/item_editors.py",
    "desktop/ui/staff/wiring.py",
    "desktop/ui/privacy/wiring.py",
    "desktop/ui/reports/wiring.py",
    "desktop/ui/sync/log_dialog.py",
    "desktop/ui/sync/preview_dialog.py",
    "desktop/ui/sync/preview_model.py",
]


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return str(found)


def extract(files: list[str], out: Path) -> set[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate finds in `files`."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", "-target-language", "cy", *files, "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return set(messages(out))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            out[(context.findtext("name") or "", message.findtext("source") or "")] = message.find(
                "translation"
            )
    return out


def translated(element: ET.Element | None) -> bool:
    """A translation with text; one marked unfinished counts too (it is written and listed for review)."""
    if element is None:
        return False
    forms = element.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((element.text or "").strip())


def test_every_string_in_the_covered_modules_is_translated_into_welsh(tmp_path: Path) -> None:
    welsh = messages(TS_DIR / "checkpoint_cy.ts")
    covered = extract(COVERED, tmp_path / "covered.ts")
    assert len(covered) > 40
    missing = sorted(k for k in covered if not translated(welsh.get(k)))
    assert missing == [], f"not translated in checkpoint_cy.ts: {missing}"


def test_lupdate_sees_the_whole_gui_and_reports_what_is_left(tmp_path: Path) -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    found = extract(files, tmp_path / "all.ts")
    welsh = messages(TS_DIR / "checkpoint_cy.ts")
    left = [k for k in found if not translated(welsh.get(k))]
    assert len(found) > 700  # the GUI's strings are extractable (a sanity floor, not completeness)
    assert len(left) < len(found)  # reported, not yet asserted to be zero: see the module docstring


def test_unfinished_welsh_strings_are_left_out_of_the_compiled_catalogue(
    tmp_path: Path, qapp: QApplication
) -> None:
    for name in ("checkpoint_en.ts", "checkpoint_cy.ts"):
        shutil.copy(TS_DIR / name, tmp_path / name)
    subprocess.run(
        [
            tool("pyside6-lrelease"),
            "-nounfinished",
            str(tmp_path / "checkpoint_cy.ts"),
            str(tmp_path / "checkpoint_en.ts"),
        ],
        check=True,
        capture_output=True,
    )
    app = qapp
    welsh, english = QTranslator(), QTranslator()
    assert welsh.load(str(tmp_path / "checkpoint_cy.qm")) and english.load(str(tmp_path / "checkpoint_en.qm"))
    assert welsh.translate("UnlockDialog", "&Unlock") == "&Datgloi"
    assert welsh.translate("Compliance", "At risk") == "Mewn perygl"
    assert (
        welsh.translate("QDialog", "The passphrase must be at least %n characters.", None, 12)
        == "Rhaid i'r cyfrinymadrodd fod o leiaf %n nod o hyd."
    )
    unsure = "%1 unsaved edits kept: they will be there when you unlock."
    assert welsh.translate("LockScreen", unsure) == ""  # marked unfinished: the English source shows instead
    app.installTranslator(english)
    try:
        assert QCoreApplication.translate("ReturnsController", "%n return(s)", None, 1) == "1 return"
        assert QCoreApplication.translate("ReturnsController", "%n return(s)", None, 3) == "3 returns"
    finally:
        app.removeTranslator(english)


def test_the_language_follows_the_setting_then_the_system_locale() -> None:
    welsh_system = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert resolve_language("cy", english_system) == "cy"
    assert resolve_language("en", welsh_system) == "en"
    assert resolve_language("system", welsh_system) == "cy"
    assert resolve_language(None, english_system) == "en"
    assert resolve_language("klingon", welsh_system) == "cy"
    assert chosen_language(None, {"CHECKPOINT_LANGUAGE": "cy"}) == "cy"


def test_dates_are_written_in_the_chosen_language() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(locale_for("cy"))
        assert ui_date(date(2026, 3, 3)) == "3 Maw 2026"
        assert ui_date(date(2026, 7, 21), long=True) == "21 Gorffennaf 2026"
        assert ui_moment(datetime(2026, 12, 3, 14, 5)) == "3 Rhag 2026 14:05"
        QLocale.setDefault(locale_for("en"))
        assert ui_date(date(2026, 3, 3)) == "3 Mar 2026"
        assert ui_date(None) == "\u2013"
    finally:
        QLocale.setDefault(before)


def test_install_translator_without_a_catalogue_keeps_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    import desktop.app.i18n as i18n

    before = QLocale()
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: str(tmp_path / f"checkpoint_{language}.qm"))
    try:
        assert install_translator(qapp, "cy") is None
        assert QLocale().language() == QLocale.Language.Welsh
    finally:
        QLocale.setDefault(before)


def test_the_unlock_dialog_opens_in_welsh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: object
) -> None:
    """The start-up path: compile the catalogue, install it as run_gui does, open a real dialog, read it."""
    from PySide6.QtWidgets import QPushButton

    import desktop.app.i18n as i18n
    from desktop.ui.runner import BackgroundRunner
    from desktop.ui.unlock import UnlockDialog

    shutil.copy(TS_DIR / "checkpoint_cy.ts", tmp_path / "checkpoint_cy.ts")
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(tmp_path / "checkpoint_cy.ts")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: str(tmp_path / f"checkpoint_{language}.qm"))
    before = QLocale()
    translator = install_translator(qapp, chosen_language(None, {"CHECKPOINT_LANGUAGE": "cy"}))
    runner = BackgroundRunner()
    try:
        assert translator is not None
        dialog = UnlockDialog(tmp_path / "store", runner, username="manager")
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        assert dialog.windowTitle() == "Datgloi'r storfa achosion \u2014 Checkpoint Desk"
        buttons = {b.text() for b in dialog.findChildren(QPushButton)}
        assert {"&Datgloi", "Canslo"} <= buttons
    finally:
        runner.shutdown()
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_gui_words_compliance_reasons_in_its_language() -> None:
    from desktop.app.i18n import ui_reason, ui_summary
    from desktop.domain.compliance import ComplianceAssessment, Reason
    from desktop.domain.enums import ComplianceLevel

    reason = Reason(ComplianceLevel.AT_RISK, "past_end", {"ended": date(2026, 12, 1)})
    assessment = ComplianceAssessment(ComplianceLevel.AT_RISK, (reason,))
    before = QLocale()
    try:
        QLocale.setDefault(locale_for("cy"))
        assert ui_reason(reason) == "daeth y contract i ben ar 1 Rhagfyr 2026 ac mae'n dal ar agor"
        assert ui_summary(assessment).startswith("Mewn perygl: daeth y contract")
        QLocale.setDefault(locale_for("en"))
        assert (
            ui_summary(assessment)
            == assessment.summary
            == "At risk: contract ended on 1 Dec 2026 and is still open"
        )
    finally:
        QLocale.setDefault(before)
