"""The record's Assessments tab on a real encrypted store: the list, completing an assessment and seeing it there,
corrections, AUDIT-C leading to AUDIT, the charts built from stored data (screenshotted), needs coverage,
suggested pathway conditions and the manager's improvement summary."""

from __future__ import annotations

from pathlib import Path

from instrument_helpers import shipped
from ui_assessment_fixtures import A_PASS, EXIT_ON, START_ON, a_clock, add_person, give, seed_history
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.domain import ConditionType, Pathway, Role
from desktop.domain.assessments import Stage
from desktop.domain.pathway_needs import NeedLevel
from desktop.services.pathway_conditions import suggested_pathway_conditions
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.store import CaseStore
from desktop.ui.assessments.charts import series_values
from desktop.ui.assessments.improvement import ImprovementSummary
from desktop.ui.assessments.list_model import SCORE, STATUS, AssessmentTableModel
from desktop.ui.assessments.needs_view import GAP_NO_CONDITION, NeedsCoverageView
from desktop.ui.assessments.new_dialog import NewAssessmentDialog
from desktop.ui.assessments.tab import AssessmentsTab
from desktop.ui.runner import BackgroundRunner

SCREENSHOTS = shots_dir()


def wait_loaded(qtbot, tab: AssessmentsTab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        pass


def column(model: AssessmentTableModel, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_a_phq9_completed_in_the_form_appears_in_the_list(qtbot, actx, assess_store: CaseStore) -> None:
    person = add_person(assess_store, "Lena", "List")
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    wait_loaded(qtbot, tab)
    assert tab.model.rowCount() == 0 and "0 assessments" in tab.count.text()
    dialog = tab.controller.start_assessment("phq9", Stage.START)
    assert dialog is not None and not dialog.read_only
    for n in range(1, 10):
        dialog.form.editors[f"q{n}"].choose("1")  # type: ignore[attr-defined]
    assert "9 of 27: Mild" in dialog.form.score_label.text()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        dialog.complete_button.click()
    assert tab.model.rowCount() == 1
    assert column(tab.model, SCORE) == ["9 of 27"] and column(tab.model, STATUS) == [
        "Completed · safety flag"
    ]
    assert tab.model.data(tab.model.index(0, 4)) == "Mild"
    assert tab.model.data(tab.model.index(0, 5)) == "Ada Admin"
    tab.select(tab.model.assessment(0).id)
    assert tab.correct_button.isEnabled()
    reopened = tab.controller.open_assessment(tab.selected())  # type: ignore[arg-type]
    assert (
        reopened is not None
        and reopened.read_only
        and "completed (read only)" in reopened.form.context_line.text()
    )


def test_a_correction_is_a_new_linked_version_and_the_original_is_marked(qtbot, actx, assess_store) -> None:
    person = add_person(assess_store, "Cora", "Correct")
    original = give(assess_store, person.id, "gad7", Stage.START, START_ON, total=12)
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    wait_loaded(qtbot, tab)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.controller.correct(tab.model.assessment(0), "Item 3 was keyed as 3; the person said 1")
    assert tab.dialog is not None and not tab.dialog.read_only
    assert "correction: Item 3 was keyed" in tab.dialog.form.context_line.text()
    assert sorted(column(tab.model, STATUS)) == ["Completed, correction in draft", "Draft correction"]
    tab.select(original.id)
    assert not tab.correct_button.isEnabled()  # one correction at a time
    tab.dialog.form.editors["q3"].choose("1")  # type: ignore[attr-defined]
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.dialog.complete_button.click()
    statuses = sorted(column(tab.model, STATUS))
    assert statuses == ["Completed (correction)", "Superseded by a correction"]
    superseded_row = tab.model.row_of(original.id)
    tab.table.selectRow(superseded_row)
    assert not tab.correct_button.isEnabled()  # correct the latest version, not the superseded one
    kept = AssessmentRepository(assess_store).list_for_person(person.id)
    assert len(kept) == 2 and {a.supersedes for a in kept} == {None, original.id}


def test_a_positive_audit_c_leads_to_the_full_audit_with_its_answers(qtbot, actx, assess_store) -> None:
    person = add_person(assess_store, "Alfie", "Audit")
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    wait_loaded(qtbot, tab)
    dialog = tab.controller.start_assessment("audit_c", Stage.START)
    assert dialog is not None
    for item_id, value in (("q1", "3"), ("q2", "2"), ("q3", "1")):
        dialog.form.editors[item_id].choose(value)  # type: ignore[attr-defined]
    with qtbot.waitSignals([dialog.assessment_completed, tab.loaded], timeout=10000):
        dialog.complete_button.click()
    assert "AUDIT-C" in tab.model.data(tab.model.index(0, 2))
    button = dialog.form.follow_up_buttons["audit"]
    assert dialog.isVisible() and button.isVisible() and button.isEnabled()  # stays open on the offer
    button.click()
    audit = tab.dialog
    assert audit is not None and audit is not dialog and audit.form.definition.id == "audit"
    assert {k: audit.form.answers[k] for k in ("q1", "q2", "q3")} == {"q1": "3", "q2": "2", "q3": "1"}
    assert audit.assessment.stage is Stage.START and "q4" not in audit.form.answers


def test_the_charts_are_built_from_the_stored_history(qtbot, actx, assess_store) -> None:
    person = add_person(assess_store, "Harper", "History")
    seed_history(assess_store, person.id)
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    wait_loaded(qtbot, tab)
    lines = tab.change.lines
    assert series_values(lines["phq9"].series) == [(0, 18), (1, 12), (2, 7)]
    assert series_values(lines["gad7"].series) == [(0, 15), (1, 9)]
    assert series_values(lines["audit"].series) == [(0, 20), (1, 12)]
    axis = lines["phq9"].line_chart.axes()[0]
    assert axis.categories() == ["Start<br>18 Aug 2026", "Review<br>7 Oct 2026", "Exit<br>24 Nov 2026"]
    assert "lower is better" in lines["phq9"].line_chart.title()
    radar = tab.change.radar
    start = [y for _x, y in series_values(radar.start_series)]
    latest = [y for _x, y in series_values(radar.latest_series)]
    order = list(Pathway)
    assert len(start) == len(order) + 1 and start[0] == start[-1]  # the shape is closed
    assert start[order.index(Pathway.HOUSING)] == NeedLevel.HIGH.rank
    assert latest[order.index(Pathway.HOUSING)] == NeedLevel.MEDIUM.rank
    assert latest[order.index(Pathway.ALCOHOL)] == NeedLevel.LOW.rank
    assert "Review, 7 Oct 2026" in radar.latest_series.name()  # type: ignore[union-attr]
    tab.resize(1200, 1000)
    tab.show()
    qtbot.waitExposed(tab)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.change.resize(1150, 760)
    tab.change.grab().save(str(SCREENSHOTS / "assessment-charts.png"))
    tab.grab().save(str(SCREENSHOTS / "assessment-tab.png"))


def test_needs_coverage_names_the_gaps_and_the_suggested_conditions_follow_the_latest_screen(
    qtbot, actx, assess_store
) -> None:
    person = add_person(assess_store, "Nia", "Needs")
    seed_history(assess_store, person.id)
    view = NeedsCoverageView(actx, person.id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(actx.runner.busy_changed, timeout=10000, check_params_cb=lambda busy: not busy):
        view.reload()
    rows = {
        view.model.data(view.model.index(r, 0)): [view.model.data(view.model.index(r, c)) for c in range(5)]
        for r in range(view.model.rowCount())
    }
    assert rows["Drugs"] == ["Drugs", "Medium", "Attend drug treatment sessions", "Recovery Steps", "Covered"]
    assert rows["Housing"][1:] == ["Medium", "None", "None recorded", GAP_NO_CONDITION]
    assert rows["Mental health"][4] == GAP_NO_CONDITION
    # The exit AUDIT (12, increasing risk) is a medium alcohol need although the review screen said low.
    assert rows["Alcohol"][1] == "Medium" and rows["Alcohol"][4] == GAP_NO_CONDITION
    assert "Gaps (no condition): Alcohol, Housing, Mental health." in view.summary.text()
    suggested = suggested_pathway_conditions(assess_store, person.id, "contract-1")
    assert [c.pathway for c in suggested] == [
        Pathway.MENTAL_HEALTH,
        Pathway.ALCOHOL,
        Pathway.DRUGS,
        Pathway.HOUSING,
    ]
    assert all(c.type is ConditionType.PATHWAY and c.contract_id == "contract-1" for c in suggested)
    assert suggested[0].title == "Talking therapies"  # the planned intervention becomes the wording
    nobody = add_person(assess_store, "Ned", "Noscreen")
    assert suggested_pathway_conditions(assess_store, nobody.id, "c") == []


def test_the_manager_sees_the_share_of_the_caseload_that_improved(qtbot, actx, assess_store) -> None:
    better = add_person(assess_store, "Imogen", "Improved")
    seed_history(assess_store, better.id)  # PHQ-9 18 -> 7: improved by 6 or more
    same = add_person(assess_store, "Sol", "Same")
    give(assess_store, same.id, "phq9", Stage.START, START_ON, total=10)
    give(assess_store, same.id, "phq9", Stage.EXIT, EXIT_ON, total=8)  # 2 points: not a reliable change
    summary = ImprovementSummary(actx, shipped())
    qtbot.addWidget(summary)
    with qtbot.waitSignal(summary.loaded, timeout=10000):
        pass
    phq9 = next(r for r in summary.rows if r.definition.id == "phq9")
    everyone = AssessmentRepository(assess_store).list_visible(["phq9"])
    measured_people = {a.person_id for a in everyone if a.stage is Stage.EXIT}
    assert (
        phq9.share.measured == len(measured_people) and phq9.share.improved >= 1 and phq9.share.no_change >= 1
    )
    assert "PHQ-9:" in summary.summary.text() and "improved by 6 or more points" in summary.summary.text()
    assert summary.bar_sets["improved"].count() == sum(1 for r in summary.rows if r.share.measured)
    assert "the whole service" in summary.heading.text()
    summary.resize(820, 620)
    summary.show()
    summary.grab().save(str(SCREENSHOTS / "assessment-improvement.png"))


def test_a_new_assessment_offers_the_needs_screen_first_and_suggests_the_stage(
    qtbot, actx, assess_store
) -> None:
    person = add_person(assess_store, "Nora", "New")
    give(assess_store, person.id, "phq9", Stage.START, START_ON, total=4)
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    wait_loaded(qtbot, tab)
    choose = NewAssessmentDialog(tab.controller.offered(), actx.clock().date(), tab.controller.default_stage)
    qtbot.addWidget(choose)
    assert choose.instrument.currentData() == "pathway_needs" and choose.stage.currentData() == "start"
    choose.instrument.setCurrentIndex(choose.instrument.findData("phq9"))
    assert choose.stage.currentData() == "review"  # a start is already completed
    assert choose.given_on.maximumDate().toPython() == actx.clock().date()  # never in the future
    assert choose.chosen() == ("phq9", Stage.REVIEW, actx.clock().date())


def test_a_keyworker_cannot_open_another_caseloads_assessments(qtbot, qapp, tmp_path: Path) -> None:
    admin, _ = CaseStore.create(
        tmp_path / "kw", "admin", A_PASS, clock=a_clock
    )  # the module's store is locked
    admin.add_user("alex", "Alex Carter", Role.KEYWORKER, A_PASS)
    person = add_person(admin, "Otto", "Other")  # on nobody's caseload
    admin.close()
    keyworker = CaseStore.open(tmp_path / "kw", "alex", A_PASS, clock=a_clock)
    runner = BackgroundRunner()
    try:
        tab = AssessmentsTab(build_context(keyworker, runner, a_clock), person.id, shipped())
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda: not tab.problem.isHidden(), timeout=10000)
        assert "another keyworker's caseload" in tab.problem.text()
        assert not tab.new_button.isEnabled()
    finally:
        runner.shutdown()
        keyworker.close()
