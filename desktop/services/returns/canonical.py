"""Canonical JSON of a return's content, its SHA-256, and the short code and QR payload printed on paper.

The JSON has sorted keys, no insignificant whitespace, UTF-8, ISO dates: the same content always gives the
same bytes, so the hash identifies the content. The short code is derived from the document ID and that hash,
so a printed page can be matched to the signed file (and a different content under the same ID cannot match).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from .model import (
    AppointmentLine,
    AttendanceMonth,
    AttendanceSummary,
    ClinicalLine,
    ConditionLine,
    EvidenceLine,
    OnwardLine,
    ReasonLine,
    ReferralLine,
    ReturnContent,
    ReturnKind,
    Subject,
)

FORMAT_VERSION = 1
QR_PREFIX = "CPD1"
# Crockford's base32: no I, L, O or U, so a code read off paper cannot be mistyped into another one.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
CODE_LENGTH = 10


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def content_to_dict(content: ReturnContent) -> dict[str, Any]:
    data: dict[str, Any] = _plain(content)
    for later in ("contract_notes", "onward", "victim_lines"):  # added later: left out when empty, so
        if not data.get(later):  # earlier returns hash as before
            data.pop(later, None)
    data["format"] = FORMAT_VERSION
    if data.get("language") == "en":  # English content hashes exactly as it did before languages existed
        del data["language"]
    return data


def canonical_json(content: ReturnContent) -> bytes:
    return json.dumps(
        content_to_dict(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def content_hash(content: ReturnContent) -> str:
    """SHA-256 of the canonical JSON, as 64 lower-case hex digits."""
    return hashlib.sha256(canonical_json(content)).hexdigest()


def short_code(document_id: str, content_sha256: str) -> str:
    """Ten base32 characters (50 bits) of SHA-256(document ID + content hash), grouped like `K7F2-9QXA-3M`."""
    digest = hashlib.sha256(f"{document_id}:{content_sha256}".encode("ascii")).digest()
    number = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def normalise_code(text: str) -> str:
    """A code as typed by a person (any case, spaces, O for 0...) in its printed form; ValueError if not one."""
    chars = "".join(_READ_AS.get(c, c) for c in text.upper() if c not in " -")
    if len(chars) != CODE_LENGTH or any(c not in _ALPHABET for c in chars):
        raise ValueError("not a return code (ten letters and digits, like K7F2-9QXA-3M)")
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def qr_payload(document_id: str, content_sha256: str) -> str:
    """Upper case, so the QR code uses its compact alphanumeric mode (a smaller, easier-to-scan symbol)."""
    return f"{QR_PREFIX}:{document_id}:{content_sha256}".upper()


def parse_qr_payload(text: str) -> tuple[str, str]:
    """(document ID, content hash) from a scanned QR code; ValueError if it is not one of ours."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0].upper() != QR_PREFIX or len(parts[2]) != 64:
        raise ValueError("not a Checkpoint Desk return QR code")
    return parts[1].lower(), parts[2].lower()


def content_from_dict(data: dict[str, Any]) -> ReturnContent:
    """The inverse of `content_to_dict`, for content stored as JSON and rendered again."""
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown return content format {data.get('format')!r}")

    def d(v: str | None) -> date | None:
        return date.fromisoformat(v) if v else None

    def ev(items: list[dict[str, Any]]) -> tuple[EvidenceLine, ...]:
        return tuple(
            EvidenceLine(date.fromisoformat(e["on"]), e["text"], e.get("recorded", "")) for e in items
        )

    s = data["subject"]
    return ReturnContent(
        kind=ReturnKind(data["kind"]),
        document_id=data["document_id"],
        generated_at=datetime.fromisoformat(data["generated_at"]),
        replaces_document_id=data["replaces_document_id"],
        provider=data["provider"],
        force_name=data["force_name"],
        force_reference=data["force_reference"],
        subject=Subject(s["name"], date.fromisoformat(s["date_of_birth"]), s["pnc_id"]),
        keyworker=data["keyworker"],
        period_start=date.fromisoformat(data["period_start"]),
        period_end=date.fromisoformat(data["period_end"]),
        contract_state=data["contract_state"],
        contract_start=d(data["contract_start"]),
        contract_end=d(data["contract_end"]),
        closed_on=d(data["closed_on"]),
        outcome_reason=data["outcome_reason"],
        conditions=tuple(
            ConditionLine(
                c["title"],
                c["type_label"],
                c["status_label"],
                c["progress_label"],
                c["requirement"],
                ev(c["evidence"]),
            )
            for c in data["conditions"]
        ),
        appointments=tuple(
            AppointmentLine(
                datetime.fromisoformat(a["at"]), a["kind_label"], a["outcome_label"], a.get("note", "")
            )
            for a in data["appointments"]
        ),
        attendance=AttendanceSummary(**data["attendance"]),
        attendance_by_month=tuple(AttendanceMonth(**m) for m in data["attendance_by_month"]),
        referrals=tuple(
            ReferralLine(
                r["pathway_label"],
                r["intervention"],
                d(r["made_on"]),
                r["taken_up"],
                d(r["taken_up_on"]),
                r.get("agency", ""),
            )
            for r in data["referrals"]
        ),
        disclosures=ev(data["disclosures"]),
        compliance_level=data["compliance_level"],
        compliance_reasons=tuple(ReasonLine(r["level_label"], r["text"]) for r in data["compliance_reasons"]),
        clinical_shared=data["clinical_shared"],
        clinical=tuple(
            ClinicalLine(c["instrument"], c["score"], c["band"], date.fromisoformat(c["on"]))
            for c in data["clinical"]
        ),
        narrative=data["narrative"],
        sign_off_name=data["sign_off_name"],
        sign_off_role=data["sign_off_role"],
        facts_as_of=d(data.get("facts_as_of")),
        outcome_lines=tuple(data.get("outcome_lines", ())),
        recommendation=data.get("recommendation", ""),
        language=data.get("language", "en"),
        contract_notes=tuple(data.get("contract_notes", ())),
        onward=tuple(
            OnwardLine(
                o["pathway_label"],
                o["agency"],
                date.fromisoformat(o["referred_on"]),
                o["accepted_label"],
                d(o["accepted_on"]),
                d(o["first_attended_on"]),
            )
            for o in data.get("onward", ())
        ),
        victim_lines=tuple(data.get("victim_lines", ())),
    )
