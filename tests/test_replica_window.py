"""Journey: the manager opens the Replicas window (Ctrl+Shift+Y) by real keys and clicks, sees a conflict between
their store and a desk replica with both values, keeps value b, exports, and revokes the desk after a confirm."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from replica_support import KEY_BITS, origin, people, set_phone
from store_fixtures import PASS
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.services import replica
from desktop.storage.store import CaseStore
from desktop.ui.main_window import MainWindow
from desktop.ui.replicas.window import ReplicasDialog


@pytest.fixture
def conflicted(tmp_path: Path):
    main, _ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    try:
        set_phone(desk, "Cyrus Leeclient", "07700 900111")
        replica.export_bundles(desk, tmp_path / "share")
    finally:
        desk.close()
    set_phone(main, "Cyrus Leeclient", "07700 900222")
    replica.import_bundles(main, tmp_path / "share")
    yield main, tmp_path
    main.close()


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_manager_resolves_exports_and_revokes(qtbot, conflicted, runner, ui_settings) -> None:  # noqa: F811
    main, tmp_path = conflicted
    w = MainWindow(build_context(main, runner, main.clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(t, ReplicasDialog) and t.isVisible() for t in QApplication.topLevelWidgets()),
        timeout=5000,
    )
    dlg = next(t for t in QApplication.topLevelWidgets() if isinstance(t, ReplicasDialog))
    qtbot.waitUntil(lambda: dlg.conflicts.rowCount() == 1 and dlg.devices.rowCount() == 2, timeout=10_000)
    assert "manager's replica" in dlg.device_label.text()
    shown = [dlg.conflicts.index(0, c).data() for c in range(dlg.conflicts.columnCount())]
    assert shown[0] == "Cyrus Leeclient (people)" and shown[1] == "phone"
    assert {
        shown[2].split()[0] + " " + shown[2].split()[1],
        shown[3].split()[0] + " " + shown[3].split()[1],
    } == {
        "07700 900111",
        "07700 900222",
    }
    keep = shown[3].split("  —")[0]
    dlg.grab().save(str(shots_dir() / "replicas.png"))
    assert not dlg.keep_b.isEnabled()
    click_row(qtbot, dlg.conflicts_table, 0)
    qtbot.mouseClick(dlg.keep_b, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.conflicts.rowCount() == 0, timeout=10_000)
    assert people(main)["Cyrus Leeclient"] == keep
    assert replica.conflicts(main) == []

    dlg.folder_edit.setFocus()
    qtbot.keyClicks(dlg.folder_edit, str(tmp_path / "out"))
    with qtbot.waitSignal(dlg.exchanged, timeout=10_000) as sent:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert "Wrote 1 bundle to" in sent.args[0]
    assert len(list((tmp_path / "out").glob("*.cprbundle"))) == 1

    row = next(r for r in range(dlg.devices.rowCount()) if dlg.devices.index(r, 0).data() == "Desk 2")
    click_row(qtbot, dlg.devices_table, row)
    assert dlg.revoke_button.isEnabled()
    qtbot.mouseClick(dlg.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.devices.index(row, 2).data().startswith("revoked"), timeout=10_000)
    assert [d.name for d in replica.devices(main) if d.revoked_at is not None] == ["Desk 2"]
    assert not dlg.revoke_button.isEnabled()


def test_the_manager_makes_a_laptop_replica_from_the_window(
    qtbot, tmp_path: Path, runner, ui_settings
) -> None:
    from desktop.ui.replicas.make_dialog import MakeReplicaDialog

    main, _ids = origin(tmp_path / "main")
    try:
        w = MainWindow(build_context(main, runner, main.clock), ui_settings)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
            w.show()
        w.activateWindow()
        qtbot.keyClick(
            w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        qtbot.waitUntil(
            lambda: any(
                isinstance(t, ReplicasDialog) and t.isVisible() for t in QApplication.topLevelWidgets()
            ),
            timeout=5000,
        )
        dlg = next(t for t in QApplication.topLevelWidgets() if isinstance(t, ReplicasDialog))
        qtbot.waitUntil(lambda: "not a replica yet" in dlg.device_label.text(), timeout=10_000)
        assert dlg.make_button.isVisible()
        qtbot.mouseClick(dlg.make_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MakeReplicaDialog), timeout=5000)
        make = QApplication.activeModalWidget()
        assert isinstance(make, MakeReplicaDialog)
        qtbot.mouseClick(make.make_button, Qt.MouseButton.LeftButton)  # nothing entered yet
        assert make.isVisible() and make.error_label.text() == "Give the device a name."
        make.device_edit.setFocus()
        qtbot.keyClicks(make.device_edit, "Kim laptop")
        assert make.error_label.text() == ""
        qtbot.mouseClick(make.one, Qt.MouseButton.LeftButton)
        assert make.keyworker_combo.isEnabled()
        make.keyworker_combo.setFocus()
        qtbot.keyClicks(make.keyworker_combo, "Kim")
        assert make.keyworker_combo.currentData() == "kim"
        make.activateWindow()
        qtbot.waitUntil(make.isActiveWindow, timeout=5000)
        qtbot.keyClick(make.keyworker_combo, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the accelerator
        assert make.folder_edit.hasFocus()
        qtbot.keyClicks(make.folder_edit, str(tmp_path / "laptop"))
        make.passphrase_edit.setFocus()
        qtbot.keyClicks(make.passphrase_edit, PASS)
        make.grab().save(str(shots_dir() / "replica-make-dialog.png"))
        with qtbot.waitSignal(dlg.made, timeout=120_000) as made:
            qtbot.mouseClick(make.make_button, Qt.MouseButton.LeftButton)
        assert made.args == ["Kim laptop"] and not make.isVisible()
        qtbot.waitUntil(lambda: dlg.devices.rowCount() == 2, timeout=10_000)
        assert (
            "Made the replica Kim laptop" in dlg.status_label.text() and "2 people" in dlg.status_label.text()
        )
        assert {dlg.devices.index(r, 0).data() for r in range(2)} == {"Kim laptop", "manager's store"}
        w.close()
    finally:
        main.close()
    laptop = CaseStore.open(tmp_path / "laptop", "kim", PASS)
    try:
        assert sorted(people(laptop)) == ["Alma Kimclient", "Boris Kimclient"]
        assert replica.this_device(laptop).name == "Kim laptop"
    finally:
        laptop.close()
