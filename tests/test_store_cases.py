"""Case repository behaviour, the audit chain and migrations, on real encrypted stores."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from store_fixtures import NOW, PASS, make_store, new_person, raw_connection

from desktop.domain import (
    Appointment,
    AppointmentOutcome,
    ComplianceLevel,
    ConditionStatus,
    ContractState,
    Evidence,
    Role,
    default_conditions,
)
from desktop.storage import migrate
from desktop.storage.engine import encrypted_engine
from desktop.storage.errors import ConcurrentEdit, PermissionDenied, StoreTooNew
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "s")
    yield s
    s.close()


def test_keyworker_sees_only_their_own_people(tmp_path):
    folder = tmp_path / "s"
    with make_store(folder) as admin:
        kim = admin.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
        lee = admin.add_user("lee", "Lee", Role.KEYWORKER, "lee passphrase")
        mine = admin.cases.add_referral(*new_person("Robin", "Mine", "NS/1", kim.id))
        theirs = admin.cases.add_referral(*new_person("Robin", "Theirs", "NS/2", lee.id))
    with CaseStore.open(folder, "kim", "kim passphrase") as store:
        assert [r.name for r in store.cases.caseload()] == ["Robin Mine"]
        assert store.cases.search("robin") == [mine.id]
        with pytest.raises(PermissionDenied, match="another keyworker"):
            store.cases.load_case(theirs.id)
        with pytest.raises(PermissionDenied):
            store.cases.timeline(theirs.id)
        assert store.cases.load_case(mine.id).person.full_name == "Robin Mine"


def test_search_is_prefix_and_ignores_fts_syntax(store):
    p = store.cases.add_referral(*new_person("Zoë", "Åberg-Smith", "NS/26/4411"))
    store.cases.add_referral(*new_person("Jamie", "Other", "NS/26/9999"))
    assert store.cases.search("zoe ab") == [p.id]
    assert store.cases.search("NS/26/44") == [p.id]
    assert store.cases.search("smi") == [p.id]
    assert store.cases.search('"unbalanced AND (') == []
    assert store.cases.search("   ") == []


def test_missed_sessions_turn_the_case_at_risk_and_everything_is_audited(store):
    person = store.cases.add_referral(*new_person())
    store.cases.sign_contract(person.id, NOW.date() - timedelta(days=20), default_conditions(""))
    for days in (10, 3):
        appt = store.cases.schedule_appointment(Appointment(person.id, NOW - timedelta(days=days)))
        store.cases.record_outcome(appt, AppointmentOutcome.DID_NOT_ATTEND, "no answer at the door")
    case = store.cases.open_case(person.id)
    assessment = case.compliance(NOW)
    assert assessment.level is ComplianceLevel.AT_RISK
    assert assessment.reasons[0].text.startswith("2 missed appointments in a row")
    actions = [e.action for e in store.cases.timeline(person.id)]
    assert actions[:3] == ["person.open", "appointment.outcome", "appointment.schedule"]
    assert "contract.sign" in actions and "referral.create" in actions
    assert store.audit_check().ok


def test_opening_a_record_is_audited_once_and_reloading_it_is_not(store):
    person = store.cases.add_referral(*new_person())
    opened = store.cases.open_case(person.id)
    for _ in range(3):
        assert store.cases.load_case(person.id) == opened  # the same case, read again
    actions = [e.action for e in store.cases.timeline(person.id)]
    assert actions.count("person.open") == 1
    assert actions[0] == "person.open"
    store.cases.open_case(person.id)  # opened again later: a second look, a second entry
    assert [e.action for e in store.cases.timeline(person.id)].count("person.open") == 2
    assert store.audit_check().ok


def test_condition_changes_keep_evidence_and_refuse_stale_edits(store):
    person = store.cases.add_referral(*new_person())
    store.cases.sign_contract(person.id, NOW.date() - timedelta(days=5), default_conditions(""))
    hours = store.cases.load_case(person.id).conditions[4]
    updated = store.cases.add_condition_progress(hours, 6, Evidence(NOW.date(), "6 hours at the food bank"))
    with pytest.raises(ConcurrentEdit):
        store.cases.add_condition_progress(hours, 2, Evidence(NOW.date(), "stale copy"))
    store.cases.change_condition_status(
        updated, ConditionStatus.MET, Evidence(NOW.date(), "timesheet signed")
    )
    reloaded = store.cases.load_case(person.id).conditions[4]
    assert reloaded.status is ConditionStatus.MET and reloaded.progress == 6
    assert [e.text for e in reloaded.evidence] == ["6 hours at the food bank", "timesheet signed"]
    contract = store.cases.load_case(person.id).contract
    closed = store.cases.close_contract(contract, ContractState.WITHDRAWN, NOW.date(), "moved away")
    assert closed.state is ContractState.WITHDRAWN
    with pytest.raises(ConcurrentEdit):
        store.cases.close_contract(contract, ContractState.COMPLETED, NOW.date(), "")


def _tamper(folder, sql):
    conn = raw_connection(folder)
    conn.executescript(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql, expected",
    [
        ("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3", "#3 .* was edited"),
        ("DELETE FROM audit_log WHERE seq = 2", "#2–#2 are missing"),
        (
            "UPDATE audit_log SET seq = -seq WHERE seq IN (2, 3); UPDATE audit_log SET seq = 5 + seq WHERE seq IN (-2, -3)",
            "#2 .*(does not follow|was edited)",
        ),
    ],
)
def test_audit_tampering_is_named(tmp_path, sql, expected):
    folder = tmp_path / "s"
    with make_store(folder) as store:
        for i in range(4):
            store.cases.add_referral(*new_person(ref=f"NS/{i}"))
        assert store.audit_check().ok
    _tamper(folder, sql)
    with CaseStore.open(folder, "admin", PASS) as store:
        check = store.audit_check()
    assert not check.ok
    assert check.first_bad_seq in (2, 3)
    import re

    assert re.search(expected, check.problem), check.problem


def test_migrates_an_empty_database_to_head_and_refuses_a_newer_one(tmp_path):
    folder = tmp_path / "s"
    make_store(folder).close()
    key, _ = KeyVault.load(folder).unlock("admin", PASS)
    engine = encrypted_engine(folder / "cases.db", key)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    engine.dispose()
    with pytest.raises(StoreTooNew, match="newer version of Checkpoint Desk"):
        CaseStore.open(folder, "admin", PASS)

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    vault, key, _ = KeyVault.create(fresh, "admin", PASS)
    engine = encrypted_engine(fresh / "cases.db", key)
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    engine.dispose()
    assert {"people", "contracts", "conditions", "appointments", "audit_log", "person_search"} <= tables


def test_an_older_store_is_backed_up_encrypted_before_migrating(tmp_path):
    from alembic.script import ScriptDirectory

    revisions = list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists so far: nothing to migrate from")
    folder = tmp_path / "s"
    make_store(folder).close()
    key, _ = KeyVault.load(folder).unlock("admin", PASS)
    engine = encrypted_engine(folder / "cases.db", key)
    from alembic import command

    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revisions[-1].revision)
    engine.dispose()
    CaseStore.open(folder, "admin", PASS).close()
    backups = list((folder / "backups").glob("cases-before-*.db"))
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")


def test_stale_person_edit_refused(store):
    person = store.cases.add_referral(*new_person())
    store.cases.update_person(replace(person, phone="07700 900001"))
    with pytest.raises(ConcurrentEdit):
        store.cases.update_person(replace(person, phone="07700 900002"))
    assert store.cases.load_case(person.id).person.phone == "07700 900001"
    assert isinstance(NOW, datetime)


def test_fast_caseload_agrees_with_rows_built_from_whole_cases(tmp_path):
    from desktop.domain import caseload_row
    from desktop.services.demo import create_demo_store

    folder = tmp_path / "demo"
    create_demo_store(folder, people=24, seed=3, passphrase=PASS, now=NOW)
    with CaseStore.open(folder, "manager", PASS, clock=lambda: NOW) as store:
        names = {u.id: u.display_name for u in store.users()}
        fast = {r.person_id: r for r in store.cases.caseload(NOW)}
        slow = {
            c.person.id: caseload_row(c, names[c.person.keyworker_id], NOW) for c in store.cases.load_cases()
        }
    assert fast == slow
    assert {r.compliance.level for r in fast.values()} == set(ComplianceLevel)


def test_migrations_form_one_line_of_history():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    assert len(script.get_bases()) == 1


def test_a_cut_off_audit_tail_is_caught_by_the_anchor(tmp_path):
    folder = tmp_path / "s"
    with make_store(folder) as store:
        for i in range(3):
            store.cases.add_referral(*new_person(ref=f"NS/{i}"))
    _tamper(folder, "DELETE FROM audit_log WHERE seq >= 3")
    with CaseStore.open(folder, "admin", PASS) as store:
        check = store.audit_check()
        assert not check.ok and "ends at #2, but it reached #4" in check.problem
