"""Users added after a replica is made travel from the manager's store: the user row only (no vault entry, no
key); they sign in on the replica once its admin adds them there. A user-name clash is audited once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from replica_support import KEY_BITS, audit_actions, origin
from store_fixtures import PASS

from desktop.domain import Role
from desktop.services import replica
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault

OTHER = "another long passphrase"


def test_a_user_added_on_the_managers_store_reaches_a_desk_without_key_material(tmp_path: Path) -> None:
    main, _ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    main.close()
    admin = CaseStore.open(tmp_path / "main", "admin", PASS)
    try:
        nia = admin.add_user("nia", "Nia", Role.KEYWORKER, OTHER)
    finally:
        admin.close()
    main = CaseStore.open(tmp_path / "main", "mia", PASS)
    try:
        alma = next(c.person for c in main.cases.load_cases() if c.person.first_name == "Alma")
        main.cases.update_person(replace(alma, keyworker_id=nia.id))  # a record naming the new user
        (path,) = replica.export_bundles(main, tmp_path / "share")
        assert b"nia" not in path.read_bytes()  # encrypted; and below: no vault entry travels
    finally:
        main.close()
    desk = CaseStore.open(made.folder, "mia", PASS)
    try:
        report = replica.import_bundles(desk, tmp_path / "share")
        assert len(report.applied) == 1
        assert "nia" not in {u.username for u in desk.users()}  # not a user here until the admin adds her
        assert len(report.stats.skipped) == 1  # Alma's record names her: kept back, sent again
        assert "replica.user_pending" in audit_actions(desk)
    finally:
        desk.close()
    assert "nia" not in {u.username for u in KeyVault.load(made.folder).users()}
    with pytest.raises(Exception):  # noqa: B017 - no vault entry here: she cannot sign in yet
        CaseStore.open(made.folder, "nia", OTHER)
    desk_admin = CaseStore.open(made.folder, "admin", PASS)
    try:
        desk_admin.add_user("nia", "Nia", Role.KEYWORKER, OTHER)  # the replica's admin gives her a passphrase
    finally:
        desk_admin.close()
    desk = CaseStore.open(made.folder, "nia", OTHER)
    try:
        assert desk.user.id == nia.id  # the same id as on the manager's store
    finally:
        desk.close()
    main = CaseStore.open(tmp_path / "main", "mia", PASS)
    try:
        replica.export_bundles(main, tmp_path / "share2")  # Alma's record again: not acknowledged
    finally:
        main.close()
    desk = CaseStore.open(made.folder, "mia", PASS)
    try:
        again = replica.import_bundles(desk, tmp_path / "share2")
        assert again.stats.skipped == []
        alma_here = next(c.person for c in desk.cases.load_cases() if c.person.first_name == "Alma")
        assert alma_here.keyworker_id == nia.id
    finally:
        desk.close()


def test_a_user_name_clash_is_audited_once(tmp_path: Path) -> None:
    main, _ids = origin(tmp_path / "main")
    made = replica.create_replica(main, tmp_path / "desk", "Desk 2", PASS, key_bits=KEY_BITS)
    main.close()
    for folder in (tmp_path / "main", made.folder):
        admin = CaseStore.open(folder, "admin", PASS)
        try:
            admin.add_user("omar", "Omar", Role.KEYWORKER, OTHER)
        finally:
            admin.close()
    main = CaseStore.open(tmp_path / "main", "mia", PASS)
    desk = CaseStore.open(made.folder, "mia", PASS)
    try:
        for n in range(2):
            replica.export_bundles(main, tmp_path / f"share{n}")
            assert len(replica.import_bundles(desk, tmp_path / f"share{n}").applied) == 1
        assert audit_actions(desk).count("replica.user_clash") == 1
        assert [u.username for u in desk.users()].count("omar") == 1
    finally:
        desk.close()
        main.close()
