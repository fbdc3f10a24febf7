"""One visibility rule (storage/visibility.py): a keyworker sees only the people on their caseload, and what hangs
off them, in every repository that reads it; a manager and an admin see everyone.

The first test greps storage for a person's keyworker compared with the signed-in user anywhere but
visibility.py (the way the rule used to be re-written in each repository). The others read one real encrypted
store as each user through the caseload, search, force decisions, assessments, safety candidates, the returns
queue (rows, counts, one return, drafting) and the report rows.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from instrument_helpers import answers_for_total, definition, shipped
from sqlalchemy import update
from store_fixtures import PASS, new_person

from desktop.domain import Appointment, AppointmentOutcome, Role, default_conditions
from desktop.domain.assessments import Stage, new_assessment, record_answers
from desktop.domain.ids import new_id
from desktop.services.returns_workflow import ReturnWorkflow
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.errors import PermissionDenied
from desktop.storage.records import ReferralRecord
from desktop.storage.report_rows import load_reoffences, load_report_cases
from desktop.storage.return_rows import NewDraft
from desktop.storage.safety import SafetyRepository
from desktop.storage.store import CaseStore
from desktop.storage.sync_records import SyncPartnerRecord, SyncReceivedRecord

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
STORAGE = DESKTOP / "storage"
NOW = datetime(2026, 11, 26, 12, 0)
SIGNED_ON = date(2026, 10, 5)

# A person's keyworker compared with the signed-in user: ORM/Core (either side of == or !=), a raw SQL
# parameter bound to the user's id, or a role check next to a keyworker column (the old inline shape).
_USER_ID = r"(?:self\._|store\.|self\._store\.)?user\.id\b"
_PATTERNS = (
    re.compile(rf"keyworker_id\s*(?:==|!=)\s*{_USER_ID}"),
    re.compile(rf"{_USER_ID}\s*(?:==|!=)\s*[\w.]*keyworker_id"),
    re.compile(r"keyworker_id\s*(?:=|!=|<>)\s*:kw\b"),
    re.compile(rf"[\"']kw[\"']\s*(?::|\]\s*=)\s*{_USER_ID}"),
)


def inline_rules(source: str) -> list[str]:
    """The lines of `source` that re-write the visibility rule instead of calling visibility.py."""
    lines = source.splitlines()
    found = [line.strip() for line in lines if any(p.search(line) for p in _PATTERNS)]
    for i, line in enumerate(lines):
        if "sees_everyone" in line and any("keyworker_id" in near for near in lines[i : i + 4]):
            found.append(line.strip())
    return found


def clock() -> datetime:
    return NOW


def test_storage_compares_a_keyworker_with_the_user_only_in_visibility_py() -> None:
    offenders = {
        path.relative_to(STORAGE).as_posix(): found
        for path in sorted(STORAGE.rglob("*.py"))
        if path.name != "visibility.py" and (found := inline_rules(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, f"use desktop/storage/visibility.py instead: {offenders}"


# Above storage, any comparison of a keyworker id with anything: the UI and services ask the domain's rules
# (`caseload_owner`, `may_see`, `is_assigned_to` in desktop/domain/people.py) whose people are whose.
_ANY_KEYWORKER_COMPARE = re.compile(r"keyworker_id\s*(?:==|!=)|(?:==|!=)\s*[\w.]*keyworker_id\b")


def test_the_ui_and_services_ask_the_domain_whose_person_it_is() -> None:
    offenders = {
        path.relative_to(DESKTOP).as_posix(): found
        for layer in ("ui", "services")
        for path in sorted((DESKTOP / layer).rglob("*.py"))
        if (
            found := [
                line.strip()
                for line in path.read_text(encoding="utf-8").splitlines()
                if _ANY_KEYWORKER_COMPARE.search(line)
            ]
        )
    }
    assert offenders == {}, f"use desktop/domain/people.py (is_assigned_to, may_see) instead: {offenders}"
    assert _ANY_KEYWORKER_COMPARE.search(
        "    mine = frozenset(r.person_id for r in rows if r.keyworker_id == me)"
    )


@pytest.mark.parametrize(
    "snippet",
    [
        "            q = q.where(people.c.keyworker_id == self._user.id)",
        "        if person is None or person.keyworker_id != self._user.id:",
        '        where, params = " WHERE p.keyworker_id = :kw", {"kw": user.id}',
        '            params["kw"] = self._user.id',
        "        if not user.role.sees_everyone:\n            q = q.join(people).where(people.c.keyworker_id == owner)",
    ],
)
def test_the_grep_catches_each_shape_the_rule_was_written_in(snippet: str) -> None:
    assert inline_rules(snippet) != []


def test_the_grep_lets_the_visibility_functions_and_other_keyworker_uses_through() -> None:
    fine = (
        "        q = q.where(visible_filter(self._user, people.c.keyworker_id))\n"
        '        condition, params = visible_sql(store.user, "p.keyworker_id")\n'
        "            if rec.keyworker_id == keyworker_id:\n"  # assigning: the new keyworker, not the user
        "            moved = select(PersonRecord).where(PersonRecord.keyworker_id == from_id)\n"
    )
    assert inline_rules(fine) == []


# -- behaviour: one store, read as each user -----------------------------------------------------------------
@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """admin, manager 'mo', keyworkers alex (Olivia) and sam (Noah): each person with a signed contract, an
    attended session, a flagged PHQ-9, a referral decision, a reported reoffence and drafted returns."""
    folder = tmp_path_factory.mktemp("visibility") / "store"
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=clock)
    try:
        store.add_user("mo", "Mo Manager", Role.MANAGER, PASS)
        kw = {name: store.add_user(name, name.title(), Role.KEYWORKER, PASS).id for name in ("alex", "sam")}
        ids: dict[str, str] = {}
        for first, ref, owner in (("Olivia", "NS/26/700001", "alex"), ("Noah", "NS/26/700002", "sam")):
            person, referral, consent = new_person(first, "Visible", ref, kw[owner], today=SIGNED_ON)
            store.cases.add_referral(person, referral, consent)
            store.cases.sign_contract(person.id, SIGNED_ON, default_conditions(""))
            appt = store.cases.schedule_appointment(Appointment(person.id, datetime(2026, 10, 12, 10)))
            store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")
            d = definition("phq9")
            draft = new_assessment(d, person.id, Stage.START, SIGNED_ON, store.user.id, today=SIGNED_ON)
            AssessmentRepository(store, shipped().definitions).complete(
                record_answers(draft, d, answers_for_total(d, 27)), d
            )
            ids[first] = person.id
        with store.write() as s:  # what sync writes: the force's decision and a reported reoffence
            s.execute(update(ReferralRecord).values(decision="nfa", decided_on=date(2026, 11, 20)))
            partner = SyncPartnerRecord(
                id=new_id(), name="Northshire Police", cert_pem="", cert_sha256="0" * 64
            )
            s.add(partner)
            s.flush()
            for pid in ids.values():
                s.add(
                    SyncReceivedRecord(
                        id=new_id(),
                        partner_id=partner.id,
                        record_type="reoffending",
                        record_id=new_id(),
                        record_version=1,
                        person_id=pid,
                        bundle_id=new_id(),
                        data_json=json.dumps({"offence_date": "2026-11-01", "reported_on": "2026-11-02"}),
                    )
                )
        ReturnWorkflow(store).ensure_drafts("2026-10", NOW)
    finally:
        store.close()
    return folder, ids


def _open(world: tuple[Path, dict[str, str]], username: str) -> CaseStore:
    return CaseStore.open(world[0], username, PASS, clock=clock)


SEES = [("alex", {"Olivia"}), ("sam", {"Noah"}), ("mo", {"Olivia", "Noah"}), ("admin", {"Olivia", "Noah"})]


@pytest.mark.parametrize(("username", "names"), SEES)
def test_each_user_sees_their_people_in_every_read(world, username: str, names: set[str]) -> None:
    folder, ids = world
    wanted = {ids[n] for n in names}
    with _open(world, username) as store:
        assert {r.person_id for r in store.cases.caseload()} == wanted
        assert set(store.cases.visible_ids()) == wanted
        assert {c.person.id for c in store.cases.load_cases()} == wanted
        assert set(store.cases.search("visible")) == wanted
        assert set(store.cases.force_decisions()) == wanted
        assessments = AssessmentRepository(store, shipped().definitions).list_visible(["phq9"])
        assert {a.person_id for a in assessments} == wanted
        assert {c.person_id for c in SafetyRepository(store).candidates(["phq9"])} == wanted
        returns = ReturnWorkflow(store).repo
        rows = returns.list()
        assert rows and {r.person_id for r in rows} == wanted
        assert sum(returns.counts().values()) == len(rows) == returns.count(["draft"])
        assert {c.person_id for c in load_report_cases(store)} == wanted
        assert set(load_reoffences(store, date(2026, 11, 30))) == wanted


@pytest.mark.parametrize(("username", "other"), [("alex", "Noah"), ("sam", "Olivia")])
def test_a_keyworker_is_refused_another_caseloads_person_everywhere(world, username: str, other: str) -> None:
    folder, ids = world
    theirs = ids[other]
    with _open(world, "mo") as manager:
        their_return = ReturnWorkflow(manager).repo.list(person_id=theirs)[0]
    with _open(world, username) as store:
        with pytest.raises(PermissionDenied, match="another keyworker"):
            store.cases.load_case(theirs)
        with pytest.raises(PermissionDenied, match="another keyworker"):
            AssessmentRepository(store, shipped().definitions).list_for_person(theirs)
        with pytest.raises(PermissionDenied, match="another keyworker"):
            SafetyRepository(store).for_person(theirs)
        repo = ReturnWorkflow(store).repo
        with pytest.raises(PermissionDenied, match="another keyworker"):
            repo.get(their_return.id)
        with pytest.raises(PermissionDenied, match="another keyworker"):
            repo.set_narrative(their_return.id, "not mine to write")
        draft = NewDraft(
            theirs, None, "monthly_progress", date(2026, 11, 1), date(2026, 11, 30), new_id(), "{}", "", ""
        )
        with pytest.raises(PermissionDenied, match="another keyworker"):
            repo.add_drafts([draft])
    with _open(world, "mo") as manager:
        assert ReturnWorkflow(manager).repo.get(their_return.id).narrative == ""
        assert manager.cases.load_case(theirs).person.id == theirs


def test_a_keyworkers_own_referral_lands_on_their_caseload(world, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(world[0], folder)
    for lock in folder.glob("*.lock"):
        lock.unlink()
    with CaseStore.open(folder, "alex", PASS, clock=clock) as alex:
        person = alex.cases.add_referral(*new_person("Ada", "Walkin", "NS/26/700003"))
        assert person.keyworker_id == alex.user.id
        assert person.id in {r.person_id for r in alex.cases.caseload()}
    with CaseStore.open(folder, "mo", PASS, clock=clock) as mo:
        unassigned = mo.cases.add_referral(*new_person("Bo", "Nobody", "NS/26/700004"))
        assert unassigned.keyworker_id is None  # a manager's referral waits to be assigned
    with CaseStore.open(folder, "sam", PASS, clock=clock) as sam:
        assert person.id not in sam.cases.visible_ids() and unassigned.id not in sam.cases.visible_ids()


def test_the_rule_is_caseload_owner(world) -> None:
    from desktop.storage.visibility import caseload_owner, may_see

    with _open(world, "alex") as alex:
        assert caseload_owner(alex.user) == alex.user.id
        assert may_see(alex.user, alex.user.id) and not may_see(alex.user, None)
    with _open(world, "mo") as mo:
        assert caseload_owner(mo.user) is None and may_see(mo.user, None)


def test_mine_is_the_people_assigned_to_the_user_whatever_their_role(world) -> None:
    """The dashboard's "Mine" scope (ui/caseload/loader.py) through the domain's `is_assigned_to`: a manager sees
    everyone but only their own assigned people are theirs; a keyworker's are the people they see."""
    from desktop.app.root import build_services
    from desktop.domain.people import is_assigned_to
    from desktop.ui.caseload.loader import load_caseload

    with _open(world, "mo") as mo:
        assert not is_assigned_to(mo.user, None)
        snap = load_caseload(build_services(mo), NOW)
        assert len(snap.rows) > 1 and snap.mine_ids == frozenset()  # every person seen, none assigned to mo
    with _open(world, "alex") as alex:
        snap = load_caseload(build_services(alex), NOW)
        assert snap.rows and snap.mine_ids == {r.person_id for r in snap.rows}
        assert all(is_assigned_to(alex.user, r.keyworker_id) for r in snap.rows)
