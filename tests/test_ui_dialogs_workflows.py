"""Sign a contract, change a condition, add progress, close a contract, schedule and record sessions: each through
its dialog's widgets, against a real encrypted store."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QDialog
from ui_input import shots_dir
from ui_record_fixtures import NOW, add_session

from desktop.domain import (
    AppointmentKind,
    AppointmentOutcome,
    ConditionStatus,
    ConditionType,
    ContractState,
)
from desktop.ui.dialogs.close_contract import CloseContractDialog
from desktop.ui.dialogs.condition import AddProgressDialog, ConditionStatusDialog
from desktop.ui.dialogs.contract import SignContractDialog
from desktop.ui.dialogs.session import RecordSessionDialog, ScheduleSessionDialog

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _save_and_wait(qtbot, dlg, signal) -> list:
    with qtbot.waitSignal(signal, timeout=5000) as blocker:
        qtbot.mouseClick(dlg.save_button, LEFT)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    return blocker.args


def test_sign_a_contract_choosing_conditions_and_targets(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Riley", "Unsigned", signed_days_ago=None)
    dlg = _open(qtbot, SignContractDialog(ctx, person.id, person.full_name))
    offending = dlg.checks[0]
    assert offending.isChecked() and not offending.isEnabled()  # always on, not removable
    assert dlg.signed.date().toPython() == NOW.date()
    assert dlg.end.date().toPython() == date(2027, 3, 26)  # four months on
    qtbot.mouseClick(dlg.checks[1], LEFT)  # drop the victim condition
    hours = dlg.targets[4]
    assert hours is not None and (hours.minimum(), hours.maximum()) == (18, 36)
    hours.setValue(40)
    assert hours.value() == 36
    hours.setValue(24)
    dlg.signed.setDate(QDate(2026, 11, 20))
    assert dlg.end.date().toPython() == date(2027, 3, 20)  # follows the signing date
    assert _save_and_wait(qtbot, dlg, dlg.case_changed) == [person.id]
    case = record_store.cases.load_case(person.id)
    assert case.contract is not None and case.contract.state is ContractState.ACTIVE
    assert case.contract.signed_on == date(2026, 11, 20) and case.contract.end_date == date(2027, 3, 20)
    types = [c.type for c in case.conditions]
    assert ConditionType.VICTIM not in types and types[0] is ConditionType.OFFENDING and len(types) == 4
    assert next(c for c in case.conditions if c.type is ConditionType.COMMUNITY_HOURS).target == 24


def test_a_second_active_contract_is_refused_in_the_dialog(qtbot, ctx, person_factory) -> None:
    person = person_factory("Dana", "Signed")
    dlg = _open(qtbot, SignContractDialog(ctx, person.id))
    qtbot.mouseClick(dlg.save_button, LEFT)
    qtbot.waitUntil(lambda: dlg.message.isVisible())
    assert "already has an active contract" in dlg.message.text()
    assert dlg.isVisible()


def test_change_a_condition_status_with_dated_evidence(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Sky", "Status")
    victim = record_store.cases.load_case(person.id).conditions[1]
    dlg = _open(qtbot, ConditionStatusDialog(ctx, person.id, victim))
    offered = [dlg.status.itemText(i) for i in range(dlg.status.count())]
    assert "Not started" not in offered and "Met" in offered and "Waived" in offered
    dlg.set_status(ConditionStatus.MET)
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.evidence_problem.isVisible() and dlg.isVisible()  # evidence is required
    dlg.on.setDate(QDate(2026, 11, 24))
    qtbot.keyClicks(dlg.evidence, "Apology letter handed to the victim's liaison officer")
    _save_and_wait(qtbot, dlg, dlg.case_changed)
    after = record_store.cases.load_case(person.id).conditions[1]
    assert after.status is ConditionStatus.MET
    assert after.evidence[-1].text == "Apology letter handed to the victim's liaison officer"
    assert after.evidence[-1].on == date(2026, 11, 24)
    assert record_store.cases.timeline(person.id)[0].action in ("condition.status", "person.open")


def test_the_offending_condition_cannot_be_waived(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Ola", "Offending")
    offending = record_store.cases.load_case(person.id).conditions[0]
    dlg = _open(qtbot, ConditionStatusDialog(ctx, person.id, offending))
    assert "Waived" not in [dlg.status.itemText(i) for i in range(dlg.status.count())]


def test_add_community_hours_with_evidence(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Hal", "Hours")
    hours = record_store.cases.load_case(person.id).conditions[4]
    dlg = _open(qtbot, AddProgressDialog(ctx, person.id, hours))
    dlg.amount.setValue(4)
    qtbot.keyClicks(dlg.evidence, "Timesheet from the food bank")
    _save_and_wait(qtbot, dlg, dlg.case_changed)
    after = record_store.cases.load_case(person.id).conditions[4]
    assert after.progress_label == "4 of 18 hours" and after.status is ConditionStatus.IN_PROGRESS


def test_close_a_contract_needs_a_reason_unless_completed(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Flynn", "Failing")
    contract = record_store.cases.load_case(person.id).contract
    dlg = _open(qtbot, CloseContractDialog(ctx, contract, person.full_name))
    assert list(dlg.radios) == [
        ContractState.COMPLETED,
        ContractState.FAILED_NON_COMPLIANCE,
        ContractState.FAILED_REOFFENDED,
        ContractState.WITHDRAWN,
    ]
    dlg.set_outcome(ContractState.FAILED_NON_COMPLIANCE)
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.reason_problem.isVisible() and "Give a reason" in dlg.reason_problem.text()
    qtbot.keyClicks(dlg.reason, "Missed 3 appointments in a row and stopped answering calls")
    _save_and_wait(qtbot, dlg, dlg.case_changed)
    closed = record_store.cases.load_case(person.id).contract
    assert closed.state is ContractState.FAILED_NON_COMPLIANCE
    assert closed.outcome_reason == "Missed 3 appointments in a row and stopped answering calls"
    assert closed.closed_on == NOW.date()

    done = person_factory("Cleo", "Complete")
    contract = record_store.cases.load_case(done.id).contract
    dlg = _open(qtbot, CloseContractDialog(ctx, contract))
    assert dlg.chosen_outcome() is None  # nothing preselected
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.message.text() == "Choose an outcome." and dlg.isVisible()
    dlg.set_outcome(ContractState.COMPLETED)
    _save_and_wait(qtbot, dlg, dlg.case_changed)  # no reason needed
    assert record_store.cases.load_case(done.id).contract.state is ContractState.COMPLETED


def test_schedule_a_session(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Sam", "Schedule")
    dlg = _open(qtbot, ScheduleSessionDialog(ctx, person.id, person.full_name))
    assert dlg.when.dateTime().toPython() == datetime(2026, 11, 27, 10, 0)  # next working day, 10:00
    dlg.when.setDateTime(QDateTime(datetime(2026, 12, 1, 14, 30)))
    dlg.kind.setCurrentIndex(dlg.kind.findData(AppointmentKind.HOME_VISIT.value))
    dlg.with_whom.clear()
    qtbot.keyClicks(dlg.with_whom, "Priya (housing)")
    _save_and_wait(qtbot, dlg, dlg.case_changed)
    (appt,) = record_store.cases.load_case(person.id).appointments
    assert appt.planned_at == datetime(2026, 12, 1, 14, 30) and appt.kind is AppointmentKind.HOME_VISIT
    assert appt.with_whom == "Priya (housing)" and appt.outcome is None


def test_record_an_outcome_with_the_keyboard_alone(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Kim", "Keys")
    appt = add_session(record_store, person.id, -1)
    dlg = _open(qtbot, RecordSessionDialog(ctx, appt, person.full_name))
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    first = dlg.radios[AppointmentOutcome.ATTENDED]
    assert first.isChecked() and first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)  # Attended -> Attended late
    qtbot.keyClick(dlg.radios[AppointmentOutcome.LATE], Qt.Key.Key_Down)  # -> Did not attend
    assert dlg.chosen_outcome() is AppointmentOutcome.DID_NOT_ATTEND
    qtbot.keyClick(dlg.radios[AppointmentOutcome.DID_NOT_ATTEND], Qt.Key.Key_Tab)  # Tab goes to the notes
    assert dlg.notes.hasFocus(), dlg.focusWidget()
    qtbot.keyClicks(dlg.notes, "Phoned twice, no answer")
    with qtbot.waitSignal(dlg.session_recorded, timeout=5000):
        qtbot.keyClick(dlg.notes, Qt.Key.Key_Return)  # Enter saves
    (saved,) = record_store.cases.load_case(person.id).appointments
    assert saved.outcome is AppointmentOutcome.DID_NOT_ATTEND and saved.notes == "Phoned twice, no answer"


def test_a_future_session_can_only_be_cancelled(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Fern", "Future")
    appt = add_session(record_store, person.id, 3)
    dlg = _open(qtbot, RecordSessionDialog(ctx, appt))
    assert set(dlg.radios) == {
        AppointmentOutcome.CANCELLED_BY_PERSON,
        AppointmentOutcome.CANCELLED_BY_SERVICE,
    }


def test_cancel_with_unsaved_notes_asks_before_discarding(qtbot, ctx, record_store, person_factory) -> None:
    person = person_factory("Una", "Unsaved")
    appt = add_session(record_store, person.id, -1)
    dlg = _open(qtbot, RecordSessionDialog(ctx, appt))
    assert not dlg.has_unsaved_changes()
    qtbot.keyClicks(dlg.notes, "Half-written note")
    assert dlg.has_unsaved_changes()
    dlg.reject()
    assert dlg.isVisible() and dlg.discard_question is not None and dlg.discard_question.isVisible()
    qtbot.mouseClick(dlg.discard_question.button(dlg.discard_question.StandardButton.Cancel), LEFT)
    assert dlg.isVisible()  # kept, with the note
    dlg.reject()
    qtbot.mouseClick(dlg.discard_question.button(dlg.discard_question.StandardButton.Discard), LEFT)
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Rejected
    assert record_store.cases.load_case(person.id).appointments[0].outcome is None


def test_a_contract_longer_than_four_months_is_refused_saying_the_longest(
    qtbot, ctx, record_store, person_factory
) -> None:
    """Journey (issue 11): the year of the end date pushed up with the arrow key (a 4-year contract) is refused."""
    person = person_factory("Lee", "Longterm", signed_days_ago=None)
    dlg = _open(qtbot, SignContractDialog(ctx, person.id, person.full_name))
    end = dlg.end
    longest = end.date().toPython()  # four months on, offered by default
    qtbot.mouseClick(end, LEFT)
    qtbot.keyClick(end, Qt.Key.Key_End)  # to the year
    for _ in range(4):
        qtbot.keyClick(end, Qt.Key.Key_Up)
    typed = end.date().toPython()
    assert typed.year == longest.year + 4
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.isVisible() and dlg.message.isVisible()
    signed = dlg.signed.date().toPython()
    assert dlg.message.text() == (
        f"A contract runs at most four months: from {signed:%d %b %Y} it must end by "
        f"{longest:%d %b %Y} (this end date is {typed:%d %b %Y})."
    )
    assert (
        record_store.cases.load_case(person.id).contract is None
        or record_store.cases.load_case(person.id).contract.state is not ContractState.ACTIVE
    )
    dlg.grab().save(str(shots_dir() / "contract-too-long.png"))
    for _ in range(4):
        qtbot.keyClick(end, Qt.Key.Key_Down)
    assert end.date().toPython() <= longest
    assert _save_and_wait(qtbot, dlg, dlg.case_changed) == [person.id]
