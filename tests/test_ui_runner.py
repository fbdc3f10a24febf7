"""The database runner: interactive work overtakes queued background work; quitting cancels background work."""

from __future__ import annotations

import threading

from desktop.ui.runner import BackgroundRunner


def _blocker(runner: BackgroundRunner) -> threading.Event:
    """Hold the database thread until the returned event is set, so what is queued next waits in line."""
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    runner.run(hold)
    assert started.wait(10)
    return release


def test_interactive_work_queued_after_background_work_runs_first(qtbot):
    runner = BackgroundRunner()
    try:
        order: list[str] = []
        release = _blocker(runner)
        runner.run(lambda: order.append("drafting"), background=True)
        runner.run(lambda: order.append("drafting 2"), background=True)
        runner.run(lambda: order.append("search"))
        done: list[str] = []
        runner.run(lambda: order.append("open record"), lambda _r: done.append("x"))
        release.set()
        qtbot.waitUntil(lambda: len(order) == 4 and bool(done), timeout=5000)
        assert order == ["search", "open record", "drafting", "drafting 2"]
    finally:
        runner.shutdown()


def test_results_and_errors_come_back_on_the_gui_thread(qtbot):
    runner = BackgroundRunner()
    try:
        got: list[object] = []
        runner.run(lambda: threading.current_thread().name, got.append)
        runner.run(lambda: 1 / 0, None, got.append, background=True)
        qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
        assert got[0] == "db"
        assert isinstance(got[1], ZeroDivisionError)
    finally:
        runner.shutdown()


def test_shutdown_drops_queued_background_work_and_keeps_queued_saves(qtbot):
    runner = BackgroundRunner()
    ran: list[str] = []
    release = _blocker(runner)
    runner.run(lambda: ran.append("drafting"), background=True)
    runner.run(lambda: ran.append("save"))
    threading.Timer(0.2, release.set).start()
    runner.shutdown()  # returns once the thread has finished what it keeps
    assert ran == ["save"]
    assert runner.run(lambda: ran.append("late")) is None
    assert ran == ["save"]


def test_running_background_work_sees_the_cancellation_at_its_next_step(qtbot):
    runner = BackgroundRunner()
    steps: list[int] = []
    started = threading.Event()

    def drafting() -> None:
        for i in range(1000):
            if runner.cancelled.is_set():
                return
            steps.append(i)
            started.set()
            threading.Event().wait(0.01)

    runner.run(drafting, background=True)
    assert started.wait(5)
    runner.shutdown()
    assert 0 < len(steps) < 1000
    assert runner.cancelled.is_set()


def test_busy_goes_off_when_the_last_job_is_delivered(qtbot):
    runner = BackgroundRunner()
    try:
        states: list[bool] = []
        runner.busy_changed.connect(states.append)
        runner.run(lambda: None)
        runner.run(lambda: None, background=True)
        qtbot.waitUntil(lambda: states[-1:] == [False], timeout=5000)
        assert states == [True, False]
    finally:
        runner.shutdown()


def test_interactive_work_overtakes_a_stepped_background_job_between_its_steps(qtbot):
    runner = BackgroundRunner()
    try:
        order: list[str] = []
        results: list[object] = []

        def drafting():  # a generator: one step per turn on the database thread
            for i in range(3):
                order.append(f"step {i}")
                if i == 0:
                    runner.run(lambda: order.append("search"))  # typed while drafting runs
                yield
            return "drafted"

        runner.run(drafting, results.append, background=True)
        qtbot.waitUntil(lambda: results == ["drafted"], timeout=5000)
        assert order == ["step 0", "search", "step 1", "step 2"]
    finally:
        runner.shutdown()


def test_shutdown_stops_a_stepped_background_job_at_its_next_turn(qtbot):
    runner = BackgroundRunner()
    steps: list[int] = []
    closed: list[bool] = []
    second = threading.Event()

    def drafting():
        try:
            for i in range(1000):
                steps.append(i)
                if i == 1:
                    second.set()
                threading.Event().wait(0.01)
                yield
        finally:
            closed.append(True)

    runner.run(drafting, background=True)
    assert second.wait(5)
    runner.shutdown()
    assert 1 < len(steps) < 1000
    assert closed == [True]


def test_a_read_does_not_wait_for_background_work_holding_the_database_thread(qtbot):
    runner = BackgroundRunner()
    try:
        started, release = threading.Event(), threading.Event()

        def drafting() -> None:  # one long step of background work
            started.set()
            release.wait(10)

        runner.run(drafting, background=True)
        assert started.wait(5)
        got: list[str] = []
        runner.read(lambda: threading.current_thread().name, got.append)
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
        assert got == ["db-read"]
        assert not release.is_set()  # the drafting step was still running when the read's answer came
    finally:
        release.set()
        runner.shutdown()


def test_a_read_starts_only_after_the_interactive_work_queued_before_it(qtbot):
    runner = BackgroundRunner()
    try:
        saved: list[str] = []
        release = _blocker(runner)  # interactive: holds the database thread
        runner.run(lambda: saved.append("referral"))  # a save queued behind it
        seen: list[list[str]] = []
        runner.read(lambda: list(saved), seen.append)  # a search typed after the save
        later: list[list[str]] = []
        threading.Timer(0.2, release.set).start()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [["referral"]]  # the search saw the save, though it was typed while the save waited
        runner.run(lambda: saved.append("session"))
        runner.read(lambda: list(saved), later.append)
        qtbot.waitUntil(lambda: bool(later), timeout=5000)
        assert later == [["referral", "session"]]
    finally:
        runner.shutdown()


def test_shutdown_waits_for_the_read_in_flight_and_drops_later_reads(qtbot):
    runner = BackgroundRunner()
    started, finished = threading.Event(), threading.Event()

    def search() -> None:
        started.set()
        threading.Event().wait(0.2)
        finished.set()

    runner.read(search)
    assert started.wait(5)
    runner.shutdown()
    assert finished.is_set()  # the store may close now: nothing reads it any more
    assert runner.read(lambda: None) is None
