"""The retention plan dialog: an admin sees the same plan as the command line and erases it only after
confirming in a second box. Real store, real runner, real clicks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from privacy_fixtures import build_retention_store
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from store_fixtures import PASS

from desktop.app.root import build_context
from desktop.storage.store import CaseStore
from desktop.ui.context import AppContext
from desktop.ui.privacy.retention_dialog import RetentionPlanDialog
from desktop.ui.runner import BackgroundRunner

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[AppContext, dict[str, str]]]:
    refs = build_retention_store(tmp_path / "store")
    store = CaseStore.open(tmp_path / "store", "admin", PASS)
    runner = BackgroundRunner()
    yield build_context(store, runner, datetime.now), refs
    runner.shutdown()
    store.close()


def _answer_box(qtbot, button_text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When the confirmation opens, click the button named `button_text` with the mouse."""
    tries = [200]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def _rows(dlg: RetentionPlanDialog) -> list[tuple[str, str]]:
    m = dlg.model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def test_the_plan_is_shown_and_erased_only_after_confirming(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    ctx, refs = opened
    from desktop.services.privacy.erasure import add_hold

    add_hold(ctx.store, refs["Held"], "civil claim pending")
    dlg = RetentionPlanDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 4, timeout=5000)
    rows = dict(_rows(dlg))
    assert rows[refs["Old"]] == "Erase" and rows[refs["Never"]] == "Erase"
    assert rows[refs["Held"]] == "Kept: legal hold" and refs["Current"] not in rows
    assert "2 person(s) to erase" in dlg.summary.text() and "1 kept by a legal hold" in dlg.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "retention-plan-dialog.png"))

    seen: list[str] = []
    _answer_box(qtbot, "Cancel", seen)
    qtbot.mouseClick(dlg.erase_button, Qt.MouseButton.LeftButton)
    assert seen and "cannot be undone" in seen[0]
    assert dlg.model.rowCount() == 4 and len(ctx.store.cases.load_cases()) == 4  # cancelled: nothing erased

    erased: list[tuple[int, int]] = []
    dlg.erasure_applied.connect(lambda p, f: erased.append((p, f)))
    _answer_box(qtbot, "Erase", seen)
    qtbot.mouseClick(dlg.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: erased == [(2, 1)], timeout=10000)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=5000)  # only the held person is still listed
    assert _rows(dlg) == [(refs["Held"], "Kept: legal hold")]
    assert not dlg.erase_button.isEnabled()
    assert {c.person.force_reference for c in ctx.store.cases.load_cases()} == {refs["Held"], refs["Current"]}


def test_a_keyworker_sees_why_not(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain import Role

    build_retention_store(tmp_path / "store")
    with CaseStore.open(tmp_path / "store", "admin", PASS) as admin:
        admin.add_user("kim", "Kim Keyworker", Role.KEYWORKER, PASS)
    store = CaseStore.open(tmp_path / "store", "kim", PASS)
    runner = BackgroundRunner()
    try:
        dlg = RetentionPlanDialog(build_context(store, runner, datetime.now))
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: "could not be read" in dlg.summary.text(), timeout=5000)
        assert "manager or admin" in dlg.summary.text() and not dlg.erase_button.isEnabled()
    finally:
        runner.shutdown()
        store.close()


def test_the_main_window_has_a_privacy_menu_for_admins_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.app.settings import Settings
    from desktop.domain import Role
    from desktop.ui.main_window import MainWindow
    from desktop.ui.privacy.wiring import PrivacyHookup

    build_retention_store(tmp_path / "store")
    with CaseStore.open(tmp_path / "store", "admin", PASS) as admin:
        admin.add_user("kim", "Kim Keyworker", Role.KEYWORKER, PASS)
    for user, has_menu in (("admin", True), ("kim", False)):
        store = CaseStore.open(tmp_path / "store", user, PASS)
        runner = BackgroundRunner()
        settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
        try:
            win = MainWindow(build_context(store, runner, datetime.now), settings)
            qtbot.addWidget(win)
            win.show()
            menus = [a.text().replace("&", "") for a in win.menuBar().actions()]
            assert ("Privacy" in menus) is has_menu, (user, menus)
            hookup = win.privacy
            assert isinstance(hookup, PrivacyHookup)
            if has_menu:
                hookup.act_retention.trigger()
                qtbot.waitUntil(
                    lambda h=hookup: h.dialog is not None and h.dialog.model.rowCount() == 4, timeout=10000
                )
                hookup.dialog.close()
            win.close()
        finally:
            runner.shutdown()
            store.close()


def test_subject_access_export_of_the_selected_person(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json
    import stat

    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

    from desktop.app.settings import Settings
    from desktop.ui.main_window import MainWindow

    refs = build_retention_store(tmp_path / "store")
    store = CaseStore.open(tmp_path / "store", "admin", PASS)
    runner = BackgroundRunner()
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    out = tmp_path / "sar"
    out.mkdir()
    try:
        win = MainWindow(build_context(store, runner, datetime.now), settings)
        qtbot.addWidget(win)
        win.show()
        hookup = win.privacy
        hookup.act_sar.trigger()  # nobody selected yet: says so
        assert "Select a person" in win.statusBar().currentMessage()
        table = win.caseload.view.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10000)
        qtbot.wait(200)
        shown = table.model().rowCount()
        row = next(
            r
            for r in range(shown)
            if refs["Current"]
            in " ".join(str(table.model().index(r, c).data()) for c in range(table.model().columnCount()))
        )
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(row, 0)).center(),
        )
        hookup.act_sar.trigger()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=5000)
        dialog = QApplication.activeModalWidget()
        qtbot.wait(300)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name, str(out))
        with qtbot.waitSignal(hookup.subject_access_exported, timeout=10000) as blocker:
            buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)
        files = blocker.args[0]
        assert files.pdf_path.parent == out and stat.S_IMODE(files.pdf_path.stat().st_mode) == 0o600
        data = json.loads(files.json_path.read_text(encoding="utf-8"))
        assert data["person"][0]["force_reference"] == refs["Current"]
        assert "Subject access export written" in win.statusBar().currentMessage()
        win.close()
    finally:
        runner.shutdown()
        store.close()
