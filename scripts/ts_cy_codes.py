# Welsh for the codes the domain, storage and services hand over (desktop/wording/errors.py): contexts "Errors"
# and "Problems". Fill with: python scripts/ts_fill.py resources/translations/checkpoint_cy.ts scripts/ts_cy_codes.py
# Register: the formal "chi" forms of Welsh public services. A "Problems" text follows the field's name in the
# dialogs ("Dyddiad geni yn y dyfodol."), so most are written as a predicate without a verb, as Welsh forms do.
# Labels passed as parameters are quoted ('{state}') so no mutation is needed after a preposition.
# Terms: contract = contract, condition = amod, return = adroddiad, variation = amrywiad, assessment = asesiad.
E, P = "Errors", "Problems"
TRANSLATIONS = {
    (E, "A contract that is {state!l} cannot become {new_state!l}"): (
        "Ni ellir newid cyflwr contract o '{state}' i '{new_state}'"
    ),
    (E, "Give a reason for '{new_state}'"): "Rhowch reswm dros '{new_state}'",
    (E, "A contract cannot close before it was signed"): "Ni all contract gau cyn iddo gael ei lofnodi",
    (E, "A contract that is {state!l} cannot be signed"): "Ni ellir llofnodi contract yn y cyflwr '{state}'",
    (
        E,
        "The end date must be after the signing date",
    ): "Rhaid i'r dyddiad gorffen fod ar ôl y dyddiad llofnodi",
    (
        E,
        "Community hours must be between {low} and {high}",
    ): "Rhaid i'r oriau cymunedol fod rhwng {low} a {high}",
    (E, "A target must be more than zero"): "Rhaid i darged fod yn fwy na sero",
    (E, "Progress cannot be negative"): "Ni all y cynnydd fod yn negatif",
    (E, "Evidence is required to change a condition's status"): "Mae angen tystiolaeth i newid statws amod",
    (E, "The offending condition cannot be waived"): "Ni ellir hepgor yr amod dim aildroseddu",
    (E, "'{title}' has no numeric target"): "Nid oes gan '{title}' darged rhifol",
    (E, "'{title}' is counted from attended {kind!l} sessions; record the session instead"): (
        "Caiff '{title}' ei gyfrif o'r sesiynau '{kind}' a fynychwyd; cofnodwch y sesiwn yn lle hynny"
    ),
    (E, "Progress to add must be more than zero"): "Rhaid i'r cynnydd i'w ychwanegu fod yn fwy na sero",
    (
        E,
        "Every contract includes the no-reoffending condition",
    ): "Mae pob contract yn cynnwys yr amod dim aildroseddu",
    (
        E,
        "The no-reoffending condition is included once",
    ): "Caiff yr amod dim aildroseddu ei gynnwys unwaith yn unig",
    (E, "A contract has at most {most} conditions; {chosen} are chosen"): (
        "Gall contract gynnwys {most} amod ar y mwyaf; dewiswyd {chosen}"
    ),
    (E, "Give a reason for the variation"): "Rhowch reswm dros yr amrywiad",
    (E, "Only an active contract can be varied; this one is {state!l}"): (
        "Dim ond contract gweithredol y gellir ei amrywio; mae hwn yn y cyflwr '{state}'"
    ),
    (E, "A variation cannot be dated before the contract was signed"): (
        "Ni ellir dyddio amrywiad cyn i'r contract gael ei lofnodi"
    ),
    (E, "'{title}' has no numeric target to vary"): "Nid oes gan '{title}' darged rhifol i'w amrywio",
    (E, "Nothing to vary: give a new wording or target"): "Dim i'w amrywio: rhowch eiriad neu darged newydd",
    (E, "The no-reoffending condition cannot be withdrawn"): "Ni ellir tynnu'r amod dim aildroseddu yn ôl",
    (E, "'{title}' was withdrawn already"): "Mae '{title}' wedi'i dynnu'n ôl eisoes",
    (E, "The new end date must be after the current one ({end})"): (
        "Rhaid i'r dyddiad gorffen newydd fod ar ôl yr un presennol ({end})"
    ),
    (E, "The scheme allows a contract of at most {days} days: it must end by {latest}"): (
        "Mae'r cynllun yn caniatáu contract o {days} diwrnod ar y mwyaf: rhaid iddo ddod i ben erbyn {latest}"
    ),
    (E, "The contract is paused already, since {since}"): "Mae'r contract wedi'i oedi eisoes, ers {since}",
    (E, "The contract is not paused"): "Nid yw'r contract wedi'i oedi",
    (E, "A contract cannot resume before it was paused"): "Ni all contract ailddechrau cyn iddo gael ei oedi",
    (E, "Only a manager can override a failed eligibility criterion"): (
        "Dim ond rheolwr all ddiystyru maen prawf cymhwystra a fethwyd"
    ),
    (E, "'{question}' passes; there is nothing to override"): (
        "Mae '{question}' wedi'i fodloni; nid oes dim i'w ddiystyru"
    ),
    (E, "Write the reason for overriding '{question}'"): "Ysgrifennwch y rheswm dros ddiystyru '{question}'",
    (E, "Attendance cannot be recorded for an appointment that has not happened yet"): (
        "Ni ellir cofnodi presenoldeb ar gyfer apwyntiad nad yw wedi digwydd eto"
    ),
    (E, "say what was done"): "dywedwch beth a wnaed",
    (E, "say why no action is needed"): "dywedwch pam nad oes angen gweithredu",
    (
        E,
        "what was done is at most {most} characters",
    ): "gall disgrifiad o'r hyn a wnaed fod yn {most} nod ar y mwyaf",
    (E, "there is no safety alert to acknowledge"): "nid oes rhybudd diogelwch i'w gydnabod",
    (E, "the period ends ({end}) before it starts ({start})"): (
        "mae'r cyfnod yn dod i ben ({end}) cyn iddo ddechrau ({start})"
    ),
    (E, "no signing key: create or import one first (checkpoint-desk cert create)"): (
        "dim allwedd llofnodi: crëwch neu fewnforiwch un yn gyntaf (checkpoint-desk cert create)"
    ),
    (E, "A completed assessment cannot be changed: record a correction instead"): (
        "Ni ellir newid asesiad sydd wedi'i gwblhau: cofnodwch gywiriad yn lle hynny"
    ),
    (
        E,
        "This assessment uses {instrument} version {version}, not {definition} version {definition_version}",
    ): (
        "Mae'r asesiad hwn yn defnyddio {instrument} fersiwn {version}, nid {definition} fersiwn "
        "{definition_version}"
    ),
    (E, "Only a completed assessment needs a correction: edit the draft instead"): (
        "Dim ond asesiad sydd wedi'i gwblhau sydd angen cywiriad: golygwch y drafft yn lle hynny"
    ),
    (
        E,
        "A completed assessment cannot be saved as a draft",
    ): "Ni ellir cadw asesiad sydd wedi'i gwblhau fel drafft",
    (E, "This assessment has already been corrected: correct the latest version"): (
        "Mae'r asesiad hwn wedi'i gywiro eisoes: cywirwch y fersiwn ddiweddaraf"
    ),
    (E, "A correction of this assessment is already in draft: open it to carry on"): (
        "Mae cywiriad o'r asesiad hwn eisoes ar ffurf drafft: agorwch ef i barhau"
    ),
    (E, "This assessment belongs to someone else"): "Mae'r asesiad hwn yn perthyn i rywun arall",
    (E, "Victim contact is recorded only for a victim-related condition"): (
        "Dim ond ar gyfer amod sy'n ymwneud â dioddefwr y cofnodir cyswllt â dioddefwr"
    ),
    (E, "{name} is not an active user and cannot sign returns"): (
        "Nid yw {name} yn ddefnyddiwr gweithredol ac ni all lofnodi adroddiadau"
    ),
    (E, "Only a manager can sign returns; {name} is a {role}"): (
        "Dim ond rheolwr all lofnodi adroddiadau; rôl {name} yw {role}"
    ),
    (P, "is required"): "yn ofynnol",
    (P, "is in the future"): "yn y dyfodol",
    (P, "is too long (at most {most} characters)"): "yn rhy hir ({most} nod ar y mwyaf)",
    (P, "is more than 120 years ago"): "dros 120 mlynedd yn ôl",
    (P, "is after the referral date"): "ar ôl dyddiad yr atgyfeiriad",
    (P, "unanswered: {questions}"): "heb eu hateb: {questions}",
    (P, "{contradictions}"): "{contradictions}",
    (P, "is required: name the agency referred to"): "yn ofynnol: enwch yr asiantaeth yr atgyfeiriwyd ati",
    (P, "is given but the answer is 'not known'"): "wedi'i roi ond yr ateb yw 'ddim yn hysbys eto'",
    (P, "is required once the agency has answered"): "yn ofynnol unwaith y bydd yr asiantaeth wedi ateb",
    (P, "is before the referral was made"): "cyn i'r atgyfeiriad gael ei wneud",
    (P, "needs the referral accepted first"): "rhaid i'r atgyfeiriad gael ei dderbyn yn gyntaf",
    (P, "is before the agency accepted"): "cyn i'r asiantaeth dderbyn",
    (P, "is given but the victim's wishes are 'not asked yet'"): (
        "wedi'i roi ond dymuniadau'r dioddefwr yw 'heb ofyn eto'"
    ),
    (P, "cannot be made before the victim's wishes are known"): (
        "ni ellir ei wneud cyn bod dymuniadau'r dioddefwr yn hysbys"
    ),
    (P, "is required once the victim's wishes are known"): (
        "yn ofynnol unwaith y bydd dymuniadau'r dioddefwr yn hysbys"
    ),
    (
        P,
        "is recorded but the victim does not want contact",
    ): "wedi'i gofnodi ond nid yw'r dioddefwr eisiau cyswllt",
    (P, "say how contact was made"): "dywedwch sut y gwnaed cyswllt",
    (P, "is dated before the victim was asked"): "wedi'i ddyddio cyn i'r dioddefwr gael ei holi",
    (P, "give the date contact was made"): "rhowch y dyddiad y gwnaed cyswllt",
    (P, "give the date of the outcome"): "rhowch ddyddiad y canlyniad",
    (P, "is dated but empty"): "wedi'i ddyddio ond yn wag",
    (P, "is dated in the future"): "wedi'i ddyddio yn y dyfodol",
    (P, "needs the contact made first"): "rhaid gwneud y cyswllt yn gyntaf",
    (P, "is dated before the contact"): "wedi'i ddyddio cyn y cyswllt",
    (P, "is needed when an emergency contact is named"): "yn angenrheidiol pan enwir cyswllt mewn argyfwng",
    (
        P,
        "needs a name when a phone or relationship is given",
    ): "rhaid rhoi enw pan roddir rhif ffôn neu berthynas",
    (P, "is not an item of {instrument}"): "nid yw'n eitem yn {instrument}",
    (P, "cannot be declined"): "ni ellir gwrthod ei ateb",
    (P, "{value} is not one of the options ({allowed})"): "nid yw {value} yn un o'r dewisiadau ({allowed})",
    (P, "must be text"): "rhaid iddo fod yn destun",
    (P, "is longer than {most} characters"): "yn hwy na {most} nod",
    (P, "must be a number"): "rhaid iddo fod yn rhif",
    (P, "must be a finite number"): "rhaid iddo fod yn rhif meidraidd",
    (P, "must be a whole number"): "rhaid iddo fod yn rhif cyfan",
    (P, "must be at least {least:g}"): "rhaid iddo fod yn {least:g} o leiaf",
    (P, "must be at most {most:g}"): "rhaid iddo fod yn {most:g} ar y mwyaf",
    (
        P,
        "is unanswered: answer it or mark it declined",
    ): "heb ei ateb: atebwch ef neu nodwch fod ateb wedi'i wrthod",
    (P, "is not a stored answer"): "nid yw'n ateb sydd wedi'i storio",
    (P, "Say why the assessment is being corrected"): "Dywedwch pam mae'r asesiad yn cael ei gywiro",
}
# Written, but for a Welsh speaker's review before they reach a force (marked unfinished in the .ts):
# the gender of a typed title ('{title}' ... ei gyfrif / wedi'i dynnu) is unknown; {role} is the stored English
# role name; the quoted answer labels must match the dialogs' Welsh choices word for word.
UNSURE = {
    (E, "'{title}' is counted from attended {kind!l} sessions; record the session instead"),
    (E, "'{title}' was withdrawn already"),
    (E, "Only a manager can sign returns; {name} is a {role}"),
    (P, "is given but the answer is 'not known'"),
    (P, "is given but the victim's wishes are 'not asked yet'"),
}

