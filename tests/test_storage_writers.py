"""The storage writers sync and the demo share: the bulk case writer (both forms write the same rows), the one
audit writer (a batch chains and verifies like single entries), the search index and the visibility rule."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update
from store_fixtures import NOW, make_store

from desktop.domain import Consent, EligibilityAnswer, Person, Referral, Role
from desktop.domain.clock import aware_utc
from desktop.domain.ids import new_id
from desktop.storage import audit
from desktop.storage.case_bulk import CaseBulkWriter, ReferredPerson, bulk_writes
from desktop.storage.errors import ConcurrentEdit, PermissionDenied
from desktop.storage.records import AuditRecord, PersonRecord
from desktop.storage.store import CaseStore
from desktop.storage.versions import bump
from desktop.storage.visibility import check_visible, may_see


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "s")
    yield s
    s.close()


def _case_fields(store: CaseStore, person_id: str) -> tuple[object, ...]:
    case = store.cases.load_case(person_id)
    assert case.referral is not None and case.consent is not None
    p, r, c = case.person, case.referral, case.consent
    return (
        (p.first_name, p.last_name, p.date_of_birth, p.force_reference, p.pnc_id, p.phone, p.keyworker_id),
        (p.sex, p.ethnicity, p.preferred_language, p.version),
        (r.force, r.officer, r.offence, r.offence_date, r.referral_date, r.eligibility, r.version),
        (c.police_sharing, c.national_reporting, c.recorded_on, c.version),
    )


def test_referred_people_rows_equal_the_domain_objects_rows(store):
    answers = (
        EligibilityAnswer("age_18_plus", True),
        EligibilityAnswer("no_sexual_offence", False, "a note"),
    )
    person = Person("Robin", "Ash", date(1990, 4, 2), "NS/26/1", None, "99/1234A", phone="07700 900123")
    referral = Referral(person.id, "Force", "PC 1", "Theft", date(2026, 11, 1), date(2026, 11, 3), answers)
    with bulk_writes(store) as w:
        w.add_people([person], [referral], [Consent(person.id)])
    twin = ReferredPerson(
        new_id(),
        new_id(),
        new_id(),
        "Robin",
        "Ash",
        date(1990, 4, 2),
        "NS/26/2",
        "99/1234A",
        "07700 900123",
        "",
        "",
        "English",
        None,
        "Force",
        "PC 1",
        "Theft",
        date(2026, 11, 1),
        date(2026, 11, 3),
        answers,
    )
    with store.write() as s:
        CaseBulkWriter(s, aware_utc(NOW)).add_referred_people([twin])
    a, b = _case_fields(store, person.id), _case_fields(store, twin.person_id)
    assert a[0][3] == "NS/26/1" and b[0][3] == "NS/26/2"
    assert (a[0][:3], a[0][4:], a[1:]) == (b[0][:3], b[0][4:], b[1:])
    # both are in the search index, by name and by either reference
    assert set(store.cases.search("robin as")) == {person.id, twin.person_id}
    assert store.cases.search("NS/26/2") == [twin.person_id]
    assert set(store.cases.search("99/1234")) == {person.id, twin.person_id}


def test_a_batch_of_audit_entries_chains_and_verifies_like_single_ones(store):
    with store.write() as s:
        audit.append(s, "admin", "one", "thing", "1")
        audit.append_many(s, "admin", [("two", "thing", "2", "", ""), ("three", "thing", "3", "p", "d")])
        audit.append(s, "admin", "four", "thing", "4")
    with store.session() as s:
        assert audit.verify(s).ok
        head = audit.head(s)
        last = list(s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(4)))
    assert head is not None
    assert [r.action for r in reversed(last)] == ["one", "two", "three", "four"]
    assert [r.signer for r in last] == ["admin"] * 4  # the batch is signed like single entries
    with store.write() as s:  # an edited batch entry is named by the chain check
        s.execute(update(AuditRecord).where(AuditRecord.seq == head[0] - 1).values(detail="x"))
    with store.session() as s:
        check = audit.verify(s)
    assert not check.ok and check.first_bad_seq == head[0] - 1


def test_one_visibility_rule(store):
    kim = store.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
    assert may_see(store.user, "anyone") and may_see(store.user, None)
    assert may_see(kim, kim.id) and not may_see(kim, "someone else") and not may_see(kim, None)
    with pytest.raises(PermissionDenied, match="another keyworker"):
        check_visible(kim, None)


def test_a_stale_version_is_refused_by_the_shared_bump(store):
    p = Person("Robin", "Ash", date(1990, 4, 2), "NS/26/1")
    with bulk_writes(store) as w:
        w.add_people([p], [], [])
    with store.write() as s:
        rec = s.get(PersonRecord, p.id)
        assert rec is not None
        bump(rec, 1, "person")
        assert rec.row_version == 2
        with pytest.raises(ConcurrentEdit, match="person was changed"):
            bump(rec, 1, "person")
