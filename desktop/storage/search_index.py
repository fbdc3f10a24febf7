"""The person search index (the FTS5 table `person_search`): the one place that writes it or matches in it.

An entry is a person's name and their references (force reference and PNC ID); every word typed must be a
prefix of a word in either. Everyone who adds, renames or re-references a person (the case repository, the
demo, a sync import) calls `index_people`; an erasure calls `unindex_people` and then `optimize`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain import User

from .visibility import visible_sql

_INSERT = text("INSERT INTO person_search (person_id, name, reference) VALUES (:id, :name, :ref)")
_DELETE = text("DELETE FROM person_search WHERE person_id = :id")


class SearchEntry(NamedTuple):
    person_id: str
    first_name: str
    last_name: str
    force_reference: str
    pnc_id: str | None = None


def index_people(s: Session, entries: Iterable[SearchEntry], *, new: bool = False) -> None:
    """Put these people in the index, replacing what it held for them (`new`: they were never indexed, so
    there is nothing to replace; a bulk insert skips the deletes, and `entries` may be a generator)."""
    if not new:
        entries = list(entries)
        if entries:
            s.execute(_DELETE, [{"id": e.person_id} for e in entries])
    rows = [
        {"id": pid, "name": f"{first} {last}".strip(), "ref": f"{ref} {pnc or ''}".strip()}
        for pid, first, last, ref, pnc in entries
    ]
    if rows:
        s.execute(_INSERT, rows)


def unindex_people(s: Session, person_ids: Iterable[str]) -> int:
    """Take these people out of the index (an erasure); returns how many entries were removed."""
    ids = list(person_ids)
    if not ids:
        return 0
    result = s.execute(
        text("DELETE FROM person_search WHERE person_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(ids)},
    )
    return int(getattr(result, "rowcount", 0) or 0)


def optimize(s: Session) -> None:
    """Merge the index's segments, so a removed entry's terms are not left in an old segment (after an erasure)."""
    s.connection().exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('optimize')")


def reindex_all(s: Session) -> None:
    """The whole index again from the people table (after a bulk load)."""
    s.execute(text("DELETE FROM person_search"))
    s.execute(
        text(
            "INSERT INTO person_search (person_id, name, reference) SELECT id, trim(first_name || ' ' || "
            "last_name), trim(force_reference || ' ' || coalesce(pnc_id, '')) FROM people"
        )
    )


def match_query(typed: str) -> str:
    """'jo sm' -> '"jo"* AND "sm"*': every word a prefix, quotes doubled so input cannot break the syntax."""
    words = [w.replace('"', '""') for w in typed.split()]
    return " AND ".join(f'"{w}"*' for w in words)


def search_people(s: Session, user: User, typed: str, limit: int = 200) -> list[str]:
    """Person IDs whose name or reference starts with every word typed, best first, among those `user` sees."""
    if not typed.strip():
        return []
    where, params = visible_sql(user, "p.keyworker_id")
    sql = (
        "SELECT s.person_id FROM person_search s JOIN people p ON p.id = s.person_id "
        "WHERE person_search MATCH :q" + (f" AND {where}" if where else "")
    )
    params.update({"q": match_query(typed), "limit": limit})
    return [r[0] for r in s.execute(text(sql + " ORDER BY rank LIMIT :limit"), params)]
