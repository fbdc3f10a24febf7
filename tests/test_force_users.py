"""The force's users and roles (decision-maker, analyst, admin) and the hash-chained audit, on both engines:
what each role may do, roles that cannot be changed behind the app's back, passphrases, recovery, tampering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from force_support import CSV, PASS, Force
from sqlalchemy import text

from desktop.force.session import open_force
from desktop.storage.vault import KeyVault


@pytest.fixture
def force(tmp_path: Path, force_db: str | None) -> Force:
    return Force(tmp_path, force_db).create()


def _sql(force: Force, statement: str) -> None:
    with force.open() as ctx, ctx.store.engine.begin() as conn:
        conn.execute(text(statement))


@pytest.mark.parametrize(
    ("user", "argv", "needs"),
    [
        ("ann", ["refer", "--csv", "{csv}", "--to", "Provider Ltd", "--out", "{tmp}"], "decision-maker"),
        ("admin", ["find", "--last-name", "Taylor"], "decision-maker"),
        ("ann", ["receive", "{csv}"], "admin or decision-maker"),
        ("dana", ["users add", "eve", "--role", "admin", "--new-passphrase-file", "{pass}"], "admin"),
        ("dana", ["audit"], "admin"),
        ("admin", ["returns list"], "analyst or decision-maker"),
    ],
)
def test_each_role_is_refused_what_it_may_not_do_and_nothing_changes(
    force, capsys, tmp_path, user, argv, needs
):
    (tmp_path / "referrals.csv").write_text(CSV)
    before = force.snapshot()
    args = [
        a.format(
            csv=tmp_path / "referrals.csv",
            tmp=tmp_path / "o",
            pass_=force.passfile,
            **{"pass": force.passfile},
        )
        for a in argv
    ]
    assert force.run(*args, user=user) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(f"this needs {needs}") and len(err.splitlines()) == 1, err
    assert force.snapshot() == before


def test_an_admin_adds_and_removes_users_and_a_removed_user_cannot_open(force, capsys, tmp_path):
    new_pass = tmp_path / "eve.txt"
    new_pass.write_text("eve's own passphrase\n")
    assert (
        force.run("users add", "eve", "--role", "analyst", "--new-passphrase-file", new_pass, user="admin")
        == 0
    )
    assert force.run("status", user="eve", passfile=new_pass) == 0
    capsys.readouterr()
    assert force.run("users list", user="admin") == 0
    listing = capsys.readouterr().out
    assert "eve  analyst  active" in listing and "dana  decision-maker  active" in listing
    assert (
        force.run("users add", "eve", "--role", "admin", "--new-passphrase-file", new_pass, user="admin") == 2
    )
    assert "exists already" in capsys.readouterr().err
    assert force.run("users remove", "eve", user="admin") == 0
    assert force.run("status", user="eve", passfile=new_pass) == 2
    assert "no user named 'eve'" in capsys.readouterr().err
    assert force.run("users remove", "admin", user="admin") == 2
    assert "cannot remove yourself" in capsys.readouterr().err
    short = tmp_path / "short.txt"
    short.write_text("short\n")
    assert (
        force.run("users add", "fred", "--role", "analyst", "--new-passphrase-file", short, user="admin") == 2
    )
    assert "at least 10 characters" in capsys.readouterr().err


def test_a_role_raised_in_the_database_is_refused_at_open(force, capsys):
    _sql(force, "UPDATE force_users SET role = 'decision-maker' WHERE username = 'ann'")
    assert force.run("status", user="ann") == 2
    err = capsys.readouterr().err
    assert (
        "the role of 'ann' in the database (decision-maker) differs from the one sealed in the vault (analyst)"
        in err
    )


def test_a_role_raised_in_the_vault_file_opens_nothing(force, capsys):
    vault = force.dir / "vault.json"
    data = json.loads(vault.read_text())
    for entry in data["users"]:
        if entry["username"] == "ann":
            entry["role"] = "manager"  # what a decision-maker's entry holds
    vault.write_text(json.dumps(data))
    assert force.run("refer", "--csv", force.passfile, "--to", "x", "--out", force.tmp, user="ann") == 2
    assert "wrong passphrase for 'ann'" in capsys.readouterr().err  # the sealed role no longer matches


def test_a_passphrase_change_and_a_recovery_reset(force, capsys, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n")
    assert force.run("passphrase", "--new-passphrase-file", new, user="dana") == 0
    assert force.run("status", user="dana") == 2
    assert "wrong passphrase for 'dana'" in capsys.readouterr().err
    assert force.run("status", user="dana", passfile=new) == 0
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(force.recovery)
    again = tmp_path / "again.txt"
    again.write_text("reset by the recovery key\n")
    assert (
        force.run(
            "recover",
            "--for",
            "dana",
            "--recovery-key-file",
            recovery,
            "--new-passphrase-file",
            again,
            user="admin",
        )
        == 0
    )
    assert force.run("status", user="dana", passfile=again) == 0
    recovery.write_text("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert (
        force.run(
            "recover",
            "--for",
            "dana",
            "--recovery-key-file",
            recovery,
            "--new-passphrase-file",
            new,
            user="admin",
        )
        == 2
    )
    assert "does not open this force folder" in capsys.readouterr().err
    capsys.readouterr()
    assert force.run("audit", "--last", "50", user="admin") == 0
    out = capsys.readouterr().out
    assert "user.passphrase" in out and "user.recover" in out and "audit chain ok" in out


def test_every_change_and_every_reading_of_names_is_in_the_audit_chain(force, capsys, tmp_path):
    (tmp_path / "referrals.csv").write_text(CSV)
    assert (
        force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path)
        == 0
    )
    assert force.run("find", "--last-name", "Taylor") == 0
    assert (
        force.run("report", "--ref", "DUR/24/0001", "--kind", "withdrawn", "--reason", "charged after all")
        == 0
    )
    capsys.readouterr()
    assert force.run("audit", "--last", "50", user="admin") == 0
    out = capsys.readouterr().out
    actions = [line.split("  ")[3] for line in out.splitlines() if line.startswith("#")]
    assert actions == [
        "force.init",
        "user.add",
        "user.add",
        "partner.add",
        "referral.send",
        "person.find",
        "report.withdrawn",
    ]
    assert "Taylor" not in out and "1990-04-02" not in out  # the log names what was done, not who


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        (
            "UPDATE force_audit SET detail = 'nothing to see' WHERE seq = 2",
            "audit entry #2 (user.add by admin at",
        ),
        ("DELETE FROM force_audit WHERE seq = 2", "audit entries #2-#2 are missing"),
    ],
)
def test_an_edited_or_deleted_audit_entry_is_named(force, capsys, statement, problem):
    _sql(force, statement)
    assert force.run("audit", user="admin") == 2
    err = capsys.readouterr().err
    assert problem in err and err.startswith("checkpoint-force: audit chain broken")


def test_a_value_moved_from_one_person_to_another_is_refused_not_shown(force, capsys, tmp_path):
    (tmp_path / "referrals.csv").write_text(CSV)
    assert (
        force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path)
        == 0
    )
    _sql(
        force,
        "UPDATE referrals SET first_name = (SELECT first_name FROM referrals WHERE force_reference = "
        "'DUR/24/0002') WHERE force_reference = 'DUR/24/0001'",
    )
    capsys.readouterr()
    assert force.run("find", "--dob", "1990-04-02") == 2
    err = capsys.readouterr().err
    assert "first_name of a referral does not open" in err and "Alex" not in err


def test_another_folder_cannot_use_this_database(force, tmp_path, capsys):
    (tmp_path / "b").mkdir()
    if force.db is None:
        other = Force(tmp_path / "b", None)
        other.create(partner=None)
        (force.dir / "force.db").write_bytes((other.dir / "force.db").read_bytes())
        expected = "does not open with this folder's vault key"
    else:
        other = Force(tmp_path / "b", force.db)
        other.dir.mkdir()
        KeyVault.create(other.dir, "admin", PASS)
        (other.dir / "force.json").write_text('{"name": "Elsewhere"}')
        with pytest.raises(Exception) as refused:
            open_force(other.dir, "admin", PASS, url=other.url())
        assert "belongs to another force folder" in str(refused.value)
        return
    assert force.run("status", user="admin") == 2
    assert expected in capsys.readouterr().err


def test_a_user_whose_add_died_after_the_vault_write_can_be_added_again(force, capsys, tmp_path):
    from desktop.force.roles import VAULT_ROLE, ForceRole

    with force.open() as ctx:  # the vault entry written, then the process died before the row was committed
        ctx.vault.add_user(ctx.data_key, "eve", VAULT_ROLE[ForceRole.ANALYST], "eve's passphrase!")
    eve = tmp_path / "eve.txt"
    eve.write_text("eve's passphrase!\n")
    assert force.run("status", user="eve", passfile=eve) == 2
    assert "has a vault entry but is not an active user" in capsys.readouterr().err
    assert force.run("users add", "eve", "--role", "analyst", "--new-passphrase-file", eve, user="admin") == 0
    assert force.run("status", user="eve", passfile=eve) == 0
