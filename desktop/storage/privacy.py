"""The SQL behind the data's whole life: legal holds, erasing one person, and reading all that is held on them.

Policy (who may, which rule, what the tombstone says) is in `desktop.services.privacy`; this module only knows
tables. Erasure deletes in one transaction, with `secure_delete` on so freed pages are zeroed, then vacuums so
no free page keeps an old copy. The two triggers that forbid deleting signed returns and completed assessments
are dropped and created again, from their own stored SQL, inside that same transaction: nothing else can run
between, and if anything fails the rollback restores them with the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain import Role
from desktop.domain.ids import new_id

from . import audit
from .errors import NotFound, PermissionDenied, StoreError
from .replica_tombstones import record_erasure
from .search_index import optimize as optimize_search_index
from .search_index import unindex_people

if TYPE_CHECKING:
    from .store import CaseStore

TELL_FORCE = "privacy.tell_force_of_erasures"  # "yes" when the data-sharing agreement asks for it
# Triggers that guard rows an erasure must still remove (migrations 0005 and 0006).
GUARD_TRIGGERS = ("returns_signed_never_deleted", "assessments_completed_never_deleted")

# Child tables first. Every table with a person_id column must be here or in KEPT_PERSON_TABLES
# (tests/test_privacy_inventory.py fails otherwise).
_PERSON_DELETES: tuple[tuple[str, str | None], ...] = (
    (
        "evidence",
        "DELETE FROM evidence WHERE condition_id IN (SELECT c.id FROM conditions c "
        "JOIN contracts k ON k.id = c.contract_id WHERE k.person_id = :pid)",
    ),
    (
        "contract_variations",
        "DELETE FROM contract_variations WHERE contract_id IN (SELECT id FROM contracts "
        "WHERE person_id = :pid)",
    ),
    (
        "contract_scans",
        "DELETE FROM contract_scans WHERE contract_id IN (SELECT id FROM contracts WHERE person_id = :pid)",
    ),
    ("victim_contacts", "DELETE FROM victim_contacts WHERE person_id = :pid"),
    ("onward_referrals", "DELETE FROM onward_referrals WHERE person_id = :pid"),
    (
        "conditions",
        "DELETE FROM conditions WHERE contract_id IN (SELECT id FROM contracts WHERE person_id = :pid)",
    ),
    ("contracts", "DELETE FROM contracts WHERE person_id = :pid"),
    ("appointments", "DELETE FROM appointments WHERE person_id = :pid"),
    ("safety_actions", "DELETE FROM safety_actions WHERE person_id = :pid"),
    ("assessments", "DELETE FROM assessments WHERE person_id = :pid"),
    ("returns", "DELETE FROM returns WHERE person_id = :pid"),
    ("consents", "DELETE FROM consents WHERE person_id = :pid"),
    ("referrals", "DELETE FROM referrals WHERE person_id = :pid"),
    (
        "sync_received_records",
        "DELETE FROM sync_received_records WHERE person_id = :pid OR record_id IN "
        "(SELECT value FROM json_each(:rids)) OR (:ref != '\"\"' AND instr(data_json, :ref) > 0)",
    ),
    (
        "sync_sent_records",
        "DELETE FROM sync_sent_records WHERE record_id IN (SELECT value FROM json_each(:rids))",
    ),
    (  # replicas (docs/replicas.md): each field's values as the replicas wrote them, then the row list
        "replica_registers",
        "DELETE FROM replica_registers WHERE record_id IN "
        "(SELECT record_id FROM replica_rows WHERE person_id = :pid)",
    ),
    (
        "replica_conflicts",
        "DELETE FROM replica_conflicts WHERE record_id IN "
        "(SELECT record_id FROM replica_rows WHERE person_id = :pid)",
    ),
    ("replica_rows", "DELETE FROM replica_rows WHERE person_id = :pid"),
    ("person_search", None),  # search_index.unindex_people: the one writer of the search index
    ("legal_holds", "DELETE FROM legal_holds WHERE person_id = :pid"),
    ("person_history", "DELETE FROM person_history WHERE person_id = :pid"),
    ("people", "DELETE FROM people WHERE id = :pid"),
)
PERSON_TABLES = tuple(t for t, _ in _PERSON_DELETES)
# audit_log keeps the person's random id on its entries (no name, reference or date of birth): the chain
# must stay whole, and once the person's rows are gone the id points at nobody.
# replica_tombstones keeps the id too: an erasure travels to the other replicas by it (docs/replicas.md).
KEPT_PERSON_TABLES = ("audit_log", "replica_tombstones")


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: str
    force_reference: str
    name: str


@dataclass(frozen=True, slots=True)
class Hold:
    person_id: str
    force_reference: str
    reason: str
    placed_by: str
    placed_at: str


@dataclass(frozen=True, slots=True)
class Erased:
    person_id: str
    counts: dict[str, int]
    files_removed: tuple[str, ...]
    files_left: tuple[str, ...]


def find_person(store: CaseStore, reference: str) -> PersonRef:
    """The one person whose force reference (or id) is `reference`."""
    with store.session() as s:
        rows = s.execute(
            text(
                "SELECT id, force_reference, first_name || ' ' || last_name FROM people "
                "WHERE force_reference = :r OR id = :r"
            ),
            {"r": reference.strip()},
        ).all()
    if not rows:
        raise NotFound(f"no person with reference '{reference}' in this case store")
    if len(rows) > 1:
        raise StoreError(
            f"{len(rows)} people share the reference '{reference}'; give the person's id instead"
        )
    return PersonRef(*rows[0])


# -- holds -------------------------------------------------------------------------------------------------
def holds(store: CaseStore, person_id: str | None = None) -> list[Hold]:
    q = (
        "SELECT h.person_id, p.force_reference, h.reason, h.placed_by, h.placed_at FROM legal_holds h "
        "JOIN people p ON p.id = h.person_id"
    )
    with store.session() as s:
        if person_id is None:
            rows = s.execute(text(q + " ORDER BY h.placed_at")).all()
        else:
            rows = s.execute(text(q + " WHERE h.person_id = :p ORDER BY h.placed_at"), {"p": person_id}).all()
    return [Hold(*r) for r in rows]


def add_hold(store: CaseStore, person: PersonRef, reason: str, at: datetime) -> None:
    with store.write() as s:
        s.execute(
            text(
                "INSERT INTO legal_holds (id, person_id, reason, placed_by, placed_at) "
                "VALUES (:id, :p, :r, :u, :at)"
            ),
            {"id": new_id(), "p": person.id, "r": reason, "u": store.user.username, "at": at.isoformat()},
        )
        audit.append(s, store.user.username, "hold.add", "person", person.id, person.id, reason)


def remove_holds(store: CaseStore, person: PersonRef, reason: str) -> int:
    with store.write() as s:
        n = _rowcount(s.execute(text("DELETE FROM legal_holds WHERE person_id = :p"), {"p": person.id}))
        if n:
            audit.append(s, store.user.username, "hold.remove", "person", person.id, person.id, reason)
    return n


def keep_old_values(s: Session, person_id: str, old: dict[str, Any], by: str, at: datetime) -> str:
    """Keep the values a person's details had before an edit (rectification); returns the row's id."""
    rid = new_id()
    s.execute(
        text(
            "INSERT INTO person_history (id, person_id, old_values_json, changed_by, changed_at) "
            "VALUES (:id, :p, :v, :by, :at)"
        ),
        {
            "id": rid,
            "p": person_id,
            "v": json.dumps({k: _plain(v) for k, v in old.items()}, sort_keys=True),
            "by": by,
            "at": at.isoformat(),
        },
    )
    return rid


def _rowcount(result: Any) -> int:
    """Rows a DELETE removed (a CursorResult's rowcount; typed loosely by SQLAlchemy's Session.execute)."""
    return int(getattr(result, "rowcount", 0) or 0)


# -- erasure -----------------------------------------------------------------------------------------------
def require_erasure_role(store: CaseStore) -> None:
    if store.user.role not in (Role.ADMIN, Role.MANAGER):
        raise PermissionDenied(
            f"{store.user.username} is a {store.user.role.value}; erasure needs a manager or admin"
        )


def _record_ids(s: Session, pid: str) -> list[str]:
    """Ids of every row of the person's, as sync logs name them."""
    ids = [pid]
    for q in (
        "SELECT id FROM referrals WHERE person_id = :pid",
        "SELECT id FROM contracts WHERE person_id = :pid",
        "SELECT id FROM appointments WHERE person_id = :pid",
        "SELECT id FROM returns WHERE person_id = :pid",
        "SELECT id FROM assessments WHERE person_id = :pid",
        "SELECT c.id FROM conditions c JOIN contracts k ON k.id = c.contract_id WHERE k.person_id = :pid",
    ):
        ids += [str(r[0]) for r in s.execute(text(q), {"pid": pid})]
    # the force's own ids for the referral that created this person
    ids += [
        str(r[0])
        for r in s.execute(
            text("SELECT record_id FROM sync_received_records WHERE person_id = :pid"), {"pid": pid}
        )
    ]
    return ids


