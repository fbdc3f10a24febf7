"""The review queue's writes go through the change bus: in the real window, a keyworker's narrative typed and saved
with real input is one write through `ctx.write`, whose `Changes` (returns) is published once; from it the queue
reloads once and the "Returns due" tile recounts once, and no drafting pass runs (a narrative makes nothing due).
Drafting itself is one coalesced pass: the window's start, the queue opening and a burst of case saves ask for it,
and at most one more pass runs after the one in flight.

The runner's public `run` is wrapped with a counter on this test's runner instance; nothing else is replaced."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from returns_store_fixtures import ReturnsStore, build_returns_store, copy_store, open_as, ret_clock
from test_ui_change_bus import JobCounter
from ui_input import click, press

from desktop.app.root import build_context
from desktop.app.settings import Settings
from desktop.domain.returns import ReturnState
from desktop.storage.store import CaseStore
from desktop.ui.changes import Changes
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.controller import ReturnsController
from desktop.ui.returns.drafting import DraftingPass, drafting_for
from desktop.ui.returns.model import RETURN_ID_ROLE, ROW_ROLE
from desktop.ui.returns.preview import ReturnPreview
from desktop.ui.returns.view import ReturnsView
from desktop.ui.returns.wiring import ReturnsHookup
from desktop.ui.runner import BackgroundRunner

QUIET_MS = 800  # long enough for any follow-on job a callback would queue
DRAFT = f"{DraftingPass.request.__qualname__} (background)"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-bus") / "template")


@pytest.fixture
def alex_window(
    template: ReturnsStore, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[MainWindow, CaseStore, JobCounter]]:
    """A keyworker's window (no signing workers start for a keyworker), with every job counted."""
    rs = copy_store(template, tmp_path / "store")
    store = open_as(rs, "alex")
    runner = BackgroundRunner()
    counter = JobCounter(runner)
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    win = MainWindow(build_context(store, runner, ret_clock), settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win, store, counter
    win.close()
    runner.shutdown()
    store.close()


def _settle(qtbot: QtBot, counter: JobCounter, at_least: int) -> list[str]:
    qtbot.waitUntil(lambda: len(counter.jobs) >= at_least, timeout=20_000)
    qtbot.wait(QUIET_MS)
    return counter.take()


def _open_queue(qtbot: QtBot, win: MainWindow, counter: JobCounter) -> ReturnsView:
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, widget=win)
    qtbot.waitUntil(lambda: isinstance(win.tabs.currentWidget(), ReturnsView), timeout=10_000)
    view = win.tabs.currentWidget()
    assert isinstance(view, ReturnsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20_000)  # alex's people's drafts
    drafting = drafting_for(win.ctx)
    qtbot.waitUntil(lambda: not drafting.running, timeout=20_000)
    qtbot.wait(QUIET_MS)
    counter.take()
    return view


def _click_row(qtbot: QtBot, view: ReturnsView, row: int) -> str:
    index = view.proxy.index(row, 0)
    rid = index.data(RETURN_ID_ROLE)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    qtbot.waitUntil(
        lambda: view.controller.current is not None and view.controller.current.id == rid, timeout=10_000
    )
    qtbot.waitUntil(lambda: view.document.pageCount() > 0, timeout=20_000)
    return rid


def test_a_saved_narrative_is_one_write_one_queue_reload_and_one_recount(
    qtbot: QtBot, alex_window: tuple[MainWindow, CaseStore, JobCounter]
) -> None:
    win, store, counter = alex_window
    view = _open_queue(qtbot, win, counter)
    rid = _click_row(qtbot, view, 0)
    _settle(qtbot, counter, 0)  # the preview's own reads
    view.narrative.setFocus()
    qtbot.keyClicks(view.narrative, "Olivia came to every session.")
    assert counter.take() == []  # typing queues nothing
    assert view.save_narrative_button.isEnabled()
    published: list[Changes] = []
    win.ctx.changes.changed.connect(published.append)
    tile_before = win.dashboard.returns.number.text()

    click(view.save_narrative_button)
    jobs = _settle(qtbot, counter, 3)
    qtbot.waitUntil(lambda: "Narrative saved" in view.status.text(), timeout=10_000)

    owners = Counter(jobs)
    assert len([j for j in jobs if j.startswith(ReturnsController.save_narrative.__qualname__)]) == 1, jobs
    assert owners[ReturnsController._reload.__qualname__] == 1, jobs  # the queue, once, from the bus
    assert owners[ReturnsHookup.update_count.__qualname__] == 1, jobs  # the tile, once, from the bus
    assert owners[ReturnPreview.load.__qualname__] == 1, jobs  # the preview shows the saved text
    assert DRAFT not in owners, jobs  # a narrative makes nothing due: no drafting pass
    assert len(jobs) == 4, jobs
    assert published == [Changes(returns=True)]  # the service's answer, published once by ctx.write
    assert view.controller.returns.get(rid).narrative == "Olivia came to every session."
    assert view.controller.current is not None and view.controller.current.id == rid  # still selected
    assert win.dashboard.returns.number.text() == tile_before == "2"  # recounted; a narrative adds no return
    assert {r.state for r in view.model.rows()} == {ReturnState.DRAFT}


