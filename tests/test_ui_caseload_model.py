"""The caseload table model, filter proxy and counters, tested without any widget."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import make_row

from desktop.domain import ComplianceLevel, ContractState
from desktop.ui.caseload.counters import count_caseload, returns_due
from desktop.ui.caseload.model import PERSON_ID_ROLE, CaseloadTableModel, Column
from desktop.ui.caseload.proxy import CaseloadFilterProxy, ComplianceFilter, StateFilter

D = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def rows():
    return [
        make_row(
            "Zoe Young",
            day=9,
            level=ComplianceLevel.ON_TRACK,
            met=1,
            next_at=datetime(2026, 11, 27, 14, 0),
            last_at=datetime(2026, 11, 20, 10, 0),
        ),
        make_row(
            "Adam Bell",
            day=100,
            level=ComplianceLevel.AT_RISK,
            met=2,
            reasons=("2 missed appointments in a row (12 Nov 2026, 19 Nov 2026)",),
        ),
        make_row(
            "Mia Carr",
            day=10,
            level=ComplianceLevel.NOT_COMPLYING,
            met=0,
            keyworker="Sam Okafor",
            reasons=("3 missed appointments in a row", "'Community work' not met"),
        ),
        make_row("Lee Offered", state=ContractState.OFFERED, day=0, length=0, total=0),
        make_row("Kim Done", state=ContractState.COMPLETED, day=122, met=5),
    ]


@pytest.fixture
def model(qapp, rows):
    m = CaseloadTableModel(dark=False)
    m.set_rows(rows)
    return m


def column(proxy_or_model, col: Column, role=D) -> list:
    return [proxy_or_model.index(r, col).data(role) for r in range(proxy_or_model.rowCount())]


def test_rows_and_columns_show_what_a_keyworker_reads(model):
    assert model.rowCount() == 5 and model.columnCount() == len(Column)
    assert model.headerData(Column.CONDITIONS, Qt.Orientation.Horizontal, D) == "Conditions met"
    assert column(model, Column.DAY)[:2] == ["9 of 122", "100 of 122"]
    assert column(model, Column.DAY)[3] == "not signed"
    assert column(model, Column.CONDITIONS)[:3] == ["1 of 5", "2 of 5", "0 of 5"]
    assert column(model, Column.CONDITIONS)[3] == "\u2014"
    assert column(model, Column.NEXT_APPOINTMENT)[0] == "Fri 27 Nov 14:00"
    assert column(model, Column.LAST_ATTENDANCE)[:2] == ["20 Nov 2026", "\u2014"]
    assert column(model, Column.STATE)[3:] == ["Offered", "Completed"]


def test_compliance_is_shown_in_words_and_colour_with_reasons_in_the_tooltip(model):
    texts = column(model, Column.COMPLIANCE)
    assert "On track" in texts[0] and "At risk" in texts[1] and "Not complying" in texts[2]
    fg = column(model, Column.COMPLIANCE, Qt.ItemDataRole.ForegroundRole)
    bg = column(model, Column.COMPLIANCE, Qt.ItemDataRole.BackgroundRole)
    assert len({c.name() for c in fg[:3]}) == 3 and len({c.name() for c in bg[:3]}) == 3
    tip = model.index(2, Column.COMPLIANCE).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 missed appointments in a row" in tip and "not met" in tip
    assert "At risk" in model.index(1, Column.COMPLIANCE).data(Qt.ItemDataRole.AccessibleTextRole)


def test_dark_mode_changes_the_colours_but_not_the_words(model):
    light = model.index(1, Column.COMPLIANCE).data(Qt.ItemDataRole.BackgroundRole).name()
    model.set_dark(True)
    dark_bg = model.index(1, Column.COMPLIANCE).data(Qt.ItemDataRole.BackgroundRole)
    dark_fg = model.index(1, Column.COMPLIANCE).data(Qt.ItemDataRole.ForegroundRole)
    assert dark_bg.name() != light
    assert dark_fg.lightness() > dark_bg.lightness()  # pale text on a deep tint
    assert "At risk" in model.index(1, Column.COMPLIANCE).data(D)


def sorted_names(model, col: Column, order=Qt.SortOrder.AscendingOrder) -> list[str]:
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(col, order)
    return column(proxy, Column.NAME)


def test_sorting_by_contract_day_uses_numbers_not_strings(model):
    # As strings "100 of 122" < "122 of 122" < "9 of 122"; as days 9 < 10 < 100 < 122.
    assert sorted_names(model, Column.DAY) == [
        "Lee Offered",
        "Zoe Young",
        "Mia Carr",
        "Adam Bell",
        "Kim Done",
    ]


def test_sorting_by_compliance_puts_the_most_serious_first(model):
    names = sorted_names(model, Column.COMPLIANCE, Qt.SortOrder.DescendingOrder)
    assert names[:2] == ["Mia Carr", "Adam Bell"]


def test_sorting_by_next_appointment_puts_people_with_none_last(model):
    assert sorted_names(model, Column.NEXT_APPOINTMENT)[0] == "Zoe Young"


def test_filters_by_state_compliance_search_and_mine(model):
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_state_filter(StateFilter.ACTIVE)
    assert proxy.rowCount() == 3
    proxy.set_compliance_filter(ComplianceFilter.AT_RISK_OR_WORSE)
    assert sorted(column(proxy, Column.NAME)) == ["Adam Bell", "Mia Carr"]
    proxy.set_search_ids(["mia-carr", "zoe-young"])
    assert column(proxy, Column.NAME) == ["Mia Carr"]
    proxy.set_search_ids(None)
    proxy.set_compliance_filter(ComplianceFilter.ALL)
    proxy.set_state_filter(StateFilter.CURRENT)
    assert "Kim Done" not in column(proxy, Column.NAME) and proxy.rowCount() == 4
    proxy.set_state_filter(StateFilter.ALL)
    proxy.set_mine_ids(["zoe-young", "kim-done"])
    assert proxy.person_ids() == ["zoe-young", "kim-done"]
    proxy.set_search_ids([])
    assert proxy.rowCount() == 0


def test_update_rows_replaces_adds_and_removes_in_place(model):
    changed = make_row("Zoe Young", day=9, level=ComplianceLevel.AT_RISK, reasons=("behind",))
    new = make_row("New Person")
    model.update_rows([changed, new], gone=["kim-done"])
    assert model.rowCount() == 5
    assert "At risk" in model.index(model.row_of("zoe-young"), Column.COMPLIANCE).data(D)
    assert model.row_of("kim-done") is None
    assert model.index(model.row_of("new-person"), 0).data(PERSON_ID_ROLE) == "new-person"


def test_counters_count_active_at_risk_ending_and_returns_due(rows):
    today = date(2026, 11, 26)
    ending = make_row("Ending Soon", day=115, length=123)
    counts = count_caseload([*rows, ending], today)
    assert counts.active == 4  # Zoe, Adam, Mia, Ending Soon
    assert counts.at_risk == 2
    assert counts.ending_soon == 1
    # Signed before 1 November: Adam (day 100) and Ending Soon (day 115); Zoe (9) and Mia (10) signed this month.
    assert counts.returns_due == 2
    assert not returns_due(rows[3], today)


def test_the_chosen_sort_survives_a_reload_and_a_changed_row(model, rows):
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.set_rows(list(reversed(rows)))
    assert column(proxy, Column.NAME) == sorted(column(proxy, Column.NAME))
    model.update_rows([make_row("Aaron First", person_id="zoe-young")])  # Zoe's row now reads "Aaron First"
    assert column(proxy, Column.NAME)[0] == "Aaron First"


def test_a_contract_not_yet_signed_is_not_called_on_track():
    m = CaseloadTableModel()
    m.set_rows([make_row("Vicky Watson", state=ContractState.OFFERED, day=0)])
    cell = m.index(0, Column.COMPLIANCE)
    assert cell.data() == "\u2014 starts when signed"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "once the contract is signed" in cell.data(Qt.ItemDataRole.ToolTipRole)
