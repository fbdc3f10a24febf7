"""Sex, ethnicity and age band: the domain values, the store (and its migration), and the person forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from ui_record_fixtures import PASSPHRASE, add_person

from desktop.domain.demographics import EthnicGroup, Ethnicity, Sex, age_band
from desktop.storage import migrate
from desktop.storage.engine import encrypted_engine
from desktop.storage.vault import KeyVault
from desktop.ui.dialogs.referral import NewReferralDialog


@pytest.mark.parametrize(
    ("dob", "on", "band"),
    [
        (date(2008, 6, 1), date(2026, 5, 31), "Under 18"),  # 17 the day before the 18th birthday
        (date(2008, 6, 1), date(2026, 6, 1), "18-24"),
        (date(2001, 6, 2), date(2026, 6, 1), "18-24"),  # still 24 the day before the 25th birthday
        (date(2001, 6, 1), date(2026, 6, 1), "25-34"),
        (date(1991, 12, 31), date(2026, 12, 31), "35-44"),
        (date(1972, 1, 1), date(2026, 12, 31), "45-54"),
        (date(1962, 1, 1), date(2026, 12, 31), "55-64"),
        (date(1940, 1, 1), date(2026, 12, 31), "65+"),
    ],
)
def test_age_band_is_the_age_on_the_day(dob: date, on: date, band: str) -> None:
    assert age_band(dob, on) == band


def test_ethnicity_has_the_ons_2021_categories_and_groups() -> None:
    named = [e for e in Ethnicity if e not in (Ethnicity.PREFER_NOT_TO_SAY, Ethnicity.NOT_RECORDED)]
    assert len(named) == 19
    counts = {g: sum(1 for e in named if e.group is g) for g in EthnicGroup}
    assert counts == {
        EthnicGroup.ASIAN: 5,
        EthnicGroup.BLACK: 3,
        EthnicGroup.MIXED: 4,
        EthnicGroup.WHITE: 5,
        EthnicGroup.OTHER: 2,
        EthnicGroup.PREFER_NOT_TO_SAY: 0,
        EthnicGroup.NOT_RECORDED: 0,
    }
    assert Ethnicity.PREFER_NOT_TO_SAY.group is EthnicGroup.PREFER_NOT_TO_SAY
    assert Ethnicity.NOT_RECORDED.group is EthnicGroup.NOT_RECORDED
    assert Ethnicity.WHITE_ROMA.label == "White: Roma"


def test_the_store_keeps_sex_and_ethnicity_and_defaults_to_not_recorded(record_store) -> None:
    person = add_person(record_store, "Demo", "Graphic", signed_days_ago=None)
    case = record_store.cases.load_case(person.id)
    assert (case.person.sex, case.person.ethnicity) == (Sex.NOT_RECORDED, Ethnicity.NOT_RECORDED)
    saved = record_store.cases.update_person(
        replace(case.person, sex=Sex.FEMALE, ethnicity=Ethnicity.BLACK_CARIBBEAN)
    )
    again = record_store.cases.load_case(person.id).person
    assert (saved.sex, again.sex, again.ethnicity) == (Sex.FEMALE, Sex.FEMALE, Ethnicity.BLACK_CARIBBEAN)


def test_migration_marks_people_already_in_the_store_not_recorded(tmp_path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    _vault, key, _ = KeyVault.create(folder, "admin", PASSPHRASE)
    engine = encrypted_engine(folder / "cases.db", key)
    migrate.upgrade(engine, "0006_assessment_guard")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO people (id, created_at, updated_at, row_version, first_name, last_name, date_of_birth, "
            "force_reference, phone, email, address, preferred_language) VALUES ('p1', '2026-01-01', "
            "'2026-01-01', 1, 'A', 'B', '1990-01-01', 'R1', '', '', '', 'English')"
        )
    migrate.upgrade(engine, "0010_demographics")
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT sex, ethnicity FROM people WHERE id = 'p1'").one()
    assert tuple(row) == ("not_recorded", "not_recorded")
    engine.dispose()


def test_referral_form_records_sex_and_ethnicity_chosen_by_keyboard(qtbot, ctx, record_store) -> None:
    dlg = NewReferralDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.first_name, "Rhian")
    qtbot.keyClicks(dlg.last_name, "Demographic")
    dlg.date_of_birth.setDate(QDate(1996, 3, 14))
    qtbot.keyClicks(dlg.force_reference, "NWP/26/0099")
    qtbot.keyClicks(dlg.force, "North Wales Police")
    qtbot.keyClicks(dlg.officer, "PC 7 Jones")
    qtbot.keyClicks(dlg.offence, "Possession of cannabis")
    dlg.offence_date.setDate(QDate(2026, 11, 20))
    dlg.answer_all_eligible()
    dlg.sex.setFocus()
    qtbot.keyClick(dlg.sex, Qt.Key.Key_F)
    dlg.ethnicity.setFocus()
    qtbot.keyClick(dlg.ethnicity, Qt.Key.Key_W)  # the first "White" category, then one down
    qtbot.keyClick(dlg.ethnicity, Qt.Key.Key_Down)
    assert dlg.sex.currentData() == Sex.FEMALE.value
    assert dlg.ethnicity.currentData() == Ethnicity.WHITE_IRISH.value
    with qtbot.waitSignal(dlg.referral_created, timeout=5000) as created:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    person = record_store.cases.load_case(created.args[0]).person
    assert (person.sex, person.ethnicity) == (Sex.FEMALE, Ethnicity.WHITE_IRISH)


def test_details_tab_changes_sex_and_ethnicity_by_keyboard(qtbot, ctx, record_store) -> None:
    from desktop.ui.record.view import PersonRecordView

    person = add_person(record_store, "Ellis", "Recorded", signed_days_ago=None)
    view = PersonRecordView(ctx, person.id)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    details = view.details_tab
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(view.tabs.indexOf(details)).center())
    assert view.tabs.currentWidget() is details
    assert details.sex.currentData() == Sex.NOT_RECORDED.value and not details.save_person_button.isEnabled()
    details.sex.setFocus()
    qtbot.keyClick(details.sex, Qt.Key.Key_M)
    details.ethnicity.setFocus()
    qtbot.keyClick(details.ethnicity, Qt.Key.Key_P)  # "Prefer not to say"
    assert details.save_person_button.isEnabled() and view.has_unsaved_changes()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(details.save_person_button, Qt.MouseButton.LeftButton)
    saved = record_store.cases.load_case(person.id).person
    assert (saved.sex, saved.ethnicity) == (Sex.MALE, Ethnicity.PREFER_NOT_TO_SAY)
    assert details.sex.currentData() == Sex.MALE.value  # refilled from what was saved
