"""Varying a contract through the real dialog: keyboard and mouse only, a reason always asked for."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.variations import VariationKind
from desktop.ui.dialogs.variation import VaryContractDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def signed(record_store, person_factory):
    def make(name: str):
        person = person_factory("Vera", name)
        return person, record_store.cases.load_case(person.id)

    return make


def _open(qtbot, ctx, case) -> VaryContractDialog:
    dlg = VaryContractDialog(ctx, case.contract, case.conditions, case.person.full_name)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lower_a_target_with_a_reason(qtbot, ctx, record_store, signed) -> None:
    person, case = signed("Target")
    dlg = _open(qtbot, ctx, case)
    dlg.kind.setFocus()
    qtbot.keyClicks(dlg.kind, "Vary")
    assert dlg.condition.isVisible() and not dlg.new_end.isVisible()
    dlg.condition.setFocus()
    qtbot.keyClicks(dlg.condition, "Attend drug")
    dlg.target.setFocus()
    dlg.target.selectAll()
    qtbot.keyClicks(dlg.target, "4")
    qtbot.mouseClick(dlg.save_button, LEFT)  # no reason yet: refused beside the field
    assert dlg.reason_problem.isVisible() and dlg.isVisible()
    qtbot.keyClicks(dlg.reason, "Clinic closed for two weeks")
    with qtbot.waitSignal(dlg.case_changed, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    after = record_store.cases.load_case(person.id)
    drugs = next(c for c in after.conditions if c.title == "Attend drug treatment sessions")
    assert drugs.target == 4
    [v] = record_store.cases.variations(after.contract.id)
    assert v.kind is VariationKind.VARY and v.reason == "Clinic closed for two weeks"


def test_an_extension_past_the_scheme_maximum_is_refused_then_a_shorter_one_saved(
    qtbot, ctx, record_store, signed
) -> None:
    person, case = signed("Extended")
    dlg = _open(qtbot, ctx, case)
    dlg.kind.setFocus()
    qtbot.keyClicks(dlg.kind, "Extend")
    assert dlg.new_end.isVisible() and not dlg.condition.isVisible()
    qtbot.keyClicks(dlg.reason, "In hospital for three weeks")
    dlg.new_end.setDate(QDate(case.contract.signed_on + timedelta(days=200)))
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert "at most 183 days" in dlg.message.text() and dlg.isVisible()
    new_end = case.contract.end_date + timedelta(days=21)
    dlg.new_end.setDate(QDate(new_end))
    with qtbot.waitSignal(dlg.case_changed, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    assert record_store.cases.load_case(person.id).contract.end_date == new_end
    assert any(e.action == "contract.variation" for e in record_store.cases.timeline(person.id))


def test_from_the_record_pause_the_contract_and_the_record_shows_it(
    qtbot, ctx, record_store, person_factory
) -> None:
    from desktop.ui.record.view import PersonRecordView

    person = person_factory("Vera", "Paused")
    view = PersonRecordView(ctx, person.id)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    view.tabs.setCurrentWidget(view.contract_tab)
    tab = view.contract_tab
    assert tab.vary_button.isEnabled()
    qtbot.mouseClick(tab.vary_button, LEFT)
    dlg = tab.findChildren(VaryContractDialog)[-1]
    assert dlg.isVisible() and dlg.isModal()
    dlg.kind.setFocus()
    qtbot.keyClicks(dlg.kind, "Pause")
    qtbot.keyClicks(dlg.reason, "Admitted to hospital")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert record_store.cases.load_case(person.id).contract.paused
    assert tab.state_label.text() == "Contract: Active (paused since 26 Nov 2026)"
    # paused: the next variation offered is to resume, not to pause again
    qtbot.mouseClick(tab.vary_button, LEFT)
    again = tab.findChildren(VaryContractDialog)[-1]
    kinds = [again.kind.itemData(i) for i in range(again.kind.count())]
    assert "resume" in kinds and "pause" not in kinds
    again.close()
