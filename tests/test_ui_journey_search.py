"""Keyworker journey: type a name into the search box at a person's typing speed, press Enter, and the record
that opens is the best match for the whole text typed, not the first row of an earlier prefix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_fixtures import SHELL_PASS, _add, build_shell_store, shell_clock
from ui_input import TYPING_DELAY_MS, press, type_into

from desktop.app.root import build_context
from desktop.storage.store import CaseStore
from desktop.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def bethany_store(tmp_path_factory):
    shell = build_shell_store(tmp_path_factory.mktemp("search") / "store")
    store = CaseStore.open(shell.folder, "admin", SHELL_PASS, clock=shell_clock)
    try:
        alex = next(u for u in store.users() if u.username == "alex")
        _add(store, "Bethany", "Khan", "NS/26/100010", alex.id, 20)
        _add(store, "Bethany", "Morgan", "NS/26/100011", alex.id, 30)
    finally:
        store.close()
    return shell


@pytest.fixture
def alex_window(qtbot, bethany_store, runner, ui_settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(bethany_store.folder, "alex", SHELL_PASS, clock=shell_clock)
    w = MainWindow(build_context(store, runner, shell_clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    yield w
    w.close()
    runner.shutdown()
    store.close()


def _opened(w: MainWindow) -> str | None:
    return w.tabs.currentWidget().property("personId")


@pytest.mark.parametrize("typed, expected", [("bethany m", "Bethany Morgan"), ("bethany k", "Bethany Khan")])
def test_enter_at_typing_speed_opens_the_best_match_for_the_whole_text(qtbot, alex_window, typed, expected):
    w = alex_window
    model = w.caseload.model
    ids = {model.row_at(i).name: model.row_at(i).person_id for i in range(model.rowCount())}
    search = w.dashboard.search
    type_into(search, typed, delay_ms=TYPING_DELAY_MS)
    press(Qt.Key.Key_Return, widget=search)  # at once: the last keystroke's search may not be back yet
    qtbot.waitUntil(lambda: _opened(w) is not None, timeout=10_000)
    assert _opened(w) == ids[expected]
