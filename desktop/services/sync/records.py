"""The record types a bundle carries, their fields, and the validator for one line of records.jsonl.

Every line is one JSON object: {"type": ..., "id": UUID, "version": int >= 1, "data": {...}}. `id` is the stable
ID of the thing described (a referral, a contract, a return) and `version` its row version: a receiver keeps the
highest version it has seen for an ID, so applying a record twice, or an older one late, changes nothing.
Unknown fields inside `data` are ignored (a later minor revision may add some); unknown types are refused.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.domain.enums import ComplianceLevel, ConditionStatus, ConditionType, ContractState

from .errors import MalformedRecord


class Direction(StrEnum):
    PROVIDER_TO_FORCE = "provider_to_force"
    FORCE_TO_PROVIDER = "force_to_provider"


@dataclass(frozen=True, slots=True)
class Field:
    """kind: text (may be empty), string (non-empty), date, datetime, uuid, count (int >= 0), version,
    sha256, enum (one of `choices`), object (with `fields`), objects (array of objects with `fields`)."""

    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()


def _f(
    name: str,
    kind: str = "string",
    *,
    optional: bool = False,
    choices: Iterable[str] = (),
    fields: tuple[Field, ...] = (),
) -> Field:
    return Field(name, kind, not optional, tuple(choices), fields)


_REF = (_f("referral_id", "uuid"), _f("force_reference"))
PERSON = (
    _f("first_name"),
    _f("last_name"),
    _f("date_of_birth", "date"),
    _f("pnc_id", "text", optional=True),
    _f("phone", "text", optional=True),
    _f("email", "text", optional=True),
    _f("address", "text", optional=True),
    _f("preferred_language", "text", optional=True),
)
ELIGIBILITY = (_f("question_id"), _f("answer", "bool"), _f("note", "text", optional=True))
CONFLICT = (_f("record_id", "uuid"), _f("reason"))
WITNESSED = (
    _f("seq", "count"),
    _f("sha256", "sha256"),
    _f("vault_generation", "count", optional=True),
)  # the acknowledged bundle's audit_head, echoed

RECORD_TYPES: dict[str, tuple[Field, ...]] = {
    # provider -> force
    "return": (
        *_REF,
        _f("contract_id", "uuid"),
        _f("period_start", "date"),
        _f("period_end", "date"),
        _f("signed_on", "date"),
        _f("signed_by"),
        _f("compliance", "enum", choices=ComplianceLevel),
        _f("attachment"),
        _f("attachment_sha256", "sha256"),
    ),
    "contract_state": (
        *_REF,
        _f("state", "enum", choices=ContractState),
        _f("offered_on", "date", optional=True),
        _f("signed_on", "date", optional=True),
        _f("end_date", "date", optional=True),
        _f("closed_on", "date", optional=True),
        _f("outcome_reason", "text", optional=True),
    ),
    "condition_status": (
        *_REF,
        _f("contract_id", "uuid"),
        _f("condition_type", "enum", choices=ConditionType),
        _f("title"),
        _f("status", "enum", choices=ConditionStatus),
        _f("changed_on", "date"),
        _f("note", "text", optional=True),
    ),
    "contract_variation": (
        *_REF,
        _f("contract_id", "uuid"),
        _f("kind", "enum", choices=("vary", "add", "withdraw", "extend", "pause", "resume")),
        _f("on", "date"),
        _f("detail"),
        _f("reason"),
    ),
    "attendance_summary": (
        *_REF,
        _f("period_start", "date"),
        _f("period_end", "date"),
        _f("offered", "count"),
        _f("attended", "count"),
        _f("missed", "count"),
        _f("cancelled", "count"),
    ),
    "erasure": (_f("referral_id", "uuid"), _f("erased_on", "date")),  # no reference, no name: only the id
    # force -> provider
    "referral": (
        _f("force_reference"),
        _f("force"),
        _f("person", "object", fields=PERSON),
        _f("offence"),
        _f("offence_date", "date"),
        _f("referral_date", "date"),
        _f("officer"),
        _f("officer_contact", "text", optional=True),
        _f("eligibility", "objects", optional=True, fields=ELIGIBILITY),
    ),
    "reoffending": (
        *_REF,
        _f("offence"),
        _f("offence_date", "date"),
        _f("reported_on", "date"),
        _f("new_reference", "text", optional=True),
    ),
    "referral_withdrawn": (*_REF, _f("withdrawn_on", "date"), _f("reason")),
    "force_decision": (
        *_REF,
        _f("decision", "enum", choices=("nfa", "charge", "other")),
        _f("decided_on", "date"),
        _f("note", "text", optional=True),
    ),
    # both ways
    "ack": (
        _f("bundle_id", "uuid"),
        _f("sequence", "count"),
        _f("bundle_sha256", "sha256"),
        _f("received_at", "datetime"),
        _f("result", "enum", choices=("applied", "applied_with_conflicts")),
        _f("conflicts", "objects", optional=True, fields=CONFLICT),
        _f("witnessed_audit", "object", optional=True, fields=WITNESSED),
    ),
}

ALLOWED_TYPES: dict[Direction, frozenset[str]] = {
    Direction.PROVIDER_TO_FORCE: frozenset(
        {
            "return",
            "contract_state",
            "condition_status",
            "contract_variation",
            "attendance_summary",
            "erasure",
            "ack",
        }
    ),
    Direction.FORCE_TO_PROVIDER: frozenset(
        {"referral", "reoffending", "referral_withdrawn", "force_decision", "ack"}
    ),
}

# \Z, not $: `$` also matches before a final newline, so "<uuid>\n" would pass as an ID.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# RFC 3339 in UTC, nothing else: datetime.fromisoformat alone would also take "20261203T100000Z",
# "2026-W49-4T10:00Z" or a comma, kept verbatim they would not sort or compare as times on either engine.
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z\Z")
MAX_TEXT = 10_000
MAX_DATETIME = 40  # the force's time columns (String(40)); the form above is at most 30


@dataclass(frozen=True, slots=True)
class Record:
    type: str
    id: str
    version: int
    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "id": self.id, "version": self.version, "data": self.data}


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and bool(_SHA256.match(value))


def is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def is_datetime(value: object) -> bool:
    if not isinstance(value, str) or len(value) > MAX_DATETIME or not _DATETIME.match(value):
        return False
    try:
        datetime.fromisoformat(value[:-1][:26] + "+00:00")  # at most microseconds: Python 3.11 takes no more
    except ValueError:
        return False
    return True


def normal_datetime(value: str) -> str:
    """A valid time (is_datetime) in the one form both sides write: to the second, Z (2026-11-26T05:30:00Z).
    Fractions are cut, not rounded, so a time never moves past the second it was taken in; every stored time
    then sorts and compares as text the same way on SQLite and PostgreSQL."""
    return value[:19] + "Z"


def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


_SIMPLE_CHECKS: dict[str, Callable[[object], bool]] = {
    "date": _is_date,
    "datetime": is_datetime,
    "uuid": is_uuid,
    "count": is_count,
    "sha256": is_sha256,
    "bool": _is_bool,
}


def _check(value: object, field: Field, where: str) -> str | None:
    """None when `value` fits `field`, else what is wrong (no value is quoted: it may be personal data)."""
    kind = field.kind
    if kind in ("text", "string"):
        if not isinstance(value, str):
            return "must be text"
        if len(value) > MAX_TEXT:
            return f"is longer than {MAX_TEXT:,} characters"
        return "must not be empty" if kind == "string" and not value.strip() else None
    check = _SIMPLE_CHECKS.get(kind)
    if check is not None:
        return None if check(value) else f"must be a {kind}"
    if kind == "enum":
        return (
            None
            if isinstance(value, str) and value in field.choices
            else "must be one of " + ", ".join(field.choices)
        )
    if kind == "object":
        if not isinstance(value, dict):
            return "must be an object"
        check_fields(value, field.fields, f"{where}.")
        return None
    if kind == "objects":
        if not isinstance(value, list) or len(value) > 1000:
            return "must be a list of objects"
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                return "must be a list of objects"
            check_fields(item, field.fields, f"{where}[{index}].")
        return None
    raise AssertionError(f"unknown field kind {kind}")


def _fast_ok(value: object, kind: str) -> bool:
    """The common cases, checked cheaply (10,000-record bundles are normal); False means 'look closer'."""
    if type(value) is not str:
        return False
    if kind == "string":
        return len(value) <= MAX_TEXT and not value[:1].isspace() and bool(value)
    if kind == "uuid":
        return _UUID.match(value) is not None
    if kind == "text":
        return len(value) <= MAX_TEXT
    return False


def check_fields(data: dict[str, Any], fields: tuple[Field, ...], prefix: str = "") -> None:
    for field in fields:
        value = data.get(field.name)
        if value is None:
            if field.required:
                raise MalformedRecord(f"field {prefix}{field.name} is missing")
            continue
        if _fast_ok(value, field.kind):
            continue
        problem = _check(value, field, prefix + field.name)
        if problem:
            raise MalformedRecord(f"field {prefix}{field.name} {problem}")
        if field.kind == "datetime":
            data[field.name] = normal_datetime(value)


def parse_record(obj: object, direction: Direction) -> Record:
    """Validate one decoded JSON line; raise MalformedRecord naming the field that is wrong."""
    if not isinstance(obj, dict):
        raise MalformedRecord("a record must be a JSON object")
    kind = obj.get("type")
    if not isinstance(kind, str) or kind not in RECORD_TYPES:
        raise MalformedRecord("unknown record type" if isinstance(kind, str) else "record type missing")
    if kind not in ALLOWED_TYPES[direction]:
        raise MalformedRecord(f"a {kind} record cannot travel {direction.value.replace('_', ' ')}")
    if not is_uuid(obj.get("id")):
        raise MalformedRecord(f"{kind} record: id must be a lower-case UUID")
    version = obj.get("version")
    if not isinstance(version, int) or not is_count(version) or version == 0:
        raise MalformedRecord(f"{kind} record: version must be an integer >= 1")
    data = obj.get("data")
    if not isinstance(data, dict):
        raise MalformedRecord(f"{kind} record: data must be an object")
    try:
        check_fields(data, RECORD_TYPES[kind])
    except MalformedRecord as exc:
        raise MalformedRecord(f"{kind} record: {exc}") from None
    return Record(type=kind, id=str(obj["id"]), version=version, data=data)


def parse_records(text: bytes, direction: Direction, max_records: int = 1_000_000) -> list[Record]:
    """records.jsonl: UTF-8, one record per line ('\\n'), blank lines not allowed except a final newline."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedRecord("records.jsonl is not UTF-8") from None
    lines = decoded.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) > max_records:
        raise MalformedRecord(f"records.jsonl has more than {max_records} records")
    records: list[Record] = []
    for number, line in enumerate(lines, start=1):
        try:
            obj = strict_loads(line)
        except (ValueError, RecursionError):
            raise MalformedRecord(f"records.jsonl line {number} is not JSON") from None
        if "\\u" in line:  # only an escape can put a NUL or a lone surrogate into decoded UTF-8 text
            try:
                check_strings(obj)
            except ValueError as exc:
                raise MalformedRecord(f"records.jsonl line {number}: {exc}") from None
        try:
            records.append(parse_record(obj, direction))
        except MalformedRecord as exc:
            raise MalformedRecord(f"records.jsonl line {number}: {exc}") from None
    return records


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to inf
        raise ValueError("not a finite number")
    return value


