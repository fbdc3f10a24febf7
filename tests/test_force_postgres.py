"""The force's store on PostgreSQL: set CHECKPOINT_TEST_PG=postgresql://user@host/db to run it.

Everything happens in a schema made for the run and dropped afterwards, so the database may be shared.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, inspect, text
from sync_support import PDF, contract_state, identity, return_record
from test_force_cli import CSV, Force

from desktop.force.store import engine_url
from desktop.services.sync import Attachment, cert_pem, open_bundle

PG_URL = os.environ.get("CHECKPOINT_TEST_PG")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="CHECKPOINT_TEST_PG is not set (a postgresql:// URL of a test server)"),
]


@pytest.fixture
def pg_url():
    assert PG_URL
    schema = f"force_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}", schema
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _snapshot(url: str) -> dict[str, list[tuple]]:
    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as conn:
            return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                    for t in inspect(conn).get_table_names()}
    finally:
        engine.dispose()


def test_force_side_round_trip_on_postgresql(pg_url, tmp_path: Path, capsys):
    url, schema = pg_url
    force = Force(tmp_path)
    assert force.run("init", "--name", "Durham", db=url) == 0
    assert set(_snapshot(url)) >= {"partners", "referrals", "provider_records", "received_bundles"}
    (tmp_path / "provider.pem").write_bytes(cert_pem(identity("provider").cert))
    assert force.run("partner add", "--cert", tmp_path / "provider.pem", "--name", "Provider Ltd", db=url) == 0
    (tmp_path / "referrals.csv").write_text(CSV)
    assert force.run("refer", "--csv", tmp_path / "referrals.csv", "--to", "Provider Ltd", "--out",
                     tmp_path / "sent", db=url) == 0
    [sent] = (tmp_path / "sent").glob("*.cpbundle")
    referral = open_bundle(sent.read_bytes(), identity("provider").key, identity("provider").cert,
                           [force.cert]).records[0]

    pdf = Attachment("r.pdf", PDF)
    bundle = force.provider_bundle([contract_state(referral.id), return_record(referral.id, pdf)], [pdf])
    assert force.run("receive", bundle, db=url) == 0
    before = _snapshot(url)
    assert len(before["provider_records"]) == 2
    assert force.run("receive", bundle, db=url) == 1
    assert "replayed bundle" in capsys.readouterr().err
    assert _snapshot(url) == before
    assert force.run("status", db=url) == 0
    assert "people: 2 (2 referred by the force, 1 active)" in capsys.readouterr().out
    assert not (force.dir / "force.db").exists()
