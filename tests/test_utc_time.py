"""Time in one form: the store's timestamp columns hold UTC and give back aware UTC datetimes; a naive
datetime is refused rather than guessed; clocks are read as aware UTC, a naive reading being local time."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlcipher3
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from store_fixtures import make_store, new_person, raw_connection

from desktop.domain.clock import aware_utc, local_day, local_time, utc_clock, utc_now
from desktop.storage.records import PersonRecord
from desktop.storage.types import NaiveDateTime, UtcDateTime, from_utc_text, utc_text

PARIS = timezone(timedelta(hours=1))


@pytest.fixture
def in_new_york():
    """This process's local zone set to New York (UTC-5 in winter) for the test, then put back."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_the_column_type_stores_utc_text_and_gives_back_aware_utc() -> None:
    col = UtcDateTime()
    moment = datetime(2026, 12, 7, 15, 30, 1, 250, tzinfo=PARIS)
    stored = col.process_bind_param(moment, None)  # type: ignore[arg-type]
    assert stored == datetime(2026, 12, 7, 14, 30, 1, 250)  # UTC, the zone implied by the column
    back = col.process_result_value(stored, None)  # type: ignore[arg-type]
    assert back == moment and back.tzinfo is UTC
    assert col.process_result_value("2026-12-07 14:30:01.000250", None) == moment  # type: ignore[arg-type]
    assert col.process_bind_param(None, None) is None  # type: ignore[arg-type]
    with pytest.raises(NaiveDateTime):
        col.process_bind_param(datetime(2026, 12, 7, 14, 30), None)  # type: ignore[arg-type]
    assert utc_text(moment) == "2026-12-07 14:30:01.000250"
    assert from_utc_text("2026-12-07 14:30:01.000250") == moment
    with pytest.raises(NaiveDateTime):
        utc_text(datetime(2026, 12, 7))


def test_a_stores_timestamps_come_back_aware_utc_and_are_stored_as_utc_text(tmp_path) -> None:
    store = make_store(tmp_path / "s")
    try:
        before = utc_now()
        person, referral, consent = new_person()
        store.cases.add_referral(person, referral, consent)
        with store.session() as s:
            rec = s.scalar(select(PersonRecord).where(PersonRecord.id == person.id))
            assert rec is not None
            assert rec.created_at.tzinfo is UTC and rec.updated_at.tzinfo is UTC
            assert before - timedelta(seconds=1) <= rec.created_at <= utc_now() + timedelta(seconds=1)
            created = rec.created_at
            rec.created_at = datetime(2026, 1, 1, 12)  # naive: refused at flush, nothing written
            with pytest.raises(StatementError, match="naive datetime"):
                s.flush()
            s.rollback()
    finally:
        store.close()
    conn = raw_connection(tmp_path / "s")
    try:
        (text,) = conn.execute("SELECT created_at FROM people WHERE id = ?", (person.id,)).fetchone()
    finally:
        conn.close()
    assert text == utc_text(created)  # the stored form: UTC, no zone suffix, as older stores hold it


def test_clocks_are_read_as_aware_utc_and_local_time_only_at_the_edges(in_new_york) -> None:
    naive_local = datetime(2026, 12, 7, 20, 30)  # 8.30 pm in New York is 01:30 UTC the next day
    assert aware_utc(naive_local) == datetime(2026, 12, 8, 1, 30, tzinfo=UTC)
    clock = utc_clock(lambda: naive_local)
    assert clock() == datetime(2026, 12, 8, 1, 30, tzinfo=UTC) and clock().tzinfo is UTC
    assert utc_clock(lambda: datetime(2026, 12, 8, 1, 30, tzinfo=UTC))() == clock()
    assert utc_clock(utc_now) is utc_now and utc_now().tzinfo is UTC
    # the day it is here, not in Greenwich
    assert local_day(clock()) == naive_local.date() != clock().date()
    assert local_time(clock()) == naive_local


def _raw_times(folder) -> tuple[str, ...]:
    conn = raw_connection(folder)
    try:
        return tuple(
            conn.execute(sql).fetchone()[0]
            for sql in (
                "SELECT completed_at FROM assessments WHERE completed = 1",
                "SELECT recorded_at FROM safety_actions",
                "SELECT changed_at FROM person_history",
                "SELECT placed_at FROM legal_holds",
            )
        )
    finally:
        conn.close()


def test_local_times_in_an_older_store_are_converted_to_utc_by_the_migration(tmp_path, in_new_york) -> None:
    from alembic import command
    from instrument_helpers import answers_for_total, definition, shipped
    from store_fixtures import NOW, PASS

    from desktop.domain.assessments import Stage, new_assessment, record_answers
    from desktop.domain.safety import SafetyAction
    from desktop.services.privacy import erasure
    from desktop.services.safety import acknowledge, open_alerts
    from desktop.storage import migrate
    from desktop.storage.assessments import AssessmentRepository
    from desktop.storage.engine import encrypted_engine
    from desktop.storage.store import CaseStore
    from desktop.storage.vault import KeyVault

    folder = tmp_path / "s"
    store = make_store(folder)  # its clock: NOW, naive, so local time: 12:00 in New York is 17:00 UTC
    utc = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    try:
        person = store.cases.add_referral(*new_person())
        d = definition("phq9")
        draft = new_assessment(d, person.id, Stage.START, NOW.date(), store.user.id, today=NOW.date())
        answers = answers_for_total(d, 3) | {"q9": "2"}  # item 9 positive: a safety concern to act on
        done = AssessmentRepository(store, shipped().definitions).complete(
            record_answers(draft, d, answers), d
        )
        assert done.completed_at == utc
        concerns = open_alerts(store)[person.id]
        ack = acknowledge(store, person.id, concerns, SafetyAction.SAFETY_PLAN, "plan agreed", NOW)
        assert ack.recorded_at == utc
        store.cases.update_person(replace(person, phone="07700 900001"))  # the old value kept, with its time
        erasure.add_hold(store, person.force_reference, "complaint under investigation")
        [hold] = erasure.list_holds(store)
        assert hold.placed_at == utc
    finally:
        store.close()
    assert _raw_times(folder) == ("2026-11-26 17:00:00.000000",) * 4

    # The store as the previous version left it: the same moments written in local time.
    key, _ = KeyVault.load(folder).unlock("admin", PASS)
    engine = encrypted_engine(folder / "cases.db", key)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016_replica_tombstones")
    engine.dispose()
    # what it wrote: local DateTime text, local ISO text, and aware ISO text for a hold
    assert _raw_times(folder) == (
        "2026-11-26 12:00:00.000000",
        "2026-11-26 12:00:00.000000",
        "2026-11-26T12:00:00",
        "2026-11-26T17:00:00+00:00",
    )

    with CaseStore.open(folder, "admin", PASS, clock=lambda: NOW) as store:  # migrates on open
        repo = AssessmentRepository(store, shipped().definitions)
        [again] = [a for a in repo.list_for_person(person.id) if a.completed]
        assert again.completed_at == utc
        assert open_alerts(store) == {}  # the acknowledgement still closes the alert
        assert [h.placed_at for h in erasure.list_holds(store)] == [utc]
        assert store.now() == utc and store.now().tzinfo is UTC
    assert _raw_times(folder) == ("2026-11-26 17:00:00.000000",) * 4
    conn = raw_connection(folder)
    try:
        with pytest.raises(sqlcipher3.DatabaseError, match="never changed"):  # the guard is back
            conn.execute("UPDATE assessments SET total = 0 WHERE completed = 1")
    finally:
        conn.close()
