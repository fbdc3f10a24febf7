"""The referral form: the dates fill in and lock the answers they decide; a manager overrides only with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog

from desktop.ui.dialogs.referral import NewReferralDialog


def _type_date(qtbot, edit: QDateEdit, ddmmyyyy: str) -> None:
    # a date edit showing "not entered" takes no typed digits, so the date is set as the calendar popup would
    edit.setDate(QDate(int(ddmmyyyy[4:]), int(ddmmyyyy[2:4]), int(ddmmyyyy[:2])))


def _fill(qtbot, dlg: NewReferralDialog, last: str, dob: str, offence: str) -> None:
    qtbot.keyClicks(dlg.first_name, "Casey")
    qtbot.keyClicks(dlg.last_name, last)
    _type_date(qtbot, dlg.date_of_birth, dob)
    qtbot.keyClicks(dlg.force_reference, f"DUR/{last}")
    qtbot.keyClicks(dlg.force, "Durham Constabulary")
    qtbot.keyClicks(dlg.officer, "PC 4021 Hall")
    qtbot.keyClicks(dlg.offence, "Possession of cannabis")
    _type_date(qtbot, dlg.offence_date, offence)


def _answer_the_rest(qtbot, dlg: NewReferralDialog) -> None:
    for qid in ("in_area", "admission"):
        qtbot.mouseClick(dlg.answers[qid].button(1), Qt.MouseButton.LeftButton)
    for qid in ("hate_crime", "held_for_court", "court_order", "co_accused", "on_bail"):
        qtbot.mouseClick(dlg.answers[qid].button(0), Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = NewReferralDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_the_dates_answer_age_and_offence_age_and_lock_them(qtbot, dialog) -> None:
    _fill(qtbot, dialog, "Minor", "01062014", "01112026")  # 12 on the offence date
    adult_yes, adult_no = dialog.answers["adult"].button(1), dialog.answers["adult"].button(0)
    assert adult_no.isChecked() and not adult_yes.isEnabled()
    assert "12 on the offence date" in adult_yes.toolTip()
    qtbot.mouseClick(adult_yes, Qt.MouseButton.LeftButton)  # a locked answer cannot be changed by a click
    assert adult_no.isChecked()
    assert dialog.answers["recent"].button(1).isChecked()  # 25 days before the referral (today)
    assert "from the dates" in dialog.answer_notes["adult"].text()
    assert dialog.eligibility_warning.isVisible() and "Aged 18 or over" in dialog.eligibility_warning.text()


def test_a_manager_override_with_a_reason_saves_eligible_and_is_audited(qtbot, dialog, record_store) -> None:
    _fill(qtbot, dialog, "Overridden", "01011990", "01112026")
    _answer_the_rest(qtbot, dialog)
    qtbot.mouseClick(dialog.answers["on_bail"].button(1), Qt.MouseButton.LeftButton)  # on bail: fails
    assert dialog.override_reason.isVisible()  # the admin signed in sees everyone, so may override
    assert dialog.save_button.text() == "Save (not eligible)"
    qtbot.keyClicks(dialog.override_reason, "bail is for an unrelated driving matter")
    assert dialog.save_button.text() == "Save (override)"
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    case = record_store.cases.load_case(created.args[0])
    assert case.referral is not None and case.referral.eligible
    assert [(a.question_id, a.override_reason) for a in case.referral.overrides] == [
        ("on_bail", "bail is for an unrelated driving matter")
    ]
    audit = record_store.cases.timeline(created.args[0])[-1]
    assert audit.action == "referral.create"
    assert "manager override: on_bail (bail is for an unrelated driving matter)" in audit.detail


def test_without_a_reason_the_failure_is_recorded_not_eligible(qtbot, dialog, record_store) -> None:
    _fill(qtbot, dialog, "Stale", "01011990", "20122025")  # 11 months old
    _answer_the_rest(qtbot, dialog)
    assert dialog.answers["recent"].button(0).isChecked()
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    case = record_store.cases.load_case(created.args[0])
    assert case.referral is not None and not case.referral.eligible
    assert [a.question_id for a in case.referral.failed_eligibility] == ["recent"]
