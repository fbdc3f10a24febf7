"""Test set-up shared by every layer. Qt must be told there is no display before it is imported."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

# Every shared fixture module is a plugin, so a test names a fixture in its arguments and imports nothing for it
# (helpers that are not fixtures are imported by module name: `from ui_fixtures import SHELL_PASS`).
pytest_plugins = ("force_engines", "ui_fixtures", "ui_record_fixtures", "ui_assessment_fixtures")


@pytest.fixture(autouse=True)
def _close_windows_left_open():
    """Close every window a test left on screen, so the next test's activeModalWidget() is its own.

    A dialog opened with open() by a widget the test registered with qtbot outlives that widget's close(), and a
    modal one left behind answers activeModalWidget() for the rest of the run.
    """
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets else None
    if app is None:
        return
    for window in app.topLevelWidgets():
        if window.isVisible():
            window.close()
    app.processEvents()


@pytest.fixture(scope="session")
def qapp(qapp, tmp_path_factory):
    """pytest-qt's QApplication, speaking English as the app does: its catalogue (compiled here from
    resources/translations/checkpoint_en.ts) carries the English plural forms of the %n strings."""
    import shutil
    import subprocess
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    source = Path(__file__).resolve().parents[1] / "resources" / "translations" / "checkpoint_en.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        yield qapp
        return
    out = tmp_path_factory.mktemp("translations") / "checkpoint_en.qm"
    subprocess.run([tool, str(source), "-qm", str(out)], check=True, capture_output=True)
    translator = QTranslator(qapp)
    if translator.load(str(out)):
        qapp.installTranslator(translator)
    yield qapp
    qapp.removeTranslator(translator)
