"""The force suite runs on both engines: SQLite (SQLCipher) and a real PostgreSQL server.

`pg_server` (session): $CHECKPOINT_TEST_PG when it names a server of yours (postgresql://user@host:port/db, its
password in ~/.pgpass); otherwise a throwaway cluster started by scripts/pg_test_cluster.py on a free port of
127.0.0.1 and stopped when the run ends (a watchdog stops it if the run is killed).
If PostgreSQL cannot be started the PostgreSQL half of the suite ERRORS, loudly: always in CI ($CI set), as root
(`make test` installs Debian's postgresql then), and wherever PostgreSQL is installed. Only on a machine where it is
not installed and we are not root (a developer's laptop) is that half skipped, with the reason in the summary.
`force_db` (function, parametrised sqlite | postgresql): None for SQLite, else a URL to a schema made for the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from desktop.force.store import engine_url

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "pg_test_cluster.py"
sys.path.insert(0, str(SCRIPT.parent))
import pg_test_cluster  # noqa: E402


@dataclass(frozen=True)
class PgServer:
    url: str  # postgresql://user@host:port/db, no password
    passfile: str | None
    own: bool


def _must_run() -> bool:
    return bool(os.environ.get("CI")) or os.geteuid() == 0 or pg_test_cluster.bindir() is not None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    external = os.environ.get("CHECKPOINT_TEST_PG")
    if external:
        yield PgServer(external, os.environ.get("PGPASSFILE"), own=False)
        return
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "start", "--owner-pid", str(os.getpid())],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        reason = (proc.stderr.strip() or "scripts/pg_test_cluster.py failed").splitlines()[-1]
        if _must_run():
            pytest.fail(f"PostgreSQL could not be started for the force suite: {reason}", pytrace=False)
        pytest.skip(
            f"PostgreSQL is not installed and we are not root, so the PostgreSQL half of the force suite "
            f"does not run here ({reason}); `sudo make test` or CI runs it"
        )
    info = json.loads(proc.stdout)
    os.environ["PGPASSFILE"] = info["passfile"]  # libpq reads the password from here, never from a URL
    try:
        yield PgServer(
            f"postgresql://{info['user']}@{info['host']}:{info['port']}/postgres", info["passfile"], own=True
        )
    finally:
        subprocess.run([sys.executable, str(SCRIPT), "stop", info["folder"]], capture_output=True)


def schema_url(server: PgServer, schema: str) -> str:
    sep = "&" if "?" in server.url else "?"
    return f"{server.url}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_schema(pg_server: PgServer) -> Iterator[str]:
    """A URL whose connections use a schema made for this test (dropped afterwards)."""
    schema = f"force_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine_url(pg_server.url))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(pg_server, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def force_db(request: pytest.FixtureRequest) -> str | None:
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_schema"))
