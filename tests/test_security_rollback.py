"""Rollback detection through the force: every bundle carries the provider's audit head, the force echoes it in
its acknowledgement, and an older copy of the provider's store is named when that acknowledgement comes back."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from store_fixtures import PASS
from sync_provider_support import FORCE, WHEN, ForceSide, csv_rows, provider_store

from desktop.domain import default_conditions
from desktop.services.sync import read_bundle_file
from desktop.services.sync_provider import apply_import, export_bundle, open_incoming
from desktop.storage.errors import RollbackDetected
from desktop.storage.store import CaseStore


@pytest.fixture
def force(tmp_path: Path):
    side = ForceSide(tmp_path / "force")
    yield side
    side.close()


def _import(store: CaseStore, path: Path):
    return apply_import(store, open_incoming(store, read_bundle_file(path)), WHEN, path.name)


def _round(store: CaseStore, force: ForceSide, out: Path) -> Path:
    """Export what changed, let the force receive it; the force's acknowledgement file."""
    sent = export_bundle(store, FORCE, out, WHEN)
    assert sent.path is not None
    received = force.receive(sent.path)
    assert received.ack_file is not None
    return received.ack_file


def test_the_ack_echoes_the_head_and_an_older_copy_of_the_store_is_named(tmp_path, force):
    folder = tmp_path / "store"
    store = provider_store(folder, force)
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    sam = store.cases.caseload(datetime(2026, 11, 26, 12))[0].person_id
    store.close()
    shutil.copytree(folder, tmp_path / "old-copy")  # what an insider keeps to restore later

    store = CaseStore.open(folder, "admin", PASS)
    store.cases.sign_contract(sam, date(2026, 11, 10), default_conditions(""))
    ack = _round(store, force, tmp_path / "outbox")
    opened = open_incoming(store, read_bundle_file(ack))
    [echo] = [r.data["witnessed_audit"] for r in opened.opened.records if r.type == "ack"]
    assert echo["seq"] > 1 and len(echo["sha256"]) == 64
    _import(store, ack)  # the live store holds the witnessed entry: accepted
    assert store.audit_check().ok
    store.close()
    witness = (folder / "witness.json").read_bytes()

    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "old-copy", folder)  # the older copy, with its own anchor: `check` cannot tell
    (folder / "store.lock").unlink(missing_ok=True)
    with CaseStore.open(folder, "admin", PASS) as old:
        assert old.audit_check().ok
        with pytest.raises(
            RollbackDetected,
            match=r"rollback detected: .* saw audit entry #\d+ of this store, but "
            r"its log ends at #\d+",
        ):
            open_incoming(old, read_bundle_file(ack))
    (folder / "witness.json").write_bytes(witness)  # an older database beside the current folder's witness
    with CaseStore.open(folder, "admin", PASS) as old:
        check = old.audit_check()
    assert not check.ok and check.problem.startswith("rollback detected:")


def test_an_admins_restore_is_not_a_rollback(tmp_path, force):
    folder = tmp_path / "store"
    store = provider_store(folder, force)
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    store.backup_to(tmp_path / "backup")
    sam = store.cases.caseload(datetime(2026, 11, 26, 12))[0].person_id
    store.cases.sign_contract(sam, date(2026, 11, 10), default_conditions(""))
    ack = _round(store, force, tmp_path / "outbox")
    store.close()
    from desktop.storage.restore import restore_store

    restore_store(tmp_path / "backup", folder, "admin", PASS, force=True)
    with CaseStore.open(folder, "admin", PASS) as restored:
        open_incoming(
            restored, read_bundle_file(ack)
        )  # no RollbackDetected: the restore is in the signed log


def test_an_older_vault_put_back_is_named_as_the_vault(tmp_path, force):
    folder = tmp_path / "store"
    store = provider_store(folder, force)
    _import(store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))))
    store.close()
    old_vault = (folder / "vault.json").read_bytes()  # holds the admin's old passphrase
    store = CaseStore.open(folder, "admin", PASS)
    store.change_passphrase("admin", "admin second passphrase")
    sam = store.cases.caseload(datetime(2026, 11, 26, 12))[0].person_id
    store.cases.sign_contract(sam, date(2026, 11, 10), default_conditions(""))
    ack = _round(store, force, tmp_path / "outbox")
    _import(store, ack)
    store.close()
    (folder / "vault.json").write_bytes(old_vault)  # the old passphrase works again...
    with CaseStore.open(folder, "admin", PASS) as old:
        check = old.audit_check()  # ...and check says so
        assert not check.ok and "an older copy of the key vault was put back" in check.problem
        with pytest.raises(RollbackDetected, match="an older copy of the key vault was put back"):
            open_incoming(old, read_bundle_file(ack))
