"""The returns workflow over the case store: draft what is due, approve and sign, correct, export.

Joins the returns service (content, PDF, signatures: `desktop.services.returns`) to the store
(`desktop.storage.returns_repo.ReturnRepository`, which keeps the rows, enforces roles and immutability and audits
every step). Storage may not import services, so the steps that need both live here. No Qt: the GUI runs these on
its database thread and signs on a `BatchSigner` off the GUI thread; the CLI calls `approve_and_sign`.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain import Case, ComplianceLevel, ContractState, Pathway, Role
from desktop.domain.assessments import Assessment, current_assessments
from desktop.domain.compliance import ComplianceRules, assess
from desktop.domain.pathway_needs import PATHWAY_NEEDS_ID, pathway_needs
from desktop.domain.people import caseload_owner
from desktop.domain.returns import (
    Month,
    ReturnState,
    not_complying_since,  # noqa: F401  (re-exported: callers and tests import it from here)
    notice_already_drafted,
)
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.clock import utcnow
from desktop.storage.returns_repo import (
    WATERMARK_SETTINGS,
    NewDraft,
    ReturnRepository,
    StoredReturn,
)
from desktop.storage.store import CaseStore
from desktop.wording.returns import return_language

# The light parts only: drafting must not load ReportLab, pyHanko and aiohttp (over a second on the database
# thread, ahead of the user's first search after unlock). Rendering, signing and export import them when used.
from .returns.build import build_return_content
from .returns.canonical import canonical_json, content_from_dict, content_hash
from .returns.identity import SigningIdentity
from .returns.model import ClinicalScore, ReturnContent, ReturnKind
from .returns.schedule import due_in_month

if TYPE_CHECKING:
    from .returns.batch import BatchSigner
    from .returns.signing import SignedReturn
from .returns.rules import DEFAULT_SCHEME, load_rules

UNSIGNED = (ReturnState.DRAFT, ReturnState.APPROVED)
WATERMARK_PREFIX = WATERMARK_SETTINGS.rstrip(
    ":"
)  # settings "returns_drafted:<scope>:<month>" = "<seq>|<day>"
SCHEME_SETTING = "compliance_scheme"
STORE_RULES_FOLDER = "compliance"
ROLE_TITLES = {Role.MANAGER: "Service Manager", Role.ADMIN: "Service Administrator"}
ProgressCallback = Callable[[int, int], None]
CHUNK = 50  # people (or drafts) read per step of drafting: a step stays near 50 ms at 10,000 people
BUILDS_PER_STEP = (
    10  # returns built per step: a step stays well under 50 ms, so interactive work waits little
)
_T = TypeVar("_T")


def _drain(steps: Generator[None, None, _T]) -> _T:
    """Run a stepped job to its end in the caller's thread (the CLI, tests, signing)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


class StaleReturn(ValueError):
    """A return no longer says what the case says now; nothing was signed. The message is fit to show."""


@dataclass(frozen=True, slots=True)
class SigningReview:
    """What re-checking returns against the case as it is now found, before the manager confirms signing."""

    changes: dict[str, tuple[str, ...]]  # return ID -> what changed since it was drafted or last shown
    withdrawn: dict[str, str]  # return ID -> why it was withdrawn (its kind no longer applies)
    hashes: dict[str, str]  # return ID -> content hash of what will be signed (give it back to `prepare`)


def describe_changes(old: ReturnContent, new: ReturnContent) -> tuple[str, ...]:
    """What a reader of the return would see change, in one line each."""
    out: list[str] = []
    if old.compliance_level != new.compliance_level:
        out.append(f"Compliance: {old.compliance_level} \u2192 {new.compliance_level}")
    gone = [r.text for r in old.compliance_reasons if r not in new.compliance_reasons]
    added = [r.text for r in new.compliance_reasons if r not in old.compliance_reasons]
    out += [f"Reason no longer applies: {t}" for t in gone] + [f"New reason: {t}" for t in added]
    if old.attendance != new.attendance:
        a, b = old.attendance, new.attendance
        out.append(
            f"Attendance: offered {a.offered} \u2192 {b.offered}, attended {a.attended} \u2192 "
            f"{b.attended}, missed {a.missed} \u2192 {b.missed}"
        )
    for before, after in zip(old.conditions, new.conditions, strict=False):
        if (before.status_label, before.progress_label) != (after.status_label, after.progress_label):
            out.append(
                f"{after.title}: {before.progress_label or before.status_label} \u2192 "
                f"{after.progress_label or after.status_label}"
            )
        elif len(before.evidence) != len(after.evidence):
            out.append(f"{after.title}: {len(after.evidence) - len(before.evidence):+d} dated entries")
    if old.disclosures != new.disclosures:
        out.append("Disclosures of new offending changed")
    if old.contract_state != new.contract_state:
        out.append(f"Contract: {old.contract_state} \u2192 {new.contract_state}")
    if old.onward != new.onward or old.referrals != new.referrals:
        out.append("Pathway referrals or referrals to other agencies changed")
    out += [f"Victim: {line}" for line in new.victim_lines if line not in old.victim_lines]
    if (old.outcome_lines, old.recommendation) != (new.outcome_lines, new.recommendation) and not out:
        out.append("Outcome or recommendation wording changed")
    return tuple(out) or (("Other details changed",) if old != new else ())


