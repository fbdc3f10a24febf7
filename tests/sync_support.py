"""Keys, certificates and records for the sync and force tests. Keys are generated here, never stored."""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from typing import Any

from desktop.services.sync import (
    Attachment,
    BundleHeader,
    Direction,
    Identity,
    Record,
    build_bundle,
    new_identity,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PDF = b"%PDF-1.7\n% a stand-in for a signed return\n%%EOF\n"


@functools.cache
def identity(name: str) -> Identity:
    """One 2048-bit identity per name per test run (3072 is the product default; 2048 keeps tests quick)."""
    return new_identity(name, NOW, bits=2048)


def uid() -> str:
    return str(uuid.uuid4())


def referral(force_reference: str = "DUR/24/0001", **overrides: Any) -> Record:
    data: dict[str, Any] = {
        "force_reference": force_reference,
        "force": "Durham Constabulary",
        "person": {"first_name": "Sam", "last_name": "Taylor", "date_of_birth": "1990-04-02"},
        "offence": "Possession of cannabis",
        "offence_date": "2026-11-01",
        "referral_date": "2026-11-03",
        "officer": "PC 1234 Jones",
    }
    data.update(overrides)
    return Record("referral", uid(), 1, data)


def contract_state(
    referral_id: str,
    state: str = "active",
    signed_on: str = "2026-10-01",
    record_id: str | None = None,
    version: int = 1,
) -> Record:
    return Record(
        "contract_state",
        record_id or uid(),
        version,
        {
            "referral_id": referral_id,
            "force_reference": "DUR/24/0001",
            "state": state,
            "signed_on": signed_on,
            "end_date": "2027-02-01",
        },
    )


def return_record(referral_id: str, attachment: Attachment, signed_on: str = "2026-11-15") -> Record:
    from desktop.services.sync import sha256_hex

    return Record(
        "return",
        uid(),
        1,
        {
            "referral_id": referral_id,
            "force_reference": "DUR/24/0001",
            "contract_id": uid(),
            "period_start": "2026-10-15",
            "period_end": "2026-11-14",
            "signed_on": signed_on,
            "signed_by": "A Manager",
            "compliance": "on_track",
            "attachment": attachment.name,
            "attachment_sha256": sha256_hex(attachment.data),
        },
    )


def provider_bundle(
    records: list[Record],
    attachments: list[Attachment],
    sequence: int = 1,
    previous: str | None = None,
    sender: str = "provider",
    recipient: str = "force",
    bundle_id: str | None = None,
) -> bytes:
    header = BundleHeader(
        direction=Direction.PROVIDER_TO_FORCE,
        sender_name="Provider Ltd",
        recipient_name="Durham",
        sequence=sequence,
        previous_bundle_sha256=previous,
        created_at=NOW,
        **({"bundle_id": bundle_id} if bundle_id else {}),
    )
    return build_bundle(
        header, records, attachments, identity(sender).key, identity(sender).cert, identity(recipient).cert
    )
