"""A return's content from the case store: the case with its details, the staff's names, the pathway needs
screens, clinical scores (only with consent), who closed the contract, the scheme's rules and the force's language.
`ReturnWorkflow` and drafting (`returns_drafting.py`) build every return through one `ReturnBuilder`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.domain import Case, Pathway
from desktop.domain.assessments import Assessment, current_assessments
from desktop.domain.compliance import ComplianceRules
from desktop.domain.pathway_needs import PATHWAY_NEEDS_ID, pathway_needs
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.returns_repo import ReturnRepository
from desktop.storage.store import CaseStore
from desktop.wording.returns import return_language

# The light parts only: drafting must not load ReportLab, pyHanko and aiohttp (over a second on the database
# thread, ahead of the user's first search after unlock). Rendering, signing and export import them when used.
from .returns.build import build_return_content
from .returns.model import ClinicalScore, ReturnContent, ReturnKind
from .returns.rules import DEFAULT_SCHEME, load_rules

SCHEME_SETTING = "compliance_scheme"
STORE_RULES_FOLDER = "compliance"


class ReturnBuilder:
    def __init__(self, store: CaseStore, repo: ReturnRepository) -> None:
        self.store, self.repo = store, repo
        self._definitions: dict[tuple[str, int], object] | None = None
        self._rules: ComplianceRules | None = None

    def names(self) -> dict[str, str]:
        return {u.id: u.display_name for u in self.store.users()}

    def recorders(self) -> dict[str, str]:
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

    def needs_screens(self) -> dict[str, list[Assessment]]:
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
        names = self.recorders()
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
        names = names if names is not None else self.names()
        recorders = recorders if recorders is not None else self.recorders()
        screens = screens if screens is not None else self.needs_screens()
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

    def case(self, person_id: str) -> Case:
        cases = self.store.cases.load_cases(only=[person_id])
        if not cases:
            raise LookupError("the person is not on your caseload")
        return self.repo.with_details(cases)[0]