# Stored values' labels and amounts (desktop/ui/labels.py, context "Labels"); a numeral takes the singular noun.
L = "Labels"
TRANSLATIONS.update(
    {
        (L, "Start"): "Dechrau",
        (L, "Exit"): "Ymadael",
        (L, "None"): "Dim",
        (L, "Low"): "Isel",
        (L, "Medium"): "Canolig",
        (L, "High"): "Uchel",
        (L, "Accepted"): "Derbyniwyd",
        (L, "Not accepted"): "Ni dderbyniwyd",
        (L, "Not known yet"): "Ddim yn hysbys eto",
        (L, "Not asked yet"): "Heb ofyn eto",
        (L, "Wants contact"): "Eisiau cyswllt",
        (L, "Does not want contact"): "Ddim eisiau cyswllt",
        (L, "letter"): "llythyr",
        (L, "phone"): "ffôn",
        (L, "meeting"): "cyfarfod",
        (L, "through the police"): "drwy'r heddlu",
        (L, "other"): "arall",
        (L, "Safety plan made"): "Gwnaed cynllun diogelwch",
        (L, "GP contacted"): "Cysylltwyd â'r meddyg teulu",
        (L, "Crisis team contacted"): "Cysylltwyd â'r tîm argyfwng",
        (L, "No action needed"): "Dim angen gweithredu",
        (L, "Contract start notice"): "Hysbysiad dechrau contract",
        (L, "Monthly progress return"): "Adroddiad cynnydd misol",
        (L, "Non-compliance notice"): "Hysbysiad diffyg cydymffurfio",
        (L, "Final outcome return"): "Adroddiad canlyniad terfynol",
        (L, "%n hour(s)"): ["%n awr"],
        (L, "%n session(s)"): ["%n sesiwn"],
        (L, "%n day(s)"): ["%n diwrnod"],
        ("ConditionsTableModel", "{done} of {target}"): "{done} o {target}",
        ("AddProgressDialog", "{done} of {target} done so far"): "{done} o {target} wedi'u gwneud hyd yma",
    }
)
# "Exit" as an assessment stage (the assessment at the end of the contract): "Ymadael" wants a Welsh speaker's eye.
UNSURE.add((L, "Exit"))

