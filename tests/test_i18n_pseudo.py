"""Pseudo-locale: every string about 40% longer (vowels doubled, placeholders, markup and accelerators kept),
compiled from checkpoint_en.ts into a temporary catalogue; the main views (caseload, a record, the returns queue,
the diary, the unlock dialog) open with it and no label or button without word wrap cuts its text short."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.services.demo import DEMO_PASSPHRASE, create_demo_store
from desktop.storage.store import CaseStore
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
DEMO_NOW = datetime(2026, 11, 26, 10, 0)
KEEP = re.compile(
    r"(\{[^}]*\}|%n|%\d|<[^>]*>|&[a-zA-Z]+;|&.)"
)  # placeholders, markup, entities, accelerators


def stretch(text: str) -> str:
    """'Save record' -> 'Saavee reecoord': every vowel doubled outside placeholders and markup (~40% longer)."""
    return "".join(
        part if KEEP.fullmatch(part) else re.sub(r"([aeiouAEIOU])", r"\1\1", part)
        for part in KEEP.split(text)
    )


def pseudo_catalogue(out: Path) -> Path:
    tree = ET.parse(ROOT / "resources" / "translations" / "checkpoint_en.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = stretch(form.text or source)
        else:
            translation.text = stretch(source)
    ts = out / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([tool, str(ts), "-qm", str(out / "pseudo.qm")], check=True, capture_output=True)
    return out / "pseudo.qm"


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons without word wrap whose text is wider than the room they were given."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, ElidedLabel):
            continue
        if (
            isinstance(w, QLabel)
            and not w.wordWrap()
            and w.text()
            and w.textFormat() != Qt.TextFormat.RichText
        ):
            if w.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/][^>]*>", w.text()):
                continue  # rich text: laid out by its own document
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = max(w.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
            if need > w.contentsRect().width() + 1:
                found.append(f"QLabel {text!r}: {need}px in {w.contentsRect().width()}px")
        elif (
            isinstance(w, QAbstractButton)
            and w.text()
            and type(w).__name__ in ("QPushButton", "QCheckBox", "QRadioButton")
        ) and w.sizeHint().width() > w.width() + 1:
            found.append(f"{type(w).__name__} {w.text()!r}: {w.sizeHint().width()}px in {w.width()}px")
    return found


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    return create_demo_store(tmp_path_factory.mktemp("demo") / "demo", people=15, now=DEMO_NOW)


@pytest.fixture
def pseudo(tmp_path: Path, qapp: QApplication):
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue(tmp_path)))
    assert translator.translate("UnlockDialog", "&Unlock") == "&Unloock"
    qapp.installTranslator(translator)
    before = QLocale()
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_main_views_show_stretched_text_whole(
    qtbot,
    pseudo,
    demo_folder: Path,
    runner,  # noqa: F811
    ui_settings,  # noqa: F811
    monkeypatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(demo_folder, "manager", DEMO_PASSPHRASE, clock=lambda: DEMO_NOW)
    problems: dict[str, list[str]] = {}
    try:
        w = MainWindow(build_context(store, runner, lambda: DEMO_NOW), ui_settings)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
            w.show()
        # the status bar's sync figure arrives from the database thread on its own; the bar lays out again after it
        qtbot.waitUntil(lambda: w.sync.status.status is not None, timeout=10_000)
        qtbot.wait(200)
        problems["caseload"] = clipped(w)
        problems["caseload width"] = (
            [f"needs {w.minimumSizeHint().width()}px"] if w.minimumSizeHint().width() > 1366 else []
        )  # a 1366-pixel laptop screen still shows the whole window
        w.grab().save(str(shots_dir() / "pseudo-caseload.png"))

        table = w.dashboard.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.tabs.count() > 1, timeout=10_000)
        qtbot.wait(500)
        problems["record"] = clipped(w.tabs.currentWidget())
        w.grab().save(str(shots_dir() / "pseudo-record.png"))

        qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(500)
        problems["diary"] = clipped(w.tabs.currentWidget())
        w.grab().save(str(shots_dir() / "pseudo-diary.png"))

        qtbot.keyClick(
            w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        qtbot.wait(800)
        problems["returns"] = clipped(w.tabs.currentWidget())
        w.grab().save(str(shots_dir() / "pseudo-returns.png"))
    finally:
        store.close()

    from desktop.ui.unlock import UnlockDialog

    dialog = UnlockDialog(demo_folder, runner, username="manager")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(100)
    problems["unlock"] = clipped(dialog)
    dialog.grab().save(str(shots_dir() / "pseudo-unlock.png"))
    assert {view: found for view, found in problems.items() if found} == {}