def test_drafting_is_one_pass_at_a_time_and_a_burst_of_requests_is_one_more(
    qtbot: QtBot, alex_window: tuple[MainWindow, CaseStore, JobCounter]
) -> None:
    win, _store, counter = alex_window
    drafting = drafting_for(win.ctx)
    assert drafting is win.returns.drafting  # the window's hookup and any queue share the one pass
    qtbot.waitUntil(lambda: not drafting.running, timeout=20_000)
    _settle(qtbot, counter, 0)
    finished: list[int] = []
    drafting.finished.connect(finished.append)

    for _ in range(5):  # five case saves in a row, say
        drafting.request()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    jobs = _settle(qtbot, counter, 2)
    assert Counter(jobs)[DRAFT] == 2, jobs  # the one in flight and one more, not five
    assert not drafting.running and not drafting.pending
    assert finished == [0, 0]  # already drafted at start: nothing changed, so nothing was published
    assert [j for j in jobs if j != DRAFT] == [], jobs  # nothing changed: no reload, no recount


@pytest.fixture
def manager_window(
    template: ReturnsStore, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[MainWindow, CaseStore, JobCounter]]:
    rs = copy_store(template, tmp_path / "store")
    store = open_as(rs, "manager")
    runner = BackgroundRunner()
    counter = JobCounter(runner)
    settings = Settings(data_dir=tmp_path / "data", config_dir=tmp_path / "config", idle_lock_minutes=10)
    win = MainWindow(build_context(store, runner, ret_clock), settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win, store, counter
    for i in range(win.tabs.count()):
        widget = win.tabs.widget(i)
        if isinstance(widget, ReturnsView):
            widget.controller.shutdown()
    win.close()
    runner.shutdown()
    store.close()


@pytest.mark.slow  # signing starts worker processes
def test_signing_through_real_input_publishes_the_approval_and_the_signatures_once_each(
    qtbot: QtBot, manager_window: tuple[MainWindow, CaseStore, JobCounter]
) -> None:
    from test_ui_returns_input import answer_next_question

    win, _store, counter = manager_window
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, widget=win)
    qtbot.waitUntil(lambda: isinstance(win.tabs.currentWidget(), ReturnsView), timeout=10_000)
    view = win.tabs.currentWidget()
    assert isinstance(view, ReturnsView)
    qtbot.waitUntil(
        lambda: view.model.rowCount() == 5 and view.controller.session is not None, timeout=30_000
    )
    qtbot.waitUntil(lambda: win.dashboard.returns.number.text() == "5", timeout=20_000)
    monthly = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(ROW_ROLE).kind == "monthly_progress"
    )
    rid = _click_row(qtbot, view, monthly)
    _settle(qtbot, counter, 0)
    published: list[Changes] = []
    win.ctx.changes.changed.connect(published.append)

    seen: list[str] = []
    answer_next_question(qtbot, seen)
    click(view.sign_button)
    qtbot.waitUntil(lambda: view.controller.returns.get(rid).state == ReturnState.SIGNED, timeout=60_000)
    qtbot.waitUntil(lambda: "Signed 1 return" in view.status.text(), timeout=20_000)
    jobs = _settle(qtbot, counter, 1)

    assert seen and "Approve and sign 1 return" in seen[0]
    # the re-check found nothing new (no Changes); the approval and the stored signature, once each
    assert published == [Changes(returns=True), Changes(returns=True)]
    owners = Counter(jobs)
    assert owners[ReturnsController._reload.__qualname__] == 2, jobs  # one reload per published write
    assert owners[ReturnsHookup.update_count.__qualname__] == 2, jobs
    assert DRAFT not in owners, jobs  # signing makes nothing due
    qtbot.waitUntil(lambda: win.dashboard.returns.number.text() == "4", timeout=20_000)
