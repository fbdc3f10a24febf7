"""Translation infrastructure: the .ts sources are complete for every module of the GUI, compile with
pyside6-lrelease, and the translator and the QLocale date helpers speak Welsh when asked.

Completeness: pyside6-lupdate runs over every module under desktop/ui and desktop/app (COVERED, derived from the
tree) and every string it finds must have a Welsh translation in checkpoint_cy.ts (one marked unfinished counts:
it is written and listed for review, and left out of the compiled catalogue). NO_STRINGS names the few modules
with no user-visible strings; a module outside it must yield strings to lupdate, and one in it must yield none,
so a new module whose labels lupdate cannot see (a `_tr(text)` wrapper, a bare tuple of headers) fails here.
"""

from __future__ import annotations

import ast
import re
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
GUI_TREES = ("desktop/ui", "desktop/app")
# Modules with no user-visible strings (packages, plumbing, drawing): checked to yield nothing to lupdate.
NO_STRINGS = {
    "desktop/app/root.py",
    "desktop/app/settings.py",
    "desktop/ui/assessments/change_view.py",
    "desktop/ui/changes.py",
    "desktop/ui/assessments/form_controller.py",
    "desktop/ui/caseload/counters.py",
    "desktop/ui/caseload/loader.py",
    "desktop/ui/caseload/proxy.py",
    "desktop/ui/context.py",
    "desktop/ui/demographics.py",
    "desktop/ui/elided_label.py",
    "desktop/ui/language.py",
    "desktop/ui/qt_typed.py",
    "desktop/ui/record/controller.py",
    "desktop/ui/record/style.py",
    "desktop/ui/reports/charts.py",
    "desktop/ui/returns/display.py",
    "desktop/ui/returns/drafting.py",
    "desktop/ui/returns/printing.py",
    "desktop/ui/returns/proxy.py",
    "desktop/ui/returns/signing.py",
    "desktop/ui/runner.py",
    "desktop/ui/table_model.py",
    "desktop/ui/theme.py",
    "desktop/ui/wheel_guard.py",
}
MODULES = sorted(
    str(p.relative_to(ROOT))
    for tree in GUI_TREES
    for p in (ROOT / tree).rglob("*.py")
    if p.name != "__init__.py"
)
COVERED = [m for m in MODULES if m not in NO_STRINGS]
# The command line's modules: checkpoint-desk's and checkpoint-force's (`--lang cy` for both).
CLI_MODULES = sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "cli").glob("*.py") if p.name != "__init__.py"
)


# Qt calls whose string arguments a person reads; tr/translate/QT_TRANSLATE_NOOP wrap them.
TEXT_SINKS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setTitle",
    "setStatusTip",
    "addItem",
    "addRow",
    "addAction",
    "addMenu",
    "addTab",
    "setTabText",
    "showMessage",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "information",
    "warning",
    "critical",
    "question",
    "setLabelText",
    "setSpecialValueText",
    "setInformativeText",
    "setTitleText",
}
TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_WORDS = {"Checkpoint Desk", "ABCD-EFGH-\u2026", "English", "Cymraeg"}  # product; key shape; endonyms


def _call_name(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def _words(text: str) -> bool:
    """Text with a word in it once markup, placeholders and punctuation are taken out."""
    bare = re.sub(r"<[^>]*>|&nbsp;|\{[^}]*\}|%\d", " ", text)
    return bool(re.search(r"[A-Za-z]{2,}", bare)) and text not in NOT_WORDS


def bare_literals(path: Path, sinks: set[str] = TEXT_SINKS) -> list[str]:
    hits: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Compare) or (isinstance(node, ast.Call) and _call_name(node) in TR_CALLS):
            return  # a comparison's strings are not shown
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value):
            hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
            return
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.Constant) and isinstance(part.value, str) and _words(part.value):
                    hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: f-string {part.value!r}")
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _call_name(node) in sinks:
            args = node.args[:1] if _call_name(node) == "addItem" else node.args  # addItem(text, data)
            for arg in [*args, *(k.value for k in node.keywords)]:
                visit(arg)
    return hits


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


def test_every_string_in_the_gui_is_translated_into_welsh(tmp_path: Path) -> None:
    welsh = messages(TS_DIR / "checkpoint_cy.ts")
    covered = extract(COVERED, tmp_path / "covered.ts")
    assert len(covered) > 900
    missing = sorted(k for k in covered if not translated(welsh.get(k)))
    assert missing == [], f"not translated in checkpoint_cy.ts: {missing}"


def test_every_gui_module_with_strings_shows_them_to_lupdate(tmp_path: Path) -> None:
    """Per module: COVERED ones yield strings, NO_STRINGS ones none (both lists stay true to the tree)."""
    silent, noisy = [], []
    for n, module in enumerate(MODULES):
        found = extract([module], tmp_path / f"m{n}.ts")
        if module in NO_STRINGS and found:
            noisy.append(module)
        if module not in NO_STRINGS and not found:
            silent.append(module)
    assert silent == [], f"no string of these is extractable (or add them to NO_STRINGS): {silent}"
    assert noisy == [], f"these have strings now: take them out of NO_STRINGS: {noisy}"
    assert set(MODULES) >= NO_STRINGS


def test_no_qt_text_setter_is_given_a_bare_literal() -> None:
    """A label written straight into setText/QLabel/addItem/... without tr() is invisible to lupdate."""
    found = [hit for module in MODULES for hit in bare_literals(ROOT / module)]
    assert found == [], "user-visible text outside tr(): " + "; ".join(found)


def test_every_cli_message_is_translated_into_welsh(tmp_path: Path) -> None:
    """The CLI's strings (context CLI) all have Welsh, and no one-line error is a literal lupdate cannot see."""
    welsh = messages(TS_DIR / "checkpoint_cy.ts")
    found = extract(CLI_MODULES, tmp_path / "cli.ts")
    assert len(found) > 80 and {c for c, _s in found} == {"CLI"}
    missing = sorted(k for k in found if not translated(welsh.get(k)))
    assert missing == [], f"not translated in checkpoint_cy.ts: {missing}"
    bare = [
        hit
        for module in CLI_MODULES
        for hit in bare_literals(ROOT / module, {"CliError"})
        if not re.search(r": '--[a-z-]+'$", hit)  # an option's name put into a translated sentence
    ]
    assert bare == [], "CLI errors outside CLI.tr(): " + "; ".join(bare)


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
    unsure = "%n unsaved edit(s) kept: they will be there when you unlock."
    assert welsh.translate("LockScreen", unsure, None, 2) == ""  # unfinished: the English shows instead
    sessions = "%n session(s): {att} attended, {missed} missed"
    assert welsh.translate("SessionsTab", sessions, None, 1) == "%n sesiwn: mynychwyd {att}, collwyd {missed}"
    assert welsh.translate("SyncWords", "%n conflict(s) to look at", None, 1).endswith("edrych arno")
    assert welsh.translate("SyncWords", "%n conflict(s) to look at", None, 3).endswith("edrych arnynt")
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
