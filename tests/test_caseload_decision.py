"""The force's decision on the caseload: a closed case's contract column names it; an open one does not, and a
keyworker sees decisions only for their own people. Real store, the dashboard's loader and table model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import update
from store_fixtures import NOW, PASS, make_store, new_person

from desktop.app.root import build_services
from desktop.domain import ContractState, Role, default_conditions
from desktop.storage.records import ReferralRecord
from desktop.storage.store import CaseStore
from desktop.ui.caseload.loader import load_caseload
from desktop.ui.caseload.model import CaseloadTableModel, Column


def _decide(store: CaseStore, person_id: str, decision: str) -> None:
    """As the sync import records a decision that arrived in the force's bundle (sync_provider/apply.py)."""
    with store.write() as s:
        s.execute(
            update(ReferralRecord)
            .where(ReferralRecord.person_id == person_id)
            .values(decision=decision, decided_on=date(2026, 11, 20))
        )


def test_the_contract_column_names_the_forces_decision_for_closed_cases(qapp, tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    try:
        store.add_user("kim", "Kim Keyworker", Role.KEYWORKER, PASS)
        closed = store.cases.add_referral(*new_person("Cleo", "Closed", "DUR/1"))
        contract = store.cases.sign_contract(closed.id, date(2026, 8, 1), default_conditions(""))
        store.cases.close_contract(contract, ContractState.WITHDRAWN, date(2026, 11, 20), "the force decided")
        _decide(store, closed.id, "nfa")
        open_ = store.cases.add_referral(*new_person("Owen", "Open", "DUR/2"))
        store.cases.sign_contract(open_.id, date(2026, 11, 1), default_conditions(""))
        _decide(store, open_.id, "charge")  # a decision on an open contract: not shown as if it were closed
        model = CaseloadTableModel()
        snap = load_caseload(build_services(store), NOW)
        model.set_rows(snap.rows)
        model.set_decisions(snap.decisions)
        shown = {
            model.index(r, Column.NAME).data(): model.index(r, Column.STATE).data()
            for r in range(model.rowCount())
        }
        assert shown["Cleo Closed"] == "Withdrawn \u00b7 force: no further action"
        assert shown["Owen Open"] == "Active"
        assert store.cases.force_decisions() == {closed.id: "nfa", open_.id: "charge"}
        assert store.cases.force_decisions(only=[open_.id]) == {open_.id: "charge"}
    finally:
        store.close()
    kim = CaseStore.open(tmp_path / "store", "kim", PASS, clock=lambda: NOW)
    try:
        assert kim.cases.force_decisions() == {}  # nobody on Kim's caseload
    finally:
        kim.close()
