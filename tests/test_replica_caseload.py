"""A laptop carries its keyworker's clients only, after it is made too: a client reassigned away is taken off
at the laptop's next import (and comes back whole if reassigned back); rows a caseload device sends for a
client not on its caseload are refused. Two replicas recording the first victim contact for one condition
merge into one record, the differing fields kept as conflicts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from replica_support import KEY_BITS, audit_actions, audit_details, decrypted_db, origin, people, set_phone
from sqlalchemy import text
from store_fixtures import PASS, new_person

from desktop.domain import Condition, ConditionType
from desktop.domain.victims import ContactHow, VictimContact, VictimWishes
from desktop.services import replica
from desktop.storage.store import CaseStore


def _case(store: CaseStore, full_name: str):  # type: ignore[no-untyped-def]
    return next(
        c for c in store.cases.load_cases() if f"{c.person.first_name} {c.person.last_name}" == full_name
    )


def _reassign(store: CaseStore, full_name: str, keyworker_id: str) -> None:
    store.cases.update_person(replace(_case(store, full_name).person, keyworker_id=keyworker_id))


def _victim(cond: str, person_id: str, outcome: str) -> VictimContact:
    day = date(2026, 11, 3)
    return VictimContact(
        cond, person_id, VictimWishes.WANTS_CONTACT, day, day, ContactHow.LETTER, outcome, day
    )


def _fresh(folder: Path) -> Path:
    for p in folder.glob("*.cprbundle"):
        p.unlink()
    return folder


@pytest.fixture
def laptop_world(tmp_path: Path):
    main, ids = origin(tmp_path / "main")
    made = replica.create_replica(
        main, tmp_path / "laptop", "Kim laptop", PASS, caseload="kim", key_bits=KEY_BITS
    )
    yield main, ids, made.folder, tmp_path / "share"
    main.close()


def test_a_client_reassigned_away_leaves_the_laptop_at_its_next_import(laptop_world) -> None:
    main, ids, folder, share = laptop_world
    set_phone(main, "Alma Kimclient", "07700 900321")
    replica.export_bundles(main, share)
    laptop = CaseStore.open(folder, "kim", PASS)
    try:
        replica.import_bundles(laptop, share)
        assert people(laptop)["Alma Kimclient"] == "07700 900321"
        _reassign(main, "Alma Kimclient", ids["lee"])
        replica.export_bundles(main, _fresh(share))
        report = replica.import_bundles(laptop, share)
        assert len(report.applied) == 1 and len(report.excluded) == 1
        assert sorted(people(laptop)) == ["Boris Kimclient"]
        assert "replica.exclude" in audit_actions(laptop)
    finally:
        laptop.close()
    data = decrypted_db(folder, "kim")
    assert b"Boris" in data  # the grep can find a name that is there
    for gone in (b"Alma", b"07700 900321", b"NS/26/000001", b"Leeclient"):
        assert gone not in data, gone
    # reassigned back: the client arrives whole again
    _reassign(main, "Alma Kimclient", ids["kim"])
    replica.export_bundles(main, _fresh(share))
    laptop = CaseStore.open(folder, "kim", PASS)
    try:
        replica.import_bundles(laptop, share)
        assert people(laptop) == {"Alma Kimclient": "07700 900321", "Boris Kimclient": ""}
    finally:
        laptop.close()


def test_a_laptops_own_unsent_edit_is_not_lost_when_the_client_is_reassigned(laptop_world) -> None:
    main, ids, folder, share = laptop_world
    laptop = CaseStore.open(folder, "kim", PASS)
    try:
        set_phone(laptop, "Alma Kimclient", "07700 900999")  # made on the laptop, not yet sent
        _reassign(main, "Alma Kimclient", ids["lee"])
        replica.export_bundles(main, share)
        first = replica.import_bundles(laptop, share)
        assert first.excluded == [] and "Alma Kimclient" in people(laptop)  # kept until the edit is sent
        replica.export_bundles(laptop, _fresh(share))
        replica.import_bundles(main, share)
        assert people(main)["Alma Kimclient"] == "07700 900999"
        replica.export_bundles(main, _fresh(share))
        second = replica.import_bundles(laptop, share)
        assert len(second.excluded) == 1 and "Alma Kimclient" not in people(laptop)
    finally:
        laptop.close()


def test_rows_for_a_client_outside_the_laptops_caseload_are_refused(laptop_world) -> None:
    main, ids, folder, share = laptop_world
    with main.session() as s:
        cyrus = dict(s.execute(text("SELECT * FROM people WHERE first_name = 'Cyrus'")).one()._mapping)
    laptop = CaseStore.open(folder, "kim", PASS)
    try:
        set_phone(laptop, "Alma Kimclient", "07700 900111")  # its own client: taken
        with laptop.write() as s:  # a laptop that writes another keyworker's client (tampered with)
            cyrus["phone"] = "07700 900666"
            names = ", ".join(cyrus)
            s.execute(
                text(f"INSERT INTO people ({names}) VALUES ({', '.join(':' + n for n in cyrus)})"), cyrus
            )
        person, referral, consent = new_person("Ezra", "Leenew", "NS/26/000777", ids["lee"])
        laptop.cases.add_referral(person, referral, consent)
        replica.export_bundles(laptop, share)
    finally:
        laptop.close()
    report = replica.import_bundles(main, share)
    assert len(report.applied) == 1 and report.stats.skipped == []
    assert len(report.stats.refused) >= 3  # Cyrus's row, Ezra's row, Ezra's referral and consent
    held = people(main)
    assert held["Alma Kimclient"] == "07700 900111"
    assert held["Cyrus Leeclient"] == "" and "Ezra Leenew" not in held
    (detail,) = audit_details(main, "replica.refuse_rows")
    assert json.loads(detail)["rows"] == len(report.stats.refused)


def test_two_replicas_recording_the_first_victim_contact_merge_into_one(tmp_path: Path) -> None:
    main, _ids = origin(tmp_path / "main")
    alma = _case(main, "Alma Kimclient").person.id
    conds = [
        Condition("", ConditionType.OFFENDING, "Do not reoffend"),
        Condition("", ConditionType.APOLOGY_LETTER, "Write an apology letter"),
    ]
    main.cases.sign_contract(alma, date(2026, 11, 1), conds)
    cond = conds[1].id
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    share = tmp_path / "share"
    try:
        main.cases.save_victim_contact(_victim(cond, alma, "Letter sent"))
        desk.cases.save_victim_contact(_victim(cond, alma, "Phoned"))
        replica.export_bundles(main, share)
        replica.export_bundles(desk, share)
        for store in (main, desk):
            report = replica.import_bundles(store, share)
            assert len(report.applied) == 1 and report.stats.skipped == []
        ids, outcomes = set(), set()
        for store in (main, desk):
            (v,) = store.cases.victim_contacts(alma).values()
            ids.add(v.id)
            outcomes.add(v.outcome)
            (c,) = replica.conflicts(store)
            assert c.table == "victim_contacts" and c.field == "outcome"
            assert sorted(c.values) == ["Letter sent", "Phoned"]
        assert len(ids) == 1 and len(outcomes) == 1  # one record, the same on both
        replica.resolve(desk, replica.conflicts(desk)[0].id, "Letter sent, then phoned")
        replica.export_bundles(desk, _fresh(share))
        replica.import_bundles(main, share)
        assert replica.conflicts(main) == []
        assert main.cases.victim_contacts(alma)[cond].outcome == "Letter sent, then phoned"
    finally:
        desk.close()
        main.close()
