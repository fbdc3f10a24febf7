"""Assessments in a real encrypted store: drafts, completion, corrections, roles, the audit and the migration."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from instrument_helpers import answers_for_total, definition, shipped
from store_fixtures import NOW, PASS, make_store, new_person, raw_connection

from desktop.domain import Role
from desktop.domain.assessments import Stage, current_assessments, new_assessment, record_answers
from desktop.domain.clock import aware_utc
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.instruments import DECLINED
from desktop.storage import migrate
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.errors import ConcurrentEdit, PermissionDenied
from desktop.storage.records import Base
from desktop.storage.store import CaseStore

TODAY = NOW.date()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """admin with two keyworkers; person `mine` on alex's caseload, `theirs` on sam's."""
    folder = tmp_path_factory.mktemp("assess") / "store"
    store = make_store(folder)
    alex = store.add_user("alex", "Alex Carter", Role.KEYWORKER, PASS)
    sam = store.add_user("sam", "Sam Okafor", Role.KEYWORKER, PASS)
    mine = store.cases.add_referral(*new_person("Amy", "Mine", "NS/26/1", alex.id))
    theirs = store.cases.add_referral(*new_person("Theo", "Theirs", "NS/26/2", sam.id))
    store.close()
    return folder, mine.id, theirs.id


@pytest.fixture
def as_user(world):
    opened: list[CaseStore] = []

    def open_as(username: str) -> tuple[CaseStore, AssessmentRepository]:
        store = CaseStore.open(world[0], username, PASS, clock=lambda: NOW)
        opened.append(store)
        return store, AssessmentRepository(store, shipped().definitions)

    yield open_as
    for store in opened:
        store.close()


def phq9_draft(store: CaseStore, person_id: str, total: int | None = None, stage: Stage = Stage.START):
    d = definition("phq9")
    draft = new_assessment(d, person_id, stage, TODAY - timedelta(days=1), store.user.id, today=TODAY)
    return record_answers(draft, d, answers_for_total(d, total)) if total is not None else draft


def test_a_draft_is_saved_read_back_and_completed_once(world, as_user) -> None:
    _, mine, _ = world
    store, repo = as_user("alex")
    d = definition("phq9")
    draft = phq9_draft(store, mine)
    draft = record_answers(draft, d, {"q1": "2", "q2": "3", "q9": DECLINED})
    saved = repo.save_draft(draft)
    assert saved.version == 1
    back = next(a for a in repo.list_for_person(mine) if a.id == draft.id)
    assert back.answers == {"q1": "2", "q2": "3", "q9": DECLINED} and not back.completed
    assert back.score is not None and back.score.total == 5 and back.score.band is None  # partial: no band

    with pytest.raises(ValidationError) as refused:
        repo.complete(back, d)
    assert set(refused.value.problems) == {f"q{n}" for n in range(3, 9)}

    answered = record_answers(back, d, dict(back.answers) | {f"q{n}": "1" for n in range(3, 9)})
    saved = repo.save_draft(answered)
    assert saved.version == 2
    with pytest.raises(ConcurrentEdit):
        repo.save_draft(answered)  # stale version 1
    done = repo.complete(saved, d)
    assert done.completed and done.completed_at == aware_utc(NOW) and done.score and done.score.total == 11
    with pytest.raises(DomainError, match="correction"):
        repo.save_draft(replace(done, completed=False))
    with pytest.raises(DomainError, match="correction"):
        repo.complete(replace(done, completed=False), d)

    stored = (
        raw_connection(world[0])
        .execute(
            "SELECT total, band_id, flag_ids, completed, answers_json FROM assessments WHERE id = ?",
            (done.id,),
        )
        .fetchone()
    )
    assert stored[:4] == (11, None, "", 1)  # q9 declined: a lower bound, no band
    assert json.loads(stored[4])["q9"] == {"declined": True}


def test_a_completed_score_keeps_its_band_and_safety_flag(world, as_user) -> None:
    _, mine, _ = world
    store, repo = as_user("alex")
    d = definition("phq9")
    draft = phq9_draft(store, mine, 0)
    draft = record_answers(draft, d, {f"q{n}": "3" for n in range(1, 10)} | {"q1": "0", "q2": "0", "q3": "1"})
    done = repo.complete(draft, d)
    assert done.score and done.score.band and done.score.band.id == "moderately_severe"
    row = (
        raw_connection(world[0])
        .execute("SELECT total, band_id, flag_ids FROM assessments WHERE id = ?", (done.id,))
        .fetchone()
    )
    assert row == (19, "moderately_severe", "self_harm_thoughts")
    # without the definitions loaded, the stored score still shows
    bare = next(a for a in AssessmentRepository(store).list_for_person(mine) if a.id == done.id)
    assert (
        bare.score
        and bare.score.total == 19
        and bare.score.band
        and bare.score.band.id == "moderately_severe"
    )
    assert [f.id for f in bare.score.flags] == ["self_harm_thoughts"]


def test_a_correction_is_a_new_linked_draft_and_both_are_kept_and_audited(world, as_user) -> None:
    _, mine, _ = world
    store, repo = as_user("alex")
    d = definition("phq9")
    original = repo.complete(phq9_draft(store, mine, 12, Stage.REVIEW), d)
    with pytest.raises(ValidationError):
        repo.correct(original, " ")
    correction = repo.correct(original, "Item 2 was keyed wrongly")
    assert correction.supersedes == original.id and correction.corrected_by == store.user.id
    assert not correction.completed and correction.answers == original.answers
    with pytest.raises(DomainError, match="already in draft"):
        repo.correct(original, "a second correction while the first is a draft")
    fixed = repo.complete(record_answers(correction, d, answers_for_total(d, 8)), d)
    with pytest.raises(DomainError, match="already been corrected"):
        repo.correct(original, "again")
    everything = repo.list_for_person(mine)
    ids = {a.id for a in everything}
    assert {original.id, fixed.id} <= ids
    current = {a.id for a in current_assessments(everything)}
    assert fixed.id in current and original.id not in current
    actions = [(e.action, e.entity_id) for e in store.cases.timeline(mine)]
    assert ("assessment.correct", correction.id) in actions
    assert ("assessment.complete", original.id) in actions and ("assessment.complete", fixed.id) in actions
    assert store.audit_check().ok


def test_a_keyworker_cannot_see_or_write_another_caseloads_assessments(world, as_user) -> None:
    _, mine, theirs = world
    sam_store, sam_repo = as_user("sam")
    theirs_done = sam_repo.complete(phq9_draft(sam_store, theirs, 3), definition("phq9"))
    sam_store.close()
    alex_store, alex_repo = as_user("alex")
    with pytest.raises(PermissionDenied):
        alex_repo.list_for_person(theirs)
    with pytest.raises(PermissionDenied):
        alex_repo.save_draft(phq9_draft(alex_store, theirs))
    with pytest.raises(PermissionDenied):
        alex_repo.correct(theirs_done, "not mine")
    assert {a.person_id for a in alex_repo.list_visible()} == {mine}
    alex_store.close()
    _, admin_repo = as_user("admin")
    assert {a.person_id for a in admin_repo.list_visible(["phq9"])} == {mine, theirs}


def test_invalid_answers_are_refused_and_a_draft_can_be_discarded(world, as_user) -> None:
    _, mine, _ = world
    store, repo = as_user("alex")
    draft = phq9_draft(store, mine)
    with pytest.raises(ValidationError) as refused:
        repo.save_draft(replace(draft, answers={"q1": "7"}))
    assert "q1" in refused.value.problems
    saved = repo.save_draft(draft)
    repo.discard_draft(saved)
    assert draft.id not in {a.id for a in repo.list_for_person(mine)}
    assert ("assessment.discard", draft.id) in [(e.action, e.entity_id) for e in store.cases.timeline(mine)]


def test_the_migration_builds_the_table_the_records_describe(world, as_user) -> None:
    store, _ = as_user("admin")
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "assessments" in repr(d)] == []


def test_an_older_store_is_upgraded_to_add_the_table(tmp_path: Path) -> None:
    store = make_store(tmp_path / "old")
    migrate_down = migrate.alembic_config()
    from alembic import command

    with store.engine.begin() as conn:
        migrate_down.attributes["connection"] = conn
        command.downgrade(migrate_down, "0001")
    store.close()
    reopened = CaseStore.open(tmp_path / "old", "admin", PASS)
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        assert (tmp_path / "old" / "backups").is_dir()  # an encrypted copy before the upgrade
        person = reopened.cases.add_referral(*new_person())
        assert AssessmentRepository(reopened).list_for_person(person.id) == []
    finally:
        reopened.close()


def test_the_database_itself_refuses_to_change_or_delete_a_completed_assessment(world, as_user) -> None:
    _, mine, _ = world
    store, repo = as_user("alex")
    done = repo.complete(phq9_draft(store, mine, 6), definition("phq9"))
    draft = repo.save_draft(phq9_draft(store, mine, 2))
    store.close()
    conn = raw_connection(world[0])
    try:
        for sql in ("UPDATE assessments SET total = 0 WHERE id = ?", "DELETE FROM assessments WHERE id = ?"):
            with pytest.raises(sqlcipher3.DatabaseError, match="completed assessment is never"):
                conn.execute(sql, (done.id,))
        conn.execute("UPDATE assessments SET total = 1 WHERE id = ?", (draft.id,))  # a draft may change
        conn.rollback()
    finally:
        conn.close()
