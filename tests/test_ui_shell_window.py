"""The main window on a demo store: it opens, shows the caseload, remembers its layout, opens tabs, and reloads
a person's row when another widget says their case changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.app.main import LAST_STORE_KEY, StoreChoice, choose_store, is_store
from desktop.app.root import build_context
from desktop.domain import Appointment, ContractState
from desktop.services.demo import DEMO_PASSPHRASE, create_demo_store
from desktop.storage.store import CaseStore
from desktop.ui.caseload.model import Column
from desktop.ui.changes import Changes
from desktop.ui.main_window import MainWindow

DEMO_NOW = datetime(2026, 11, 26, 10, 0)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    return create_demo_store(tmp_path_factory.mktemp("demo") / "demo", people=15, now=DEMO_NOW)


@pytest.fixture
def demo_ctx(demo_folder, runner):
    store = CaseStore.open(demo_folder, "manager", DEMO_PASSPHRASE, clock=lambda: DEMO_NOW)
    yield build_context(store, runner, lambda: DEMO_NOW)
    runner.shutdown()
    store.close()


def open_window(qtbot, ctx, settings, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    return w


def test_the_window_opens_on_a_demo_store(qtbot, demo_ctx, ui_settings, monkeypatch):
    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    assert w.caseload.model.rowCount() == 15
    assert w.dashboard.table.model().rowCount() > 0
    status = " ".join(lbl.text() for lbl in w.statusBar().findChildren(QLabel))
    assert "Signed in as Morgan Reid (manager)" in status and str(demo_ctx.store.folder) in status
    assert w.windowTitle() == "Checkpoint Desk \u2014 demo"
    shortcuts = {a.text().replace("&", "").rstrip("\u2026"): a.shortcut().toString() for a in w.actions()}
    assert shortcuts["New referral"] == "Ctrl+N" and shortcuts["Record session"] == "Ctrl+R"
    assert shortcuts["Search"] == "Ctrl+F" and shortcuts["Diary"] == "Ctrl+D" and shortcuts["Refresh"] == "F5"
    assert shortcuts["Next person"] == "Ctrl+PgDown" and shortcuts["Previous person"] == "Ctrl+PgUp"


def test_ctrl_f_focuses_search_and_a_row_opens_the_persons_tab(qtbot, demo_ctx, ui_settings, monkeypatch):
    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    w.activateWindow()
    w.act_search.trigger()
    assert w.focusWidget() is w.dashboard.search
    person_id = w.caseload.move_selection(1)
    w.dashboard.table.setFocus()
    qtbot.keyClick(w.dashboard.table, Qt.Key.Key_Return)
    assert w.tabs.count() == 2 and w.tabs.currentWidget().property("personId") == person_id
    w.open_person(person_id)  # the same person again: the same tab
    assert w.tabs.count() == 2
    w.open_diary()
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Diary"
    w.act_close_tab.trigger()
    assert w.tabs.count() == 2


def test_a_change_on_the_bus_reloads_only_the_rows_it_names(qtbot, demo_ctx, ui_settings, monkeypatch):
    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    model = w.caseload.model
    active = [
        model.row_at(i) for i in range(model.rowCount()) if model.row_at(i).state is ContractState.ACTIVE
    ]
    target, other = active[0], active[1]
    soon = DEMO_NOW + timedelta(minutes=30)  # sooner than anything already booked
    assert soon not in (target.next_appointment, other.next_appointment)
    demo_ctx.store.cases.schedule_appointment(Appointment(target.person_id, soon))
    demo_ctx.store.cases.schedule_appointment(Appointment(other.person_id, soon))  # not named below
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        demo_ctx.changes.publish(Changes.for_people([target.person_id]))
    row = model.row_at(model.row_of(target.person_id))
    assert row.next_appointment == soon
    assert model.index(model.row_of(target.person_id), Column.NEXT_APPOINTMENT).data() == "Thu 26 Nov 10:30"
    assert model.row_at(model.row_of(other.person_id)).next_appointment != soon  # not reloaded: not named
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_F5)  # F5 publishes "everything": the whole caseload reloads
    assert model.row_at(model.row_of(other.person_id)).next_appointment == soon


def test_column_widths_and_geometry_are_remembered(qtbot, demo_ctx, ui_settings, monkeypatch):
    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    w.dashboard.table.setColumnWidth(Column.NAME, 333)
    w.resize(720, 520)
    w.close()
    assert QSettings(str(ui_settings.ui_state_file), QSettings.Format.IniFormat).contains("caseload/header")
    again = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    assert again.dashboard.table.columnWidth(Column.NAME) == 333
    assert again.size().height() == 520  # (the width cannot go below the layout's minimum, about 900)


def test_choose_store_prefers_the_given_store_then_the_last_used(
    qapp, demo_folder, ui_settings, runner, tmp_path
):
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    assert choose_store(demo_folder, ui_settings, state, runner) == StoreChoice(demo_folder, False)
    state.setValue(LAST_STORE_KEY, str(demo_folder))
    assert choose_store(None, ui_settings, state, runner) == StoreChoice(demo_folder, False)
    demo_settings = type(ui_settings)(data_dir=demo_folder.parent, config_dir=ui_settings.config_dir)
    assert choose_store(demo_folder, demo_settings, state, runner) == StoreChoice(demo_folder, True)


def _drive_app(tmp_path, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update(
        CHECKPOINT_DATA_DIR=str(tmp_path / "data"),
        CHECKPOINT_CONFIG_DIR=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    driver = Path(__file__).with_name("app_driver.py")
    proc = subprocess.run(
        [sys.executable, str(driver), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_run_gui_unlocks_the_given_store_and_opens_the_window(shell_store, tmp_path):
    from ui_fixtures import SHELL_PASS

    result = _drive_app(tmp_path, "given", shell_store.folder, "sam", SHELL_PASS)
    assert result["code"] == 0
    assert result["seen"][0] == "unlock" and result["seen"][2] == "window"
    assert result["seen"][3] == "Danielle Dobson,Ellis Elliott"  # sam's own caseload only


def test_switch_user_signs_in_someone_else_with_any_case_without_quitting(shell_store, tmp_path):
    from ui_fixtures import SHELL_PASS

    result = _drive_app(tmp_path, "given", shell_store.folder, "SAM", SHELL_PASS, "Alex", SHELL_PASS)
    assert result["code"] == 0
    windows = [result["seen"][i + 1] for i, s in enumerate(result["seen"]) if s == "window"]
    assert windows == ["Danielle Dobson,Ellis Elliott", "Aaron Atkinson,Bethany Bell,Callum Carr"]


def test_ctrl_r_opens_the_record_and_its_session_dialog_which_lock_veils(
    qtbot, demo_ctx, ui_settings, monkeypatch
):
    from PySide6.QtWidgets import QApplication, QDialog

    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    model = w.caseload.model
    target = next(
        model.row_at(i)
        for i in range(model.rowCount())
        if model.row_at(i).state is ContractState.ACTIVE and model.row_at(i).next_appointment
    )
    w.caseload.select_person(target.person_id)
    w.act_record_session.trigger()

    def session_dialog() -> QDialog | None:
        return next(
            (d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()), None
        )

    qtbot.waitUntil(lambda: session_dialog() is not None, timeout=10_000)
    assert w.tabs.currentWidget().property("personId") == target.person_id
    dialog = session_dialog()
    with qtbot.waitSignal(w.idle.locked, timeout=2_000):
        w.act_lock.trigger()
    assert dialog.isVisible() and target.name not in dialog.windowTitle()
    with qtbot.waitSignal(w.idle.unlocked, timeout=10_000):
        w.lock_screen.passphrase.setText(DEMO_PASSPHRASE)
        w.lock_screen.unlock_button.click()
    assert dialog.isVisible()
    dialog.reject()


def test_next_and_previous_person_move_through_the_shown_rows_and_their_records(
    qtbot, demo_ctx, ui_settings, monkeypatch
):
    w = open_window(qtbot, demo_ctx, ui_settings, monkeypatch)
    order = w.caseload.proxy.person_ids()
    w.act_next.trigger()
    assert w.caseload.current_person_id() == order[0]
    w.open_person(order[0])
    w.act_next.trigger()  # from a record: the next person's record replaces it
    assert w.tabs.count() == 2 and w.tabs.currentWidget().property("personId") == order[1]
    w.act_previous.trigger()
    assert w.tabs.count() == 2 and w.tabs.currentWidget().property("personId") == order[0]
    assert [s.toString() for s in w.act_next.shortcuts()] == ["Ctrl+PgDown", "Alt+Down"]


def test_first_run_without_a_store_offers_the_demo_creates_it_and_unlocks_as_manager(tmp_path):
    result = _drive_app(tmp_path, "first-run", DEMO_PASSPHRASE)
    assert result["code"] == 0
    assert result["seen"][:4] == ["wizard", "unlock", "hint=True user=manager", "window"]
    assert is_store(tmp_path / "data" / "demo")
