"""A person's record, driven through its widgets: header, sessions, contract actions, timeline, details."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from ui_input import shots_dir
from ui_record_fixtures import add_session

from desktop.domain import AppointmentOutcome, ConditionStatus, ContractState
from desktop.ui.dialogs.session import ScheduleSessionDialog
from desktop.ui.record.view import PersonRecordView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_record(qtbot, ctx):
    def make(person_id: str) -> PersonRecordView:
        view = PersonRecordView(ctx, person_id)
        qtbot.addWidget(view)
        view.resize(1100, 720)
        with qtbot.waitSignal(view.loaded, timeout=5000):
            view.show()
        return view

    return make


def _save(qtbot, view: PersonRecordView, dlg) -> None:
    """Press Save and wait for the dialog to close and the record to reload."""
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_header_shows_who_contract_day_and_compliance(open_record, person_factory) -> None:
    person = person_factory("Harper", "Header", signed_days_ago=20)
    view = open_record(person.id)
    header = view.header
    assert header.name.text() == "Harper Header"
    assert "DUR/HARHEA/26" in header.references.text() and "26/123456X" in header.references.text()
    assert "signed 6 Nov 2026, ends 6 Mar 2027" in header.contract.text()
    assert "day 21 of 121" in header.contract.text() and "100 days left" in header.contract.text()
    assert header.badge.text().endswith("On track")
    assert header.reasons.text() == "Nothing of concern."


def test_two_missed_sessions_turn_the_header_at_risk_with_the_reason(
    qtbot, open_record, record_store, person_factory
) -> None:
    person = person_factory("Avery", "Absent", signed_days_ago=20)
    add_session(record_store, person.id, -10, AppointmentOutcome.ATTENDED)
    first = add_session(record_store, person.id, -6)
    second = add_session(record_store, person.id, -2)
    view = open_record(person.id)
    recorded: list[str] = []
    view.session_recorded.connect(recorded.append)
    assert view.header.badge.text().endswith("On track")
    for appt in (
        second,
        first,
    ):  # Ctrl+R: the most recent past session awaiting an outcome, whatever is selected
        view.sessions_tab.select_appointment(first.id)
        dlg = view.record_session()
        assert dlg is not None and dlg.appointment.id == appt.id
        dlg.set_outcome(AppointmentOutcome.DID_NOT_ATTEND)
        _save(qtbot, view, dlg)
    assert recorded == [person.id, person.id]
    assert view.header.badge.text().endswith("At risk")
    assert "At risk" in view.header.badge.accessibleDescription()
    reasons = view.header.reason_lines()
    assert reasons and reasons[0].startswith("2 missed appointments in a row")
    assert "2 missed appointments in a row" in view.header.reasons.text()
    flags = [
        view.sessions_tab.proxy.data(
            view.sessions_tab.proxy.index(r, view.sessions_tab.model.column_of("flag"))
        )
        for r in range(view.sessions_tab.proxy.rowCount())
    ]
    assert flags.count("Missed") == 2
    assert "2 missed" in view.sessions_tab.summary.text()


def test_ctrl_r_and_ctrl_shift_s_open_the_session_dialogs(
    qtbot, open_record, record_store, person_factory
) -> None:
    person = person_factory("Kit", "Keys")
    add_session(record_store, person.id, -1)
    view = open_record(person.id)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tabs.setCurrentWidget(view.timeline_tab)
    view.timeline_tab.table.setFocus()
    qtbot.keyClick(
        view.timeline_tab.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    schedule = view.findChildren(ScheduleSessionDialog)
    assert len(schedule) == 1 and schedule[0].isVisible()
    assert view.tabs.currentWidget() is view.sessions_tab
    schedule[0].done(QDialog.DialogCode.Rejected)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.sessions_tab.table.setFocus()
    qtbot.keyClick(view.sessions_tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    from desktop.ui.dialogs.session import RecordSessionDialog

    record = [d for d in view.findChildren(RecordSessionDialog) if d.isVisible()]
    assert len(record) == 1


def test_contract_tab_change_status_add_progress_and_evidence_list(
    qtbot, open_record, person_factory
) -> None:
    person = person_factory("Cass", "Conditions")
    view = open_record(person.id)
    tab = view.contract_tab
    assert tab.model.rowCount() == 5 and not tab.sign_button.isEnabled() and tab.close_button.isEnabled()
    hours_row = 4
    tab.table.setCurrentIndex(tab.proxy.index(hours_row, 0))
    assert tab.progress_button.isEnabled()
    qtbot.mouseClick(tab.progress_button, LEFT)
    from desktop.ui.dialogs.condition import AddProgressDialog, ConditionStatusDialog

    dlg = tab.findChildren(AddProgressDialog)[-1]
    dlg.amount.setValue(4)
    qtbot.keyClicks(dlg.evidence, "Timesheet: food bank, 4 hours")
    _save(qtbot, view, dlg)
    assert tab.proxy.data(tab.proxy.index(hours_row, tab.model.PROGRESS)) == "4 of 18 hours"
    assert tab.selected_condition().title == "Complete voluntary community work"  # selection kept
    assert tab.evidence_model.rowCount() == 1
    assert tab.evidence_model.data(tab.evidence_model.index(0, 1)) == "Timesheet: food bank, 4 hours"
    tab.table.setCurrentIndex(tab.proxy.index(1, 0))
    qtbot.mouseClick(tab.status_button, LEFT)
    dlg = tab.findChildren(ConditionStatusDialog)[-1]
    dlg.set_status(ConditionStatus.NOT_MET)
    qtbot.keyClicks(dlg.evidence, "Victim asked for a meeting; person refused")
    _save(qtbot, view, dlg)
    assert tab.proxy.data(tab.proxy.index(1, tab.model.STATUS)) == "Not met"
    assert view.header.badge.text().endswith("Not complying")
    assert "'Take part in a restorative approach if the victim wishes' not met" in view.header.reason_lines()


def test_sign_then_close_a_contract_from_the_record(qtbot, open_record, person_factory) -> None:
    person = person_factory("Nico", "New", signed_days_ago=None)
    view = open_record(person.id)
    tab = view.contract_tab
    assert tab.sign_button.isEnabled() and not tab.close_button.isEnabled()
    assert "No contract" in view.header.contract.text()
    dlg = view.controller.open_sign_contract(view)
    _save(qtbot, view, dlg)
    assert tab.model.rowCount() == 5 and not tab.sign_button.isEnabled()
    assert "day 1 of" in view.header.contract.text()
    dlg = view.controller.open_close_contract(view)
    dlg.set_outcome(ContractState.WITHDRAWN)
    qtbot.keyClicks(dlg.reason, "Moved out of the force area")
    _save(qtbot, view, dlg)
    assert (
        "Withdrawn" in view.header.contract.text()
        and "Moved out of the force area" in view.header.contract.text()
    )
    assert tab.sign_button.isEnabled()


def test_timeline_shows_what_happened_newest_first(qtbot, open_record, record_store, person_factory) -> None:
    person = person_factory("Tay", "Timeline")
    appt = add_session(record_store, person.id, -1)
    record_store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")
    view = open_record(person.id)
    names = view.timeline_tab.action_names()
    assert names == ["Session outcome recorded", "Session scheduled", "Contract signed", "Referral received"]
    assert (
        view.timeline_tab.model.data(view.timeline_tab.model.index(0, 2)) == "Ada Admin"
    )  # a name, not an id
    qtbot.mouseClick(
        view.timeline_tab.show_openings, LEFT, pos=QPoint(8, view.timeline_tab.show_openings.height() // 2)
    )
    assert view.timeline_tab.action_names()[0] == "Record opened"


def test_the_timeline_reads_in_words(qtbot, open_record, record_store, person_factory) -> None:
    """Journey (issue 11): click the Timeline tab; dates read as dates, people as names, each line a sentence."""
    person = person_factory("Tam", "Words")
    view = open_record(person.id)
    view.resize(1100, 600)
    view.show()
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.timeline_tab)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget() is view.timeline_tab
    model = view.timeline_tab.model
    texts = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    signed = next(t for t in texts if t[1] == "Contract signed")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", signed[3]), signed  # no ISO dates left
    tip = model.data(model.index(texts.index(signed), 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Ada Admin: Contract signed (") and tip.endswith(").")
    view.grab().save(str(shots_dir() / "timeline-in-words.png"))


def test_details_edit_person_and_consent(qtbot, open_record, record_store, person_factory) -> None:
    person = person_factory("Dee", "Details")
    view = open_record(person.id)
    details = view.details_tab
    assert "Eligible" in details.eligibility_text.text()
    assert not view.has_unsaved_changes()
    qtbot.keyClicks(details.phone, "07700 900123")
    assert view.has_unsaved_changes() and details.save_person_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_person_button, LEFT)
    assert not view.has_unsaved_changes()
    assert record_store.cases.load_case(person.id).person.phone == "07700 900123"
    qtbot.keyClicks(details.agreement_ref, "DSA-9")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_consent_button, LEFT)
    assert record_store.cases.load_case(person.id).consent.sharing_agreement_ref == "DSA-9"


def test_failed_eligibility_is_shown_in_words(qtbot, open_record, record_store, person_factory) -> None:
    from dataclasses import replace as dc_replace

    from desktop.domain import Consent, EligibilityAnswer, Person, Referral
    from tests.ui_record_fixtures import NOW, eligible_answers

    person = Person("Fay", "Failed", NOW.date() - timedelta(days=9000), "DUR/FAIL/1")
    answers = tuple(
        dc_replace(a, answer=True) if a.question_id == "co_accused" else a for a in eligible_answers()
    )
    assert any(isinstance(a, EligibilityAnswer) and not a.passes for a in answers)
    referral = Referral(person.id, "Durham", "PC 1", "Possession", NOW.date(), NOW.date(), answers)
    record_store.cases.add_referral(person, referral, Consent(person.id))
    view = open_record(person.id)
    text = view.details_tab.eligibility_text.text()
    assert (
        "Not eligible: 1 answer failed" in text and "FAILED" in text and "Case has a co-accused: Yes" in text
    )


def test_a_keyworker_cannot_open_another_keyworkers_person(qtbot, tmp_path) -> None:
    from desktop.app.root import build_context
    from desktop.domain import Role
    from desktop.storage.store import CaseStore
    from desktop.ui.runner import BackgroundRunner
    from tests.ui_record_fixtures import PASSPHRASE, add_person, fixed_clock

    admin, _key = CaseStore.create(tmp_path / "store", "admin", PASSPHRASE, "Ada Admin", clock=fixed_clock)
    admin.add_user("alex", "Alex Keyworker", Role.KEYWORKER, PASSPHRASE)
    someone_else = add_person(admin, "Not", "Yours")
    admin.close()
    alex = CaseStore.open(tmp_path / "store", "alex", PASSPHRASE, clock=fixed_clock)
    runner = BackgroundRunner()
    try:
        view = PersonRecordView(build_context(alex, runner, fixed_clock), someone_else.id)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(view.problem.isVisible, timeout=5000)
        assert "another keyworker's caseload" in view.problem.text()
        assert view.header.name.text() == "Record not available"
        assert view.contract_tab.model.rowCount() == 0 and view.record_session() is None
    finally:
        runner.shutdown()
        alex.close()


def test_details_refuse_a_bad_email_and_an_overlong_name_saying_why(
    qtbot, open_record, record_store, person_factory
) -> None:
    """Journey (issue 11): 'not-an-email@@' and a 480-character first name were saved before."""
    person = person_factory("Eve", "Email")
    view = open_record(person.id)
    details = view.details_tab
    qtbot.mouseClick(details.email, LEFT)
    qtbot.keyClicks(details.email, "not-an-email@@")
    qtbot.mouseClick(details.save_person_button, LEFT)
    assert not details.person_problem.isHidden()
    assert (
        details.person_problem.text()
        == "Email is not an email address: one @, then a domain such as example.org.uk."
    )
    qtbot.keyClick(details.email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(details.email, "eve.email@example.org.uk")
    qtbot.mouseClick(details.first_name, LEFT)
    qtbot.keyClicks(details.first_name, "E" * 480)
    qtbot.mouseClick(details.save_person_button, LEFT)
    assert "First name is too long: at most 60 characters (this has 483)" in details.person_problem.text()
    qtbot.keyClick(details.first_name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(details.first_name, "Eve")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_person_button, LEFT)
    assert record_store.cases.load_case(person.id).person.email == "eve.email@example.org.uk"


def test_a_very_long_name_is_elided_in_the_header_with_the_whole_name_as_tooltip(
    qtbot, open_record, person_factory
) -> None:
    """Issue 11: a 480-character first name (saved before the length check) pushed the record off-screen."""
    person = person_factory("L" * 480, "Longname")
    view = open_record(person.id)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    name = view.header.name
    assert view.width() == 1000 and name.width() < 1000
    assert name.is_elided() and name.shown_text().endswith("\u2026")
    assert name.toolTip() == person.full_name
    view.grab().save(str(shots_dir() / "record-long-name.png"))


def test_details_date_of_birth_is_typed_and_a_bad_one_refused(
    qtbot, open_record, record_store, person_factory
) -> None:
    person = person_factory("Dora", "Birthday")
    view = open_record(person.id)
    details = view.details_tab
    dob = details.date_of_birth
    assert dob.text() == f"{person.date_of_birth:%d/%m/%Y}"
    qtbot.mouseClick(dob, LEFT)
    qtbot.keyClick(dob, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dob, "30/02/91")
    qtbot.mouseClick(details.save_person_button, LEFT)
    assert (
        details.person_problem.text()
        == "Date of birth is not a real date (30/02/1991): check the day and the month."
    )
    qtbot.keyClick(dob, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dob, "2 Mar 91")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_person_button, LEFT)
    assert record_store.cases.load_case(person.id).person.date_of_birth.isoformat() == "1991-03-02"
