"""Replicas end to end on real stores: create, exchange signed bundles, conflicts kept, replays and revoked
devices refused, a laptop carrying one keyworker's caseload only."""

from __future__ import annotations

from pathlib import Path

import pytest
from replica_support import KEY_BITS, origin, people, set_phone
from store_fixtures import PASS

from desktop.services import replica
from desktop.storage.store import CaseStore


@pytest.fixture
def world(tmp_path: Path):
    main, ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    yield main, desk, tmp_path / "share"
    desk.close()
    main.close()


def test_an_edit_on_one_replica_reaches_the_other(world) -> None:
    main, desk, share = world
    assert people(desk) == people(main)
    set_phone(desk, "Alma Kimclient", "07700 900001")
    replica.export_bundles(desk, share)
    report = replica.import_bundles(main, share)
    assert len(report.applied) == 1 and report.refused == []
    assert people(main)["Alma Kimclient"] == "07700 900001"
    assert replica.conflicts(main) == []


def test_the_same_field_changed_on_both_keeps_both_values(world) -> None:
    main, desk, share = world
    set_phone(desk, "Cyrus Leeclient", "111")
    set_phone(main, "Cyrus Leeclient", "222")
    replica.export_bundles(desk, share)
    replica.export_bundles(main, share)
    replica.import_bundles(main, share)
    replica.import_bundles(desk, share)
    for store in (main, desk):
        (c,) = replica.conflicts(store)
        assert c.field == "phone" and sorted(c.values) == ["111", "222"]
    assert people(main) == people(desk)
    done = replica.resolve(desk, replica.conflicts(desk)[0].id, "333")
    assert done.resolved_by == "mia"
    replica.export_bundles(desk, share)
    replica.import_bundles(main, share)
    assert replica.conflicts(main) == [] and people(main)["Cyrus Leeclient"] == "333"


def test_a_bundle_read_twice_is_refused_as_a_replay(world) -> None:
    main, desk, share = world
    set_phone(desk, "Alma Kimclient", "1")
    replica.export_bundles(desk, share)
    assert len(replica.import_bundles(main, share).applied) == 1
    again = replica.import_bundles(main, share)
    assert again.applied == [] and len(again.replayed) == 1
