"""The words of a return in English, Welsh, or both (Welsh first, as the Welsh Language Standards prefer).

A return's language is "en", "cy" or "cy+en". The force partner's setting chooses it (store setting
`returns_language:<force name>`, else `returns_language`, else English); a person whose preferred language is
Welsh gets Welsh too: the return becomes bilingual, or stays Welsh where the force takes Welsh.

`Words(language).t(english)` gives a fixed phrase or a label in the return's language: its Welsh from CY, both
joined by " / " when bilingual; a phrase missing from CY stays English (listed by `untranslated`). Templates
use {0}, {1} and are formatted after translation. Typed text (names, titles, evidence, the narrative) is never
translated. Phrases in UNSURE are written but want a Welsh speaker's review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .dates import day as _day
from .dates import moment as _moment

LANGUAGES = ("en", "cy", "cy+en")
WELSH_NAMES = ("welsh", "cymraeg", "cy")

CY: dict[str, str] = {
    # kinds
    "Contract start notice": "Hysbysiad dechrau contract",
    "Monthly progress return": "Adroddiad cynnydd misol",
    "Non-compliance notice": "Hysbysiad diffyg cydymffurfio",
    "Final outcome return": "Adroddiad canlyniad terfynol",
    # contract states
    "Offered": "Cynigiwyd",
    "Active": "Gweithredol",
    "Completed": "Wedi'i gwblhau",
    "Failed (non-compliance)": "Wedi methu (diffyg cydymffurfio)",
    "Failed (reoffended)": "Wedi methu (aildroseddu)",
    "Withdrawn": "Wedi'i dynnu'n ôl",
    "No contract": "Dim contract",
    # condition statuses and types
    "Not started": "Heb ddechrau",
    "In progress": "Ar y gweill",
    "Met": "Wedi'i fodloni",
    "Not met": "Heb ei fodloni",
    "Waived": "Wedi'i hepgor",
    "No reoffending": "Dim aildroseddu",
    "Victim / restorative approach": "Dioddefwr / dull adferol",
    "Pathway intervention": "Ymyrraeth llwybr",
    "Community hours": "Oriau cymunedol",
    "GPS tag": "Tag GPS",
    "Victim awareness course": "Cwrs ymwybyddiaeth dioddefwyr",
    "Apology letter": "Llythyr ymddiheuro",
    "Custom": "Pwrpasol",
    # appointment kinds and outcomes
    "Keywork": "Sesiwn gweithiwr allweddol",
    "Assessment": "Asesiad",
    "Review": "Adolygiad",
    "Treatment": "Triniaeth",
    "Group": "Grŵp",
    "Phone": "Ffôn",
    "Home visit": "Ymweliad cartref",
    "Partner agency": "Asiantaeth bartner",
    "Other": "Arall",
    "Attended": "Yn bresennol",
    "Attended late": "Yn bresennol yn hwyr",
    "Did not attend": "Ddim yn bresennol",
    "Cancelled by the person": "Canslwyd gan yr unigolyn",
    "Cancelled by the service": "Canslwyd gan y gwasanaeth",
    "Outcome not recorded": "Canlyniad heb ei gofnodi",
    # pathways
    "Alcohol": "Alcohol",
    "Drugs": "Cyffuriau",
    "Housing": "Tai",
    "Mental health": "Iechyd meddwl",
    "Physical health": "Iechyd corfforol",
    "Finances": "Cyllid",
    "Employment and training": "Cyflogaeth a hyfforddiant",
    "Relationships and family": "Perthnasoedd a theulu",
    "Exploitation and victimisation": "Camfanteisio ac erledigaeth",
    # compliance levels
    "On track": "Ar y trywydd iawn",
    "At risk": "Mewn perygl",
    "Not complying": "Ddim yn cydymffurfio",
    # the facts table
    "Force": "Heddlu",
    "Force reference": "Cyfeirnod yr heddlu",
    "Name": "Enw",
    "Date of birth": "Dyddiad geni",
    "PNC ID": "Rhif PNC",
    "Not supplied": "Heb ei roi",
    "Provider": "Darparwr",
    "Keyworker": "Gweithiwr allweddol",
    "Not assigned": "Heb ei neilltuo",
    "Contract": "Contract",
    "Contract status": "Statws y contract",
    "Period reported": "Cyfnod yr adroddiad",
    "{0} to {1}": "{0} i {1}",
    "Not yet signed": "Heb ei lofnodi eto",
    # compliance and outcome boxes
    "Contract closed on {0}: {1}. The final outcome return reports how it ended.": "Caewyd y contract ar {0}: {1}. Mae'r adroddiad canlyniad terfynol yn nodi sut y daeth i ben.",
    "Compliance": "Cydymffurfio",
    "Compliance recommendation: {0}": "Argymhelliad cydymffurfio: {0}",
    "No concerns recorded in this period.": "Ni chofnodwyd unrhyw bryderon yn y cyfnod hwn.",
    "Outcome: {0}": "Canlyniad: {0}",
    "Contract closed on {0}.": "Caewyd y contract ar {0}.",
    "Reason: {0}": "Rheswm: {0}",
    "Outcome of the contract": "Canlyniad y contract",
    "The provider's recommendation": "Argymhelliad y darparwr",
    # conditions
    "Conditions": "Amodau",
    "No conditions recorded.": "Ni chofnodwyd unrhyw amodau.",
    "Condition agreed": "Yr amod a gytunwyd",
    "What is required": "Beth sy'n ofynnol",
    "As stated": "Fel y nodwyd",
    "Conditions of the contract": "Amodau'r contract",
    "Condition": "Amod",
    "Status": "Statws",
    "Dated evidence": "Tystiolaeth ddyddiedig",
    "No entries recorded up to {0}": "Dim cofnodion hyd at {0}",
    "{0} (continued)": "{0} (parhad)",
    # appointments and attendance
    "Appointments offered": "Apwyntiadau a gynigiwyd",
    "No appointments dated up to {0}.": "Dim apwyntiadau hyd at {0}.",
    "Date and time": "Dyddiad ac amser",
    "Type": "Math",
    "Appointments in the period": "Apwyntiadau yn y cyfnod",
    "Appointments in the period and behind this notice": "Apwyntiadau yn y cyfnod a'r rhai sy'n sail i'r hysbysiad hwn",
    "Number": "Nifer",
    "Attended (including late)": "Yn bresennol (gan gynnwys yn hwyr)",
    "of which late": "ac o'r rhain, yn hwyr",
    "Missed (did not attend)": "Wedi'u colli (ddim yn bresennol)",
    "Still to come or not yet recorded": "I ddod neu heb eu cofnodi eto",
    "Attendance by month": "Presenoldeb fesul mis",
    "Attendance": "Presenoldeb",
    "Outcome": "Canlyniad",
    "No appointments in this period.": "Dim apwyntiadau yn y cyfnod hwn.",
    # referrals, disclosures, clinical
    "Pathway referrals": "Atgyfeiriadau llwybr",
    "No pathway referrals.": "Dim atgyfeiriadau llwybr.",
    "Pathway": "Llwybr",
    "Intervention": "Ymyrraeth",
    "Referral made": "Atgyfeiriad wedi'i wneud",
    "Taken up": "Wedi'i dderbyn",
    "Yes, from {0}": "Do, o {0}",
    "Yes": "Do",
    "No": "Naddo",
    "Not recorded": "Heb ei gofnodi",
    "{0}, to {1}": "{0}, i {1}",
    # onward referrals and the victim line (desktop.domain.onward, desktop.domain.victims)
    "Referrals to other agencies": "Atgyfeiriadau at asiantaethau eraill",
    "Agency": "Asiantaeth",
    "Referred": "Atgyfeiriwyd",
    "First attended": "Mynychodd gyntaf",
    "Accepted": "Derbyniwyd",
    "Not accepted": "Ni dderbyniwyd",
    "Not known yet": "Ddim yn hysbys eto",
    "{0}, on {1}": "{0}, ar {1}",
    "Not yet": "Ddim eto",
    "Victim contact": "Cyswllt â'r dioddefwr",
    "Victim's wishes: not yet known.": "Dymuniadau'r dioddefwr: ddim yn hysbys eto.",
    "Victim's wishes: no contact wanted.": "Dymuniadau'r dioddefwr: nid yw'n dymuno cyswllt.",
    "Victim's wishes: no contact wanted. Outcome recorded.": "Dymuniadau'r dioddefwr: nid yw'n dymuno cyswllt. Canlyniad wedi'i gofnodi.",
    "Victim's wishes: contact wanted. Victim contact: not yet made.": "Dymuniadau'r dioddefwr: yn dymuno cyswllt. Cyswllt â'r dioddefwr: heb ei wneud eto.",
    "Victim contact: made on {0} ({1}); outcome recorded.": "Cyswllt â'r dioddefwr: wedi'i wneud ar {0} ({1}); canlyniad wedi'i gofnodi.",
    "Victim contact: made on {0} ({1}); outcome not yet recorded.": "Cyswllt â'r dioddefwr: wedi'i wneud ar {0} ({1}); canlyniad heb ei gofnodi eto.",
    "letter": "llythyr",
    "phone": "ffôn",
    "meeting": "cyfarfod",
    "through the police": "drwy'r heddlu",
    "Disclosures of new offending": "Datgeliadau o droseddu newydd",
    "None disclosed or reported up to the end of this period.": "Dim wedi'i ddatgelu na'i adrodd hyd at ddiwedd y cyfnod hwn.",
    "Clinical summary (shared with the person's consent)": "Crynodeb clinigol (wedi'i rannu gyda chaniatâd yr unigolyn)",
    "No clinical measures recorded in this period.": "Ni chofnodwyd unrhyw fesurau clinigol yn y cyfnod hwn.",
    "Measure": "Mesur",
    "Score": "Sgôr",
    "Band": "Band",
    "Date": "Dyddiad",
    # narrative and sign-off
    "Keyworker's account": "Adroddiad y gweithiwr allweddol",
    "Sign-off": "Cymeradwyo",
    "the service manager": "rheolwr y gwasanaeth",
    "Reviewed and approved for {0} by {1}. The digital signature in the box below covers the whole of this "
    "document; any change after signing makes it invalid.": "Adolygwyd a chymeradwywyd ar ran {0} gan {1}. Mae'r llofnod digidol yn y blwch isod yn cwmpasu'r "
    "ddogfen gyfan hon; bydd unrhyw newid ar ôl ei llofnodi yn ei gwneud yn annilys.",
    # title block
    "Period {0} to {1}": "Cyfnod {0} i {1}",
    " \u00b7 every fact as recorded by the end of {0}": " \u00b7 pob ffaith fel y'i cofnodwyd erbyn diwedd {0}",
    "CORRECTION: this return replaces document {0}. Please rely on this one instead.": "CYWIRIAD: mae'r adroddiad hwn yn disodli dogfen {0}. Dibynnwch ar yr un hwn yn lle hynny.",
    # every page's header and footer
    "Confidential: personal data for {0} only": "Cyfrinachol: data personol ar gyfer {0} yn unig",
    "Force reference {0}": "Cyfeirnod yr heddlu {0}",
    "Code {0}": "Cod {0}",
    "Document ID {0}": "ID y ddogfen {0}",
    "Generated {0}": "Crëwyd {0}",
    "Check this page: the code and QR code match the signed PDF of this document.": "Gwiriwch y dudalen hon: mae'r cod a'r cod QR yn cyfateb i PDF llofnodedig y ddogfen hon.",
    "Page {0} of {1}": "Tudalen {0} o {1}",
    # what build.py words: appointment notes, who recorded evidence, final outcome lines
    "absence accepted: {0}": "absenoldeb wedi'i dderbyn: {0}",
    "illness (evidence seen)": "salwch (gwelwyd tystiolaeth)",
    "in hospital": "yn yr ysbyty",
    "at court": "yn y llys",
    "bereavement": "profedigaeth",
    "other": "arall",
    "before this period; behind this notice": "cyn y cyfnod hwn; yn sail i'r hysbysiad hwn",
    "recorded by {0} on {1}": "cofnodwyd gan {0} ar {1}",
    "recorded by {0}": "cofnodwyd gan {0}",
    "recorded on {0}": "cofnodwyd ar {0}",
    "an unrecorded date": "dyddiad heb ei gofnodi",
    "Not stated: updated after this period": "Heb ei nodi: diweddarwyd ar ôl y cyfnod hwn",
    "No contract was signed.": "Ni lofnodwyd contract.",
    "Completed on {0}: every condition was met or waived.": "Cwblhawyd ar {0}: bodlonwyd neu hepgorwyd pob amod.",
    "Completed: every condition was met or waived.": "Cwblhawyd: bodlonwyd neu hepgorwyd pob amod.",
    "Completed on {0}.": "Cwblhawyd ar {0}.",
    "Completed.": "Cwblhawyd.",
    "Not recorded as met or waived: {0}": "Heb eu cofnodi fel rhai a fodlonwyd neu a hepgorwyd: {0}",
    "Withdrawn on {0} by {1}.": "Tynnwyd yn ôl ar {0} gan {1}.",
    "Withdrawn on {0}.": "Tynnwyd yn ôl ar {0}.",
    "Withdrawn by {0}.": "Tynnwyd yn ôl gan {0}.",
    "Withdrawn.": "Tynnwyd yn ôl.",
    "Why: {0}": "Y rheswm: {0}",
    "No reason was recorded.": "Ni chofnodwyd rheswm.",
    "Failed on {0}: reoffended.": "Methodd ar {0}: aildroseddodd yr unigolyn.",
    "Failed on {0}: did not comply.": "Methodd ar {0}: ni chydymffurfiodd yr unigolyn.",
    "Failed: reoffended.": "Methodd: aildroseddodd yr unigolyn.",
    "Failed: did not comply.": "Methodd: ni chydymffurfiodd yr unigolyn.",
    "Condition not met: {0}": "Amod heb ei fodloni: {0}",
    "Reason recorded: {0}": "Y rheswm a gofnodwyd: {0}",
    # the Durham Checkpoint scheme's recommendation lines (resources/compliance/durham_checkpoint.json); another
    # scheme's lines stay English in a Welsh return until they are added here
    "The provider recommends no action: the contract continues.": "Nid yw'r darparwr yn argymell unrhyw gamau: mae'r contract yn parhau.",
    "The provider recommends no action yet: the contract continues with closer support.": "Nid yw'r darparwr yn argymell unrhyw gamau eto: mae'r contract yn parhau gyda chymorth agosach.",
    "The provider asks the force to decide whether the contract continues.": "Mae'r darparwr yn gofyn i'r heddlu benderfynu a yw'r contract yn parhau.",
    "The provider recommends no further action: the contract was completed.": "Nid yw'r darparwr yn argymell unrhyw gamau pellach: cwblhawyd y contract.",
    "The provider refers the case back to the force for a decision on prosecution.": "Mae'r darparwr yn cyfeirio'r achos yn ôl at yr heddlu am benderfyniad ynghylch erlyn.",
    "The provider refers the case back to the force for a decision.": "Mae'r darparwr yn cyfeirio'r achos yn ôl at yr heddlu am benderfyniad.",
}

# Written, but wanting a Welsh speaker's review before a force relies on them.
UNSURE = frozenset(
    {
        "Custom",  # "Pwrpasol" (bespoke) for a condition the service wrote itself
        "Keywork",  # no settled Welsh term for a keywork session
        "Exploitation and victimisation",
        "Appointments in the period and behind this notice",
        "of which late",
        "Sign-off",  # as a heading: "Cymeradwyo" (approval)
        "Not recorded as met or waived: {0}",
        "The contract was still {0} at the end of the period.",  # left English: "yn" would mutate the state's word
        "First attended",
        "Not known yet",
        "Victim's wishes: no contact wanted.",
        "Victim's wishes: no contact wanted. Outcome recorded.",
        "Victim's wishes: contact wanted. Victim contact: not yet made.",
    }
)
# Sentences a return carries that are not Welsh yet (they are built as English sentences in build.py or come
# from the scheme's resource file): they stay English in a Welsh return, and are listed here to be honest.
NOT_YET_WELSH = (
    "the final outcome line 'The contract was still <state> at the end of the period' (rare: an open contract)",
    "a scheme's recommendation lines other than Durham Checkpoint's (resources/compliance/*.json)",
    "progress labels ('2 of 6 sessions')",
    "status 'Not stated: updated after this period'",
    "the PDF's metadata subject ('Document <id>')",
)


def return_language(force_setting: str | None, preferred_language: str | None) -> str:
    """The language of a return: the force partner's setting ("en", "cy" or "cy+en"; anything else is
    English), overridden towards Welsh for a person who prefers Welsh (English forces get a bilingual return)."""
    chosen = (force_setting or "en").strip().lower()
    chosen = chosen if chosen in LANGUAGES else "en"
    if (preferred_language or "").strip().lower() in WELSH_NAMES and chosen == "en":
        return "cy+en"
    return chosen


@dataclass(frozen=True, slots=True)
class Words:
    language: str = "en"
    missing: set[str] = field(default_factory=set, hash=False, compare=False)

    def t(self, english: str, *args: object) -> str:
        """`english` (a phrase or a {0} template) in the return's language, formatted with `args`."""

        def side(i: int) -> list[object]:  # an argument given as (welsh, english) goes to its own side
            return [a[i] if isinstance(a, tuple) else a for a in args]

        if self.language == "en":
            return english.format(*side(-1)) if args else english
        welsh = CY.get(english)
        if welsh is None:
            self.missing.add(english)
            welsh = english
        cy = welsh.format(*side(0)) if args else welsh
        if self.language == "cy":
            return cy
        en = english.format(*side(-1)) if args else english
        return cy if cy == en else f"{cy} / {en}"

    def split(self, label: str) -> str | tuple[str, str]:
        """A bilingual label ("Welsh / English", built by t) back into its two sides, to put into a template
        without saying both twice. Only for labels whose Welsh has no " / " (states and levels)."""
        if self.language != "cy+en" or " / " not in label:
            return label
        cy, _, en = label.partition(" / ")
        return cy, en

    def labelled(self, english: str, value: object) -> str:
        """A label then its value, `english` being "Label {0}": bilingual gives the value once,
        "Label-cy / Label-en value", so a long identifier is not printed twice."""
        if self.language != "cy+en" or not english.endswith(" {0}"):
            return self.t(english, value)
        welsh = CY.get(english, english)
        if not welsh.endswith(" {0}"):
            return self.t(english, value)
        return f"{welsh[:-4]} / {english[:-4]} {value}"

    def day(self, d: date | None) -> str:
        """English `3 Mar 2026`, Welsh `3 Mawrth 2026`; bilingual `03/03/2026`, which both readers read."""
        if self.language == "cy+en" and d is not None:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return _day(d, "cy" if self.language == "cy" else "en")

    def moment(self, t: datetime) -> str:
        if self.language == "cy+en":
            text = f"{self.day(t.date())} {t.hour:02d}:{t.minute:02d}"
            zone = t.tzname()
            return f"{text} {zone}" if zone else text
        return _moment(t, "cy" if self.language == "cy" else "en")


def untranslated(phrases: set[str] | list[str]) -> list[str]:
    return sorted(p for p in phrases if p not in CY)
