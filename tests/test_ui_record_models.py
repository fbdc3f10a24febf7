"""The record's and the diary's table models, without any widget."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    ConditionStatus,
    Evidence,
    Person,
    default_conditions,
)
from desktop.storage.audit import AuditEntry
from desktop.ui.record.models import (
    SORT_ROLE,
    AppointmentsTableModel,
    ConditionsTableModel,
    EvidenceTableModel,
    TimelineTableModel,
    readable_detail,
)
from desktop.ui.record.style import FLAG_MISSED, FLAG_OVERDUE, appointment_flag

NOW = datetime(2026, 11, 26, 11, 0)
D = Qt.ItemDataRole.DisplayRole


def _text(model, row: int, col: int) -> str:
    return model.data(model.index(row, col), D)


def test_conditions_model_shows_progress_status_and_last_evidence() -> None:
    conds = default_conditions("c1")
    hours = conds[4].add_progress(4, Evidence(date(2026, 11, 20), "Timesheet from the food bank", "alex"))
    hours = hours.add_progress(2, Evidence(date(2026, 11, 24), "Second timesheet", "alex"))
    victim = conds[1].change_status(
        ConditionStatus.NOT_MET, Evidence(date(2026, 11, 21), "Refused to meet", "alex")
    )
    model = ConditionsTableModel()
    model.set_rows([conds[0], victim, conds[2], conds[3], hours])
    assert model.rowCount() == 5 and model.columnCount() == 5
    assert _text(model, 0, model.TYPE) == "No reoffending (mandatory)"
    assert _text(model, 4, model.PROGRESS) == "6 of 18 hours"
    assert _text(model, 4, model.STATUS) == "In progress"
    assert _text(model, 4, model.EVIDENCE) == "24 Nov 2026: Second timesheet"
    assert _text(model, 2, model.EVIDENCE) == "none yet"
    assert _text(model, 1, model.PROGRESS) == "Not met"
    assert model.data(model.index(1, model.STATUS), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, model.STATUS), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(4, model.PROGRESS), SORT_ROLE) == 6 / 18
    assert model.headerData(model.PROGRESS, Qt.Orientation.Horizontal, D) == "Progress"


def test_evidence_model_lists_newest_first() -> None:
    cond = default_conditions("c1")[4]
    cond = cond.add_progress(4, Evidence(date(2026, 11, 20), "first", "alex"))
    cond = cond.add_progress(2, Evidence(date(2026, 11, 24), "second", "sam"))
    model = EvidenceTableModel()
    model.set_condition(cond)
    assert [_text(model, r, model.TEXT) for r in range(2)] == ["second", "first"]
    assert _text(model, 0, model.BY) == "sam"
    model.set_condition(None)
    assert model.rowCount() == 0


def test_appointments_model_flags_missed_and_overdue_in_words() -> None:
    person = Person("Jo", "Bloggs", date(1990, 1, 1), "DUR/1")
    missed = Appointment(person.id, NOW - timedelta(days=2), outcome=AppointmentOutcome.DID_NOT_ATTEND)
    overdue = Appointment(person.id, NOW - timedelta(hours=2))
    attended = Appointment(person.id, NOW - timedelta(days=9), outcome=AppointmentOutcome.ATTENDED)
    upcoming = Appointment(person.id, NOW + timedelta(days=1), with_whom="Alex")
    model = AppointmentsTableModel(lambda: NOW, show_person=True)
    model.set_appointments([(upcoming, person), (missed, person), (overdue, person), (attended, person)])
    flag, outcome = model.column_of("flag"), model.column_of("outcome")
    assert [_text(model, r, flag) for r in range(4)] == ["", "Missed", "Past: no outcome recorded", ""]
    assert _text(model, 1, outcome) == "Did not attend"
    assert _text(model, 3, outcome) == "not recorded"
    assert _text(model, 0, model.column_of("person")) == "Jo Bloggs"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.row_of(overdue.id) == 2 and model.appointment_at(2) == overdue
    assert appointment_flag(missed, NOW) == FLAG_MISSED and appointment_flag(overdue, NOW) == FLAG_OVERDUE
    own = AppointmentsTableModel(lambda: NOW)
    assert "person" not in [
        own.headerData(c, Qt.Orientation.Horizontal, D).lower() for c in range(own.columnCount())
    ]


def test_timeline_model_newest_first_with_readable_names() -> None:
    at = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    entries = [
        AuditEntry(1, at, "alex", "referral.create", "referral", "r", "p", "eligible"),
        AuditEntry(3, at, "alex", "appointment.outcome", "appointment", "a", "p", "did_not_attend"),
        AuditEntry(2, at, "sam", "contract.sign", "contract", "c", "p", "5 conditions"),
        AuditEntry(4, at, "sam", "something.new", "x", "x", "p", ""),
    ]
    model = TimelineTableModel()
    model.set_entries(entries)
    assert [_text(model, r, model.ACTION) for r in range(4)] == [
        "Something new",
        "Session outcome recorded",
        "Contract signed",
        "Referral received",
    ]
    assert _text(model, 1, model.DETAIL) == "Did not attend"
    assert readable_detail("not_started -> met") == "Not started → Met"
    assert readable_detail("failed_non_compliance") == "Failed (non-compliance)"
    assert readable_detail("5 conditions, ends 2027-03-26") == "5 conditions, ends 26 Mar 2027"
    assert (
        readable_detail("monthly_progress 2026-11-02..2026-11-30")
        == "Monthly progress return, 2 Nov 2026 to 30 Nov 2026"
    )
    assert _text(model, 2, model.WHO) == "sam"


def test_models_reset_and_ignore_bad_indexes() -> None:
    model = ConditionsTableModel()
    model.set_rows(default_conditions("c"))
    assert model.data(model.index(99, 0), D) is None
    assert model.condition_at(99) is None
    model.set_rows([replace(default_conditions("c")[0], title="Changed")])
    assert model.rowCount() == 1 and _text(model, 0, model.TITLE) == "Changed"
