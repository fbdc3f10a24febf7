"""Real encrypted stores for the replica tests: an origin with a manager and two keyworkers, each with clients."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from store_fixtures import PASS, make_store, new_person

from desktop.domain import Role
from desktop.storage.store import CaseStore

KEY_BITS = 2048  # device keys in tests: the format accepts 2048 or more; 3072 in use


def origin(folder: Path) -> tuple[CaseStore, dict[str, str]]:
    """A store opened as the manager `mia`, with keyworkers kim (Kim's clients) and lee (Lee's clients)."""
    admin = make_store(folder)
    ids = {}
    for name, role in (("mia", Role.MANAGER), ("kim", Role.KEYWORKER), ("lee", Role.KEYWORKER)):
        ids[name] = admin.add_user(name, name.title(), role, PASS).id
    for i, (first, last, kw) in enumerate(
        (
            ("Alma", "Kimclient", "kim"),
            ("Boris", "Kimclient", "kim"),
            ("Cyrus", "Leeclient", "lee"),
            ("Dagny", "Leeclient", "lee"),
        ),
        start=1,
    ):
        person, referral, consent = new_person(first, last, f"NS/26/{i:06d}", ids[kw])
        admin.cases.add_referral(person, referral, consent)
    admin.close()
    return CaseStore.open(folder, "mia", PASS), ids


def people(store: CaseStore) -> dict[str, str]:
    """last name + first name -> phone, as the app reads them (CaseRepository.load_cases)."""
    return {f"{c.person.first_name} {c.person.last_name}": c.person.phone for c in store.cases.load_cases()}


def set_phone(store: CaseStore, full_name: str, phone: str) -> None:
    case = next(
        c for c in store.cases.load_cases() if f"{c.person.first_name} {c.person.last_name}" == full_name
    )
    store.cases.update_person(replace(case.person, phone=phone))


def audit_actions(store: CaseStore) -> list[str]:
    """The actions of the store's audit log, oldest first."""
    from sqlalchemy import select

    from desktop.storage.records import AuditRecord

    with store.session() as s:
        return [str(a) for a in s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq))]


def audit_details(store: CaseStore, action: str) -> list[str]:
    from sqlalchemy import select

    from desktop.storage.records import AuditRecord

    with store.session() as s:
        q = select(AuditRecord.detail).where(AuditRecord.action == action).order_by(AuditRecord.seq)
        return [str(d) for d in s.scalars(q)]


def decrypted_db(folder: Path, user: str) -> bytes:
    """A closed replica's whole database decrypted with the user's passphrase (sqlcipher_export), as bytes."""
    import sqlcipher3

    from desktop.storage.vault import KeyVault

    key, _role = KeyVault.load(folder).unlock(user, PASS)
    plain = folder.parent / f"{folder.name}-plain.db"
    conn = sqlcipher3.connect(str(folder / "cases.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    data = plain.read_bytes()
    plain.unlink()
    return data
