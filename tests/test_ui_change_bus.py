"""One Save, counted: recording a session outcome, changing a condition or saving a new referral through the
real dialog in the real window queues one write and one refresh per view it affects (the record, the caseload
row, the "Returns due" tile, the needs coverage), the write's own `Changes` is what the bus carries (published
once, by `AppContext.write`), and opening the record is audited once.

The runner's public `run` is wrapped with a counter on this test's runner instance; nothing else is replaced."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from ui_fixtures import SHELL_NOW, SHELL_PASS, _add, build_shell_store, shell_clock
from ui_input import click, press, type_into

from desktop.app.root import build_context
from desktop.domain import Appointment, AppointmentOutcome
from desktop.domain.eligibility import ELIGIBILITY_QUESTIONS
from desktop.storage.store import CaseStore
from desktop.ui.assessments.controller import AssessmentsController
from desktop.ui.caseload.controller import CaseloadController
from desktop.ui.changes import Changes
from desktop.ui.dialogs.condition import ConditionStatusDialog
from desktop.ui.dialogs.referral import NewReferralDialog
from desktop.ui.dialogs.session import RecordSessionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.record.controller import RecordController
from desktop.ui.record.view import PersonRecordView
from desktop.ui.returns.drafting import DraftingPass
from desktop.ui.returns.wiring import ReturnsHookup

QUIET_MS = 800  # long enough for any follow-on job a callback would queue


@pytest.fixture(scope="module")
def bus_store(tmp_path_factory):
    shell = build_shell_store(tmp_path_factory.mktemp("bus") / "store")
    store = CaseStore.open(shell.folder, "admin", SHELL_PASS, clock=shell_clock)
    try:
        alex = next(u for u in store.users() if u.username == "alex")
        _add(store, "Gwen", "Gatehouse", "NS/26/100031", alex.id, 30)
        gwen = store.cases.search("Gwen", limit=5)[0]
        store.cases.schedule_appointment(Appointment(gwen, SHELL_NOW - timedelta(days=1)))
    finally:
        store.close()
    return shell


class JobCounter:
    """Wraps `runner.run` and `runner.read` (the read lane): every job queued is recorded by the function that
    queued it, then run as usual."""

    def __init__(self, runner) -> None:
        self.jobs: list[str] = []
        self._run, self._read = runner.run, runner.read
        runner.run = self
        runner.read = self.read

    def __call__(self, fn, on_done=None, on_error=None, **options):
        name = fn.__qualname__.split(".<locals>")[0]
        self.jobs.append(f"{name} (background)" if options.get("background") else name)
        return self._run(fn, on_done, on_error, **options)

    def read(self, fn, on_done=None, on_error=None):
        self.jobs.append(fn.__qualname__.split(".<locals>")[0])
        return self._read(fn, on_done, on_error)

    def take(self) -> list[str]:
        jobs, self.jobs = self.jobs, []
        return jobs


@pytest.fixture
def alex_window(qtbot, bus_store, runner, ui_settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    counter = JobCounter(runner)
    store = CaseStore.open(bus_store.folder, "alex", SHELL_PASS, clock=shell_clock)
    w = MainWindow(build_context(store, runner, shell_clock), ui_settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w, store, counter
    w.close()
    runner.shutdown()
    store.close()


def _settle(qtbot, counter: JobCounter, at_least: int) -> list[str]:
    qtbot.waitUntil(lambda: len(counter.jobs) >= at_least, timeout=10_000)
    qtbot.wait(QUIET_MS)  # anything queued by the callbacks shows up here
    return counter.take()


def _open_record(qtbot, w: MainWindow, counter: JobCounter) -> PersonRecordView:
    type_into(w.dashboard.search, "Gwen", clear=True)
    press(Qt.Key.Key_Return, widget=w.dashboard.search)
    qtbot.waitUntil(lambda: isinstance(w.tabs.currentWidget(), PersonRecordView), timeout=10_000)
    view = w.tabs.currentWidget()
    qtbot.waitUntil(lambda: view.controller.case is not None, timeout=10_000)
    _settle(qtbot, counter, 1)
    return view


def _session_dialog(qtbot) -> RecordSessionDialog:
    def found():
        return next(
            (
                d
                for d in QApplication.topLevelWidgets()
                if isinstance(d, RecordSessionDialog) and d.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def test_one_save_is_one_write_and_one_refresh_per_affected_view(qtbot, alex_window):
    w, store, counter = alex_window
    view = _open_record(qtbot, w, counter)
    person = view.person_id
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _session_dialog(qtbot)
    click(dialog.radios[AppointmentOutcome.ATTENDED])
    type_into(dialog.notes, "Talked about work")
    assert counter.take() == []  # filling in the form queues nothing
    published: list[Changes] = []
    w.ctx.changes.changed.connect(published.append)

    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    jobs = _settle(qtbot, counter, 5)

    owners = Counter(jobs)
    write = [j for j in jobs if j.startswith("RecordSessionDialog")]
    assert len(write) == 1, jobs
    assert owners[RecordController.reload.__qualname__] == 1, jobs  # the record, once
    assert owners[CaseloadController.refresh_people.__qualname__] == 1, jobs  # that row, once
    assert owners[ReturnsHookup.update_count.__qualname__] == 1, jobs  # the tile recounted once
    # a missed session may make a notice due: drafting, once, as background work searches overtake
    assert owners[DraftingPass.request.__qualname__ + " (background)"] == 1, jobs
    assert len(jobs) == 5, jobs  # nothing else: no assessments reload, no full caseload, no second count
    assert published == [Changes.for_people([person], returns=True)]
    saved = next(a for a in store.cases.load_case(person).appointments if a.id == dialog.appointment.id)
    assert saved.outcome is AppointmentOutcome.ATTENDED
    qtbot.waitUntil(lambda: "Talked about work" in _sessions_text(view), timeout=5_000)


def test_a_condition_change_also_refreshes_the_needs_coverage_once(qtbot, alex_window):
    """Conditions decide which needs are covered: the assessments tab reloads too, once; still one write."""
    w, _store, counter = alex_window
    view = _open_record(qtbot, w, counter)
    view.tabs.setCurrentWidget(view.contract_tab)
    table = view.contract_tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5_000)
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(view.contract_tab.status_button.isEnabled, timeout=5_000)
    click(view.contract_tab.status_button)

    def found():
        return next(
            (
                d
                for d in QApplication.topLevelWidgets()
                if isinstance(d, ConditionStatusDialog) and d.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None, timeout=5_000)
    dialog = found()
    type_into(dialog.evidence, "Letter from the placement")
    assert counter.take() == []
    published: list[Changes] = []
    w.ctx.changes.changed.connect(published.append)
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    jobs = _settle(qtbot, counter, 6)
    person = view.person_id
    assert published == [
        Changes(people=frozenset([person]), assessments=frozenset([person]), returns=True)
    ]  # once: the service's answer, not a second copy from the dialog's signal
    owners = Counter(jobs)
    assert len([j for j in jobs if j.startswith("ConditionStatusDialog")]) == 1, jobs
    assert owners[RecordController.reload.__qualname__] == 1, jobs
    assert owners[CaseloadController.refresh_people.__qualname__] == 1, jobs
    assert owners[AssessmentsController.reload.__qualname__] == 1, jobs
    assert owners[ReturnsHookup.update_count.__qualname__] == 1, jobs
    assert owners[DraftingPass.request.__qualname__ + " (background)"] == 1, jobs
    assert len(jobs) == 6, jobs


def test_a_new_referral_is_one_write_and_adds_only_its_row(qtbot, alex_window):
    """Ctrl+N, the form filled by keyboard and mouse, Save: one write, then only the new person's row loads."""
    w, store, counter = alex_window
    counter.take()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, widget=w)

    def found():
        return next(
            (d for d in QApplication.topLevelWidgets() if isinstance(d, NewReferralDialog) and d.isVisible()),
            None,
        )

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    dialog = found()
    type_into(dialog.first_name, "Rhian")
    type_into(dialog.last_name, "Quarry")
    type_into(dialog.date_of_birth, "14/3/96")
    type_into(dialog.force_reference, "NS/26/100077")
    type_into(dialog.force, "Durham Constabulary")
    type_into(dialog.officer, "PC 4021 Hall")
    type_into(dialog.offence, "Possession of cannabis")
    type_into(dialog.offence_date, "20 Nov 2026")
    for q in ELIGIBILITY_QUESTIONS:
        if q.id not in dialog.locked:  # the dates decide the others
            click(dialog.answers[q.id].button(1 if q.expected else 0))
    counter.take()  # the dialog's own read of the staff list, before anything was saved
    published: list[Changes] = []
    w.ctx.changes.changed.connect(published.append)

    click(dialog.save_button)
    jobs = _settle(qtbot, counter, 2)
    owners = Counter(jobs)
    assert len([j for j in jobs if j.startswith("NewReferralDialog")]) == 1, jobs
    assert owners[CaseloadController.refresh_people.__qualname__] == 1, jobs  # the new row, nothing else
    assert len(jobs) == 2, jobs  # no full caseload reload, no returns count, no record
    new_id = dialog.created_person_id
    assert published == [Changes.for_people([new_id])]
    assert store.cases.search("Quarry", limit=5) == [new_id]
    qtbot.waitUntil(lambda: w.caseload.model.row_of(new_id) is not None, timeout=5_000)


