"""What a force's bundle would change in the case store: a dry run that reads and never writes.

Ownership settles each record. The force owns referral facts (who, force reference, offence, officer,
reoffending, withdrawal); the provider owns everything else. A record that would need the provider's own
data overwritten, or that names a referral we do not hold, is not applied: it becomes a conflict for a
person to see (a record whose referral has not arrived yet waits as *pending* and is applied when it does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import ELIGIBILITY_QUESTIONS, ConditionType, ContractState, EligibilityAnswer
from desktop.domain.eligibility import facts_from, ineligible_criteria
from desktop.services.sync import Record
from desktop.storage.sync_reads import ContractBrief, SyncReads

_QUESTION_IDS = frozenset(q.id for q in ELIGIBILITY_QUESTIONS)
NEW_REFERRAL = "new_referral"
REFERRAL_UPDATE = "referral_update"
REOFFENDING = "reoffending"
WITHDRAWAL = "withdrawal"
DECISION = "decision"
NOTE = "note"  # applied, nothing of ours to change (e.g. a withdrawal before any contract)
ACK = "ack"


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    record: Record
    person_id: str | None
    text: str
    target_id: str | None = None  # the contract or condition changed, or our sent bundle's ID for an ack


@dataclass(frozen=True, slots=True)
class Conflict:
    record: Record
    person_id: str | None
    reason: str
    pending: bool = False  # waits for its referral, which has not arrived yet
    brief: str = ""  # the reason without names, as the acknowledgement tells the force

    @property
    def for_force(self) -> str:
        return self.brief or self.reason

    @property
    def state(self) -> str:
        return "pending" if self.pending else "conflict"


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for c in self.changes:
            out[c.kind] += 1
        return dict(out)


def _name(data: dict[str, object]) -> str:
    person = data.get("person")
    if isinstance(person, dict):
        return f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    return ""


def eligibility_warning(data: dict[str, object]) -> str:
    """' (warning: not eligible: ...)' for a referral whose dates or answers fail a criterion, else ''."""
    person = data.get("person")
    born = person.get("date_of_birth") if isinstance(person, dict) else None
    try:
        facts = facts_from(
            date.fromisoformat(str(born)) if born else None,
            date.fromisoformat(str(data["offence_date"])),
            date.fromisoformat(str(data["referral_date"])),
        )
    except (KeyError, ValueError):
        return ""
    raw = data.get("eligibility")
    answers = tuple(
        EligibilityAnswer(str(a["question_id"]), bool(a["answer"]), str(a.get("note") or ""))
        for a in (raw if isinstance(raw, list) else [])
        if isinstance(a, dict)
    )
    known = tuple(a for a in answers if a.question_id in _QUESTION_IDS)
    failed = ineligible_criteria(facts, known)
    return f" (warning: not eligible: {'; '.join(failed)})" if failed else ""


def _fmt(day: str) -> str:
    return date.fromisoformat(day).strftime("%d %b %Y").lstrip("0")


class Planner:
    """Plan one bundle's records against the store as `reads` sees it (read only)."""

    def __init__(self, reads: SyncReads, partner_id: str) -> None:
        self.s = reads
        self.partner_id = partner_id
        self.plan = Plan()
        self._seen: dict[str, tuple[str, int]] = {}
        self._links: dict[str, str] = {}  # the force's referral id -> person id
        self._refs: dict[str, list[str]] = defaultdict(list)  # force reference -> person ids
        self._names: dict[str, str] = {}
        self._linked_people: set[str] = set()

    # -- loading, in bulk ----------------------------------------------------------------------------------
    def _load(self, records: Sequence[Record]) -> None:
        wanted = {r.id for r in records}
        rows = self.s.received_index(self.partner_id)
        for rid, rtype, version, state, _ref, person in rows:
            if rid in wanted:
                self._seen[rid] = (rtype, version)
            if rtype == "referral" and state == "applied" and person:
                self._links[rid] = person
                self._linked_people.add(person)
        refs = {str(r.data["force_reference"]) for r in records if r.type == "referral"}
        if refs:
            for pid, ref, first, last in self.s.people_with_references(refs):
                self._refs[ref].append(pid)
                self._names[pid] = f"{first} {last}"

    def _person_name(self, person_id: str) -> str:
        if person_id not in self._names:
            self._names[person_id] = self.s.person_name(person_id) or "(removed person)"
        return self._names[person_id]

    # -- planning ------------------------------------------------------------------------------------------
    def run(self, records: Sequence[Record], pending: Iterable[Record] = ()) -> Plan:
        self._load(records)
        for record in records:
            seen = self._seen.get(record.id)
            if seen is not None and seen[0] != record.type:
                self._conflict(record, None, f"reuses the ID of a {seen[0]} record")
                continue
            if seen is not None and seen[1] >= record.version:
                self.plan.unchanged += 1
                continue
            self._seen[record.id] = (record.type, record.version)
            getattr(self, f"_plan_{record.type}")(record)
        for record in pending:  # records that waited for a referral which may have arrived now
            if record.id not in {r.id for r in records} and str(record.data["referral_id"]) in self._links:
                getattr(self, f"_plan_{record.type}")(record)
        return self.plan

    def _change(
        self, kind: str, record: Record, person_id: str | None, text: str, target: str | None = None
    ) -> None:
        self.plan.changes.append(Change(kind, record, person_id, text, target))

    def _conflict(
        self, record: Record, person_id: str | None, reason: str, pending: bool = False, brief: str = ""
    ) -> None:
        self.plan.conflicts.append(Conflict(record, person_id, reason, pending, brief))

    def _plan_referral(self, record: Record) -> None:
        data, ref = record.data, str(record.data["force_reference"])
        who = f"{_name(data)} ({ref})"
        person = self._links.get(record.id)
        if person is not None:
            self._change(REFERRAL_UPDATE, record, person, f"Update the force's referral facts for {who}")
            return
        candidates = self._refs.get(ref, [])
        linked = [p for p in candidates if p in self._linked_people]
        if linked:
            self._conflict(
                record,
                linked[0],
                f"a second referral for force reference {ref}: the person already "
                "holds another referral from this force; ask the force which stands",
            )
        elif len(candidates) > 1:
            self._conflict(
                record,
                None,
                f"{len(candidates)} people already have force reference {ref}; "
                "link the referral to one of them by hand",
            )
        elif candidates:
            person = candidates[0]
            self._links[record.id] = person
            self._linked_people.add(person)
            self._change(
                REFERRAL_UPDATE,
                record,
                person,
                f"Link {self._person_name(person)} ({ref}), entered "
                "here before, to the force's referral and update its facts",
            )
        else:
            self._links[record.id] = ""  # created by this plan: later records in the bundle may name it
            self._change(
                NEW_REFERRAL,
                record,
                None,
                f"New referral: {who}, {data['offence']}{eligibility_warning(data)}",
            )

    def _person_for(self, record: Record) -> str | None:
        person = self._links.get(str(record.data["referral_id"]))
        if person is None:
            self._conflict(
                record,
                None,
                "names a referral not received from this force yet; it is kept and "
                "applied when the referral arrives",
                pending=True,
            )
        return person

    def _latest_contract(self, person_id: str) -> ContractBrief | None:
        return self.s.latest_contract(person_id)

    def _plan_reoffending(self, record: Record) -> None:
        person = self._person_for(record)
        if person is None:
            return
        if person == "":
            self._conflict(
                record,
                None,
                "reoffending news for a referral that has only just arrived, before "
                "any contract: decide what to record",
            )
            return
        who, when = self._person_name(person), _fmt(str(record.data["offence_date"]))
        contract = self._latest_contract(person)
        if contract is None or contract.state != ContractState.ACTIVE.value:
            state = (
                "no contract"
                if contract is None
                else f"a contract that is {contract.state.replace('_', ' ')}"
            )
            self._conflict(
                record,
                person,
                f"reoffending reported for {who} (offence on {when}), who has {state}: decide what to record",
                brief=f"not applied: the person has {state}",
            )
            return
        condition = self.s.condition_of_type(contract.id, ConditionType.OFFENDING.value)
        if condition is None:
            self._conflict(
                record,
                person,
                f"reoffending reported for {who}, whose contract has no offending "
                "condition: decide what to record",
                brief="not applied: the contract has no offending condition",
            )
            return
        self._change(
            REOFFENDING,
            record,
            person,
            f"{who}: offending condition becomes Not met (force notified of "
            f"an offence on {when}); shows as Not complying",
            condition,
        )

    def _plan_referral_withdrawn(self, record: Record) -> None:
        person = self._person_for(record)
        if person is None:
            return
        if person == "":
            self._change(
                NOTE, record, None, "Referral withdrawn in the same bundle that made it: nothing to close"
            )
            return
        who = self._person_name(person)
        contract = self._latest_contract(person)
        if contract is None:
            self._change(
                NOTE,
                record,
                person,
                f"{who}: referral withdrawn by the force before any contract; noted on the record",
            )
            return
        if contract.state not in (ContractState.OFFERED.value, ContractState.ACTIVE.value):
            self._conflict(
                record,
                person,
                f"the force withdrew the referral of {who}, whose contract is already "
                f"{contract.state.replace('_', ' ')}: not changed",
                brief=f"not applied: the contract is already {contract.state.replace('_', ' ')}",
            )
            return
        on = date.fromisoformat(str(record.data["withdrawn_on"]))
        if contract.signed_on is not None and on < contract.signed_on:
            self._conflict(
                record,
                person,
                f"the force withdrew the referral of {who} on {_fmt(on.isoformat())}, "
                "before the contract was signed: decide what to record",
                brief="not applied: dated before the contract was signed",
            )
            return
        self._change(
            WITHDRAWAL,
            record,
            person,
            f"{who}: contract withdrawn on {_fmt(on.isoformat())} (the force withdrew the referral)",
            contract.id,
        )

    def _plan_force_decision(self, record: Record) -> None:
        person = self._person_for(record)
        if person is None:
            return
        words = {"nfa": "no further action", "charge": "charge", "other": "other disposal"}[
            str(record.data["decision"])
        ]
        on = date.fromisoformat(str(record.data["decided_on"]))
        if person == "":
            self._conflict(
                record,
                None,
                "the force's decision arrived in the same bundle as its referral, before "
                "any contract: decide what to record",
                brief="not applied: no contract yet",
            )
            return
        who = self._person_name(person)
        contract = self._latest_contract(person)
        still_open = contract is not None and contract.state in (
            ContractState.OFFERED.value,
            ContractState.ACTIVE.value,
        )
        if still_open and contract is not None and contract.signed_on is not None and on < contract.signed_on:
            self._conflict(
                record,
                person,
                f"the force's decision on {who} ({words}, {_fmt(on.isoformat())}) is "
                "dated before the contract was signed: decide what to record",
                brief="not applied: dated before the contract was signed",
            )
            return
        closes = "; the open contract closes on it" if still_open else ""
        self._change(
            DECISION,
            record,
            person,
            f"{who}: the force decided {words} on {_fmt(on.isoformat())}{closes}",
            contract.id if still_open and contract is not None else None,
        )

    def _plan_ack(self, record: Record) -> None:
        row = self.s.sent_bundle(self.partner_id, str(record.data["bundle_id"]))
        if row is None or row.sha256 != record.data["bundle_sha256"]:
            self._conflict(record, None, "acknowledges a bundle we did not send to this force")
            return
        conflicts = record.data.get("conflicts") or []
        extra = (
            f", with {len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} on their side"
            if conflicts
            else ""
        )
        self._change(ACK, record, None, f"Our bundle #{row.sequence} acknowledged{extra}", row.id)


def pending_records(reads: SyncReads, partner_id: str) -> list[Record]:
    return [Record(*r) for r in reads.pending_records(partner_id)]


def make_plan(reads: SyncReads, partner_id: str, records: Sequence[Record]) -> Plan:
    return Planner(reads, partner_id).run(records, pending_records(reads, partner_id))
