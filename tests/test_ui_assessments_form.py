"""The generic assessment form, driven like a worker would: answers, the live band, the safety banner, completion
refused with items unanswered and allowed once they are declined, AUDIT-C's offer of AUDIT, and every shipped
instrument rendered from its definition alone."""

from __future__ import annotations

import pytest
from instrument_helpers import shipped
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QRadioButton, QSpinBox
from ui_assessment_fixtures import START_ON, add_person
from ui_input import shots_dir

from desktop.domain.assessments import Stage, new_assessment
from desktop.domain.instruments import DECLINED, ItemKind
from desktop.ui.assessments.form_dialog import AssessmentDialog
from desktop.ui.assessments.form_view import AssessmentForm
from desktop.ui.assessments.item_editors import ComboEditor, NumberEditor, RadioEditor, TextEditor

SCREENSHOTS = shots_dir()


def titles() -> dict[str, str]:
    return {d.id: d.short_title for d in shipped().latest()}


def phq9_form(qtbot) -> AssessmentForm:
    form = AssessmentForm(shipped().get("phq9"), titles=titles())
    qtbot.addWidget(form)
    form.resize(820, 900)
    form.show()
    return form


def test_the_band_updates_as_phq9_items_are_answered(qtbot) -> None:
    form = phq9_form(qtbot)
    assert "0 so far of 27" in form.score_label.text() and "9 to answer" in form.score_label.text()
    for n in range(1, 9):
        form.editors[f"q{n}"].choose("1")  # type: ignore[attr-defined]
    assert "8 so far of 27" in form.score_label.text() and "no band" in form.score_label.text()
    form.editors["q9"].choose("0")  # type: ignore[attr-defined]
    assert "8 of 27: Mild" in form.score_label.text()
    form.editors["q1"].choose("3")  # type: ignore[attr-defined]
    form.editors["q2"].choose("3")  # type: ignore[attr-defined]
    assert "12 of 27: Moderate" in form.score_label.text()
    assert form.score.band is not None and form.score.band.id == "moderate"
    assert not form.safety_banner.isVisible()


def test_phq9_item_9_above_zero_raises_the_safety_banner_in_words_whatever_the_total(qtbot) -> None:
    form = phq9_form(qtbot)
    form.editors["q9"].choose("1")  # type: ignore[attr-defined]
    assert form.safety_banner.isVisible()
    assert "SAFETY" in form.safety_banner.text() and "item 9" in form.safety_banner.text()
    assert form.score.total == 1  # a total of 1 still raises it
    form.editors["q9"].choose("0")  # type: ignore[attr-defined]
    assert not form.safety_banner.isVisible()


def test_completion_is_refused_naming_the_unanswered_items_until_they_are_declined(qtbot) -> None:
    form = phq9_form(qtbot)
    for n in range(1, 8):
        form.editors[f"q{n}"].choose("2")  # type: ignore[attr-defined]
    assert not form.check_complete()
    assert form.problem.isVisible()
    message = form.problem.text()
    assert "8. Moving or speaking" in message and "9. Thoughts that" in message and "3. " not in message
    form.editors["q8"].choose("1")  # type: ignore[attr-defined]
    assert "8. Moving" not in form.problem.text() and "9. Thoughts" in form.problem.text()  # kept up to date
    declined = form.editors["q9"].declined
    assert declined is not None
    declined.click()
    assert form.answers["q9"] is DECLINED
    assert not form.problem.isVisible()
    assert form.check_complete()
    assert "15 so far of 27 (1 declined; no band)" in form.score_label.text()
    assert not any(b.isEnabled() for b in form.editors["q9"].buttons.values())  # type: ignore[attr-defined]


def test_a_positive_audit_c_offers_the_full_audit_with_its_answers_carried(qtbot) -> None:
    form = AssessmentForm(shipped().get("audit_c"), titles=titles())
    qtbot.addWidget(form)
    form.show()
    button = form.follow_up_buttons["audit"]
    form.editors["q1"].choose("2")  # type: ignore[attr-defined]
    form.editors["q2"].choose("1")  # type: ignore[attr-defined]
    form.editors["q3"].choose("1")  # type: ignore[attr-defined]
    assert form.score.total == 4 and not button.isVisible()
    form.editors["q3"].choose("2")  # type: ignore[attr-defined]
    assert button.isVisible() and "Start AUDIT" in button.text()
    assert "AUDIT-C is positive" in form.flags_label.text()
    form.set_read_only(True)
    with qtbot.waitSignal(form.follow_up_requested) as requested:
        button.click()
    assert requested.args == ["audit"]


