"""Gender identity, disability, GP and emergency contact: entered on the referral form and the Details tab
through real widgets, "Prefer not to say" kept apart from "Not recorded", an emergency contact refused
without a phone, and all of it in the person's subject access export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_ui_dialogs_referral import _fill

from desktop.domain.demographics import Disability, GenderIdentity
from desktop.storage import privacy
from desktop.ui.dialogs.referral import NewReferralDialog
from desktop.ui.record.view import PersonRecordView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = NewReferralDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.resize(900, 900)
    dlg.show()
    return dlg


def test_referral_form_records_the_new_demographics(qtbot, dialog, record_store, tmp_path) -> None:
    _fill(qtbot, dialog, "Gale", "Demo", "DUR/26/0977")
    dialog.answer_all_eligible()
    qtbot.keyClicks(dialog.gender_identity, "Prefer")
    qtbot.keyClicks(dialog.disability, "No")
    qtbot.mouseClick(dialog.gp_practice, LEFT)
    qtbot.keyClicks(dialog.gp_practice, "Riverside Surgery")
    qtbot.mouseClick(dialog.emergency_name, LEFT)
    qtbot.keyClicks(dialog.emergency_name, "Ann Demo")
    qtbot.mouseClick(dialog.save_button, LEFT)  # a contact without a phone cannot be used: refused
    assert dialog.isVisible() and dialog.problems["emergency_phone"].isVisible()
    assert "is needed when an emergency contact is named" in dialog.problems["emergency_phone"].text()
    qtbot.mouseClick(dialog.emergency_phone, LEFT)
    qtbot.keyClicks(dialog.emergency_phone, "07700 900111")
    qtbot.mouseClick(dialog.emergency_relationship, LEFT)
    qtbot.keyClicks(dialog.emergency_relationship, "Mother")
    dialog.grab().save(str(tmp_path / "referral_demographics.png"))
    with qtbot.waitSignal(dialog.referral_created, timeout=5000) as created:
        qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    person = record_store.cases.load_case(created.args[0]).person
    assert person.gender_identity is GenderIdentity.PREFER_NOT_TO_SAY  # declined, not "not recorded"
    assert person.disability is Disability.NO
    assert (
        person.gp_practice,
        person.emergency_name,
        person.emergency_phone,
        person.emergency_relationship,
    ) == (
        "Riverside Surgery",
        "Ann Demo",
        "07700 900111",
        "Mother",
    )
    sar = privacy.subject_rows(
        record_store, privacy.PersonRef(person.id, person.force_reference, person.full_name)
    )
    [row] = sar["person"]
    assert row["gp_practice"] == "Riverside Surgery" and row["emergency_phone"] == "07700 900111"


def test_details_tab_changes_disability_and_the_emergency_contact(
    qtbot, ctx, record_store, person_factory, tmp_path
) -> None:
    person = person_factory("Dara", "Details")
    assert (
        person.gender_identity is GenderIdentity.NOT_RECORDED and person.disability is Disability.NOT_RECORDED
    )
    view = PersonRecordView(ctx, person.id)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(view.tabs.indexOf(view.details_tab)).center())
    details = view.details_tab
    assert details.disability.currentText() == "Not recorded"
    qtbot.keyClicks(details.disability, "Yes")
    qtbot.mouseClick(details.emergency_phone, LEFT)
    qtbot.keyClicks(details.emergency_phone, "07700 900222")
    qtbot.mouseClick(details.save_person_button, LEFT)  # a phone with no name: refused, nothing saved
    assert "needs a name" in details.person_problem.text()
    assert record_store.cases.load_case(person.id).person.emergency_phone == ""
    qtbot.mouseClick(details.emergency_name, LEFT)
    qtbot.keyClicks(details.emergency_name, "Lee Details")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_person_button, LEFT)
    saved = record_store.cases.load_case(person.id).person
    assert saved.disability is Disability.YES and saved.emergency_name == "Lee Details"
    assert saved.gender_identity is GenderIdentity.NOT_RECORDED
    update = next(e for e in record_store.cases.timeline(person.id) if e.action == "person.update")
    assert "disability" in update.detail and "Lee" not in update.detail
    view.grab().save(str(tmp_path / "details_demographics.png"))
