"""Compliance reasons (desktop.domain.compliance.Reason: a code and its parameters) in English or Welsh.

English reproduces, word for word, the sentences the domain used to build (returns already signed and the
golden files depend on them). Welsh: formal register, verb-noun headlines ("Colli 3 apwyntiad yn olynol"), a
numeral followed by the singular noun. The sentences listed in UNSURE_CY are written but want a Welsh
speaker's review before they go to a force; they are reported, not hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from desktop.domain.enums import ComplianceLevel

from .dates import day

_LEVELS_CY = {
    "on_track": "Ar y trywydd iawn",
    "at_risk": "Mewn perygl",
    "not_complying": "Ddim yn cydymffurfio",
}
_ABSENCE_EN = {
    "illness_evidenced": "illness (evidence seen)",
    "hospital": "in hospital",
    "court": "at court",
    "bereavement": "bereavement",
    "other": "other",
}
_ABSENCE_CY = {
    "illness_evidenced": "salwch (gwelwyd tystiolaeth)",
    "hospital": "yn yr ysbyty",
    "court": "yn y llys",
    "bereavement": "profedigaeth",
    "other": "arall",
}

# (code) whose Welsh wants review: "behind_schedule" carries the condition's unit as typed (English, e.g.
# "sessions"); "ending_unmet" has "heb eu bodloni" after a numeral and a singular noun of uncertain gender (amod).
UNSURE_CY = frozenset({"behind_schedule", "ending_unmet"})


def level_label(level: ComplianceLevel, language: str = "en") -> str:
    return _LEVELS_CY[level.value] if language == "cy" else level.label


def _dates(moments: Iterable[date], language: str) -> str:
    return ", ".join(day(d, language) for d in moments)


def render_reason(reason: Any, language: str = "en") -> str:
    """One reason in words. `reason` has .code and .params (a mapping); an unknown code shows its 'text'
    parameter if it has one, else the code itself (never nothing)."""
    p = dict(reason.params)
    if language == "cy":
        return _cy(reason.code, p)
    return _en(reason.code, p)


def _en(code: str, p: dict[str, Any]) -> str:
    def what() -> str:
        n = p.get("cancelled", 0)
        return f", {n} of them cancelled by the person" if n else ""

    if code == "failed":
        return (
            "contract failed: reoffended"
            if p.get("why") == "reoffended"
            else "contract failed: did not comply"
        )
    if code == "condition_not_met":
        return "reoffending reported" if p.get("offending") else f"'{p['title']}' not met"
    if code == "missed_in_a_row":
        return f"{p['count']} missed appointments in a row ({_dates(p['dates'], 'en')}{what()})"
    if code == "missed_in_window":
        return f"{p['count']} of the last {p['of']} appointments missed ({_dates(p['dates'], 'en')}{what()})"
    if code == "missed_share":
        return f"{p['count']} of {p['of']} appointments missed over the contract ({_dates(p['dates'], 'en')}{what()})"
    if code == "absence_accepted":
        detail = f" ({p['detail']})" if p.get("detail") is not None else ""
        return (
            f"absence on {day(p['on'])} accepted: {_ABSENCE_EN.get(p['why'], p.get('raw', p['why']))}{detail}"
        )
    if code == "behind_schedule":
        return (
            f"'{p['title']}' behind schedule: {p['progress']:g} of {p['target']:g} {p['unit']} done, "
            f"about {p['expected']:.0f} expected by day {p['day']} of {p['length']}"
        ).replace("  ", " ")
    if code == "not_started":
        return f"'{p['title']}' not started by day {p['day']} of {p['length']}"
    if code == "past_end":
        return f"contract ended on {day(p['ended'])} and is still open"
    if code == "ending_unmet":
        n = p["unmet"]
        return f"contract ends in {p['days']} days with {n} condition{'s' if n != 1 else ''} not yet met"
    return str(p.get("text", code))


def _cy(code: str, p: dict[str, Any]) -> str:
    def what() -> str:
        n = p.get("cancelled", 0)
        return f", a chanslwyd {n} ohonynt gan yr unigolyn" if n else ""

    if code == "failed":
        return (
            "methodd y contract: aildroseddodd yr unigolyn"
            if p.get("why") == "reoffended"
            else "methodd y contract: ni chydymffurfiodd yr unigolyn"
        )
    if code == "condition_not_met":
        return "adroddwyd am aildroseddu" if p.get("offending") else f"'{p['title']}' heb ei fodloni"
    if code == "missed_in_a_row":
        return f"colli {p['count']} apwyntiad yn olynol ({_dates(p['dates'], 'cy')}{what()})"
    if code == "missed_in_window":
        return f"colli {p['count']} o'r {p['of']} apwyntiad diwethaf ({_dates(p['dates'], 'cy')}{what()})"
    if code == "missed_share":
        return (
            f"colli {p['count']} o {p['of']} apwyntiad dros gyfnod y contract "
            f"({_dates(p['dates'], 'cy')}{what()})"
        )
    if code == "absence_accepted":
        detail = f" ({p['detail']})" if p.get("detail") is not None else ""
        return f"derbyniwyd absenoldeb ar {day(p['on'], 'cy')}: {_ABSENCE_CY.get(p['why'], p.get('raw', p['why']))}{detail}"
    if code == "behind_schedule":
        return (
            f"'{p['title']}' y tu ôl i'r amserlen: {p['progress']:g} o {p['target']:g} {p['unit']} wedi'u "
            f"gwneud, tua {p['expected']:.0f} i'w disgwyl erbyn diwrnod {p['day']} o {p['length']}"
        ).replace("  ", " ")
    if code == "not_started":
        return f"'{p['title']}' heb ddechrau erbyn diwrnod {p['day']} o {p['length']}"
    if code == "past_end":
        return f"daeth y contract i ben ar {day(p['ended'], 'cy')} ac mae'n dal ar agor"
    if code == "ending_unmet":
        return f"daw'r contract i ben ymhen {p['days']} diwrnod ac mae {p['unmet']} amod heb eu bodloni eto"
    return str(p.get("text", code))
