"""Onward referrals and victim contacts in a real encrypted store: saved, read back, audited without content,
kept to the caseload, erased with the person, and in a subject access export (victim's details withheld)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_fixtures import make_store, new_person, raw_connection

from desktop.domain import ConditionType, Pathway, ValidationError
from desktop.domain.onward import Accepted, OnwardReferral
from desktop.domain.victims import ContactHow, VictimContact, VictimWishes
from desktop.storage import privacy
from desktop.storage.errors import ConcurrentEdit, NotFound


def _victim_condition(store, person_id: str) -> str:  # type: ignore[no-untyped-def]
    from desktop.domain import Condition

    conds = [
        Condition("", ConditionType.OFFENDING, "Do not reoffend"),
        Condition("", ConditionType.APOLOGY_LETTER, "Write an apology letter"),
    ]
    store.cases.sign_contract(person_id, date(2026, 11, 1), conds)
    return conds[1].id


def test_referral_and_victim_round_trip_audit_and_erasure(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    try:
        person = store.cases.add_referral(*new_person())
        ref = store.cases.save_onward_referral(
            OnwardReferral(person.id, Pathway.HOUSING, "Shelter North", date(2026, 11, 2), note="ring Tue")
        )
        later = store.cases.save_onward_referral(
            replace(
                ref,
                accepted=Accepted.YES,
                accepted_on=date(2026, 11, 9),
                first_attended_on=date(2026, 11, 16),
            )
        )
        assert later.row_version == 2
        with pytest.raises(ConcurrentEdit):
            store.cases.save_onward_referral(replace(ref, agency="Other"))  # stale version
        with pytest.raises(ValidationError):
            store.cases.save_onward_referral(replace(later, first_attended_on=date(2026, 11, 1)))
        [back] = store.cases.onward_referrals(person.id)
        assert (back.agency, back.accepted, back.first_attended_on) == (
            "Shelter North",
            Accepted.YES,
            date(2026, 11, 16),
        )
        cond_id = _victim_condition(store, person.id)
        store.cases.save_victim_contact(
            VictimContact(
                cond_id,
                person.id,
                VictimWishes.WANTS_CONTACT,
                date(2026, 11, 3),
                date(2026, 11, 12),
                ContactHow.LETTER,
                "Victim accepted the apology",
                date(2026, 11, 20),
                "Robin Quill",
                "07700 900123",
            )
        )
        assert store.cases.victim_contacts(person.id)[cond_id].victim_name == "Robin Quill"
        many, victims = store.cases.onward_and_victims_for([person.id, "nobody"])
        assert many == {person.id: store.cases.onward_referrals(person.id)}
        assert victims == {person.id: store.cases.victim_contacts(person.id)}
        details = " ".join(e.detail for e in store.cases.timeline(person.id))
        actions = {e.action for e in store.cases.timeline(person.id)}
        assert {"onward.create", "onward.update", "victim.create"} <= actions
        for secret in ("Robin", "07700", "apology", "ring Tue", "Shelter"):
            assert secret not in details
        sar = privacy.subject_rows(
            store, privacy.PersonRef(person.id, person.force_reference, person.full_name)
        )
        assert sar["onward_referrals"][0]["agency"] == "Shelter North"
        [victim] = sar["victim_contacts"]
        assert victim["victim_name"] == "withheld (third party)" and "07700" not in str(victim)
        privacy.erase_person(
            store, privacy.PersonRef(person.id, person.force_reference, person.full_name), "erase", {}
        )
    finally:
        store.close()
    conn = raw_connection(tmp_path / "store")
    try:
        for table in ("onward_referrals", "victim_contacts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        conn.close()


def test_victim_contact_only_for_a_victim_condition_and_only_on_the_caseload(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    try:
        person = store.cases.add_referral(*new_person())
        _victim_condition(store, person.id)
        case = store.cases.load_case(person.id)
        offending = next(c for c in case.conditions if c.type is ConditionType.OFFENDING)
        with pytest.raises(ValueError, match="victim-related"):
            store.cases.save_victim_contact(VictimContact(offending.id, person.id))
        with pytest.raises(NotFound, match="no such condition"):
            store.cases.save_victim_contact(VictimContact("nope", person.id))
    finally:
        store.close()
