"""Journey: a keyworker completes a housing assessment by clicking, and the needs view (and radar) read it with the
PHQ-9 already on the record; no pathway needs screen was ever completed (issue 11: the needs view said "None")."""

from __future__ import annotations

from instrument_helpers import shipped
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_assessment_fixtures import START_ON, add_person, give
from ui_input import shots_dir

from desktop.domain import Pathway
from desktop.domain.assessments import Stage
from desktop.domain.pathway_needs import NeedLevel, needs_from_assessments, needs_radar
from desktop.storage.assessments import AssessmentRepository
from desktop.ui.assessments.form_dialog import AssessmentDialog
from desktop.ui.assessments.needs_view import GAP_NO_CONDITION
from desktop.ui.assessments.new_dialog import NewAssessmentDialog
from desktop.ui.assessments.tab import AssessmentsTab

SHOTS = shots_dir()
LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    widget.ensurePolished()
    qtbot.mouseClick(widget, LEFT)


def test_housing_and_phq9_become_needs_without_a_needs_screen(qtbot, actx, assess_store) -> None:
    person = add_person(assess_store, "Harper", "Housing")
    give(assess_store, person.id, "phq9", Stage.START, START_ON, total=17)  # moderately severe
    tab = AssessmentsTab(actx, person.id, shipped())
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)

    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewAssessmentDialog), timeout=5000)
    chooser = QApplication.activeModalWidget()
    chooser.instrument.setFocus()
    while str(chooser.instrument.currentData()) != "housing":  # arrow down the list as a person would
        qtbot.keyClick(chooser.instrument, Qt.Key.Key_Down)
    click(qtbot, chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AssessmentDialog), timeout=5000)
    form_dialog = QApplication.activeModalWidget()
    editors = form_dialog.form.editors
    combo = editors["accommodation"].combo  # ten places: a list, chosen with the arrow keys
    form_dialog.form.scroll_area.ensureWidgetVisible(combo)
    combo.setFocus()
    while combo.currentData() != "sofa_surfing":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    for item, value in (("housing_need", "problem"), ("eviction_risk", "yes")):
        button = editors[item].buttons[value]
        form_dialog.form.scroll_area.ensureWidgetVisible(button)
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))  # on the circle and its label
        assert button.isChecked()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        click(qtbot, form_dialog.complete_button)
    assert tab.model.rowCount() == 2

    tab.sections.setCurrentWidget(tab.coverage)  # the tab bar; reading which rows it shows
    model = tab.coverage.model
    rows = {
        model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(6)]
        for r in range(model.rowCount())
    }
    assert rows["Housing"][1] == "Medium" and rows["Housing"][4] == GAP_NO_CONDITION
    assert rows["Housing"][5] == "Housing 26/11/2026: housing problem; sofa surfing; at risk of eviction"
    assert rows["Mental health"][1] == "High" and rows["Mental health"][5].startswith(
        "PHQ-9 18/08/2026: Moderately"
    )
    assert "Gaps (no condition): Housing, Mental health" in tab.coverage.summary.text()
    tab.grab().save(str(SHOTS / "needs-view-housing-phq9.png"))

    stored = AssessmentRepository(assess_store).list_for_person(person.id)
    needs = {n.pathway: n for n in needs_from_assessments(stored) or ()}
    assert needs[Pathway.HOUSING].level is NeedLevel.MEDIUM
    assert (
        "sofa surfing" in needs[Pathway.HOUSING].notes
        and "at risk of eviction" in needs[Pathway.HOUSING].notes
    )
    radar = needs_radar(stored)
    assert radar is not None and radar.start[list(Pathway).index(Pathway.HOUSING)] == NeedLevel.MEDIUM.rank


def test_a_needs_screen_level_is_kept_when_it_is_higher(assess_store) -> None:
    person = add_person(assess_store, "Nia", "Needs")
    give(
        assess_store,
        person.id,
        "pathway_needs",
        Stage.START,
        START_ON,
        answers={
            **{f"{p.value}_need": "none" for p in Pathway},
            "housing_need": "high",
            "housing_notes": "Hostel place ends Friday",
        },
    )
    give(
        assess_store,
        person.id,
        "housing",
        Stage.START,
        START_ON,
        answers={"accommodation": "supported", "housing_need": "none", "eviction_risk": "no"},
    )
    needs = {
        n.pathway: n
        for n in needs_from_assessments(AssessmentRepository(assess_store).list_for_person(person.id)) or ()
    }
    assert (
        needs[Pathway.HOUSING].level is NeedLevel.HIGH
        and needs[Pathway.HOUSING].notes == "Hostel place ends Friday"
    )
    assert needs[Pathway.ALCOHOL].level is NeedLevel.NONE  # nothing else read: no need invented