def erase_person(
    store: CaseStore,
    person: PersonRef,
    action: str,
    detail: dict[str, Any],
    vacuum: bool = True,
    *,
    tombstone: bool = True,
) -> Erased:
    """Remove every row of `person`, leave one tombstone entry, then overwrite the freed pages.

    `secure_delete` zeroes freed pages as rows go; the VACUUM after also rewrites the file so no old copy
    survives in a page that was moved rather than freed. A batch passes `vacuum=False` and calls `compact`
    once at the end (benchmarks/erasure.py: the VACUUM is most of an erasure's time). On a replica the
    erasure leaves a tombstone that the next bundles carry to the others, unless `tombstone` is False (a
    client taken off one laptop's copy only, or an erasure that came from another replica)."""
    with store.write() as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        if s.execute(text("SELECT 1 FROM legal_holds WHERE person_id = :p"), {"p": person.id}).first():
            raise PermissionDenied("this person is under a legal hold; remove the hold before erasing")
        # the reference as a whole JSON string ("DUR/24/0001" with its quotes), so DUR/24/00010 is not matched
        params = {
            "pid": person.id,
            "ref": json.dumps(person.force_reference),
            "rids": json.dumps(_record_ids(s, person.id)),
        }
        paths: list[str] = []
        for (raw,) in s.execute(text("SELECT export_paths FROM returns WHERE person_id = :pid"), params):
            paths += json.loads(raw or "[]")
        if (
            store.setting(TELL_FORCE) == "yes"
        ):  # queued in this transaction: sent in the partner's next bundle
            for partner_id, referral_id in s.execute(
                text(
                    "SELECT partner_id, record_id FROM sync_received_records WHERE person_id = :pid "
                    "AND record_type = 'referral' AND state = 'applied'"
                ),
                {"pid": person.id},
            ).all():
                s.execute(
                    text(
                        "INSERT INTO erasure_notices (id, partner_id, referral_id, erased_on) "
                        "VALUES (:id, :p, :r, :on)"
                    ),
                    {
                        "id": new_id(),
                        "p": partner_id,
                        "r": referral_id,
                        "on": store.clock().date().isoformat(),
                    },
                )
        triggers = {
            name: sql
            for name, sql in s.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
                {"a": GUARD_TRIGGERS[0], "b": GUARD_TRIGGERS[1]},
            )
        }
        for name in triggers:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        counts: dict[str, int] = {}
        for table, sql in _PERSON_DELETES:
            n = unindex_people(s, [person.id]) if sql is None else _rowcount(s.execute(text(sql), params))
            if n:
                counts[table] = int(n)
        for sql in triggers.values():
            conn.exec_driver_sql(sql)
        optimize_search_index(s)
        if tombstone:
            record_erasure(s, person.id, store.clock())
        body = {**detail, "removed": counts}
        audit.append(
            s,
            store.user.username,
            action,
            "person",
            person.id,
            person.id,
            json.dumps(body, ensure_ascii=False, sort_keys=True),
        )
    removed, left = _remove_files(paths)
    if vacuum:
        compact(store)
    return Erased(person.id, counts, removed, left)