@pytest.mark.parametrize("instrument_id", sorted(shipped().ids()))
def test_every_shipped_instrument_is_rendered_from_its_definition(qtbot, instrument_id: str) -> None:
    definition = shipped().get(instrument_id)
    form = AssessmentForm(definition, titles=titles())
    qtbot.addWidget(form)
    assert list(form.editors) == [i.id for i in definition.items]
    for item in definition.items:
        editor = form.editors[item.id]
        expected = {ItemKind.NUMBER: NumberEditor, ItemKind.TEXT: TextEditor}.get(
            item.kind, (RadioEditor, ComboEditor)
        )
        assert isinstance(editor, expected)
        assert (editor.declined is not None) == item.can_decline
        if item.kind is ItemKind.NUMBER:
            spin = editor.findChild(QSpinBox) or editor.findChild(QDoubleSpinBox)
            assert spin is not None and spin.maximum() == (
                item.maximum if item.maximum is not None else 100_000
            )
            assert editor.value() is None and spin.specialValueText() == "Not answered"
        if item.kind is ItemKind.CHOICE and isinstance(editor, RadioEditor):
            assert [b.text() for b in editor.findChildren(QRadioButton)] == [o.label for o in item.options]
        if isinstance(editor, ComboEditor):
            assert editor.findChild(QComboBox).count() == len(item.options) + 1
        if item.kind is ItemKind.TEXT:
            assert editor.findChild(QLineEdit) is not None


def test_number_items_keep_to_their_range_and_can_be_cleared(qtbot) -> None:
    form = AssessmentForm(shipped().get("substance_use_28d"), titles=titles())
    qtbot.addWidget(form)
    editor = form.editors["alcohol_days_week1"]
    spin = editor.findChild(QSpinBox)
    spin.setValue(5)
    assert form.answers["alcohol_days_week1"] == 5
    spin.setValue(99)
    assert form.answers["alcohol_days_week1"] == 7  # the spin box keeps to 0-7
    spin.setValue(spin.minimum())
    assert "alcohol_days_week1" not in form.answers


def test_the_dialog_refuses_to_complete_then_completes_and_reopens_read_only(
    qtbot, actx, assess_store
) -> None:
    person = add_person(assess_store, "Fern", "Form")
    definition = shipped().get("phq9")
    draft = new_assessment(
        definition, person.id, Stage.START, START_ON, assess_store.user.id, today=actx.clock().date()
    )
    repo = actx.services.assessments  # the root's, over this store and the shipped instruments
    dialog = AssessmentDialog(actx, repo, definition, draft, titles(), {assess_store.user.id: "Ada Admin"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        "Start · given on" in dialog.form.context_line.text()
        and "Ada Admin" in dialog.form.context_line.text()
    )
    for n in range(1, 9):
        dialog.form.editors[f"q{n}"].choose("2")  # type: ignore[attr-defined]
    dialog.complete_button.click()
    assert dialog.form.problem.isVisible() and "9. Thoughts" in dialog.form.problem.text()
    assert repo.list_for_person(person.id) == []  # nothing written
    dialog.form.editors["q9"].choose("2")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.assessment_completed, timeout=5000) as done:
        dialog.complete_button.click()
    completed = done.args[0]
    assert completed.completed and completed.score.total == 18
    assert not dialog.form.safety_banner.isHidden()
    assert dialog.result() == AssessmentDialog.DialogCode.Accepted and not dialog.isVisible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    reopened = AssessmentDialog(actx, repo, definition, repo.list_for_person(person.id)[0], titles())
    qtbot.addWidget(reopened)
    reopened.resize(820, 860)
    reopened.show()
    assert reopened.read_only and not reopened.complete_button.isVisible()
    assert not any(b.isEnabled() for b in reopened.form.editors["q1"].buttons.values())  # type: ignore[attr-defined]
    assert "18 of 27: Moderately severe" in reopened.form.score_label.text()
    reopened.grab().save(str(SCREENSHOTS / "assessment-form.png"))
