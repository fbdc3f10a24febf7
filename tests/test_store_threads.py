"""The store read from many threads at once (the GUI's main, database, read-lane and signing threads, and new
ones after each unlock): no thread's connection is closed under it while another thread opens one."""

from __future__ import annotations

import threading

from store_fixtures import make_store, new_person

from desktop.storage.engine import POOL_THREADS


def test_many_live_threads_each_keep_their_connection(tmp_path):
    store = make_store(tmp_path)
    try:
        person = store.cases.add_referral(*new_person("Thea", "Threads"))
        threads, go, results, errors = [], threading.Event(), [], []

        def reader() -> None:
            try:
                store.cases.search("Thea", limit=5)  # this thread's connection opens here
                go.wait(10)  # every thread holds its connection open at once
                for _ in range(20):
                    results.append(store.cases.search("Thea", limit=5) == [person.id])
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        for _ in range(12):  # more threads than SQLAlchemy's default of 5
            t = threading.Thread(target=reader)
            t.start()
            threads.append(t)
        go.set()
        for t in threads:
            t.join(30)
        assert not errors, errors[0]
        assert results == [True] * 12 * 20
        assert POOL_THREADS >= 12
    finally:
        store.close()
