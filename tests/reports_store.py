"""A real encrypted store holding the synthetic service of tests/reports_service.py, with a signing key.

Users: admin, manager 'mona', keyworkers 'alex' (kwA) and 'bea' (kwB); one passphrase for all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain import Role
from desktop.storage.store import CaseStore
from tests.reports_service import seed_store

PASS = "report passphrase one"
NOW = datetime(2026, 11, 26, 12, 0)


def clock() -> datetime:
    return NOW


@dataclass(frozen=True)
class ReportStore:
    folder: Path
    ids: dict[str, str]  # kwA/kwB -> user id


def build_report_store(folder: Path, *, signing_key: bool = True) -> ReportStore:
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=clock)
    try:
        store.set_setting("organisation", "Northshire Recovery")
        store.add_user("mona", "Mona Manager", Role.MANAGER, PASS)
        store.add_user("alex", "Alex Keyworker", Role.KEYWORKER, PASS)
        store.add_user("bea", "Bea Navigator", Role.KEYWORKER, PASS)
        users = {u.username: u.id for u in store.users()}
        ids = {"kwA": users["alex"], "kwB": users["bea"]}
        seed_store(store, ids)
    finally:
        store.close()
    if signing_key:
        from desktop.services.returns_workflow import ReturnWorkflow

        mona = CaseStore.open(folder, "mona", PASS, clock=clock)
        try:
            ReturnWorkflow(mona).create_self_signed("Northshire Recovery")
        finally:
            mona.close()
    return ReportStore(folder, ids)
