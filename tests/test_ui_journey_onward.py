"""Journeys through real widgets: refer a person to another agency and record the answer and first attendance,
then record the victim's wishes and contact for the restorative condition; the return built from the store
carries both, as of the period's end, and no victim details (read from the PDF with pypdf)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from returns_helpers import pdf_text

from desktop.domain import ConditionType, Pathway
from desktop.domain.onward import Accepted
from desktop.domain.victims import ContactHow, VictimWishes
from desktop.services.returns import ReturnKind, render_return
from desktop.services.returns_workflow import ReturnWorkflow
from desktop.ui.dialogs.onward import OnwardReferralDialog
from desktop.ui.dialogs.victim import VictimContactDialog
from desktop.ui.record.view import PersonRecordView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_record(qtbot, ctx):
    def make(person_id: str) -> PersonRecordView:
        view = PersonRecordView(ctx, person_id)
        qtbot.addWidget(view)
        view.resize(1200, 760)
        with qtbot.waitSignal(view.loaded, timeout=5000):
            view.show()
        return view

    return make


def _dialog(kind: type) -> QDialog:
    found = QApplication.activeModalWidget()
    assert isinstance(found, kind), f"expected a {kind.__name__} on screen, found {found!r}"
    return found


def _tab(qtbot, view: PersonRecordView, widget) -> None:
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(view.tabs.indexOf(widget)).center())
    assert view.tabs.currentWidget() is widget


def _type(qtbot, widget, text: str) -> None:
    qtbot.mouseClick(widget, LEFT)
    qtbot.keyClicks(widget, text)


def _save(qtbot, view: PersonRecordView, dlg: QDialog) -> None:
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_refer_then_record_the_answer_and_first_attendance(
    qtbot, open_record, record_store, person_factory, tmp_path
):
    person = person_factory("Omari", "Onward", signed_days_ago=30)
    view = open_record(person.id)
    details = view.details_tab
    _tab(qtbot, view, details)
    box = details.onward
    assert box.model.rowCount() == 0 and not box.update_button.isEnabled()
    qtbot.mouseClick(box.refer_button, LEFT)
    dlg = _dialog(OnwardReferralDialog)
    qtbot.keyClicks(dlg.pathway, "Housing")
    assert dlg.pathway.currentData() == Pathway.HOUSING.value
    _type(qtbot, dlg.agency, "Shelter North")
    _type(qtbot, dlg.referred_on, "02/11/2026")
    _save(qtbot, view, dlg)
    assert box.model.rowCount() == 1
    assert box.model.index(0, 1).data() == "Shelter North" and box.model.index(0, 4).data() == "Not yet"
    [stored] = record_store.cases.onward_referrals(person.id)
    assert stored.accepted is Accepted.NOT_KNOWN

    table = box.table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(box.model.index(0, 1)).center())
    assert box.update_button.isEnabled()
    qtbot.mouseClick(box.update_button, LEFT)
    dlg = _dialog(OnwardReferralDialog)
    qtbot.keyClicks(dlg.accepted_choice, "Accepted")
    _type(qtbot, dlg.accepted_on, "09/11/2026")
    _type(qtbot, dlg.first_attended_on, "01/11/2026")  # before the referral: refused, nothing saved
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.isVisible() and "First attended is before the referral was made" in dlg.message.text()
    assert record_store.cases.onward_referrals(person.id)[0].first_attended_on is None
    qtbot.mouseClick(dlg.first_attended_on, LEFT)
    qtbot.keyClick(dlg.first_attended_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.first_attended_on, "16/11/2026")
    _save(qtbot, view, dlg)
    [stored] = record_store.cases.onward_referrals(person.id)
    assert (stored.accepted, stored.accepted_on, stored.first_attended_on) == (
        Accepted.YES,
        date(2026, 11, 9),
        date(2026, 11, 16),
    )
    assert box.model.index(0, 3).data() == "Accepted, 9 Nov 2026"
    assert {"onward.create", "onward.update"} <= {e.action for e in record_store.cases.timeline(person.id)}
    view.grab().save(str(tmp_path / "details_onward.png"))

    # the victim side, from the Contract tab
    _tab(qtbot, view, view.contract_tab)
    tab = view.contract_tab
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.condition_at(r).type is ConditionType.VICTIM
    )
    index = tab.proxy.mapFromSource(tab.model.index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=tab.table.visualRect(index).center())
    assert tab.victim_button.isEnabled()
    assert tab.victim_label.text() == "Victim: wishes not recorded yet"
    qtbot.mouseClick(tab.victim_button, LEFT)
    dlg = _dialog(VictimContactDialog)
    qtbot.keyClicks(dlg.wishes, "Wants")
    _type(qtbot, dlg.wishes_on, "03/11/2026")
    _type(qtbot, dlg.contact_on, "12/11/2026")
    qtbot.keyClicks(dlg.contact_how, "Letter")
    _type(qtbot, dlg.outcome, "The victim read the letter and accepted the apology")
    _type(qtbot, dlg.outcome_on, "20/11/2026")
    _type(qtbot, dlg.victim_name, "Morgan Ashdown-Vale")
    _type(qtbot, dlg.victim_contact, "07700 900456")
    _save(qtbot, view, dlg)
    victim = next(iter(record_store.cases.victim_contacts(person.id).values()))
    assert (victim.wishes, victim.contact_how, victim.outcome_on) == (
        VictimWishes.WANTS_CONTACT,
        ContactHow.LETTER,
        date(2026, 11, 20),
    )
    assert tab.victim_label.text() == (
        "Victim: Wants contact; contact made 12 Nov 2026 (letter); outcome recorded"
    )
    assert "Morgan" not in tab.victim_label.text()
    view.grab().save(str(tmp_path / "contract_victim.png"))

    # the return: November as of its end, and a return for a period ending before the answers
    wf = ReturnWorkflow(record_store)
    case = record_store.cases.load_case(person.id)
    now = record_store.clock()
    november = pdf_text(
        render_return(
            wf.build(case, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 25), now)
        ).pdf
    )
    assert "Referrals to other agencies" in november and "Shelter North" in november
    assert "Accepted, on 9 Nov 2026" in november and "16 Nov 2026" in november
    assert "Victim contact: made on 12 Nov 2026 (letter); outcome recorded." in november
    for secret in ("Morgan", "07700", "accepted the apology"):
        assert secret not in november
    early = pdf_text(
        render_return(
            wf.build(case, ReturnKind.MONTHLY_PROGRESS, date(2026, 11, 1), date(2026, 11, 5), now)
        ).pdf
    )
    assert "Shelter North" in early and "Not known yet" in early and "9 Nov 2026" not in early
    assert "Victim's wishes: contact wanted. Victim contact: not yet made." in early
