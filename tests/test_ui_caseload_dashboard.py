"""The dashboard over a real encrypted store: loading, search as you type, filters, role-filtered caseloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import ShellStore

from desktop.domain import ComplianceLevel
from desktop.ui.caseload.controller import CaseloadController
from desktop.ui.caseload.model import Column
from desktop.ui.caseload.view import DashboardView


def dashboard(qtbot, ctx) -> CaseloadController:
    view = DashboardView()
    qtbot.addWidget(view)
    controller = CaseloadController(ctx, view)
    with qtbot.waitSignal(controller.caseload_loaded, timeout=10_000):
        controller.refresh()
    view.resize(1200, 600)
    view.show()
    return controller


def shown_names(controller: CaseloadController) -> list[str]:
    proxy = controller.proxy
    return sorted(proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount()))


def test_manager_sees_everyone_with_counters(qtbot, open_as, shell_store: ShellStore):
    c = dashboard(qtbot, open_as("manager"))
    assert shown_names(c) == sorted(shell_store.alex_people + shell_store.sam_people)
    assert c.view.scope.isVisible()
    assert (c.counts.active, c.counts.at_risk, c.counts.ending_soon) == (4, 3, 1)
    assert c.view.active.number.text() == "4" and c.view.at_risk.number.text() == "3"
    assert c.view.shown.text() == "5 of 5 people"
    levels = {c.model.row_at(i).name: c.model.row_at(i).compliance.level for i in range(c.model.rowCount())}
    assert levels["Danielle Dobson"] is ComplianceLevel.NOT_COMPLYING
    assert levels["Bethany Bell"] is ComplianceLevel.AT_RISK


def test_search_as_you_type_filters_and_clearing_shows_everyone(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    applied: list[str] = []
    c.search_applied.connect(applied.append)
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "beth"):
        qtbot.keyClicks(c.view.search, "beth")
    assert shown_names(c) == ["Bethany Bell"]
    # The first keystroke searched at once; the burst after it was gathered into one more search (on a slow
    # machine the first answer may be overtaken, and then it is dropped rather than shown late).
    assert applied in (["b", "beth"], ["beth"])
    qtbot.wait(200)
    with qtbot.waitSignal(c.search_applied, timeout=5_000):
        qtbot.keyClicks(c.view.search, "x")  # "bethx" matches nobody
    assert shown_names(c) == [] and c.view.empty.isVisible()
    with qtbot.waitSignal(c.search_applied, timeout=5_000):
        qtbot.keyClick(c.view.search, Qt.Key.Key_Escape)  # Esc in the search box clears it
    assert c.view.search.text() == ""
    assert len(shown_names(c)) == 5 and not c.view.empty.isVisible()
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "NS/26/2"):
        qtbot.keyClicks(c.view.search, "NS/26/2")  # by force reference
    assert shown_names(c) == ["Danielle Dobson", "Ellis Elliott"]


def test_only_the_last_keystrokes_results_are_shown(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    c.view.search.setText("aaron")
    c.search_now()
    c.view.search.setText("ellis")
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "ellis"):
        c.search_now()
    qtbot.wait(50)
    assert shown_names(c) == ["Ellis Elliott"]


@pytest.mark.parametrize("who, expected", [("alex", "alex_people"), ("sam", "sam_people")])
def test_a_keyworker_sees_only_their_own_caseload(qtbot, open_as, shell_store: ShellStore, who, expected):
    c = dashboard(qtbot, open_as(who))
    c.view.state.setCurrentIndex(c.view.state.findData("all"))
    assert shown_names(c) == sorted(getattr(shell_store, expected))
    assert not c.view.scope.isVisible()  # no "everyone" choice for a keyworker


def test_a_keyworker_cannot_find_another_keyworkers_person_by_search(qtbot, open_as):
    c = dashboard(qtbot, open_as("alex"))
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "Danielle"):
        qtbot.keyClicks(c.view.search, "Danielle")
    assert shown_names(c) == []
    assert c.model.row_of(next(iter(c.proxy.person_ids()), "")) is None


def test_filters_for_state_compliance_and_my_caseload(qtbot, open_as):
    ctx = open_as("manager")
    c = dashboard(qtbot, ctx)
    v = c.view
    v.state.setCurrentIndex(v.state.findData("none"))
    assert shown_names(c) == ["Callum Carr"]
    v.state.setCurrentIndex(v.state.findData("active"))
    v.compliance.setCurrentIndex(v.compliance.findData("at_risk_or_worse"))
    assert shown_names(c) == ["Bethany Bell", "Danielle Dobson", "Ellis Elliott"]
    v.compliance.setCurrentIndex(v.compliance.findData("all"))
    v.scope.setCurrentIndex(v.scope.findData("mine"))
    assert shown_names(c) == []  # the manager has no people of their own
    assert "No one matches" in v.empty.text()


def test_sorting_the_table_by_clicking_contract_day(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    c.view.table.sortByColumn(Column.DAY, Qt.SortOrder.AscendingOrder)
    days = [c.proxy.index(r, Column.DAY).data() for r in range(c.proxy.rowCount())]
    assert days[0] == "not signed"
    assert [int(d.split()[0]) for d in days[1:]] == [10, 41, 101, 116]  # 9 and 10 in number order


def test_activating_a_row_and_stepping_through_people(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    first = c.move_selection(1)
    second = c.move_selection(1)
    assert first and second and first != second
    assert c.move_selection(-1) == first
    with qtbot.waitSignal(c.person_activated) as blocker:
        qtbot.keyClick(c.view.table, Qt.Key.Key_Return)
    assert blocker.args == [first]


def test_the_selected_person_stays_selected_when_filters_change(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    c.select_person(
        next(
            pid for pid in c.proxy.person_ids() if c.model.row_at(c.model.row_of(pid)).name == "Bethany Bell"
        )
    )
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "b"):
        qtbot.keyClicks(c.view.search, "b")
    assert c.model.row_at(c.model.row_of(c.current_person_id())).name == "Bethany Bell"


def test_from_the_search_box_down_goes_to_the_rows_and_enter_opens_the_best_match(qtbot, open_as):
    c = dashboard(qtbot, open_as("manager"))
    c.view.activateWindow()
    c.view.search.setFocus()
    with qtbot.waitSignal(c.search_applied, timeout=5_000, check_params_cb=lambda t: t == "ellis"):
        qtbot.keyClicks(c.view.search, "ellis")
    with qtbot.waitSignal(c.person_activated, timeout=2_000) as opened:
        qtbot.keyClick(c.view.search, Qt.Key.Key_Return)
    assert opened.args == [
        c.model.row_at(
            next(i for i in range(c.model.rowCount()) if c.model.row_at(i).name == "Ellis Elliott")
        ).person_id
    ]
    c.view.to_results.trigger()  # what Down does in the search box
    assert c.view.table.currentIndex().row() == 0
    assert c.view.table.selectionModel().isRowSelected(0)
