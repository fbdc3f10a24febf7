"""Demographics recorded for reporting: sex, gender identity, ethnicity (the ONS 2021 census categories),
disability and age band; and two contacts the treatment record keeps: the GP practice and an emergency contact.

Commissioners compare services by these. Every field can be "Prefer not to say" (the person declined) or "Not
recorded" (nobody asked yet, the default for people added before these fields existed): the two are reported
apart, since a service with many "not recorded" has a recording problem, not a population.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .errors import Problem


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NOT_RECORDED = "not_recorded"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class GenderIdentity(StrEnum):
    """The ONS 2021 census question: is the gender the person identifies with the same as their sex registered
    at birth? (The person's own words are not asked for: a yes / no is what the national dataset reports.)"""

    SAME_AS_AT_BIRTH = "same_as_at_birth"
    DIFFERENT = "different"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NOT_RECORDED = "not_recorded"

    @property
    def label(self) -> str:
        return {
            "same_as_at_birth": "Same as sex registered at birth",
            "different": "Different from sex registered at birth",
            "prefer_not_to_say": "Prefer not to say",
            "not_recorded": "Not recorded",
        }[self.value]


class Disability(StrEnum):
    """Does the person consider they have a disability (Equality Act 2010: a long-term condition that limits
    day-to-day activities)? Yes / no as the person answers; the detail belongs in the clinical record."""

    YES = "yes"
    NO = "no"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NOT_RECORDED = "not_recorded"

    @property
    def label(self) -> str:
        return {
            "yes": "Yes, a disability",
            "no": "No disability",
            "prefer_not_to_say": "Prefer not to say",
            "not_recorded": "Not recorded",
        }[self.value]


MAX_CONTACT_FIELD = 200


def contact_problems(gp_practice: str, name: str, phone: str, relationship: str) -> dict[str, str]:
    """GP practice and emergency contact are optional, but an emergency contact needs a name and a phone
    number together (one without the other cannot be used in an emergency). Keys are the Person fields."""
    problems: dict[str, str] = {}
    for key, text in (
        ("gp_practice", gp_practice),
        ("emergency_name", name),
        ("emergency_phone", phone),
        ("emergency_relationship", relationship),
    ):
        if len(text.strip()) > MAX_CONTACT_FIELD:
            problems[key] = Problem("too_long", most=MAX_CONTACT_FIELD)
    if (name.strip() or relationship.strip()) and not phone.strip():
        problems.setdefault("emergency_phone", Problem("phone_for_contact"))
    if (phone.strip() or relationship.strip()) and not name.strip():
        problems.setdefault("emergency_name", Problem("name_for_contact"))
    return problems


class Ethnicity(StrEnum):
    """The 19 categories of the ONS 2021 census (England and Wales), then the two non-answers."""

    ASIAN_BANGLADESHI = "asian_bangladeshi"
    ASIAN_CHINESE = "asian_chinese"
    ASIAN_INDIAN = "asian_indian"
    ASIAN_PAKISTANI = "asian_pakistani"
    ASIAN_OTHER = "asian_other"
    BLACK_AFRICAN = "black_african"
    BLACK_CARIBBEAN = "black_caribbean"
    BLACK_OTHER = "black_other"
    MIXED_WHITE_ASIAN = "mixed_white_asian"
    MIXED_WHITE_BLACK_AFRICAN = "mixed_white_black_african"
    MIXED_WHITE_BLACK_CARIBBEAN = "mixed_white_black_caribbean"
    MIXED_OTHER = "mixed_other"
    WHITE_BRITISH = "white_british"
    WHITE_IRISH = "white_irish"
    WHITE_GYPSY_TRAVELLER = "white_gypsy_traveller"
    WHITE_ROMA = "white_roma"
    WHITE_OTHER = "white_other"
    OTHER_ARAB = "other_arab"
    OTHER_ANY = "other_any"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NOT_RECORDED = "not_recorded"

    @property
    def label(self) -> str:
        return _ETHNICITY_LABELS[self]

    @property
    def group(self) -> EthnicGroup:
        prefix = self.value.split("_", 1)[0]
        return _ETHNIC_GROUP_OF.get(prefix) or EthnicGroup(self.value)


class EthnicGroup(StrEnum):
    """The ONS 2021 high-level groups: what reports break down by (the 19 categories are too small to publish)."""

    ASIAN = "asian"
    BLACK = "black"
    MIXED = "mixed"
    WHITE = "white"
    OTHER = "other"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NOT_RECORDED = "not_recorded"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_ETHNIC_GROUP_OF = {
    "asian": EthnicGroup.ASIAN,
    "black": EthnicGroup.BLACK,
    "mixed": EthnicGroup.MIXED,
    "white": EthnicGroup.WHITE,
    "other": EthnicGroup.OTHER,
}

_GROUP_LABELS = {
    EthnicGroup.ASIAN: "Asian, Asian British or Asian Welsh",
    EthnicGroup.BLACK: "Black, Black British, Black Welsh, Caribbean or African",
    EthnicGroup.MIXED: "Mixed or Multiple ethnic groups",
    EthnicGroup.WHITE: "White",
    EthnicGroup.OTHER: "Other ethnic group",
    EthnicGroup.PREFER_NOT_TO_SAY: "Prefer not to say",
    EthnicGroup.NOT_RECORDED: "Not recorded",
}

_ETHNICITY_LABELS = {
    Ethnicity.ASIAN_BANGLADESHI: "Asian: Bangladeshi",
    Ethnicity.ASIAN_CHINESE: "Asian: Chinese",
    Ethnicity.ASIAN_INDIAN: "Asian: Indian",
    Ethnicity.ASIAN_PAKISTANI: "Asian: Pakistani",
    Ethnicity.ASIAN_OTHER: "Asian: Other Asian background",
    Ethnicity.BLACK_AFRICAN: "Black: African",
    Ethnicity.BLACK_CARIBBEAN: "Black: Caribbean",
    Ethnicity.BLACK_OTHER: "Black: Other Black, Black British or Caribbean background",
    Ethnicity.MIXED_WHITE_ASIAN: "Mixed: White and Asian",
    Ethnicity.MIXED_WHITE_BLACK_AFRICAN: "Mixed: White and Black African",
    Ethnicity.MIXED_WHITE_BLACK_CARIBBEAN: "Mixed: White and Black Caribbean",
    Ethnicity.MIXED_OTHER: "Mixed: Other Mixed or Multiple ethnic background",
    Ethnicity.WHITE_BRITISH: "White: English, Welsh, Scottish, Northern Irish or British",
    Ethnicity.WHITE_IRISH: "White: Irish",
    Ethnicity.WHITE_GYPSY_TRAVELLER: "White: Gypsy or Irish Traveller",
    Ethnicity.WHITE_ROMA: "White: Roma",
    Ethnicity.WHITE_OTHER: "White: Other White background",
    Ethnicity.OTHER_ARAB: "Other: Arab",
    Ethnicity.OTHER_ANY: "Other: Any other ethnic group",
    Ethnicity.PREFER_NOT_TO_SAY: "Prefer not to say",
    Ethnicity.NOT_RECORDED: "Not recorded",
}

# Lower bounds of the age bands, youngest first (the scheme is for adults; "Under 18" only flags a data error).
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "Under 18"),
    (18, "18-24"),
    (25, "25-34"),
    (35, "35-44"),
    (45, "45-54"),
    (55, "55-64"),
    (65, "65+"),
)


def age_on(date_of_birth: date, day: date) -> int:
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def age_band(date_of_birth: date, day: date) -> str:
    """The band of the person's age on `day` (for a report: the referral date), e.g. "25-34"."""
    age = age_on(date_of_birth, day)
    label = AGE_BANDS[0][1]
    for low, name in AGE_BANDS:
        if age >= low:
            label = name
    return label


AGE_BAND_LABELS: tuple[str, ...] = tuple(name for _low, name in AGE_BANDS)
