"""An erasure on one replica travels: the peer erases the person through the app's own erasure and never takes
the person back, from an older bundle or from an edit made elsewhere before the erasure arrived."""

from __future__ import annotations

from pathlib import Path

import pytest
from replica_support import KEY_BITS, audit_actions, origin, people, set_phone
from store_fixtures import PASS

from desktop.services import replica
from desktop.services.privacy import erasure
from desktop.storage.store import CaseStore


@pytest.fixture
def world(tmp_path: Path):
    main, _ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    yield main, desk, tmp_path
    desk.close()
    main.close()


def _move(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for p in src.glob("*.cprbundle"):
        p.rename(dst / p.name)


def test_an_erasure_on_one_replica_erases_on_the_other_and_nothing_brings_the_person_back(world) -> None:
    main, desk, root = world
    set_phone(main, "Cyrus Leeclient", "07700 900777")  # an edit made on main before it hears of the erasure
    replica.export_bundles(main, root / "old")  # ...and a bundle carrying it, delivered late
    erasure.erase(desk, "NS/26/000003", "the person asked")
    assert "Cyrus Leeclient" not in people(desk)
    replica.export_bundles(desk, root / "share")
    report = replica.import_bundles(main, root / "share")
    assert len(report.applied) == 1 and len(report.erased) == 1
    assert "Cyrus Leeclient" not in people(main)
    assert "replica.erase" in audit_actions(main)
    late = replica.import_bundles(desk, root / "old")
    assert len(late.applied) == 1 and late.stats.erased > 0 and late.stats.skipped == []
    assert "Cyrus Leeclient" not in people(desk)
    # and round again: neither side sends the person back to the other
    replica.export_bundles(main, root / "r2")
    replica.export_bundles(desk, root / "r2")
    replica.import_bundles(main, root / "r2")
    replica.import_bundles(desk, root / "r2")
    assert "Cyrus Leeclient" not in people(main) and "Cyrus Leeclient" not in people(desk)
    assert (
        sorted(people(main))
        == sorted(people(desk))
        == ["Alma Kimclient", "Boris Kimclient", "Dagny Leeclient"]
    )


def test_an_erasure_reaches_a_replica_through_another(tmp_path: Path) -> None:
    main, _ids = origin(tmp_path / "main")
    b = replica.create_replica(main, tmp_path / "b", "Desk B", PASS, key_bits=KEY_BITS)
    c = replica.create_replica(main, tmp_path / "c", "Desk C", PASS, key_bits=KEY_BITS)
    desk_b, desk_c = CaseStore.open(b.folder, "mia", PASS), CaseStore.open(c.folder, "mia", PASS)
    try:
        erasure.erase(desk_b, "NS/26/000001", "the person asked")
        replica.export_bundles(desk_b, tmp_path / "b-out")
        replica.import_bundles(main, tmp_path / "b-out")  # main passes the tombstone on
        for p in (tmp_path / "b-out").glob("*"):
            p.unlink()
        replica.export_bundles(main, tmp_path / "m-out")
        report = replica.import_bundles(desk_c, tmp_path / "m-out")
        assert len(report.erased) == 1 and "Alma Kimclient" not in people(desk_c)
    finally:
        desk_b.close()
        desk_c.close()
        main.close()


def test_a_legal_hold_on_the_receiver_keeps_the_person_until_it_is_removed(world) -> None:
    main, desk, root = world
    erasure.add_hold(main, "NS/26/000002", "court order")
    erasure.erase(desk, "NS/26/000002", "the person asked")
    replica.export_bundles(desk, root / "share")
    report = replica.import_bundles(main, root / "share")
    assert report.erased == [] and len(report.held) == 1
    assert "Boris Kimclient" in people(main)
    erasure.remove_hold(main, "NS/26/000002", "order lifted")
    _move(root / "share", root / "done")
    replica.export_bundles(desk, root / "share")
    again = replica.import_bundles(main, root / "share")
    assert len(again.erased) == 1 and "Boris Kimclient" not in people(main)


def test_an_erasure_on_a_store_that_is_not_a_replica_leaves_no_tombstone(tmp_path: Path) -> None:
    from sqlalchemy import text
    from store_fixtures import make_store, new_person

    store = make_store(tmp_path / "plain")
    try:
        person, referral, consent = new_person()
        store.cases.add_referral(person, referral, consent)
        erasure.erase(store, "NS/26/000001", "asked")
        with store.session() as s:
            assert s.execute(text("SELECT count(*) FROM replica_tombstones")).scalar_one() == 0
    finally:
        store.close()
