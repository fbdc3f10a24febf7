"""The new-referral dialog, driven through its widgets against a real encrypted store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from ui_input import shots_dir
from ui_record_fixtures import NOW

from desktop.domain import PoliceSharing
from desktop.ui.dialogs.referral import NewReferralDialog


def _fill(qtbot, dlg: NewReferralDialog, first: str, last: str, reference: str) -> None:
    qtbot.keyClicks(dlg.first_name, first)
    qtbot.keyClicks(dlg.last_name, last)
    qtbot.mouseClick(dlg.last_name, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dlg.last_name, Qt.Key.Key_Tab)  # Tab into the date, type it as people do, Tab on
    assert dlg.focusWidget() is dlg.date_of_birth
    qtbot.keyClicks(dlg.date_of_birth, "14/3/96")
    qtbot.keyClick(dlg.date_of_birth, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.force_reference  # one Tab leaves the date: no walking through its parts
    assert dlg.date_of_birth.text() == "14/03/1996"  # shown as it was understood
    qtbot.keyClicks(dlg.force_reference, reference)
    qtbot.keyClicks(dlg.force, "Durham Constabulary")
    qtbot.keyClicks(dlg.officer, "PC 4021 Hall")
    qtbot.keyClicks(dlg.offence, "Possession of cannabis")
    qtbot.mouseClick(dlg.offence_date, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.offence_date, "20 Nov 2026")


def _save(qtbot, dlg: NewReferralDialog) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = NewReferralDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_create_a_referral_through_the_dialog(qtbot, dialog, record_store) -> None:
    _fill(qtbot, dialog, "Morgan", "Ellery", "DUR/26/0451")
    dialog.answer_all_eligible()
    dialog.sharing.setCurrentIndex(dialog.sharing.findData(PoliceSharing.PROGRESS_AND_CLINICAL.value))
    qtbot.keyClicks(dialog.agreement_ref, "DSA-2026-07")
    assert dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        _save(qtbot, dialog)
    person_id = created.args[0]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert not dialog.has_unsaved_changes()
    assert record_store.cases.search("Ellery") == [person_id]
    case = record_store.cases.load_case(person_id)
    assert case.person.full_name == "Morgan Ellery"
    assert case.person.date_of_birth == date(1996, 3, 14)
    assert case.referral is not None and case.referral.eligible
    assert case.referral.offence == "Possession of cannabis"
    assert case.consent is not None and case.consent.police_sharing is PoliceSharing.PROGRESS_AND_CLINICAL
    assert case.consent.sharing_agreement_ref == "DSA-2026-07"
    assert record_store.cases.timeline(person_id)[-1].action == "referral.create"


def test_a_future_offence_date_is_refused_beside_the_field(qtbot, dialog, record_store) -> None:
    _fill(qtbot, dialog, "Future", "Dated", "DUR/26/0999")
    dialog.answer_all_eligible()
    dialog.offence_date.setDate(QDate(NOW.date()).addDays(3))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problems["offence_date"].isVisible()
    assert dialog.problems["offence_date"].text() == "Offence date is in the future."
    assert "problem" in dialog.message.text()
    assert not dialog.problems["first_name"].isVisible()
    assert record_store.cases.search("Dated") == []
    # fixing it clears the message and saves
    dialog.offence_date.setDate(QDate(2026, 11, 1))
    with qtbot.waitSignal(dialog.referral_created, timeout=5000):
        _save(qtbot, dialog)
    assert not dialog.problems["offence_date"].isVisible()


def test_required_fields_and_unanswered_questions_are_named(qtbot, dialog) -> None:
    _save(qtbot, dialog)
    assert dialog.isVisible()
    for key in (
        "first_name",
        "last_name",
        "force_reference",
        "officer",
        "offence",
        "date_of_birth",
        "offence_date",
        "eligibility",
    ):
        assert dialog.problems[key].isVisible(), key
    assert dialog.problems["first_name"].text() == "First name is required."
    assert "Answer every eligibility question" in dialog.problems["eligibility"].text()
    assert dialog.first_name.hasFocus() or dialog.focusWidget() is dialog.first_name


def test_failed_eligibility_warns_but_saves_with_the_failed_answers(qtbot, dialog, record_store) -> None:
    _fill(qtbot, dialog, "Casey", "Onbail", "DUR/26/0777")
    dialog.answer_all_eligible()
    assert not dialog.eligibility_warning.isVisible()
    dialog.set_answer("on_bail", True)
    assert dialog.eligibility_warning.isVisible()
    assert "On bail for other matters" in dialog.eligibility_warning.text()
    assert dialog.answer_notes["on_bail"].text() == "⚠ Not eligible"
    assert dialog.save_button.text() == "Save (not eligible)"
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        _save(qtbot, dialog)
    case = record_store.cases.load_case(created.args[0])
    assert case.referral is not None and not case.referral.eligible
    assert [a.question_id for a in case.referral.failed_eligibility] == ["on_bail"]


def test_a_manager_chooses_the_keyworker(qtbot, dialog, record_store) -> None:
    alex = next(u for u in record_store.users() if u.username == "alex")
    qtbot.waitUntil(lambda: dialog.keyworker.count() == 2)  # 'Unassigned' + the store's one keyworker
    assert dialog.keyworker.itemText(0) == "Unassigned" and dialog.keyworker.isEnabled()
    dialog.keyworker.setCurrentIndex(dialog.keyworker.findText("Alex Keyworker"))
    _fill(qtbot, dialog, "Kai", "Assigned", "DUR/26/0555")
    dialog.answer_all_eligible()
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        _save(qtbot, dialog)
    assert record_store.cases.load_case(created.args[0]).person.keyworker_id == alex.id


def test_a_very_long_name_and_a_bad_phone_are_refused_saying_which_and_why(
    qtbot, dialog, record_store
) -> None:
    qtbot.mouseClick(dialog.first_name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.first_name, "A" * 480)  # pushed the record off-screen before
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phone, "call me maybe")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "at most 60 characters (this has 480)" in dialog.problems["first_name"].text()
    assert "not a phone number" in dialog.problems["phone"].text()
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.phone, "+44 (0)191 496 0000")
    _save(qtbot, dialog)
    assert not dialog.problems["phone"].isVisible()


def test_a_typed_date_that_is_not_a_date_is_refused_saying_how_to_type_it(
    qtbot, dialog, record_store
) -> None:
    _fill(qtbot, dialog, "Wrong", "Dates", "DUR/26/0777")
    dialog.answer_all_eligible()
    qtbot.mouseClick(dialog.offence_date, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.offence_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.offence_date, "31/02/2026")
    _save(qtbot, dialog)
    assert dialog.isVisible() and record_store.cases.search("Dates") == []
    assert (
        dialog.problems["offence_date"].text()
        == "Offence date is not a real date (31/02/2026): check the day and the month."
    )
    qtbot.keyClick(dialog.offence_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.offence_date, "next tuesday")
    _save(qtbot, dialog)
    assert "is not a date: type it as DD/MM/YYYY, e.g. 14/03/1996" in dialog.problems["offence_date"].text()
    dialog.grab().save(str(shots_dir() / "referral-typed-date-error.png"))
    qtbot.keyClick(dialog.offence_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.offence_date, "1.11.26")
    with qtbot.waitSignal(dialog.referral_created, timeout=5000):
        _save(qtbot, dialog)


def test_the_wheel_over_the_form_does_not_change_a_choice_it_has_not_focused(qtbot, dialog) -> None:
    """Issue 11: the mouse wheel over the form silently changed the referral date (now the sex, ethnicity...)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    sex = dialog.sex
    before = sex.currentIndex()

    def wheel(widget) -> None:
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if before > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    assert not sex.hasFocus()
    wheel(sex)
    assert sex.currentIndex() == before  # unchanged: the wheel went to the form
    qtbot.mouseClick(dialog.first_name, Qt.MouseButton.LeftButton)
    sex.setFocus()  # stands for tabbing in: once focused, the wheel does change it
    qtbot.waitUntil(sex.hasFocus, timeout=2000)
    wheel(sex)
    assert sex.currentIndex() != before


def test_the_date_of_birth_calendar_opens_near_a_sensible_year_and_fills_the_field(qtbot, dialog) -> None:
    """Issue 11: the calendar for date of birth opened at January 1900."""
    from PySide6.QtWidgets import QTableView, QToolButton

    dob = dialog.date_of_birth
    button = next(b for b in dob.findChildren(QToolButton) if b.defaultAction() is dob.calendar_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dob.calendar is not None and dob.calendar.isVisible(), timeout=3000)
    calendar = dob.calendar
    assert calendar.yearShown() == NOW.year - 30
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)  # take the highlighted day
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=3000)
    assert dob.value() is not None and dob.value().year == NOW.year - 30
    assert dialog.has_unsaved_changes()