def _sessions_text(view: PersonRecordView) -> str:
    model = view.sessions_tab.table.model()
    return " ".join(
        str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())
    )


def test_opening_a_record_is_audited_once_not_on_every_reload(qtbot, alex_window):
    w, store, counter = alex_window
    view = _open_record(qtbot, w, counter)
    person = view.person_id
    before = [e.action for e in store.cases.timeline(person)].count("person.open")
    with qtbot.waitSignal(view.controller.loaded, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_F5)  # reload everything: the record reads again
    _settle(qtbot, counter, 1)
    assert [e.action for e in store.cases.timeline(person)].count("person.open") == before
    qtbot.keyClick(w, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close the tab
    qtbot.waitUntil(lambda: not isinstance(w.tabs.currentWidget(), PersonRecordView), timeout=5_000)
    _open_record(qtbot, w, counter)  # a new opening: a new entry
    assert [e.action for e in store.cases.timeline(person)].count("person.open") == before + 1


def test_changes_combine_and_an_empty_change_is_not_published(qtbot):
    from desktop.ui.changes import ChangeBus

    a = Changes.for_people(["p1"])
    b = Changes(assessments=frozenset(["p2"]), returns=True)
    both = a | b
    assert both.people == {"p1"} and both.assessments == {"p2"} and both.returns
    assert both.touches_person("p1") and both.touches_person("p2") and not both.touches_person("p3")
    assert both.touches_assessments("p2") and not both.touches_assessments("p1")
    assert Changes.everything().touches_person("anyone") and Changes.everything().touches_assessments()
    assert not Changes()
    bus = ChangeBus()
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    bus.publish(Changes())
    bus.publish(a)
    assert seen == [a]