def _remove_files(paths: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pathlib import Path

    removed, left = [], []
    for p in dict.fromkeys(paths):
        try:
            Path(p).unlink()
            removed.append(p)
        except FileNotFoundError:
            continue
        except OSError:
            left.append(p)
    return tuple(removed), tuple(left)


def compact(store: CaseStore) -> None:
    """Overwrite free pages: VACUUM rewrites the file, then the WAL is checkpointed and truncated."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.commit()
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cur = raw.cursor()
        try:
            cur.execute("VACUUM")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            cur.close()


# -- subject access ----------------------------------------------------------------------------------------
_SAR_QUERIES: tuple[tuple[str, str], ...] = (
    ("person", "SELECT * FROM people WHERE id = :pid"),
    ("referrals", "SELECT * FROM referrals WHERE person_id = :pid"),
    ("consents", "SELECT * FROM consents WHERE person_id = :pid"),
    ("contracts", "SELECT * FROM contracts WHERE person_id = :pid ORDER BY created_at"),
    (
        "conditions",
        "SELECT c.* FROM conditions c JOIN contracts k ON k.id = c.contract_id "
        "WHERE k.person_id = :pid ORDER BY c.position",
    ),
    (
        "evidence",
        "SELECT e.* FROM evidence e JOIN conditions c ON c.id = e.condition_id JOIN contracts k "
        'ON k.id = c.contract_id WHERE k.person_id = :pid ORDER BY e."on"',
    ),
    ("appointments", "SELECT * FROM appointments WHERE person_id = :pid ORDER BY planned_at"),
    ("assessments", "SELECT * FROM assessments WHERE person_id = :pid ORDER BY administered_on"),
    (
        "returns",
        "SELECT id, kind, period_start, period_end, state, compliance, narrative, content_json, sha256, "
        "signed_by, signed_role, signed_at, exported_at, replaces_id, correction_reason "
        "FROM returns WHERE person_id = :pid ORDER BY period_start",
    ),
    (
        "safety_actions",
        "SELECT action, text, assessment_ids, recorded_at, recorded_by FROM safety_actions "
        "WHERE person_id = :pid ORDER BY recorded_at",
    ),
    (
        "contract_variations",
        'SELECT v.kind, v."on", v.reason, v.detail, v.recorded_by FROM contract_variations v '
        'JOIN contracts k ON k.id = v.contract_id WHERE k.person_id = :pid ORDER BY v."on"',
    ),
    (
        "contract_scans",
        "SELECT s.file_name, s.media_type, s.sha256, s.size FROM contract_scans s "
        "JOIN contracts k ON k.id = s.contract_id WHERE k.person_id = :pid",
    ),
    (
        "onward_referrals",
        "SELECT pathway, agency, referred_on, accepted, accepted_on, first_attended_on, note, recorded_by "
        "FROM onward_referrals WHERE person_id = :pid ORDER BY referred_on",
    ),
    (
        "victim_contacts",
        "SELECT v.condition_id, c.title AS condition, v.wishes, v.wishes_on, v.contact_on, v.contact_how, "
        "v.outcome, v.outcome_on, "  # the victim's own details are a third party's: withheld from the SAR
        "CASE WHEN v.victim_name != '' THEN 'withheld (third party)' ELSE '' END AS victim_name, "
        "CASE WHEN v.victim_contact != '' THEN 'withheld (third party)' ELSE '' END AS victim_contact "
        "FROM victim_contacts v "
        "JOIN conditions c ON c.id = v.condition_id WHERE v.person_id = :pid",
    ),
    ("holds", "SELECT reason, placed_by, placed_at FROM legal_holds WHERE person_id = :pid"),
    (
        "corrections",
        "SELECT id, old_values_json, changed_by, changed_at FROM person_history "
        "WHERE person_id = :pid ORDER BY changed_at",
    ),
    (
        "audit",
        "SELECT seq, at, actor, action, entity, entity_id, detail FROM audit_log "
        "WHERE person_id = :pid ORDER BY seq",
    ),
)


def subject_rows(store: CaseStore, person: PersonRef) -> dict[str, list[dict[str, Any]]]:
    """Every row held on the person, by table, as plain values (dates and times as ISO text)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.session() as s:
        for name, sql in _SAR_QUERIES:
            rows = s.execute(text(sql), {"pid": person.id}).mappings().all()
            out[name] = [{k: _plain(v) for k, v in r.items()} for r in rows]
        names = {str(r[0]): str(r[1]) for r in s.execute(text("SELECT username, display_name FROM users"))}
        names |= {str(r[0]): str(r[1]) for r in s.execute(text("SELECT id, display_name FROM users"))}
    for row in out["audit"]:
        row["actor_name"] = names.get(row["actor"], row["actor"])
    return out


def erasure_notices(s: Session, partner_id: str) -> list[tuple[str, str, str]]:
    """(notice id, referral id, erased on) waiting for this partner's next bundle."""
    return [
        (str(a), str(b), str(c))
        for a, b, c in s.execute(
            text(
                "SELECT id, referral_id, erased_on FROM erasure_notices WHERE partner_id = :p ORDER BY erased_on, id"
            ),
            {"p": partner_id},
        )
    ]


def people_names(store: CaseStore) -> list[tuple[str, str, str, str]]:
    """(id, first name, last name, reference) of everyone: what a subject access export must redact."""
    with store.session() as s:
        rows = s.execute(text("SELECT id, first_name, last_name, force_reference FROM people")).all()
    return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]


