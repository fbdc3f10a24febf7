"""The force store's Alembic migrations on both engines: one line of history, no drift between the models and
the migrations, a store made by the first release upgraded (encrypted, sealed, migrated), a newer one refused."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import force_schema_v1 as v1
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from force_support import PASS, Force
from sqlalchemy import create_engine, text
from sync_support import NOW, PDF, identity

from desktop.force import migrate
from desktop.force.keys import ForceKeys
from desktop.force.models import Base
from desktop.force.store import engine_url
from desktop.services.sync import cert_pem, key_pem, load_key, new_identity
from desktop.storage.vault import KeyVault


def test_the_force_migrations_form_one_line_of_history():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1, script.get_heads()
    assert len(script.get_bases()) == 1
    assert migrate.head_revision() == "0002_force_sealed"


def test_the_migrations_build_exactly_the_schema_the_models_describe(tmp_path, force_db):
    force = Force(tmp_path, force_db).create()
    with force.open() as ctx, ctx.store.engine.connect() as conn:
        assert migrate.current_revision(ctx.store.engine) == migrate.head_revision()
        context = MigrationContext.configure(
            conn, opts={"version_table": migrate.VERSION_TABLE, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


class OldRelease:
    """A force folder as the first release left it: plain force.db (create_all), key under its passphrase."""

    def __init__(self, tmp: Path, db: str | None) -> None:
        self.force = Force(tmp, db)
        root = self.force.dir
        root.mkdir(mode=0o755)
        ident = new_identity("Durham", NOW, bits=2048)
        (root / "force-key.pem").write_bytes(key_pem(ident.key, PASS))
        (root / "force-cert.pem").write_bytes(cert_pem(ident.cert))
        (root / "force.json").write_text(json.dumps({"name": "Durham"}))
        (root / "returns" / "provider-ltd").mkdir(parents=True)
        (root / "outbox").mkdir()
        self.pdf = root / "returns" / "provider-ltd" / f"{'a' * 64}.pdf"
        self.pdf.write_bytes(PDF)
        url = engine_url(db) if db else f"sqlite:///{root / 'force.db'}"
        engine = create_engine(url)
        v1.Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(
                v1.PartnerRecord.__table__.insert(),
                [
                    {
                        "name": "Provider Ltd",
                        "cert_pem": cert_pem(identity("provider").cert).decode(),
                        "cert_sha256": "b" * 64,
                        "added_at": "2026-11-01T09:00:00Z",
                        "out_sequence": 1,
                        "out_last_sha256": "c" * 64,
                    }
                ],
            )
            conn.execute(
                v1.ReferralRecord.__table__.insert(),
                [
                    {
                        "id": "11111111-1111-4111-8111-111111111111",
                        "partner_id": 1,
                        "force_reference": "DUR/24/0001",
                        "version": 1,
                        "sent_in": "22222222-2222-4222-8222-222222222222",
                        "data": {
                            "force_reference": "DUR/24/0001",
                            "force": "Durham",
                            "offence": "Possession of cannabis",
                            "offence_date": "2026-11-01",
                            "referral_date": "2026-11-03",
                            "officer": "PC 1234 Jones",
                            "person": {
                                "first_name": "Sam",
                                "last_name": "Taylor",
                                "date_of_birth": "1990-04-02",
                                "pnc_id": "2001/0012345X",
                            },
                        },
                    }
                ],
            )
            conn.execute(
                v1.ReceivedBundleRecord.__table__.insert(),
                [
                    {
                        "bundle_id": "33333333-3333-4333-8333-333333333333",
                        "partner_id": 1,
                        "sequence": 1,
                        "sha256": "d" * 64,
                        "created_at": "2026-11-20T09:30:00Z",
                        "received_at": "2026-11-20T10:00:00Z",
                        "record_count": 2,
                    }
                ],
            )
            ref = {"referral_id": "11111111-1111-4111-8111-111111111111", "force_reference": "DUR/24/0001"}
            conn.execute(
                v1.ProviderRecord.__table__.insert(),
                [
                    {
                        "partner_id": 1,
                        "id": "44444444-4444-4444-8444-444444444444",
                        "type": "contract_state",
                        "version": 1,
                        **ref,
                        "bundle_id": "33333333-3333-4333-8333-333333333333",
                        "file_name": None,
                        "data": {**ref, "state": "active", "signed_on": "2026-11-10"},
                    },
                    {
                        "partner_id": 1,
                        "id": "55555555-5555-4555-8555-555555555555",
                        "type": "return",
                        "version": 1,
                        **ref,
                        "bundle_id": "33333333-3333-4333-8333-333333333333",
                        "file_name": f"provider-ltd/{'a' * 64}.pdf",
                        "data": {
                            **ref,
                            "contract_id": "66666666-6666-4666-8666-666666666666",
                            "period_start": "2026-11-10",
                            "period_end": "2026-12-09",
                            "signed_on": "2026-12-10",
                            "signed_by": "A Manager",
                            "compliance": "not_complying",
                            "attachment": "r.pdf",
                            "attachment_sha256": "e" * 64,
                        },
                    },
                ],
            )
        engine.dispose()


def test_a_store_made_by_the_first_release_is_encrypted_and_upgraded(tmp_path, force_db, capsys):
    old = OldRelease(tmp_path, force_db)
    force = old.force
    assert force.run("status", user="admin") == 2
    assert "run `checkpoint-force upgrade DIR` once" in capsys.readouterr().err

    assert force.run("upgrade", user="admin") == 0
    out = capsys.readouterr().out
    assert "Upgraded" in out and "Recovery key" in out
    root = force.dir
    if force_db is None:
        assert not (root / "force.db").read_bytes().startswith(b"SQLite format 3")
        [backup] = (root / "backups").glob("force-legacy-*.db")  # the encrypted copy taken before migrating
        assert not backup.read_bytes().startswith(b"SQLite format 3")
    keys = ForceKeys(KeyVault.load(root).unlock("admin", PASS)[0])
    load_key((root / "force-key.pem").read_bytes(), keys.key_file_passphrase)  # re-encrypted for the vault
    assert not old.pdf.exists()
    sealed = old.pdf.with_name(old.pdf.name + ".sealed")
    assert keys.open_file(sealed.read_bytes(), f"provider-ltd/{'a' * 64}.pdf") == PDF
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in root.rglob("*") if p.is_file())

    [(data, last_name)] = force.rows("SELECT data, last_name FROM referrals")
    assert "person" not in (json.loads(data) if isinstance(data, str) else data)
    assert last_name.startswith("v1.") and "Taylor" not in last_name
    assert (
        force.run(
            "users add",
            "dana",
            "--role",
            "decision-maker",
            "--new-passphrase-file",
            force.passfile,
            user="admin",
        )
        == 0
    )
    capsys.readouterr()
    assert force.run("find", "--last-name", "taylor") == 0
    assert "DUR/24/0001  Sam Taylor  born 1990-04-02" in capsys.readouterr().out
    assert force.run("status", "--today", "2026-12-20") == 0
    status = capsys.readouterr().out
    assert "people: 1 (1 referred by the force, 1 active)" in status
    assert "DUR/24/0001  active; latest return to 2026-12-09: NOT COMPLYING" in status
    assert "returns not read yet: 1" in status
    assert force.run("returns open", "55555555", "--out", tmp_path / "r.pdf") == 0
    assert (tmp_path / "r.pdf").read_bytes() == PDF
    assert force.run("upgrade", user="admin") == 0
    assert "nothing to upgrade" in capsys.readouterr().out
    assert force.run("audit", user="admin") == 0
    assert "force.upgrade" in (audit := capsys.readouterr().out) and "audit chain ok" in audit


def test_an_upgrade_cut_short_after_the_vault_was_written_finishes_on_the_next_open(
    tmp_path, force_db, capsys
):
    old = OldRelease(tmp_path, force_db)
    KeyVault.create(old.force.dir, "admin", PASS)  # the upgrade's first step, then the process died
    assert old.force.run("status", user="admin") == 0, capsys.readouterr().err
    assert "Provider Ltd" in capsys.readouterr().out
    assert not old.pdf.exists()
    [(last_name,)] = old.force.rows("SELECT last_name FROM referrals")
    assert last_name.startswith("v1.")


def test_a_wrong_passphrase_leaves_a_first_release_folder_untouched(tmp_path, force_db, capsys):
    old = OldRelease(tmp_path, force_db)
    before = {p: p.read_bytes() for p in old.force.dir.rglob("*") if p.is_file()}
    (tmp_path / "wrong").write_text("not the passphrase")
    assert old.force.run("upgrade", user="admin", passfile=tmp_path / "wrong") == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in old.force.dir.rglob("*") if p.is_file()} == before


def test_a_store_written_by_a_newer_release_is_refused(tmp_path, force_db, capsys):
    force = Force(tmp_path, force_db).create()
    with force.open() as ctx, ctx.store.engine.begin() as conn:
        conn.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = '0099_from_the_future'"))
    assert force.run("status") == 2
    assert (
        "written by a newer version of Checkpoint Desk (schema 0099_from_the_future)"
        in capsys.readouterr().err
    )
