"""The force's store on the real PostgreSQL server of the test run: credentials that never show in `ps`, what a
DBA (or a leaked dump) sees, and two team members writing at once. The rest of the force suite runs here too,
through the `force_db` fixture."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from force_engines import PgServer, schema_url
from force_support import CSV, Force
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sync_support import contract_state, identity, uid

from desktop.force.audit import entries, verify
from desktop.force.receive import receive_bundle
from desktop.force.store import engine_url
from desktop.services.sync import cert_pem, open_bundle, sha256_hex

pytestmark = pytest.mark.postgres


@pytest.fixture
def force(tmp_path: Path, pg_schema: str) -> Force:
    return Force(tmp_path, pg_schema).create()


def test_a_password_in_the_url_is_refused_before_anything_is_written(tmp_path, pg_schema, capsys):
    url = make_url(pg_schema).set(password="hunter2hunter2").render_as_string(hide_password=False)
    force = Force(tmp_path, url)
    assert force.run("init", "--name", "Durham", user="admin") == 2
    err = capsys.readouterr().err
    assert "a password in the database URL shows in `ps`" in err and "hunter2" not in err
    assert not force.dir.exists()


def test_the_password_comes_from_a_password_file_named_on_the_command_line(
    force, pg_server: PgServer, capsys, monkeypatch, tmp_path
):
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass either
    assert force.run("status") == 2
    err = capsys.readouterr().err
    assert err.startswith("checkpoint-force: cannot use the database:") and len(err.strip().splitlines()) == 1
    assert force.run("status", "--db-passfile", pg_server.passfile) == 0


def test_a_service_file_names_the_server_user_and_schema(
    force, pg_server: PgServer, capsys, monkeypatch, tmp_path
):
    url = make_url(force.db)
    service = tmp_path / "pg_service.conf"
    service.write_text(
        f"[force]\nhost={url.host}\nport={url.port}\nuser={url.username}\ndbname={url.database}\n"
        f"options={url.query['options']}\npassfile={pg_server.passfile}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.delenv("PGPASSFILE")
    assert force.run("status", "--db-service", "force", db=None) == 0
    assert "Provider Ltd" in capsys.readouterr().out


def _dump(force: Force) -> str:
    """The whole schema as a DBA with no key reads it (or pg_dump writes it)."""
    engine = create_engine(engine_url(force.db))
    try:
        with engine.connect() as conn:
            return "\n".join(
                repr(list(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))))
                for t in inspect(conn).get_table_names()
            )
    finally:
        engine.dispose()


def test_a_dba_sees_references_and_tokens_not_names_dates_of_birth_or_pnc_ids(force, tmp_path, capsys):
    (tmp_path / "referrals.csv").write_text(CSV)
    assert (
        force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out", tmp_path)
        == 0
    )
    dump = _dump(force)
    assert "DUR/24/0001" in dump and "Possession of cannabis" in dump  # what the DBA can see
    for secret in ("Taylor", "Morgan", "Sam", "1990-04-02", "1985-12-24", "2001/0012345X", "07700 900123"):
        assert secret not in dump, secret
    [(token, index)] = force.rows(
        "SELECT last_name, last_name_index FROM referrals WHERE force_reference = 'DUR/24/0001'"
    )
    assert token.startswith("v1.") and len(index) == 64
    capsys.readouterr()
    assert force.run("find", "--last-name", "TAYLOR") == 0
    assert (
        "DUR/24/0001  Sam Taylor  born 1990-04-02  PNC 2001/0012345X  referred to Provider Ltd"
        in capsys.readouterr().out
    )
    assert force.run("find", "--pnc", "2001/0012345x") == 0
    assert "DUR/24/0001" in capsys.readouterr().out


def test_two_team_members_receiving_at_once_keep_one_audit_chain_and_distinct_sequences(force, tmp_path):
    second = tmp_path / "second.pem"
    second.write_bytes(cert_pem(identity("provider-2").cert))
    assert force.run("partner add", "--cert", second, "--name", "Second Ltd", user="admin") == 0
    bundles: dict[str, list[Path]] = {}
    for name, who in (("Provider Ltd", "provider"), ("Second Ltd", "provider-2")):
        chain: list[Path] = []
        for n in range(1, 4):
            previous = sha256_hex(chain[-1].read_bytes()) if chain else None
            chain.append(
                force.provider_bundle([contract_state(uid())], [], n, previous, provider=who, name=name)
            )
        bundles[name] = chain
    errors: list[BaseException] = []

    def work(user: str, paths: list[Path]) -> None:
        try:
            with force.open(user) as ctx:
                for path in paths:
                    receive_bundle(ctx, path.read_bytes(), ctx.clock())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=("dana", bundles["Provider Ltd"])),
        threading.Thread(target=work, args=("admin", bundles["Second Ltd"])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with force.open() as ctx, ctx.store.transaction() as s:
        assert verify(s).ok
        assert [e.action for e in entries(s)].count("bundle.receive") == 6
    acks = sorted(force.rows("SELECT partner_id, sequence FROM sent_bundles"))
    assert acks == [(p, n) for p in sorted({p for p, _n in acks}) for n in (1, 2, 3)] and len(acks) == 6
    for ack in (force.dir / "outbox").glob("*.cpbundle"):
        who = "provider" if "provider-ltd" in ack.name else "provider-2"
        assert open_bundle(ack.read_bytes(), identity(who).key, identity(who).cert, [force.cert]).records


def test_a_cluster_whose_test_run_is_killed_is_stopped_and_removed_by_its_watchdog(pg_server: PgServer):
    import json
    import subprocess
    import sys
    import time

    from force_engines import SCRIPT

    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = subprocess.run(
            [sys.executable, str(SCRIPT), "start", "--owner-pid", str(owner.pid)],
            capture_output=True,
            text=True,
            check=True,
        )
        info = json.loads(started.stdout)
        folder = Path(info["folder"])
        assert (folder / "data" / "postmaster.pid").exists()
    finally:
        owner.kill()
        owner.wait()
    deadline = time.monotonic() + 30
    while folder.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not folder.exists()
    probe = create_engine(
        f"postgresql+psycopg://{info['user']}@127.0.0.1:{info['port']}/postgres",
        connect_args={"connect_timeout": 2},
    )
    with pytest.raises(Exception, match="(?i)connect|refused"):
        probe.connect()
    probe.dispose()


def test_a_folder_pointed_at_an_empty_database_is_told_to_run_init(force, pg_server: PgServer, capsys):
    """Not silently set up: an empty database is what a mistyped --db looks like."""
    admin = create_engine(engine_url(pg_server.url))
    with admin.begin() as conn:
        conn.execute(text('CREATE SCHEMA "force_test_empty"'))
    try:
        before = force.snapshot()
        assert force.run("status", db=schema_url(pg_server, "force_test_empty")) == 2
        assert "this database has not been set up: run `checkpoint-force init`" in capsys.readouterr().err
        assert force.snapshot() == before
    finally:
        with admin.begin() as conn:
            conn.execute(text('DROP SCHEMA "force_test_empty" CASCADE'))
        admin.dispose()
