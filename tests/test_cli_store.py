"""`checkpoint-desk` end to end, as separate processes, the way a newcomer or a script would run it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from store_fixtures import snapshot

DEMO_PASS = "checkpoint-demo"


def run(*args, passphrase=DEMO_PASS, extra_env=None, check=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    if passphrase is not None:
        env["CHECKPOINT_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "demo"
    out = run("demo", folder, "--people", "15", passphrase=None, check=True)
    assert "passphrase: checkpoint-demo" in out.stdout
    return folder


def test_version_and_help():
    assert run("--version").stdout.startswith("checkpoint-desk ")
    assert "caseload" in run("--help").stdout


def test_init_prints_the_recovery_key_once_and_recover_uses_it(tmp_path):
    store = tmp_path / "s"
    out = run("init", store, "--user", "boss", passphrase="first passphrase", check=True)
    key = out.stdout.strip().splitlines()[-1].strip()
    assert len(key) == 39 and key.count("-") == 7
    (tmp_path / "key.txt").write_text(key)
    (tmp_path / "new.txt").write_text("second passphrase\n")
    run(
        "recover",
        store,
        "--recovery-key-file",
        tmp_path / "key.txt",
        "--user",
        "boss",
        "--new-passphrase-file",
        tmp_path / "new.txt",
        passphrase=None,
        check=True,
    )
    assert run("users", "list", store, "--user", "boss", passphrase="first passphrase").returncode == 2
    listed = run(
        "users",
        "list",
        store,
        "--user",
        "boss",
        "--passphrase-file",
        tmp_path / "new.txt",
        passphrase=None,
        check=True,
    )
    assert listed.stdout.split()[:2] == ["boss", "admin"]


def test_caseload_as_keyworker_and_manager(demo):
    mine = run("caseload", demo, "--user", "alex", "--format", "csv", check=True).stdout.strip().splitlines()
    everyone = (
        run("caseload", demo, "--user", "manager", "--format", "csv", check=True).stdout.strip().splitlines()
    )
    assert mine[0].startswith("name,force_reference,keyworker,status,contract_day")
    assert len(everyone) == 16 and 1 < len(mine) < len(everyone)
    assert all(",Alex Carter," in line for line in mine[1:])
    table = run("caseload", demo, "--user", "manager", check=True).stdout
    assert " of 12" in table and ("On track" in table or "At risk" in table)


@pytest.mark.parametrize(
    "args, message",
    [
        (("--user", "manager"), "wrong passphrase for 'manager'"),
        (("--user", "nobody"), "no user named 'nobody'"),
    ],
)
def test_refusals_are_one_line_exit_2_and_change_nothing(demo, args, message):
    before = snapshot(demo)
    proc = run("caseload", demo, *args, passphrase="wrong passphrase" if "manager" in args else DEMO_PASS)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and message in proc.stderr
    assert snapshot(demo) == before


def test_not_a_store_and_damaged_database(tmp_path, demo):
    proc = run("caseload", tmp_path, "--user", "manager")
    assert proc.returncode == 2 and "is not a case store" in proc.stderr
    damaged = tmp_path / "damaged"
    run("init", damaged, "--user", "boss", check=True)
    db = damaged / "cases.db"
    data = bytearray(db.read_bytes())
    data[100:400] = os.urandom(300)
    db.write_bytes(bytes(data))
    before = snapshot(damaged)
    proc = run("caseload", damaged, "--user", "boss")
    assert proc.returncode == 2 and "damaged" in proc.stderr and proc.stderr.count("\n") == 1
    assert {k: v for k, v in snapshot(damaged).items() if k != "store.lock"} == {
        k: v for k, v in before.items() if k != "store.lock"
    }
    check = run("check", damaged, "--user", "boss")
    assert check.returncode == 1 and "damaged" in check.stderr


def test_check_backup_restore_and_users(demo, tmp_path):
    assert "audit chain of" in run("check", demo, "--user", "manager", check=True).stdout
    backup = tmp_path / "backup"
    run("backup", demo, backup, "--user", "admin", check=True)
    assert not (backup / "cases.db").read_bytes().startswith(b"SQLite format 3")
    refused = run("restore", backup, demo, "--user", "admin")
    assert refused.returncode == 2 and "--force" in refused.stderr
    target = tmp_path / "restored"
    run("restore", backup, target, "--user", "admin", check=True)
    assert run("check", target, "--user", "admin", check=True).returncode == 0
    (tmp_path / "kim.txt").write_text("kim's passphrase")
    run(
        "users",
        "add",
        target,
        "kim",
        "--role",
        "keyworker",
        "--user",
        "admin",
        "--new-passphrase-file",
        tmp_path / "kim.txt",
        check=True,
    )
    denied = run(
        "users",
        "add",
        target,
        "bob",
        "--user",
        "kim",
        "--passphrase-file",
        tmp_path / "kim.txt",
        extra_env={"CHECKPOINT_NEW_PASSPHRASE": "bobs passphrase"},
    )
    assert denied.returncode == 2 and "needs admin" in denied.stderr


def test_check_names_a_damaged_page_without_a_traceback(tmp_path):
    store = tmp_path / "s"
    run("demo", store, "--people", "6", passphrase=None, check=True)
    db = store / "cases.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(16)
    db.write_bytes(bytes(data))
    before = snapshot(store)
    proc = run("check", store, "--user", "manager")
    assert proc.returncode == 1
    assert "HMAC verification failed for page" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot(store)["cases.db"] == before["cases.db"]