def _plain(v: Any) -> Any:
    if isinstance(v, bytes):
        return f"<{len(v)} bytes>"
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


# -- retention ---------------------------------------------------------------------------------------------
_LAST_ACTIVITY = """
SELECT p.id, p.force_reference,
  (SELECT k.state FROM contracts k WHERE k.person_id = p.id ORDER BY k.created_at DESC LIMIT 1),
  (SELECT coalesce(k.closed_on, k.end_date) FROM contracts k WHERE k.person_id = p.id
     ORDER BY k.created_at DESC LIMIT 1),
  max(coalesce((SELECT max(referral_date) FROM referrals WHERE person_id = p.id), ''),
      coalesce((SELECT max(substr(planned_at, 1, 10)) FROM appointments WHERE person_id = p.id), ''),
      coalesce((SELECT max(coalesce(closed_on, end_date, signed_on, offered_on)) FROM contracts
                WHERE person_id = p.id), ''),
      coalesce((SELECT max(administered_on) FROM assessments WHERE person_id = p.id), ''),
      coalesce((SELECT max(period_end) FROM returns WHERE person_id = p.id), ''))
FROM people p ORDER BY p.force_reference
"""


def retention_facts(store: CaseStore) -> list[Any]:
    """(person_id, reference, contract_state, contract_closed, last_activity) with dates as ISO text."""
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(_LAST_ACTIVITY))]


def held_ids(store: CaseStore) -> frozenset[str]:
    with store.session() as s:
        return frozenset(str(r[0]) for r in s.execute(text("SELECT DISTINCT person_id FROM legal_holds")))
