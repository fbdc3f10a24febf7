"""Drafting: every return due last month and this month for the visible cases, and the unsigned drafts kept true
to the case (rebuilt, or withdrawn when their kind no longer applies), incrementally and in steps (generators the
GUI's runner interleaves with interactive work); the CLI and signing drain them in one go."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Generator, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from desktop.domain import Case, ComplianceLevel, ContractState
from desktop.domain.compliance import assess
from desktop.domain.people import caseload_owner
from desktop.domain.returns import Month, ReturnState, notice_already_drafted
from desktop.storage.returns_repo import WATERMARK_SETTINGS, NewDraft, ReturnRepository, StoredReturn
from desktop.storage.store import CaseStore

from .returns.canonical import canonical_json, content_from_dict, content_hash
from .returns.model import ReturnKind
from .returns.schedule import due_in_month
from .returns_content import ReturnBuilder
from .returns_review import bare_content, describe_changes

UNSIGNED = (ReturnState.DRAFT, ReturnState.APPROVED)
# settings "returns_drafted:<scope>:<month>" = "<seq>|<day>"
WATERMARK_PREFIX = WATERMARK_SETTINGS.rstrip(":")
CHUNK = 50  # people (or drafts) read per step of drafting: a step stays near 50 ms at 10,000 people
BUILDS_PER_STEP = (
    10  # returns built per step: a step stays well under 50 ms, so interactive work waits little
)
_T = TypeVar("_T")


def drain(steps: Generator[None, None, _T]) -> _T:
    """Run a stepped job to its end in the caller's thread (the CLI, tests, signing)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def month_of(day: date) -> str:
    return str(Month.of(day))


def previous_month(day: date) -> str:
    return str(Month.of(day).previous())


