"""Drafting is incremental and written in bulk: a second pass with nothing changed writes nothing, a changed case
redrafts (or refreshes) just that person, a new day looks at everyone again, and a cancelled pass writes
nothing. Real encrypted stores; the writes are read back from the audit chain and the returns table."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from returns_store_fixtures import RET_PASS, ReturnsStore, build_returns_store, copy_store
from sqlalchemy import func, select

from desktop.domain import Appointment, AppointmentOutcome
from desktop.services.returns_workflow import ReturnWorkflow, month_of, previous_month
from desktop.storage import audit
from desktop.storage.records import AuditRecord
from desktop.storage.return_records import ReturnRecord
from desktop.storage.store import CaseStore

NOW = datetime(2026, 12, 5, 12, 0)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-incremental") / "template")


@pytest.fixture
def opened(template: ReturnsStore, tmp_path: Path) -> Iterator[tuple[CaseStore, ReturnsStore]]:
    rs = copy_store(template, tmp_path / "store")
    with CaseStore.open(rs.folder, "manager", RET_PASS, clock=lambda: NOW) as store:
        yield store, rs


def _head(store: CaseStore) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.max(AuditRecord.seq))) or 0)


def _returns(store: CaseStore) -> dict[str, tuple[str, int, str]]:
    with store.session() as s:
        return {r.id: (r.person_id, r.row_version, r.content_hash) for r in s.scalars(select(ReturnRecord))}


def _entries_after(store: CaseStore, seq: int) -> list[tuple[str, str]]:
    with store.session() as s:
        return [
            (r.action, r.person_id)
            for r in s.scalars(select(AuditRecord).where(AuditRecord.seq > seq).order_by(AuditRecord.seq))
        ]


def _pass(store: CaseStore, now: datetime = NOW) -> int:
    return ReturnWorkflow(store).draft_due(now)


def test_a_second_pass_with_nothing_changed_writes_nothing(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    assert _pass(store) > 0
    head, returns = _head(store), _returns(store)
    assert returns
    assert _pass(store) == 0
    assert ReturnWorkflow(store).ensure_drafts(month_of(NOW.date()), NOW) == []
    assert _head(store) == head  # not one audit entry: no write at all
    assert _returns(store) == returns


def test_the_drafts_of_a_pass_are_one_audited_batch_with_one_entry_each(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    head = _head(store)
    added = ReturnWorkflow(store).ensure_drafts(previous_month(NOW.date()), NOW)
    assert added
    entries = _entries_after(store, head)
    assert [a for a, _ in entries].count("return.draft") == len(added)
    assert [a for a, _ in entries if a != "return.draft"] == ["setting.change"]  # the watermark, same write
    with store.session() as s:
        assert audit.verify(s).ok


def test_a_changed_case_redrafts_just_that_person(opened) -> None:  # noqa: ANN001
    store, rs = opened
    _pass(store)
    before = _returns(store)
    head = _head(store)
    noah = rs.ids["Noah"]  # his December notice is in draft; an attended appointment today changes it
    appt = store.cases.schedule_appointment(Appointment(noah, NOW - timedelta(hours=2)))
    store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")
    after_change = _head(store)

    assert _pass(store) >= 1
    after = _returns(store)
    with store.session() as s:
        states = dict(s.execute(select(ReturnRecord.id, ReturnRecord.state)).all())
    touched = {
        pid
        for rid, (pid, version, digest) in after.items()
        if before.get(rid) != (pid, version, digest) or states[rid] == "withdrawn"
    }
    assert touched == {noah}
    written = _entries_after(store, after_change)
    assert {pid for action, pid in written if action.startswith("return.")} == {noah}
    assert head < after_change


def test_a_new_day_looks_at_everyone_again(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    _pass(store)
    head = _head(store)
    assert _pass(store) == 0 and _head(store) == head
    # The next month: November's and December's returns are due for everyone, with no write in between.
    later = datetime(2027, 1, 2, 9, 0)
    assert _pass(store, later) > 0
    january = [rid for rid, (pid, _v, _h) in _returns(store).items()]
    assert len(january) > 0
    with store.session() as s:
        ends = set(s.scalars(select(ReturnRecord.period_end)))
    assert any(e >= date(2026, 12, 31) for e in ends)  # December's monthly returns, due once it ended


def test_a_cancelled_pass_writes_nothing_and_the_next_one_drafts(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    head = _head(store)
    cancel = threading.Event()
    cancel.set()
    assert ReturnWorkflow(store).draft_due(NOW, cancel=cancel) == 0
    assert _head(store) == head and not _returns(store)
    assert _pass(store) > 0


def test_the_dashboard_count_reads_and_never_writes(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    head = _head(store)
    assert ReturnWorkflow(store).due_count(NOW) == 0  # nothing drafted yet, and the count drafts nothing
    assert _head(store) == head
    _pass(store)
    unsigned = sum(1 for _ in _returns(store))
    assert ReturnWorkflow(store).due_count(NOW) == unsigned


def test_settings_are_read_once_and_afresh_after_a_write(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    assert store.setting("organisation") == store.setting("organisation")
    store.set_setting("organisation", "Renamed Provider")
    assert store.setting("organisation") == "Renamed Provider"
    with store.write() as s:  # a write by any path drops the cache
        store.stage_setting(s, "organisation", "Renamed Again")
    assert store.setting("organisation") == "Renamed Again"


def test_the_queue_pages_through_every_return_once_in_its_order(opened) -> None:  # noqa: ANN001
    store, _rs = opened
    _pass(store)
    repo = ReturnWorkflow(store).repo
    everything = repo.list()
    pages = [repo.list(limit=2, offset=at) for at in range(0, len(everything) + 2, 2)]
    paged = [r for page in pages for r in page]
    assert sorted(r.id for r in paged) == sorted(r.id for r in everything)  # each once, none left out
    order = {"draft": 0, "approved": 1, "signed": 2, "superseded": 3, "withdrawn": 4}
    keys = [(order[r.state], -r.period_end.toordinal()) for r in paged]
    assert keys == sorted(keys)
    assert sum(repo.counts().values()) == len(everything)