# Reviewed and finished (were unfinished): the onward-referral and victim-contact forms' labels, with
# accelerators checked unique within each dialog, and two sentences whose English label is now translated.
TRANSLATIONS.update(
    {
        ("CloseContractDialog", "Choose an outcome. A reason is required unless it is 'Completed'."): (
            "Dewiswch ganlyniad. Mae angen rheswm oni bai mai 'Wedi'i gwblhau' ydyw."
        ),
        ("SignContractDialog", "The offending condition is part of every contract."): (
            "Mae'r amod dim aildroseddu yn rhan o bob contract."
        ),
        ("OnwardReferralDialog", "&Pathway:"): "&Llwybr:",
        ("OnwardReferralDialog", "A&gency:"): "Asian&taeth:",
        ("OnwardReferralDialog", "&Referred on:"): "Atgyfeiriwyd a&r:",
        ("OnwardReferralDialog", "A&ccepted:"): "&Derbyniwyd:",
        ("OnwardReferralDialog", "&Answered on:"): "&Atebwyd ar:",
        ("OnwardReferralDialog", "&First attended:"): "&Mynychodd gyntaf:",
        ("OnwardReferralDialog", "&Note:"): "&Nodyn:",
        ("VictimContactDialog", "&Wishes:"): "&Dymuniadau:",
        ("VictimContactDialog", "&Asked on:"): "&Gofynnwyd ar:",
        ("VictimContactDialog", "&Contact made on:"): "&Cyswllt ar:",
        ("VictimContactDialog", "&How:"): "S&ut:",
        ("VictimContactDialog", "&Outcome:"): "Ca&nlyniad:",
        ("VictimContactDialog", "Outcome &dated:"): "D&yddiad y canlyniad:",
        ("VictimContactDialog", "Victim's &name:"): "&Enw'r dioddefwr:",
        ("VictimContactDialog", "Victim's con&tact:"): "Manylion cyswll&t:",
    }
)