def _bare(content: ReturnContent) -> bytes:
    """The content without what the manager adds (narrative, sign-off): what the case itself says."""
    return canonical_json(replace(content, narrative="", sign_off_name="", sign_off_role=""))


@dataclass(frozen=True, slots=True)
class SigningOutcome:
    signed: tuple[StoredReturn, ...]
    failed: tuple[tuple[str, str], ...]  # (return ID, reason)
    cancelled: bool


def month_of(day: date) -> str:
    return str(Month.of(day))


def previous_month(day: date) -> str:
    return str(Month.of(day).previous())


class ReturnWorkflow:
    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.repo = ReturnRepository(store)
        self._definitions: dict[tuple[str, int], object] | None = None
        self._rules: ComplianceRules | None = None

    # -- the signing identity ------------------------------------------------------------------------------
    def identity(self) -> SigningIdentity | None:
        stored = self.repo.identity()
        return SigningIdentity.from_bytes(stored.key_pem, None) if stored else None

    def _save(self, identity: SigningIdentity, source: str) -> SigningIdentity:
        self.repo.save_identity(
            identity.subject_name,
            identity.to_bytes(None),
            identity.certificate_pem(),
            identity.fingerprint,
            source,
        )
        return identity

    def create_self_signed(
        self, organisation: str = "", now: datetime | None = None, key_size: int | None = None
    ) -> SigningIdentity:
        """A new key and certificate for the organisation (the `organisation` setting unless given)."""
        self.repo.require_signer("set up the signing key")
        name = organisation.strip() or self.store.setting("organisation")
        extra = {"key_size": key_size} if key_size else {}
        return self._save(
            SigningIdentity.create_self_signed(name, now or self.store.clock(), **extra), "self-signed"
        )

    def import_pkcs12(self, data: bytes, password: bytes | None) -> SigningIdentity:
        self.repo.require_signer("set up the signing key")
        return self._save(SigningIdentity.from_pkcs12(data, password), "pkcs12")

    def export_certificate(self, path: Path) -> Path:
        """Write the certificates (public, PEM) for the force to trust, its trust anchor (the organisation's CA)
        first; audited."""
        stored = self.repo.identity()
        if stored is None:
            raise LookupError("no signing key is set up yet: run 'checkpoint-desk cert create' first")
        identity = self.identity()
        path.write_bytes(identity.certificates_for_force_pem() if identity else stored.cert_pem)
        self.repo.record_certificate_export(str(path), stored.fingerprint)
        return path

    # -- building content ----------------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {u.id: u.display_name for u in self.store.users()}

    def _recorders(self) -> dict[str, str]:
        return {u.username: u.display_name for u in self.store.users()}

    @property
    def rules(self) -> ComplianceRules:
        """The scheme's compliance rules (setting `compliance_scheme`, default Durham Checkpoint): a file in the
        store's own `compliance/` folder first, as with instruments, then the shipped ones."""
        if self._rules is None:
            self._rules = load_rules(
                self.store.setting(SCHEME_SETTING) or DEFAULT_SCHEME,
                (Path(self.store.folder) / STORE_RULES_FOLDER,),
            )
        return self._rules

    def _needs_screens(self) -> dict[str, list[Assessment]]:
        """Each visible person's completed, current pathway needs screens (the referral records), oldest first.
        Only that instrument is read: clinical measures are read only with consent (`_clinical`)."""
        found: dict[str, list[Assessment]] = {}
        for a in current_assessments(AssessmentRepository(self.store).list_visible([PATHWAY_NEEDS_ID])):
            if a.completed:
                found.setdefault(a.person_id, []).append(a)
        return found

    @staticmethod
    def _referrals_made(screens: Sequence[Assessment], period_end: date) -> dict[Pathway, tuple[date, str]]:
        """Per pathway, the date and agency of the first pathway needs screen on or before `period_end` that
        names a referral: the referral record. A pathway without one has no referral date on the return."""
        found: dict[Pathway, tuple[date, str]] = {}
        for screen in sorted(
            (a for a in screens if a.administered_on <= period_end), key=lambda a: a.administered_on
        ):
            for need in pathway_needs(screen.answers):
                if need.referral:
                    found.setdefault(need.pathway, (screen.administered_on, need.referral))
        return found

    def _closed_by(self, case: Case) -> str:
        contract = case.contract
        if contract is None or contract.closed_on is None:
            return ""
        names = self._recorders()
        for entry in self.store.cases.timeline(case.person.id):  # newest first
            if entry.action == "contract.close" and entry.entity_id == contract.id:
                if "by the force" in entry.detail:  # applied by sync from the force's news
                    return case.referral.force if case.referral else "the force"
                return names.get(entry.actor, entry.actor)
        return ""

    def _clinical(self, case: Case, period_end: date) -> list[ClinicalScore]:
        if case.consent is None or not case.consent.shares_clinical_detail:
            return []  # minimisation: not even read without consent to share it
        if self._definitions is None:
            from .instruments import load_instruments

            self._definitions = dict(load_instruments().definitions)
        start = (
            case.contract.signed_on if case.contract and case.contract.signed_on else period_end
        ) - timedelta(days=31)
        found = []
        for a in current_assessments(AssessmentRepository(self.store).list_for_person(case.person.id)):
            if (
                not a.completed
                or a.score is None
                or a.total is None
                or not start <= a.administered_on <= period_end
            ):
                continue
            definition = self._definitions.get((a.instrument_id, a.instrument_version))
            title = getattr(definition, "short_title", "") or a.instrument_id.upper()
            band = a.score.band.label if a.score.band else ""
            found.append(ClinicalScore(title, a.total, band, a.administered_on))
        return found[-8:]

    def build(
        self,
        case: Case,
        kind: ReturnKind,
        start: date,
        end: date,
        now: datetime,
        *,
        document_id: str | None = None,
        replaces: str | None = None,
        narrative: str = "",
        names: dict[str, str] | None = None,
        recorders: dict[str, str] | None = None,
        screens: dict[str, list[Assessment]] | None = None,
        side: tuple[dict[str, Any], dict[str, Any]] | None = None,
    ) -> ReturnContent:
        """One return's content; `names`, `recorders`, `screens` and `side` (onward referrals and victim
        contacts by person, `cases.onward_and_victims_for`) are read once per batch by the callers."""
        names = names if names is not None else self._names()
        recorders = recorders if recorders is not None else self._recorders()
        screens = screens if screens is not None else self._needs_screens()
        force = case.referral.force if case.referral else self.store.setting("force_name", "the force")
        pid = case.person.id
        return build_return_content(
            case,
            kind,
            provider=self.store.setting("organisation", "The provider"),
            force_name=force,
            keyworker=names.get(case.person.keyworker_id or "", "Not assigned"),
            period_start=start,
            period_end=end,
            generated_at=now,
            clinical=self._clinical(case, end),
            narrative=narrative,
            replaces_document_id=replaces,
            document_id=document_id,
            recorders=recorders,
            referrals_made=self._referrals_made(screens.get(case.person.id, []), end),
            rules=self.rules,
            closed_by=self._closed_by(case) if kind is ReturnKind.FINAL_OUTCOME else "",
            language=self.language_for(case, force),
            variations=self.store.cases.variations(case.contract.id) if case.contract else (),
            onward=side[0].get(pid, ()) if side else self.store.cases.onward_referrals(pid),
            victims=side[1].get(pid, {}) if side else self.store.cases.victim_contacts(pid),
        )

    def language_for(self, case: Case, force: str) -> str:
        """The force partner's returns language (setting `returns_language:<force>`, else `returns_language`),
        turned bilingual for a person who prefers Welsh (desktop.wording.returns.return_language)."""
        setting = self.store.setting(f"returns_language:{force}", "") or self.store.setting(
            "returns_language", "en"
        )
        return return_language(setting, case.person.preferred_language)

    def _case(self, person_id: str) -> Case:
        cases = self.store.cases.load_cases(only=[person_id])
        if not cases:
            raise LookupError("the person is not on your caseload")
        return self.repo.with_details(cases)[0]

    # -- drafting ------------------------------------------------------------------------------------------
    def _watermark_key(self, what: str) -> str:
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
        return _drain(self.ensure_drafts_steps(month, now, incremental=incremental, cancel=cancel))

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
        key = self._watermark_key(month)
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
                notified = notice_already_drafted(case, notices.get(case.contract.id), now, self.rules)
                for d in due_in_month(
                    case,
                    first.year,
                    first.month,
                    now,
                    already_sent=already,
                    non_compliance_notified=notified,
                    rules=self.rules,
                ):
                    due.append((case, d.kind, d.period_start, d.period_end))
            if not due:
                continue
            if names is None:
                names, recorders = self._names(), self._recorders()
                yield
                screens = self._needs_screens()  # every needs screen in the store: a step of its own
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
                content = self.build(
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
        return _drain(self.refresh_drafts_steps(now, month, incremental=incremental, cancel=cancel))

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
        key = self._watermark_key(f"refresh:{month or 'all'}")
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
        level = assess(case.contract, case.conditions, case.appointments, now, self.rules).level
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

    def _recheck(self, rows: Sequence[StoredReturn], now: datetime) -> dict[str, tuple[str, ...]]:
        return _drain(self._recheck_steps(rows, now))

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
        names, recorders, screens = self._names(), self._recorders(), self._needs_screens()
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
            fresh = self.build(
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
            if _bare(fresh) != _bare(old):
                self.repo.refresh_draft(
                    row.id, canonical_json(fresh).decode("utf-8"), content_hash(fresh), fresh.compliance_level
                )
                out[row.id] = describe_changes(
                    replace(old, narrative="", sign_off_name="", sign_off_role=""), fresh
                )
            else:
                out[row.id] = ()
        return out

    def review_for_signing(self, return_ids: Sequence[str], now: datetime) -> SigningReview:
        """Re-check returns against the case now, before the manager confirms: what changed since each was
        drafted (or last refreshed), and which were withdrawn. Pass `hashes` back to `prepare`."""
        rows = [r for r in (self.repo.get(i) for i in return_ids) if r.state in UNSIGNED]
        found = self._recheck(rows, now) if rows else {}
        withdrawn = {i: c[1] for i, c in found.items() if c[:1] == (ReturnState.WITHDRAWN,)}
        changes = {i: c for i, c in found.items() if c and i not in withdrawn}
        hashes = {r.id: self._signing_hash(r.id) for r in rows if r.id not in withdrawn}
        return SigningReview(changes, withdrawn, hashes)

    def _signing_hash(self, return_id: str) -> str:
        return hashlib.sha256(_bare(self.content_of(self.repo.get(return_id)))).hexdigest()

    def content_of(self, row: StoredReturn) -> ReturnContent:
        """What the return says now: the stored content with the current narrative."""
        data = row.content_json or self.repo.get(row.id).content_json
        content = content_from_dict(json.loads(data))
        return content if row.is_locked else replace(content, narrative=row.narrative)

    def preview_pdf(self, return_id: str) -> bytes:
        """The signed PDF, or for a draft an unsigned rendering of what would be signed."""
        row = self.repo.get(return_id)
        if row.pdf is not None:
            return row.pdf
        banner = (
            f"WITHDRAWN, NEVER SIGNED OR SENT: {row.withdrawn_reason}"
            if row.state == ReturnState.WITHDRAWN
            else ""
        )
        from .returns.render import render_return

        return render_return(self.content_of(row), banner).pdf

    def correct(self, return_id: str, reason: str, now: datetime) -> str:
        """A new draft that replaces the signed return `return_id`, rebuilt from the case as it is now."""
        old = self.repo.get(return_id)
        previous = content_from_dict(json.loads(old.content_json))
        content = self.build(
            self._case(old.person_id), previous.kind, old.period_start, old.period_end, now, replaces=old.id
        )
        draft = NewDraft(
            old.person_id,
            old.contract_id,
            old.kind,
            old.period_start,
            old.period_end,
            content.document_id,
            canonical_json(content).decode("utf-8"),
            content_hash(content),
            content.compliance_level,
        )
        new_id = self.repo.start_correction(return_id, reason, draft)
        if old.narrative:
            self.repo.set_narrative(new_id, old.narrative)
        return new_id

    # -- approval and signature ----------------------------------------------------------------------------
    def signer(self) -> tuple[str, str]:
        user = self.store.user
        from .returns.signing import authorised_signer

        return authorised_signer(user), ROLE_TITLES.get(user.role, "Manager")

    def prepare(
        self, return_ids: Sequence[str], now: datetime | None = None, expected: dict[str, str] | None = None
    ) -> list[ReturnContent]:
        """Approve unsigned returns as the signed-in manager: the contents to sign, sign-off filled in.

        The facts are re-checked first, from the case as it is at `now`: a return whose kind no longer applies is
        withdrawn, and one whose content differs from what the manager reviewed (`expected`, the hashes from
        `review_for_signing`) is refreshed; either way StaleReturn is raised and nothing is approved."""
        self.repo.require_signer("approve and sign returns")
        name, role = self.signer()
        rows = [r for r in (self.repo.get(i) for i in return_ids) if not r.is_locked]
        withdrawn_rows = [r for r in rows if r.state == ReturnState.WITHDRAWN]
        if withdrawn_rows:
            raise StaleReturn(
                f"{withdrawn_rows[0].person_name}'s {ReturnKind(withdrawn_rows[0].kind).label.lower()} "
                f"was withdrawn: {withdrawn_rows[0].withdrawn_reason}. Nothing was signed."
            )
        found = self._recheck(rows, now or self.store.clock())
        for row in rows:
            change = found.get(row.id, ())
            if change[:1] == (ReturnState.WITHDRAWN,):
                raise StaleReturn(
                    f"{row.person_name}'s {ReturnKind(row.kind).label.lower()} no longer applies: "
                    f"{change[1]}. Nothing was signed."
                )
            if expected is not None and expected.get(row.id) != self._signing_hash(row.id):
                what = "; ".join(change) or "its content was refreshed"
                raise StaleReturn(
                    f"{row.person_name}'s {ReturnKind(row.kind).label.lower()} changed since you "
                    f"reviewed it ({what}). Review it again, then sign. Nothing was signed."
                )
        from .returns.batch import approve

        contents: dict[str, ReturnContent] = {}
        for row in rows:
            contents[row.id] = approve(self.content_of(self.repo.get(row.id)), name, role)
        self.repo.approve(
            {i: (canonical_json(c).decode("utf-8"), content_hash(c)) for i, c in contents.items()}
        )
        return list(contents.values())

    def store_signed(self, signed: Sequence[SignedReturn]) -> list[StoredReturn]:
        name, role = self.signer()
        return [
            self.repo.record_signed(
                s.document_id,
                pdf=s.pdf,
                sha256=s.sha256,
                content_json=s.content_json.decode("utf-8"),
                content_hash=s.content_hash,
                short_code=s.short_code,
                signed_by=name,
                signed_role=role,
                signed_at=utcnow(),
            )
            for s in signed
        ]

    def approve_and_sign(
        self,
        return_ids: Sequence[str],
        *,
        pool: BatchSigner | None = None,
        workers: int = 2,
        progress_callback: ProgressCallback | None = None,
        cancel_event: threading.Event | None = None,
    ) -> SigningOutcome:
        """Approve, sign (on `pool`, else a pool of `workers` processes) and store. Managers only."""
        identity = self.identity()
        if identity is None:
            raise LookupError("no signing key is set up yet: create one or import a PKCS#12 file first")
        contents = self.prepare(return_ids)
        name, role = self.signer()
        if pool is not None:
            result = pool.sign(
                contents, name, role, progress_callback=progress_callback, cancel_event=cancel_event
            )
        else:
            from .returns.batch import sign_batch

            result = sign_batch(
                contents,
                identity,
                name,
                role,
                workers=workers,
                progress_callback=progress_callback,
                cancel_event=cancel_event,
            )
        return SigningOutcome(tuple(self.store_signed(result.signed)), result.failed, result.cancelled)

    # -- exports -------------------------------------------------------------------------------------------
    def export(self, return_id: str, folder: Path) -> Path:
        """Write the signed PDF into `folder` (atomic, never over another file); audited."""
        row = self.repo.get(return_id)
        if not row.is_locked or row.pdf is None:
            raise ValueError("only a signed return can be exported")
        from .returns.export import export_signed
        from .returns.signing import SignedReturn

        path = export_signed(
            SignedReturn(
                row.id,
                row.pdf,
                row.sha256,
                row.content_hash,
                row.short_code,
                row.content_json.encode("utf-8"),
            ),
            folder,
        )
        self.repo.record_export(row.id, str(path))
        return path

    def draft_due(self, now: datetime, cancel: threading.Event | None = None) -> int:
        """Draft what is due last month and this month and refresh the unsigned drafts (see `draft_due_steps`)."""
        return _drain(self.draft_due_steps(now, cancel))

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

    def due_count(self, now: datetime) -> int:
        """Returns still to sign, the dashboard's figure: a count, no drafting and no write (`draft_due` drafts,
        as background work; opening the review queue and `returns sign-batch` draft first)."""
        del now  # the figure is what is stored; kept for callers that pass the clock
        return self.repo.count(state=UNSIGNED)
