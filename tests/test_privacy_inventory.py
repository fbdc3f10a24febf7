"""docs/personal-data.md lists every table of the migrated provider schema, the force's schema and every file a
store folder holds; every provider table with a person_id column is erased (or knowingly kept)."""

from __future__ import annotations

import re
from pathlib import Path

from store_fixtures import make_store, new_person

from desktop.force import home
from desktop.force.models import Base as ForceBase
from desktop.storage import privacy
from desktop.storage.engine import DB_NAME
from desktop.storage.lock import LOCK_NAME
from desktop.storage.store import ANCHOR_NAME, BACKUP_DIR
from desktop.storage.vault import KeyVault

DOC = Path(__file__).resolve().parent.parent / "docs" / "personal-data.md"


def _listed() -> set[str]:
    return set(re.findall(r"`([^`\s]+)`", DOC.read_text(encoding="utf-8")))


def _tables(store_folder: Path) -> dict[str, list[str]]:
    from store_fixtures import raw_connection

    conn = raw_connection(store_folder)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: [c[1] for c in conn.execute(f'PRAGMA table_info("{n}")')] for n in names}
    finally:
        conn.close()


def test_every_table_and_store_file_is_in_the_doc(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = make_store(folder)
    try:
        store.cases.add_referral(*new_person())
        store.backup_to(tmp_path / "copy")
    finally:
        store.close()
    tables = _tables(folder)
    assert "people" in tables and "legal_holds" in tables  # migrated to head
    listed = _listed()
    missing = sorted(t for t in tables if t not in listed and not t.startswith("person_search_"))
    assert missing == [], f"add these tables to {DOC.name}: {missing}"
    files = {p.name for p in folder.iterdir()} | {f"{DB_NAME}-wal", f"{DB_NAME}-shm"}
    assert {DB_NAME, KeyVault.FILE_NAME, ANCHOR_NAME} <= files
    loose = sorted(f for f in files if f not in listed and f"{f}/" not in DOC.read_text() and f != BACKUP_DIR)
    assert loose == [], f"add these store files to {DOC.name}: {loose}"
    assert LOCK_NAME in listed and f"{BACKUP_DIR}/cases-before-*.db" in listed


def test_every_force_table_and_file_is_in_the_doc() -> None:
    listed = _listed()
    missing = sorted(t for t in ForceBase.metadata.tables if t not in listed)
    assert missing == [], f"add these force tables to {DOC.name}: {missing}"
    for f in (home.KEY_FILE, home.CERT_FILE, home.SETTINGS_FILE, home.DB_FILE, home.VAULT_FILE):
        assert f in listed, f


def test_every_person_table_is_erased_or_knowingly_kept(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    store.close()
    tables = _tables(tmp_path / "store")
    with_person = {t for t, cols in tables.items() if "person_id" in cols}
    covered = set(privacy.PERSON_TABLES) | set(privacy.KEPT_PERSON_TABLES)
    assert with_person - covered == set(), "erase these tables in storage/privacy.py"
    assert set(privacy.PERSON_TABLES) <= set(tables)
