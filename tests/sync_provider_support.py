"""The provider's and the force's sides for the provider sync tests: real stores, real bundles, 2048-bit keys."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from store_fixtures import make_store

from desktop.force.models import PartnerRecord, ReferralRecord
from desktop.force.outgoing import stage_bundle
from desktop.force.receive import Received, receive_bundle
from desktop.force.referrals import refer
from desktop.force.session import create_force
from desktop.services.sync import Record
from desktop.services.sync_provider import add_partner
from desktop.storage.records import Base
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository

FORCE = "Durham Constabulary"
PROVIDER = "Provider Ltd"
WHEN = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CSV_HEADER = "force_reference,first_name,last_name,date_of_birth,offence,offence_date,referral_date,officer\n"


def csv_rows(*rows: tuple[str, str, str]) -> bytes:
    """(force_reference, first_name, last_name) rows with fixed other columns."""
    body = "".join(
        f"{ref},{first},{last},1990-04-02,Possession of cannabis,2026-11-01,2026-11-03,PC 1234 Jones\n"
        for ref, first, last in rows
    )
    return (CSV_HEADER + body).encode("utf-8")


class ForceSide:
    """The force's folder and database, driven through the real `checkpoint-force` code."""

    def __init__(self, root: Path) -> None:
        from desktop.force.roles import ForceRole
        from desktop.force.users import add_user
        from desktop.storage.vault import KdfParams

        cheap = KdfParams(iterations=1, lanes=1)
        admin, _recovery = create_force(
            root, FORCE, "admin", "force passphrase", bits=2048, kdf=cheap, clock=lambda: WHEN
        )
        add_user(admin, "dana", ForceRole.DECISION_MAKER, "force passphrase", cheap)
        admin.close()
        from desktop.force.session import open_force

        self.ctx = open_force(root, "dana", "force passphrase", clock=lambda: WHEN)  # a decision-maker
        self.home, self.store, self.ident = self.ctx.home, self.ctx.store, self.ctx.identity
        self.out = root / "to-provider"

    def pin(self, provider_cert_pem: bytes) -> None:
        self.store.add_partner(PROVIDER, provider_cert_pem, WHEN, "admin")

    def refer(self, csv: bytes) -> Path:
        result = refer(self.ctx, PROVIDER, csv, self.out, WHEN)
        assert result.bundle is not None
        return result.bundle

    def send(self, records: list[Record], kind: str = "referral") -> Path:
        """A bundle of hand-made records (reoffending, withdrawals...) with the force's next sequence number."""
        with self.store.transaction() as session:
            partner = session.scalar(select(PartnerRecord).where(PartnerRecord.name == PROVIDER))
            out = stage_bundle(session, partner, self.ident, FORCE, records, kind, WHEN, self.out)
        out.file.commit()
        return out.file.path

    def referral_id(self, force_reference: str) -> str:
        with self.store.transaction() as session:
            return str(
                session.scalar(
                    select(ReferralRecord.id).where(ReferralRecord.force_reference == force_reference)
                )
            )

    def receive(self, path: Path) -> Received:
        return receive_bundle(self.ctx, path.read_bytes(), WHEN)

    def close(self) -> None:
        self.store.close()


def provider_store(folder: Path, force: ForceSide) -> CaseStore:
    """A new provider store that pinned the force, and the force pinned it back."""
    store = make_store(folder)
    store.set_setting("organisation", PROVIDER)
    add_partner(
        store,
        FORCE,
        force.home.cert_pem(),
        WHEN,
        inbox=str(folder.parent / "inbox"),
        outbox=str(folder.parent / "outbox"),
        bits=2048,
    )
    stored = SyncRepository(store).identity()
    assert stored is not None
    force.pin(stored.cert_pem)
    return store


def dump(store: CaseStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean nothing was written (pages may still move)."""
    names = sorted(Base.metadata.tables) + ["person_search"]
    with store.engine.connect() as conn:
        return {
            n: sorted((tuple(r) for r in conn.execute(text(f"SELECT * FROM {n}"))), key=repr) for n in names
        }


def reoffending(referral_id: str, force_reference: str, record_id: str | None = None) -> Record:
    return Record(
        "reoffending",
        record_id or str(uuid.uuid4()),
        1,
        {
            "referral_id": referral_id,
            "force_reference": force_reference,
            "offence": "Theft from a shop",
            "offence_date": "2026-11-20",
            "reported_on": "2026-11-24",
            "new_reference": "DUR/26/9999",
        },
    )


def withdrawal(referral_id: str, force_reference: str, on: str = "2026-11-25") -> Record:
    return Record(
        "referral_withdrawn",
        str(uuid.uuid4()),
        1,
        {
            "referral_id": referral_id,
            "force_reference": force_reference,
            "withdrawn_on": on,
            "reason": "charged after all",
        },
    )
