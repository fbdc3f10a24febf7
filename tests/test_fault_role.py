"""`checkpoint-desk users role` killed (kill -9, at each named point) leaves a store every user can still open,
and running the same change again finishes it."""

from __future__ import annotations

import pytest
from store_fixtures import PASS, make_store
from test_fault_operations import run

from desktop.domain import Role
from desktop.storage.store import CaseStore

KW_PASS = "kim keyworker passphrase"


@pytest.fixture()
def folder(tmp_path):
    folder = tmp_path / "store"
    store = make_store(folder)
    store.add_user("kim", "Kim Keyworker", Role.KEYWORKER, KW_PASS)
    store.close()
    return folder


@pytest.mark.parametrize("point", ["role.after-vault", "role.after-db", "rekey.after-vault"])
def test_users_role_killed_at_any_point_is_finished_by_running_it_again(folder, point):
    change = ("users", "role", folder, "--user", "admin", "kim", "--role", "manager")
    proc = run(*change, crash=point, new_passphrase="kim first manager passphrase")
    assert proc.returncode == 137, proc.stderr
    with CaseStore.open(folder, "admin", PASS) as admin:  # opens: no "role changed outside the app"
        assert admin.audit_check().ok
    again = run(*change, new_passphrase="kim second manager passphrase")
    if point == "rekey.after-vault":  # it had finished but for the re-key, which the open completed
        assert again.returncode == 2 and "already a manager" in again.stderr
        kim_pass = "kim first manager passphrase"
    else:
        assert again.returncode == 0, again.stderr
        kim_pass = "kim second manager passphrase"
    with CaseStore.open(folder, "kim", kim_pass) as kim:
        assert kim.user.role is Role.MANAGER
    with CaseStore.open(folder, "admin", PASS) as admin:
        assert not admin.user_list_problems() and admin.audit_check().ok


def test_users_role_refusals_are_one_line(folder):
    proc = run(
        "users",
        "role",
        folder,
        "--user",
        "admin",
        "admin",
        "--role",
        "manager",
        new_passphrase="a new admin passphrase",
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "your own role" in proc.stderr
    proc = run(
        "users",
        "role",
        folder,
        "--user",
        "admin",
        "kim",
        "--role",
        "keyworker",
        new_passphrase="kim new passphrase here",
    )
    assert proc.returncode == 2 and "already a keyworker" in proc.stderr
