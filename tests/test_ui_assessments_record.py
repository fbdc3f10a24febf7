"""Assessments wired into the person's record: the Assessments tab, the timeline after a completion, and the
contract dialog offering the latest needs screen's medium and high needs as pathway conditions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_assessment_fixtures import START_ON, add_person, give, needs
from ui_input import shots_dir

from desktop.domain import ConditionType, Pathway
from desktop.domain.assessments import Stage
from desktop.ui.assessments.needs_view import GAP_NO_CONDITION
from desktop.ui.assessments.tab import AssessmentsTab
from desktop.ui.record.view import PersonRecordView


def open_record(qtbot, ctx, person_id: str) -> PersonRecordView:
    view = PersonRecordView(ctx, person_id)
    qtbot.addWidget(view)
    with qtbot.waitSignals([view.loaded, view.assessments_tab.loaded], timeout=10_000):
        pass
    return view


def test_the_record_has_an_assessments_tab_and_a_completion_reaches_the_timeline(
    qtbot, actx, assess_store
) -> None:
    person = add_person(assess_store, "Rita", "Record")
    view = open_record(qtbot, actx, person.id)
    index = view.tabs.indexOf(view.assessments_tab)
    assert isinstance(view.assessments_tab, AssessmentsTab) and view.tabs.tabText(index) == "&Assessments"
    view.tabs.setCurrentWidget(view.assessments_tab)
    dialog = view.assessments_tab.controller.start_assessment("gad7", Stage.START)
    assert dialog is not None
    for n in range(1, 8):
        dialog.form.editors[f"q{n}"].choose("1")  # type: ignore[attr-defined]
    with qtbot.waitSignals([view.assessments_tab.loaded, view.loaded], timeout=10_000):
        dialog.complete_button.click()
    assert view.assessments_tab.model.rowCount() == 1
    assert any(e.action == "assessment.complete" for e in view.controller.current.timeline)  # type: ignore[union-attr]
    assert "Assessment completed" in view.timeline_tab.action_names()


def test_signing_the_contract_offers_the_needs_as_pathway_conditions_and_covers_them(
    qtbot, actx, assess_store
) -> None:
    person = add_person(assess_store, "Sunil", "Signing", signed=False)
    give(
        assess_store,
        person.id,
        "pathway_needs",
        Stage.START,
        START_ON,
        answers=needs(
            {Pathway.HOUSING: "high", Pathway.MENTAL_HEALTH: "medium", Pathway.ALCOHOL: "low"},
            housing_plan="Apply to the housing options team",
        ),
    )
    view = open_record(qtbot, actx, person.id)
    assert "Gaps (no condition): Housing, Mental health." in view.assessments_tab.coverage.summary.text()
    dialog = view.controller.open_sign_contract(view)
    qtbot.addWidget(dialog)
    pathway_rows = [c for c in dialog.template if c.type is ConditionType.PATHWAY]
    assert [c.pathway for c in pathway_rows] == [Pathway.HOUSING, Pathway.MENTAL_HEALTH]
    labels = [check.text() for check in dialog.checks]
    assert "Pathway intervention: Housing" in labels and "Pathway intervention: Mental health" in labels
    # Every condition type is offered (issue 16); the needs' pathway conditions are ticked by default.
    assert all(
        check.isChecked() for check in dialog.checks if check.text().startswith("Pathway intervention")
    )
    assert "latest needs screen" in " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    assert dialog.chosen_conditions()[2].title == "Apply to the housing options team"
    dialog.show()
    dialog.grab().save(str(shots_dir() / "sign-contract-with-needs.png"))
    with qtbot.waitSignals([view.loaded, view.assessments_tab.loaded], timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    coverage = view.assessments_tab.coverage
    gaps = [coverage.model.data(coverage.model.index(r, 4)) for r in range(coverage.model.rowCount())]
    assert GAP_NO_CONDITION not in gaps and "Gaps" not in coverage.summary.text()
