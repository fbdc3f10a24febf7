"""Audit entries carry the store's time: `CaseStore.write()` hands its clock to the audit writer, so a store
opened with a fixed clock (tests, replays) writes entries at that time, and the chain still verifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from store_fixtures import NOW, PASS, make_store, new_person

from desktop.storage import audit
from desktop.storage.records import AuditRecord
from desktop.storage.store import CaseStore


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _newest(store: CaseStore, n: int = 1) -> list[AuditRecord]:
    with store.session() as s:
        return list(s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(n)))[::-1]


def test_entries_take_the_stores_clock_not_the_wall_clock(tmp_path) -> None:
    store = make_store(tmp_path / "s")  # clock fixed at NOW (26 Nov 2026, 12:00)
    try:
        store.record_event("report.export", "report", "r1")
        with store.write() as s:
            audit.append_many(s, "admin", [("one", "thing", "1", "", ""), ("two", "thing", "2", "", "")])
        entries = _newest(store, 3)
        assert [e.action for e in entries] == ["report.export", "one", "two"]
        assert {e.at for e in entries} == {_stamp(NOW)}
        # The store's own writes (a referral) are stamped the same way.
        store.cases.add_referral(*new_person())
        assert _newest(store)[0].at == _stamp(NOW)
        with store.session() as s:
            assert audit.verify(s).ok
    finally:
        store.close()


def test_a_moving_store_clock_moves_the_entries_and_an_explicit_time_wins(tmp_path) -> None:
    make_store(tmp_path / "s").close()
    ticks = iter(NOW + timedelta(minutes=m) for m in range(1000))
    store = CaseStore.open(tmp_path / "s", "admin", PASS, clock=lambda: next(ticks))
    try:
        store.record_event("a", "thing")
        store.record_event("b", "thing")
        first, second = _newest(store, 2)
        assert first.at < second.at
        assert datetime.fromisoformat(second.at) - datetime.fromisoformat(first.at) >= timedelta(minutes=1)
        assert datetime.fromisoformat(first.at) >= NOW.astimezone(UTC)
        given = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        with store.write() as s:
            audit.append(s, "admin", "c", "thing", at=given)
        assert _newest(store)[0].at == _stamp(given)
    finally:
        store.close()


def test_a_session_without_the_stores_clock_falls_back_to_the_wall_clock(tmp_path) -> None:
    store = make_store(tmp_path / "s")
    try:
        before = datetime.now(UTC)
        with Session(store.engine) as s, s.begin():  # not through CaseStore.write(): no clock in session.info
            assert audit.CLOCK_KEY not in s.info
            audit.append(s, "admin", "bare", "thing")
        after = datetime.now(UTC)
        at = datetime.fromisoformat(_newest(store)[0].at)
        assert before <= at <= after
    finally:
        store.close()
