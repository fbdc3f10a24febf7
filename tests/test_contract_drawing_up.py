"""Drawing up a contract through the real dialog: every condition type choosable, the cap of five held, a
sessions target counted from attended sessions of the linked kind."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog
from ui_record_fixtures import NOW

from desktop.domain import Appointment, AppointmentOutcome, ConditionType, DomainError, default_conditions
from desktop.domain.case import caseload_row
from desktop.domain.contract import catalogue_condition
from desktop.domain.enums import AppointmentKind, Pathway
from desktop.domain.pathway_needs import NeedLevel, PathwayNeed, suggested_conditions
from desktop.ui.dialogs.contract import SignContractDialog

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _click(qtbot, box) -> None:
    """Click the tick box itself (a wide grid cell puts the widget's centre beyond a short label)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def _row(dlg: SignContractDialog, kind: ConditionType) -> int:
    return next(i for i, c in enumerate(dlg.template) if c.type is kind)


def test_choose_a_gps_tag_in_place_of_community_hours_and_count_treatment(
    qtbot, ctx, record_store, person_factory
) -> None:
    person = person_factory("Gale", "Tagged", signed_days_ago=None)
    dlg = _open(qtbot, SignContractDialog(ctx, person.id, person.full_name))
    assert {c.type for c in dlg.template} == set(ConditionType)  # every type offered
    assert dlg.count_label.text().startswith("5 of at most 5 conditions chosen.")
    gps = dlg.checks[_row(dlg, ConditionType.GPS_TAG)]
    assert not gps.isChecked() and not gps.isEnabled()  # full: untick one first
    _click(qtbot, gps)
    assert not gps.isChecked()
    _click(qtbot, dlg.checks[_row(dlg, ConditionType.COMMUNITY_HOURS)])  # untick community hours
    assert gps.isEnabled() and dlg.count_label.text() == "4 of at most 5 conditions chosen."
    _click(qtbot, gps)
    assert gps.isChecked()
    drugs = dlg.counted_from[2]
    assert drugs is not None and drugs.currentText() == "attended treatment sessions"  # drug pathway default
    dlg.signed.setDate(QDate(NOW.date() - timedelta(days=10)))  # signed ten days ago
    with qtbot.waitSignal(dlg.case_changed, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    case = record_store.cases.load_case(person.id)
    assert [c.type for c in case.conditions] == [
        ConditionType.OFFENDING,
        ConditionType.VICTIM,
        ConditionType.PATHWAY,
        ConditionType.PATHWAY,
        ConditionType.GPS_TAG,
    ]
    counted = case.conditions[2]
    assert counted.counts_kind is AppointmentKind.TREATMENT and counted.progress == 0
    # two treatment sessions attended, one missed, one keywork session: the target counts two
    for days, outcome, kind in (
        (1, AppointmentOutcome.ATTENDED, AppointmentKind.TREATMENT),
        (2, AppointmentOutcome.DID_NOT_ATTEND, AppointmentKind.TREATMENT),
        (3, AppointmentOutcome.ATTENDED, AppointmentKind.TREATMENT),
        (4, AppointmentOutcome.ATTENDED, AppointmentKind.KEYWORK),
    ):
        appt = record_store.cases.schedule_appointment(
            Appointment(person.id, (NOW - timedelta(days=days)).replace(minute=0), kind)
        )
        record_store.cases.record_outcome(appt, outcome, "")
    reloaded = record_store.cases.load_case(person.id).conditions[2]
    assert reloaded.progress_label == "2 of 6 sessions"
    assert record_store.cases.load_cases(only=[person.id])[0].conditions[2].progress == 2
    whole = caseload_row(record_store.cases.load_case(person.id), "unassigned", NOW)
    assert record_store.cases.caseload(NOW, only=[person.id])[0].compliance == whole.compliance


def test_nine_high_needs_offer_them_all_but_tick_the_two_ranked_first(qtbot, ctx, person_factory) -> None:
    person = person_factory("Nina", "Needs", signed_days_ago=None)
    needs = [PathwayNeed(p, NeedLevel.HIGH) for p in list(Pathway)[:9]]
    dlg = _open(qtbot, SignContractDialog(ctx, person.id, suggested=suggested_conditions(needs, "")))
    ticked = [c for c, box in zip(dlg.template, dlg.checks, strict=True) if box.isChecked()]
    assert len(dlg.template) == 9 + 3 + 4 and len(ticked) == 5
    assert [c.pathway for c in ticked if c.pathway] == list(Pathway)[:2]


def test_the_store_refuses_six_conditions(record_store, person_factory) -> None:
    person = person_factory("Sixer", "Refused", signed_days_ago=None)
    six = [*default_conditions(""), catalogue_condition("", ConditionType.APOLOGY_LETTER)]
    with pytest.raises(DomainError, match="at most 5"):
        record_store.cases.sign_contract(person.id, NOW.date() - timedelta(days=1), six)


def test_the_record_offers_no_typed_progress_for_a_counted_condition(
    qtbot, ctx, record_store, person_factory
) -> None:
    from desktop.ui.record.view import PersonRecordView

    person = person_factory("Cory", "Counted", signed_days_ago=None)
    dlg = _open(qtbot, SignContractDialog(ctx, person.id, person.full_name))
    with qtbot.waitSignal(dlg.case_changed, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)  # the drug pathway counts treatment sessions by default
    view = PersonRecordView(ctx, person.id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    tab = view.contract_tab
    tab.table.setCurrentIndex(tab.proxy.index(2, 0))
    assert tab.selected_condition().counts_kind is AppointmentKind.TREATMENT
    assert not tab.progress_button.isEnabled() and "record the session" in tab.progress_button.toolTip()
    tab.table.setCurrentIndex(tab.proxy.index(3, 0))  # the second pathway is typed in by hand
    assert tab.progress_button.isEnabled()