class Drafter:
    def __init__(self, store: CaseStore, repo: ReturnRepository, builder: ReturnBuilder) -> None:
        self.store, self.repo, self.builder = store, repo, builder

    def watermark_key(self, what: str) -> str:
        """Where drafting remembers how far it got: per month (or "refresh") and per view of the caseload (a
        keyworker's pass covers only their own people, so it cannot stand for the manager's)."""
        return f"{WATERMARK_PREFIX}:{caseload_owner(self.store.user) or 'all'}:{what}"

    def _candidates(self, key: str, now: datetime) -> tuple[str, set[str], int]:
        """How much to look at again since the watermark under `key`: "all" (the first pass, or a store-wide
        change such as a setting or a user's name), "new day" (periods end and appointments become missed
        without any write) or "changed" (the same day: only the people written about since); with those
        people and the audit head this pass covers."""
        mark = self.store.setting(key)
        seq_text, _, day = mark.partition("|")
        if not seq_text.isdigit():  # never drafted here: everyone, without reading the whole audit log
            return "all", set(), self.repo.audit_head()
        people, store_wide, head = self.repo.changed_people(int(seq_text))
        if not mark or store_wide:
            return "all", people, head
        return ("new day" if day != now.date().isoformat() else "changed"), people, head

    def ensure_drafts(
        self, month: str, now: datetime, *, incremental: bool = True, cancel: threading.Event | None = None
    ) -> list[str]:
        """Draft every return due in `month` ("YYYY-MM") for the visible cases (see `ensure_drafts_steps`)."""
        return drain(self.ensure_drafts_steps(month, now, incremental=incremental, cancel=cancel))

    def ensure_drafts_steps(
        self, month: str, now: datetime, *, incremental: bool = True, cancel: threading.Event | None = None
    ) -> Generator[None, None, list[str]]:
        """Draft every return due in `month` ("YYYY-MM") for the visible cases, in steps (a generator: the GUI's
        runner lets interactive work run between steps); returns the IDs drafted.
        A non-compliance notice is drafted at once for a case that is not complying and has had none.

        Incremental: on the same day, only people whose case was written since the last pass are looked at
        again (a second pass with nothing changed reads the audit head and writes nothing); a new day looks at
        everyone, since periods end and appointments become missed without any write. Cases are read in
        chunks; the drafts and the watermark are stored at the end in one transaction. With `cancel` set
        part-way, nothing is written."""
        first = Month.parse(month).first
        key = self.watermark_key(month)
        mode, people, head = (
            self._candidates(key, now) if incremental else ("all", set(), self.repo.audit_head())
        )
        if mode == "changed" and not people:
            return []
        ids = sorted(people) if mode == "changed" else self.store.cases.visible_ids()
        notices = self.repo.latest_notices()
        names = recorders = screens = None
        drafts: list[NewDraft] = []
        for at in range(0, len(ids), CHUNK):
            yield
            if cancel is not None and cancel.is_set():
                return []
            loaded = self.store.cases.load_cases(only=ids[at : at + CHUNK])
            cases = [c for c in loaded if c.contract and c.contract.signed_on]
            sent = self.repo.history(c.person.id for c in cases)
            due: list[tuple[Case, ReturnKind, date, date]] = []
            for case in cases:
                assert case.contract is not None
                already = [(ReturnKind(k), s, e) for k, s, e in sent[case.person.id]]
                notified = notice_already_drafted(
                    case, notices.get(case.contract.id), now, self.builder.rules
                )
                for d in due_in_month(
                    case,
                    first.year,
                    first.month,
                    now,
                    already_sent=already,
                    non_compliance_notified=notified,
                    rules=self.builder.rules,
                ):
                    due.append((case, d.kind, d.period_start, d.period_end))
            if not due:
                continue
            if names is None:
                names, recorders = self.builder.names(), self.builder.recorders()
                yield
                screens = self.builder.needs_screens()  # every needs screen in the store: a step of its own
                yield
            detailed = {
                c.person.id: c
                for c in self.repo.with_details(list({c.person.id: c for c, *_ in due}.values()))
            }
            side = self.store.cases.onward_and_victims_for(list(detailed))
            for n, (case, kind, start, end) in enumerate(due):
                if n and n % BUILDS_PER_STEP == 0:
                    yield
                if cancel is not None and cancel.is_set():
                    return []
                content = self.builder.build(
                    detailed[case.person.id],
                    kind,
                    start,
                    end,
                    now,
                    names=names,
                    recorders=recorders,
                    screens=screens,
                    side=side,
                )
                data = canonical_json(content)  # once: the stored JSON and its hash come from the same bytes
                drafts.append(
                    NewDraft(
                        case.person.id,
                        case.contract.id if case.contract else None,
                        kind.value,
                        start,
                        end,
                        content.document_id,
                        data.decode("utf-8"),
                        hashlib.sha256(data).hexdigest(),
                        content.compliance_level,
                    )
                )
        yield
        if cancel is not None and cancel.is_set():
            return []
        return self.repo.add_drafts(drafts, settings={key: f"{head}|{now.date().isoformat()}"})

    def refresh_drafts(
        self,
        now: datetime,
        month: str | None = None,
        *,
        incremental: bool = True,
        cancel: threading.Event | None = None,
    ) -> int:
        """Rebuild unsigned returns from the case as it is now (see `refresh_drafts_steps`)."""
        return drain(self.refresh_drafts_steps(now, month, incremental=incremental, cancel=cancel))

    def refresh_drafts_steps(
        self,
        now: datetime,
        month: str | None = None,
        *,
        incremental: bool = True,
        cancel: threading.Event | None = None,
    ) -> Generator[None, None, int]:
        """Rebuild unsigned returns from the case as it is now (same document ID, kind and period); withdraw
        those whose kind no longer applies (a notice for someone no longer not complying). In steps; returns
        how many changed.

        Incremental like `ensure_drafts`: a draft's content depends only on its case (and store-wide names and
        settings), so on the same day only drafts of people written about since are rebuilt; notices, which
        time alone can make stale, are re-checked on a new day, everything after a store-wide change.
        Signing always re-checks in full (`review_for_signing`, `prepare`)."""
        key = self.watermark_key(f"refresh:{month or 'all'}")
        mark = self.store.setting(key) if incremental else ""
        seq_text, _, day = mark.partition("|")
        checked = int(seq_text) if seq_text.isdigit() else 0  # every draft was re-checked up to this entry
        head = self.repo.audit_head()
        rows = self.repo.list(state=UNSIGNED, month=month)
        if incremental:
            yield  # each of these reads is a step of its own: a search waits for one, not both
            built, changed, store_wide = self.repo.staleness()
            new_day = day != now.date().isoformat()

            def stale(r: StoredReturn) -> bool:
                since = max(built.get(r.id, 0), checked)  # the case as of `since` is what the draft says
                return (
                    changed.get(r.person_id, 0) > since
                    or store_wide > since
                    or (new_day and r.kind == ReturnKind.NON_COMPLIANCE.value)  # time alone moves a notice
                )

            rows = [r for r in rows if stale(r)]
            if not rows and not new_day:
                return 0
        changed_count = 0
        for at in range(0, len(rows), CHUNK):
            yield
            if cancel is not None and cancel.is_set():
                return changed_count  # each row is its own write: what was re-checked stays
            found = yield from self._recheck_steps(rows[at : at + CHUNK], now, cancel)
            changed_count += sum(1 for changes in found.values() if changes)
        if incremental and not (cancel is not None and cancel.is_set()):
            self.store.set_setting(key, f"{head}|{now.date().isoformat()}")  # entries after `head`: next time
        return changed_count

    def _stale_reason(self, kind: ReturnKind, case: Case, now: datetime) -> str:
        """Why a return of `kind` no longer applies to `case` at `now`, or ""."""
        if kind is not ReturnKind.NON_COMPLIANCE:
            return ""
        level = assess(case.contract, case.conditions, case.appointments, now, self.builder.rules).level
        if case.contract is not None and case.contract.state is not ContractState.ACTIVE:
            return (
                f"the contract is {case.contract.state.label.lower()} now; the final outcome return reports "
                "it instead"
            )
        if level is ComplianceLevel.NOT_COMPLYING:
            return ""
        return (
            f"{case.person.full_name} is {level.label.lower()} as of {now:%d %b %Y}, no longer not complying "
            "(re-engaged)"
        )

    def recheck(self, rows: Sequence[StoredReturn], now: datetime) -> dict[str, tuple[str, ...]]:
        return drain(self._recheck_steps(rows, now))

    def _recheck_steps(
        self, rows: Sequence[StoredReturn], now: datetime, cancel: threading.Event | None = None
    ) -> Generator[None, None, dict[str, tuple[str, ...]]]:
        """Rebuild each unsigned row from the case now: withdraw it when its kind no longer applies (value
        ("withdrawn", reason)), else store the fresh content when it changed (value: what changed)."""
        cases = {
            c.person.id: c
            for c in self.repo.with_details(
                self.store.cases.load_cases(only=sorted({r.person_id for r in rows}))
            )
        }
        names, recorders, screens = (
            self.builder.names(),
            self.builder.recorders(),
            self.builder.needs_screens(),
        )
        side = self.store.cases.onward_and_victims_for(list(cases))
        out: dict[str, tuple[str, ...]] = {}
        for n, row in enumerate(rows):
            if n and n % BUILDS_PER_STEP == 0:
                yield
            if cancel is not None and cancel.is_set():
                break  # each row is its own write: what was re-checked stays, the rest waits for next time
            case = cases.get(row.person_id)
            if case is None:
                continue
            old = content_from_dict(json.loads(self.repo.get(row.id).content_json))
            why = self._stale_reason(old.kind, case, now)
            if why:
                self.repo.withdraw(row.id, why)
                out[row.id] = (ReturnState.WITHDRAWN, why)
                continue
            fresh = self.builder.build(
                case,
                old.kind,
                row.period_start,
                row.period_end,
                old.generated_at,
                document_id=row.id,
                replaces=row.replaces_id,
                names=names,
                recorders=recorders,
                screens=screens,
                side=side,
            )
            if (
                fresh.kind is ReturnKind.NON_COMPLIANCE
                and fresh.compliance_level != ComplianceLevel.NOT_COMPLYING.label
            ):
                # A notice's title and its own compliance line must agree: never a "notice" that reads "at risk".
                why = (
                    f"by the end of its period {case.person.full_name} was {fresh.compliance_level.lower()}, "
                    "not \u201cnot complying\u201d"
                )
                self.repo.withdraw(row.id, why)
                out[row.id] = (ReturnState.WITHDRAWN, why)
                continue
            if bare_content(fresh) != bare_content(old):
                self.repo.refresh_draft(
                    row.id, canonical_json(fresh).decode("utf-8"), content_hash(fresh), fresh.compliance_level
                )
                out[row.id] = describe_changes(
                    replace(old, narrative="", sign_off_name="", sign_off_role=""), fresh
                )
            else:
                out[row.id] = ()
        return out

    def draft_due(self, now: datetime, cancel: threading.Event | None = None) -> int:
        """Draft what is due last month and this month and refresh the unsigned drafts (see `draft_due_steps`)."""
        return drain(self.draft_due_steps(now, cancel))

    def draft_due_steps(
        self, now: datetime, cancel: threading.Event | None = None
    ) -> Generator[None, None, int]:
        """Draft what is due last month and this month and refresh the unsigned drafts, incrementally (see
        `ensure_drafts_steps`) and in steps: the GUI runs this as background work that interactive work
        overtakes between steps. Returns how many drafts were added or changed."""
        added = 0
        for month in (previous_month(now.date()), month_of(now.date())):
            added += len((yield from self.ensure_drafts_steps(month, now, cancel=cancel)))
        return added + (yield from self.refresh_drafts_steps(now, cancel=cancel))