# The eligibility criteria (desktop/ui/labels.py QUESTIONS).
Q = "Eligibility"
TRANSLATIONS.update(
    {
        (Q, "Aged 18 or over"): "Yn 18 oed neu'n hŷn",
        (Q, "Offence committed in the force area"): "Trosedd a gyflawnwyd yn ardal yr heddlu",
        (Q, "Offence less than 3 months old"): "Llai na 3 mis ers y drosedd",
        (Q, "Admission, or 'no reply' interview with enough evidence to charge"): (
            "Cyfaddefiad, neu gyfweliad 'dim ateb' gyda digon o dystiolaeth i gyhuddo"
        ),
        (Q, "Hate crime"): "Trosedd casineb",
        (Q, "Held for court or under the Mental Health Act"): (
            "Yn y ddalfa ar gyfer y llys neu o dan y Ddeddf Iechyd Meddwl"
        ),
        (Q, "Under a court order, suspended sentence or conditional discharge"): (
            "O dan orchymyn llys, dedfryd ohiriedig neu ryddhad amodol"
        ),
        (Q, "Case has a co-accused"): "Mae cyd-ddiffynnydd yn yr achos",
        (Q, "On bail for other matters"): "Ar fechnïaeth am faterion eraill",
    }
)
# "Held for court" (kept in custody to appear at court): the legal Welsh wants checking.
UNSURE.add((Q, "Held for court or under the Mental Health Act"))