def strict_loads(text: str | bytes) -> Any:
    """json.loads without NaN, Infinity or numbers too big for a float: what PostgreSQL's JSON and every other
    JSON reader refuse, refused here first."""
    return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)


def _bad_string(value: str) -> bool:
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800"): no database can store it
        return True
    return False


def check_strings(obj: object) -> None:
    """Refuse NUL characters and lone surrogates anywhere (keys included): SQLite would keep a NUL that
    PostgreSQL refuses, and neither can encode a lone surrogate. Raises ValueError."""
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _bad_string(item):
                raise ValueError("a text value holds a NUL character or a lone surrogate")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def dump_records(records: Iterable[Record]) -> bytes:
    return b"".join(
        json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        + b"\n"
        for r in records
    )


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record type's line, for the force's IT and for docs."""

    def prop(field: Field) -> dict[str, Any]:
        simple: dict[str, dict[str, Any]] = {
            "text": {"type": "string"},
            "string": {"type": "string", "minLength": 1},
            "date": {"type": "string", "format": "date"},
            "datetime": {"type": "string", "format": "date-time"},
            "uuid": {"type": "string", "format": "uuid"},
            "count": {"type": "integer", "minimum": 0},
            "bool": {"type": "boolean"},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        }
        if field.kind in simple:
            return simple[field.kind]
        if field.kind == "enum":
            return {"enum": list(field.choices)}
        inner = obj(field.fields)
        return inner if field.kind == "object" else {"type": "array", "items": inner}

    def obj(fields: tuple[Field, ...]) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {f.name: prop(f) for f in fields},
            "required": [f.name for f in fields if f.required],
        }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{kind} record",
        "type": "object",
        "required": ["type", "id", "version", "data"],
        "properties": {
            "type": {"const": kind},
            "id": {"type": "string", "format": "uuid"},
            "version": {"type": "integer", "minimum": 1},
            "data": obj(RECORD_TYPES[kind]),
        },
    }
