"""Factories for real encrypted stores in tests (Argon2id at its real cost: about 0.2 s a user)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlcipher3

from desktop.domain import ELIGIBILITY_QUESTIONS, Consent, EligibilityAnswer, Person, Referral
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault

PASS = "correct horse battery"
NOW = datetime(2026, 11, 26, 12, 0)


def fixed_clock() -> datetime:
    return NOW


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def raw_connection(folder: Path, username: str = "admin", passphrase: str = PASS) -> sqlcipher3.Connection:
    key, _role = KeyVault.load(folder).unlock(username, passphrase)
    conn = sqlcipher3.connect(str(folder / "cases.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def new_person(
    first: str = "Jordan",
    last: str = "Example",
    ref: str = "NS/26/000001",
    keyworker_id: str | None = None,
    today: date | None = None,
) -> tuple[Person, Referral, Consent]:
    today = today or NOW.date()
    person = Person(first, last, date(1995, 5, 5), ref, keyworker_id)
    answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
    referral = Referral(
        person.id,
        "Northshire Police",
        "PC 1234 Dale",
        "Possession (class B)",
        today - timedelta(days=10),
        today - timedelta(days=8),
        answers,
    )
    return person, referral, Consent(person.id)


def make_store(folder: Path) -> CaseStore:
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=fixed_clock)
    return store
