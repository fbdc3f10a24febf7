# Welsh for the command line (context CLI): checkpoint-desk's and checkpoint-force's messages, table headings,
# field labels and --help texts. Fill with: python scripts/ts_fill.py resources/translations/checkpoint_cy.ts
# scripts/ts_cy_cli.py, then `make translations-update` (lupdate's own layout).
# Register: the formal "chi" forms of Welsh public services ("Rhowch", "Gwiriwch"), imperatives for --help.
# Terms as in scripts/ts_cy.py and docs/i18n.md: passphrase = cyfrinymadrodd, case store = storfa achosion (fem.),
# recovery key = allwedd adfer, keyworker = gweithiwr allweddol, return = adroddiad, bundle = bwndel,
# certificate = tystysgrif (fem.), fingerprint = ôl bys, audit log = log archwilio, erase = dileu,
# backup = copi wrth gefn. After a numeral the singular noun, unmutated ("3 eitem", "2 cofnod"): Qt's Welsh
# plural classes (0, 1, 2-5, 6, other) do not follow the mutations of dau/tri/chwe, so no form mutates.
C = "CLI"


def same(text: str) -> list[str]:
    """The five Qt plural forms of Welsh, all alike (the singular noun after a numeral)."""
    return [text] * 5


def people(text: str) -> list[str]:
    """`%n person` for one, `%n o bobl` otherwise; `text` has {} where that goes."""
    return [text.format("%n o bobl"), text.format("%n person")] + [text.format("%n o bobl")] * 3


TRANSLATIONS = {
    # common
    (C, "case store folder"): "ffolder y storfa achosion",
    (C, "your user name in the store"): "eich enw defnyddiwr yn y storfa",
    (C, "read the passphrase from FILE (else $%1, else a prompt)"): (
        "darllen y cyfrinymadrodd o FILE (neu $%1, neu fe ofynnir amdano)"
    ),
    (C, "Passphrase: "): "Cyfrinymadrodd: ",
    (C, "Again: "): "Eto: ",
    (C, "New passphrase for %1: "): "Cyfrinymadrodd newydd ar gyfer %1: ",
    (
        C,
        "the new passphrase (else $%1, else a prompt)",
    ): "y cyfrinymadrodd newydd (neu $%1, neu fe ofynnir amdano)",
    # main: the command list and the top-level help
    (
        C,
        "create a new case store with an admin user",
    ): "creu storfa achosion newydd gyda defnyddiwr gweinyddol",
    (C, "create a store with a synthetic caseload"): "creu storfa gyda llwyth achosion ffug",
    (
        C,
        "list, add users or change a passphrase",
    ): "rhestru neu ychwanegu defnyddwyr, neu newid cyfrinymadrodd",
    (C, "set a new passphrase with the recovery key"): "gosod cyfrinymadrodd newydd gyda'r allwedd adfer",
    (C, "the people you may see, with contract day and compliance"): (
        "y bobl y cewch eu gweld, gyda diwrnod y contract a'r cydymffurfio"
    ),
    (C, "check the database, the audit chain and the key vault"): (
        "gwirio'r gronfa ddata, y gadwyn archwilio a'r gladdgell allweddi"
    ),
    (C, "write an encrypted copy of the store to DEST"): "ysgrifennu copi wedi'i amgryptio o'r storfa i DEST",
    (C, "restore a backup folder SRC into STORE"): "adfer ffolder wrth gefn SRC i STORE",
    (C, "open the desktop app (the demo store when STORE is not given)"): (
        "agor yr ap bwrdd gwaith (y storfa enghreifftiol os na roddir STORE)"
    ),
    (C, "list, score and check assessment instruments"): "rhestru, sgorio a gwirio offer asesu",
    (C, "check the signature of a return PDF"): "gwirio llofnod PDF adroddiad",
    (C, "acceptable absences: a missed appointment that does not count"): (
        "absenoldebau derbyniol: apwyntiad a gollwyd nad yw'n cyfrif"
    ),
    (C, "progress returns to the force: list and sign a month's batch"): (
        "adroddiadau cynnydd i'r heddlu: rhestru a llofnodi swp mis"
    ),
    (C, "the organisation's key and certificate that sign returns"): (
        "allwedd a thystysgrif y sefydliad sy'n llofnodi adroddiadau"
    ),
    (C, "forces we exchange bundles with (pinned certificates)"): (
        "heddluoedd yr ydym yn cyfnewid bwndeli â nhw (tystysgrifau wedi'u pinio)"
    ),
    (C, "export and import bundles, or export our certificate"): (
        "allforio a mewnforio bwndeli, neu allforio ein tystysgrif"
    ),
    (C, "the service's figures for a period, as CSV or a signed PDF"): (
        "ffigurau'r gwasanaeth am gyfnod, fel CSV neu PDF wedi'i lofnodi"
    ),
    (C, "show or set the language of returns to a force: en, cy or cy+en (Welsh first)"): (
        "dangos neu osod iaith adroddiadau i heddlu: en, cy neu cy+en (y Gymraeg yn gyntaf)"
    ),
    (C, "erase one person's records for good (manager or admin)"): (
        "dileu cofnodion un unigolyn am byth (rheolwr neu weinyddwr)"
    ),
    (C, "legal holds: keep a person's data whatever the schedule"): (
        "ataliadau cyfreithiol: cadw data unigolyn beth bynnag a ddywed yr amserlen"
    ),
    (C, "the retention schedule: what is due for erasure"): "yr amserlen gadw: beth sydd i'w ddileu",
    (C, "subject access: write everything held on one person to DIR"): (
        "mynediad at ddata: ysgrifennu popeth a gedwir am un unigolyn i DIR"
    ),
    (C, "print the contract to sign, or an appointment / missed-appointment letter"): (
        "argraffu'r contract i'w lofnodi, neu lythyr apwyntiad / apwyntiad a gollwyd"
    ),
    (C, "vary a signed contract (a reason is always required)"): (
        "amrywio contract wedi'i lofnodi (mae angen rheswm bob tro)"
    ),
    (C, "replicas of the store for other desks and laptops (docs/replicas.md)"): (
        "copïau o'r storfa ar gyfer desgiau a gliniaduron eraill (docs/replicas.md)"
    ),
    (C, "Case management for police diversion contracts, with an encrypted local case store."): (
        "Rheoli achosion ar gyfer contractau dargyfeirio'r heddlu, gyda storfa achosion leol wedi'i hamgryptio."
    ),
    (C, "language of messages: en, cy (Cymraeg) or system (default: the GUI's saved choice)"): (
        "iaith y negeseuon: en, cy (Cymraeg) neu system (rhagosodiad: y dewis a gadwyd yn yr ap)"
    ),
    # contract
    (C, "the person's force reference"): "cyfeirnod yr heddlu ar gyfer yr unigolyn",
    (C, "why, in words the force will read"): "pam, mewn geiriau y bydd yr heddlu'n eu darllen",
    (C, "the day it takes effect (default: today)"): "y diwrnod y daw i rym (rhagosodiad: heddiw)",
    (C, "the condition's number, from 1"): "rhif yr amod, o 1",
    (C, "the wording"): "y geiriad",
    (C, "the new target"): "y targed newydd",
    (C, "the new end date"): "y dyddiad gorffen newydd",
    # instruments
    (C, "total %1-%2"): "cyfanswm %1-%2",
    (C, "no total"): "dim cyfanswm",
    (C, "%n item(s)"): same("%n eitem"),
    (C, "period: %1"): "cyfnod: %1",
    (C, "problem: %1"): "problem: %1",
    (C, "number %1..%2 %3"): "rhif %1..%2 %3",
    (C, "text"): "testun",
    (C, "answer %1 (%2) %3"): "ateb %1 (%2) %3",
    (C, "%1: %2 version %3 is already defined in %4; give a changed definition a higher version"): (
        "%1: mae fersiwn %3 o %2 wedi'i diffinio eisoes yn %4; rhowch fersiwn uwch i ddiffiniad a newidiwyd"
    ),
    (
        C,
        "%1: warning: follow-up instrument %2 is not loaded",
    ): "%1: rhybudd: nid yw'r offeryn dilynol %2 wedi'i lwytho",
    (C, "%n band(s)"): same("%n band"),
    (C, "ok: %1 version %2, %3, %4, %5"): "iawn: %1 fersiwn %2, %3, %4, %5",
    (C, "%n flag(s)"): same("%n rhybudd"),
    # papers
    (C, "the current contract, with signature lines"): "y contract presennol, gyda llinellau llofnod",
    (C, "a letter about the next appointment (or the one on --on)"): (
        "llythyr am yr apwyntiad nesaf (neu'r un ar --on)"
    ),
    (C, "a letter about the missed appointment on --on"): "llythyr am yr apwyntiad a gollwyd ar --on",
    (C, "the appointment's day"): "diwrnod yr apwyntiad",
    (C, "attach a scan of the signed contract (PDF, PNG or JPEG) to the record"): (
        "atodi sgan o'r contract wedi'i lofnodi (PDF, PNG neu JPEG) i'r cofnod"
    ),
    (C, "the scan"): "y sgan",
    (
        C,
        "list the scans attached to the person's contract",
    ): "rhestru'r sganiau sydd wedi'u hatodi i gontract yr unigolyn",
    (C, "%n byte(s)"): same("%n beit"),
    (C, "by %1"): "gan %1",
    # privacy
    (C, "the person's force reference (or id)"): "cyfeirnod yr heddlu ar gyfer yr unigolyn (neu ei id)",
    (
        C,
        "why (kept in the audit log; no personal data)",
    ): "pam (fe'i cedwir yn y log archwilio; dim data personol)",
    (C, "Erased %1: %2 (%3); database pages overwritten; the audit log keeps a tombstone."): (
        "Dilëwyd %1: %2 (%3); ysgrifennwyd dros dudalennau'r gronfa ddata; mae'r log archwilio yn cadw carreg fedd."
    ),
    (C, "%n row(s)"): same("%n rhes"),
    (C, "%1  since %2  by %3  %4"): "%1  ers %2  gan %3  %4",
    (C, "%1  %2  automatic backup made %3, past its period"): (
        "%1  %2  copi wrth gefn awtomatig a wnaed %3, y tu hwnt i'w gyfnod"
    ),
    (C, "KEPT"): "CADW",
    (C, "ERASE"): "DILEU",
    (C, "Erase %1 and %2? Type 'erase': "): "Dileu %1 a %2? Teipiwch 'erase': ",
    (C, "%n (person|people)"): people("{}"),
    (C, "%n backup(s)"): same("%n copi wrth gefn"),
    (C, "erase"): "dileu",
    (C, "keep"): "cadw",
    (C, "from %1"): "o %1",
    (C, "Subject access export: %n record(s)"): same("Allforio data i'r unigolyn: %n cofnod"),
    (C, "place a legal hold"): "gosod ataliad cyfreithiol",
    (C, "remove a legal hold"): "tynnu ataliad cyfreithiol",
    (C, "list legal holds"): "rhestru ataliadau cyfreithiol",
    (C, "list what is due for erasure and why"): "rhestru beth sydd i'w ddileu a pham",
    (
        C,
        "erase what is due, after showing the same list",
    ): "dileu'r hyn sy'n ddyledus, ar ôl dangos yr un rhestr",
    (C, "do not ask (for scripts)"): "peidio â gofyn (ar gyfer sgriptiau)",
    (C, "the schedule in use"): "yr amserlen a ddefnyddir",
    (C, "replace the schedule with a JSON file (admin)"): "disodli'r amserlen â ffeil JSON (gweinyddwr)",
    (C, "send erasures to the force in the next bundle, when the data-sharing agreement says so (admin)"): (
        "anfon dileadau i'r heddlu yn y bwndel nesaf, pan fydd y cytundeb rhannu data yn dweud hynny (gweinyddwr)"
    ),
    (C, "print the shipped default schedule (a starting point for `set`)"): (
        "argraffu'r amserlen ragosodedig a ddaw gyda'r ap (man cychwyn ar gyfer `set`)"
    ),
    # report
    (C, "first day of the period"): "diwrnod cyntaf y cyfnod",
    (C, "last day (included)"): "y diwrnod olaf (yn gynwysedig)",
    (C, "only this keyworker's caseload"): "llwyth achosion y gweithiwr allweddol hwn yn unig",
    (C, "exact small numbers (CSV only; not for anything that leaves the provider)"): (
        "niferoedd bach union (CSV yn unig; nid ar gyfer dim sy'n gadael y darparwr)"
    ),
    # verify
    (C, "yes"): "ydy",
    (C, "NO"): "NAC YDY",
    (C, "no"): "nac ydy",
    (C, "not checked (give --trust CERT.pem)"): "heb ei wirio (rhowch --trust CERT.pem)",
    (C, "Document"): "Dogfen",
    (C, "%1 (code %2)"): "%1 (cod %2)",
    (C, "Signer"): "Llofnodwr",
    (C, "unknown"): "anhysbys",
    (C, "Signing time"): "Amser llofnodi",
    (C, "Intact"): "Cyfan",
    (C, "Whole file"): "Y ffeil gyfan",
    (C, "Trusted"): "Ymddiried",
    (C, "Certificate"): "Tystysgrif",
    (C, "none"): "dim",
    (C, "Problem"): "Problem",
    # returns
    (C, "draft, approve and sign every return due in a month (managers)"): (
        "drafftio, cymeradwyo a llofnodi pob adroddiad sy'n ddyledus mewn mis (rheolwyr)"
    ),
    (C, "folder for the signed PDFs"): "ffolder ar gyfer y PDFau wedi'u llofnodi",
    (C, "signing processes (default 2)"): "prosesau llofnodi (rhagosodiad 2)",
    (C, "the returns you may see, newest first"): "yr adroddiadau y cewch eu gweld, y mwyaf newydd yn gyntaf",
    (
        C,
        "only returns whose period ends in this month",
    ): "dim ond adroddiadau y daw eu cyfnod i ben yn y mis hwn",
    (C, "make the organisation's CA and a signing key and certificate it issues"): (
        "gwneud CA y sefydliad ac allwedd llofnodi a thystysgrif y mae'n eu rhoi"
    ),
    (C, "the name on the certificate (default: the store setting)"): (
        "yr enw ar y dystysgrif (rhagosodiad: gosodiad y storfa)"
    ),
    (C, "replace the key the store has (the force must then pin the new certificate)"): (
        "disodli allwedd y storfa (rhaid i'r heddlu binio'r dystysgrif newydd wedyn)"
    ),
    (C, "use a key and certificate issued to the organisation (PKCS#12)"): (
        "defnyddio allwedd a thystysgrif a roddwyd i'r sefydliad (PKCS#12)"
    ),
    (C, "the PKCS#12 password (else $%1, else none)"): "cyfrinair PKCS#12 (neu $%1, neu ddim)",
    (C, "write the certificates for the force to trust (the CA first)"): (
        "ysgrifennu'r tystysgrifau i'r heddlu ymddiried ynddynt (y CA yn gyntaf)"
    ),
    (C, "Wrote %n return(s) signed by an interrupted batch to %1"): same(
        "Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1"
    ),
    (C, "Signed %1 of %2"): "Llofnodwyd %1 o %2",
    (C, "Force ref"): "Cyf. heddlu",
    (C, "Kind"): "Math",
    (C, "Period"): "Cyfnod",
    (C, "State"): "Cyflwr",
    (C, "Code"): "Cod",
    (C, "Keyworker"): "Gweithiwr allweddol",
    (C, "Fingerprint: %1"): "Ôl bys: %1",
    (
        C,
        "the reason in words (required with --reason other)",
    ): "y rheswm mewn geiriau (yn ofynnol gyda --reason other)",
    (C, "%1: the absence on %2 is accepted (%3)."): "%1: mae'r absenoldeb ar %2 wedi'i dderbyn (%3).",
    (C, "%1: the absence on %2 is counted again."): "%1: mae'r absenoldeb ar %2 yn cyfrif eto.",
    (C, "%1 to %2"): "%1 i %2",
    (C, " (replaced by %1)"): " (disodlwyd gan %1)",
    (C, "Return"): "Adroddiad",
    (C, "Force reference"): "Cyfeirnod yr heddlu",
    (C, "Signed by"): "Llofnodwyd gan",
    (C, "Signed at"): "Llofnodwyd ar",
    (C, "SHA-256"): "SHA-256",
    (C, "Corrects"): "Yn cywiro",
    (C, "intact, signature valid"): "cyfan, llofnod dilys",
    (C, "FAILS ITS CHECK: %1"): "YN METHU EI WIRIAD: %1",
    (C, "Stored file"): "Ffeil a gadwyd",
    # store
    (C, "Created demo store %1 with %n invented people."): same(
        "Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n."
    ),
    (C, "Users: %1; passphrase: %2"): "Defnyddwyr: %1; cyfrinymadrodd: %2",
    (C, "as given"): "fel y'i rhoddwyd",
    (C, "damaged: %1"): "wedi'i difrodi: %1",
    (C, "database: %1"): "cronfa ddata: %1",
    (C, "audit log: %1"): "log archwilio: %1",
    (C, "the database is damaged: %1"): "mae'r gronfa ddata wedi'i difrodi: %1",
    (C, "ok: database intact, key vault opens, audit chain of %n entr(y|ies) intact"): same(
        "iawn: mae'r gronfa ddata'n gyfan, mae'r gladdgell allweddi'n agor, mae'r gadwyn archwilio o %n cofnod yn gyfan"
    ),
    (C, ", each signed by its author; users and roles as the admin signed them"): (
        ", pob un wedi'i lofnodi gan ei awdur; defnyddwyr a rolau fel y'u llofnodwyd gan y gweinyddwr"
    ),
    (C, "Encrypted backup written to %1 (open it with the same passphrases or recovery key)."): (
        "Ysgrifennwyd copi wrth gefn wedi'i amgryptio i %1 (agorwch ef gyda'r un cyfrinymadroddion neu'r allwedd adfer)."
    ),
    (C, "list the store's users"): "rhestru defnyddwyr y storfa",
    (C, "add a user (admin only)"): "ychwanegu defnyddiwr (gweinyddwr yn unig)",
    (C, "the new user's name"): "enw'r defnyddiwr newydd",
    (C, "change your passphrase (or, as admin, another user's)"): (
        "newid eich cyfrinymadrodd (neu, fel gweinyddwr, gyfrinymadrodd defnyddiwr arall)"
    ),
    (C, "whose passphrase (default: yours)"): "cyfrinymadrodd pwy (rhagosodiad: eich un chi)",
    (C, "change a user's role; they get a new passphrase (admin only)"): (
        "newid rôl defnyddiwr; bydd yn cael cyfrinymadrodd newydd (gweinyddwr yn unig)"
    ),
    (C, "whose role"): "rôl pwy",
    (C, "remove a user and re-key the database (admin only)"): (
        "tynnu defnyddiwr a rhoi allwedd newydd i'r gronfa ddata (gweinyddwr yn unig)"
    ),
    (C, "the user to remove"): "y defnyddiwr i'w dynnu",
    (C, "replace an existing store (kept aside, not deleted)"): (
        "disodli storfa sy'n bodoli (fe'i cedwir o'r neilltu, heb ei dileu)"
    ),
    # caseload
    (C, "Name"): "Enw",
    (C, "Status"): "Statws",
    (C, "Contract day"): "Diwrnod y contract",
    (C, "Conditions met"): "Amodau a fodlonwyd",
    (C, "Next appointment"): "Apwyntiad nesaf",
    (C, "Compliance"): "Cydymffurfio",
    (C, "not signed"): "heb ei lofnodi",
    (C, "closed"): "wedi cau",
    (C, "no contract"): "dim contract",
    (C, "%1 of %2"): "%1 o %2",
    # sync
    (
        C,
        "Our certificate's fingerprint (for them to check): %1",
    ): "Ôl bys ein tystysgrif (iddynt ei wirio): %1",
    (C, "No partners yet: add one with `checkpoint-desk partner add`."): (
        "Dim partneriaid eto: ychwanegwch un gyda `checkpoint-desk partner add`."
    ),
    (C, "never"): "erioed",
    (C, "fingerprint"): "ôl bys",
    (C, "bundles"): "bwndeli",
    (
        C,
        "sent #%1, received up to #%2, last sync %3",
    ): "anfonwyd #%1, derbyniwyd hyd at #%2, cysoni diwethaf %3",
    (C, "inbox"): "mewnflwch",
    (C, "(not set)"): "(heb ei osod)",
    (C, "outbox"): "allflwch",
    (C, "Wrote %1: bundle #%2 for %3 (%4; %5)."): "Ysgrifennwyd %1: bwndel #%2 ar gyfer %3 (%4; %5).",
    (C, "refused %1: %2"): "gwrthodwyd %1: %2",
    (C, "refused %1: cannot read it (%2)"): "gwrthodwyd %1: nid oes modd ei ddarllen (%2)",
    (C, "refused %1: the store refused it, nothing was changed (%2)"): (
        "gwrthodwyd %1: gwrthododd y storfa ef, ni newidiwyd dim (%2)"
    ),
    (C, "would apply %1"): "byddai'n cymhwyso %1",
    (C, "applied %1"): "cymhwyswyd %1",
    (C, "pin a force's certificate (admin or manager)"): "pinio tystysgrif heddlu (gweinyddwr neu reolwr)",
    (C, "the force's certificate"): "tystysgrif yr heddlu",
    (C, "the force's name, as bundles will name it"): "enw'r heddlu, fel y bydd bwndeli'n ei enwi",
    (C, "folder where the force's bundles arrive"): "y ffolder lle mae bwndeli'r heddlu'n cyrraedd",
    (C, "folder for our bundles to the force"): "ffolder ar gyfer ein bwndeli i'r heddlu",
    (C, "the pinned partners, fingerprints and sequence numbers"): (
        "y partneriaid wedi'u pinio, olion bysedd a rhifau dilyniant"
    ),
    (C, "write our certificate for the force (made on first use)"): (
        "ysgrifennu ein tystysgrif ar gyfer yr heddlu (fe'i gwneir y tro cyntaf)"
    ),
    (C, "one bundle of what changed since the last one, for a partner"): (
        "un bwndel o'r hyn a newidiodd ers yr un diwethaf, ar gyfer partner"
    ),
    (C, "the partner's name"): "enw'r partner",
    (C, "folder for the bundle"): "ffolder ar gyfer y bwndel",
    (
        C,
        "check, preview and apply bundles from partners",
    ): "gwirio, rhagweld a chymhwyso bwndeli gan bartneriaid",
    (C, "print what would change, change nothing"): "argraffu beth fyddai'n newid, heb newid dim",
}

# Written, but waiting for a Welsh speaker's review (left out of the .qm, so the English shows):
UNSURE = {
    # "claddgell allweddi" for the key vault (as "Removed '%1'..." in ts_cy.py's review list)
    (C, "check the database, the audit chain and the key vault"),
    (C, "ok: database intact, key vault opens, audit chain of %n entr(y|ies) intact"),
    # "ataliad cyfreithiol" for a legal hold (as the GUI's and the CLI's other legal-hold lines)
    (C, "legal holds: keep a person's data whatever the schedule"),
    (C, "place a legal hold"),
    (C, "remove a legal hold"),
    (C, "list legal holds"),
    # "pinio" for pinning a certificate
    (C, "forces we exchange bundles with (pinned certificates)"),
    (C, "pin a force's certificate (admin or manager)"),
    (C, "the pinned partners, fingerprints and sequence numbers"),
    (C, "replace the key the store has (the force must then pin the new certificate)"),
    # the subject access right's Welsh name in the ICO's usage is not settled here
    (C, "subject access: write everything held on one person to DIR"),
    (C, "Subject access export: %n record(s)"),
    # "carreg fedd" (tombstone) for the audit log's record of an erasure
    (C, "Erased %1: %2 (%3); database pages overwritten; the audit log keeps a tombstone."),
    # "Ymddiried" as a field label for "Trusted" (a yes/no answer): "Dibynadwy"?
    (C, "Trusted"),
}

# checkpoint-force (the force's team): referral = atgyfeiriad, provider = darparwr, acknowledgement =
# cydnabyddiaeth; a force's "report" to a provider (reoffending, withdrawal, correction, decision) = hysbysiad,
# so that it is not taken for a return (adroddiad).
TRANSLATIONS.update(
    {
        (C, "on track"): "ar y trywydd iawn",
        (C, "at risk"): "mewn perygl",
        (C, "NOT COMPLYING"): "DDIM YN CYDYMFFURFIO",
        (C, "No returns waiting to be read."): "Dim adroddiadau yn aros i'w darllen.",
        (C, "No returns received."): "Ni dderbyniwyd adroddiadau.",
        (C, "read %1 by %2"): "darllenwyd %1 gan %2",
        (C, "not read"): "heb ei ddarllen",
        (C, "signed %1"): "llofnodwyd %1",
        (C, "received %1"): "derbyniwyd %1",
        (C, "Wrote the return for %1 (%2); marked read."): (
            "Ysgrifennwyd yr adroddiad ar gyfer %1 (%2); wedi'i nodi fel un a ddarllenwyd."
        ),
        (C, "Marked %n return(s) read."): same("Nodwyd bod %n adroddiad wedi'u darllen."),
        (C, "give --last-name, --dob or --pnc"): "rhowch --last-name, --dob neu --pnc",
        (C, "withdrawn %1"): "tynnwyd yn ôl %1",
        (C, "born %1"): "ganwyd %1",
        (C, "referred to %1"): "atgyfeiriwyd at %1",
        (C, "No referral matches."): "Does dim atgyfeiriad yn cyfateb.",
        (C, "active"): "gweithredol",
        (C, "removed"): "wedi'i dynnu",
        (C, "added %1 by %2"): "ychwanegwyd %1 gan %2",
        (C, "Added %1 (%2)."): "Ychwanegwyd %1 (%2).",
        (C, "Removed %1."): "Tynnwyd %1.",
        (C, "Passphrase changed."): "Newidiwyd y cyfrinymadrodd.",
        (C, "Recovery key: "): "Allwedd adfer: ",
        (C, "New passphrase set for %1."): "Gosodwyd cyfrinymadrodd newydd ar gyfer %1.",
        (C, "%n return file(s) removed"): same("tynnwyd %n ffeil adroddiad"),
        (C, "Erased referral %1 to %2: %3; %4."): "Dilëwyd yr atgyfeiriad %1 i %2: %3; %4.",
        (C, "audit chain broken: %1"): "mae'r gadwyn archwilio wedi torri: %1",
        (C, "audit chain ok: %n entr(y|ies)"): same("mae'r gadwyn archwilio'n iawn: %n cofnod"),
        (C, "not UTF-8 text"): "nid testun UTF-8 mohono",
        (C, "no passphrase: give a file or set %1"): "dim cyfrinymadrodd: rhowch ffeil neu gosodwch %1",
        (C, "Passphrase for %1: "): "Cyfrinymadrodd %1: ",
        (C, "New passphrase: "): "Cyfrinymadrodd newydd: ",
        (C, "who are you? give --user or set %1"): "pwy ydych chi? rhowch --user neu gosodwch %1",
        (C, "Recovery key (shown once; print it and keep it locked away, it resets any passphrase):"): (
            "Allwedd adfer (dangosir hi unwaith; argraffwch hi a'i chadw dan glo, mae'n ailosod unrhyw "
            "gyfrinymadrodd):"
        ),
        (C, "the passphrase must be at least %n character(s)"): same(
            "rhaid i'r cyfrinymadrodd fod o leiaf %n nod o hyd"
        ),
        (C, "Force folder ready: %1 (first user %2, admin)"): (
            "Mae ffolder yr heddlu'n barod: %1 (defnyddiwr cyntaf %2, gweinyddwr)"
        ),
        (C, "Certificate SHA-256 fingerprint: %1"): "Ôl bys SHA-256 y dystysgrif: %1",
        (
            C,
            "Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone.",
        ): (
            "Rhowch y dystysgrif i'r darparwyr (`checkpoint-force cert`) a darllenwch yr ôl bys hwn iddynt dros "
            "y ffôn."
        ),
        (C, "%1 is up to date; nothing to upgrade."): "Mae %1 yn gyfredol; dim i'w uwchraddio.",
        (
            C,
            "Upgraded %1: the database and returns are encrypted; %2 is its admin, with the key's passphrase.",
        ): (
            "Uwchraddiwyd %1: mae'r gronfa ddata a'r adroddiadau wedi'u hamgryptio; %2 yw ei weinyddwr, gyda "
            "chyfrinymadrodd yr allwedd."
        ),
        (C, "SHA-256 fingerprint: %1"): "Ôl bys SHA-256: %1",
        (C, "Check this fingerprint with the provider by phone before exchanging bundles."): (
            "Gwiriwch yr ôl bys hwn gyda'r darparwr dros y ffôn cyn cyfnewid bwndeli."
        ),
        (C, "warning: %1"): "rhybudd: %1",
        (C, "Nothing to send: all %n referral(s) in the file were sent to %1 before."): [
            "Dim byd i'w anfon: anfonwyd pob atgyfeiriad yn y ffeil (%n) i %1 o'r blaen.",
            "Dim byd i'w anfon: anfonwyd yr unig atgyfeiriad yn y ffeil i %1 o'r blaen.",
            "Dim byd i'w anfon: anfonwyd pob un o'r %n atgyfeiriad yn y ffeil i %1 o'r blaen.",
            "Dim byd i'w anfon: anfonwyd pob un o'r %n atgyfeiriad yn y ffeil i %1 o'r blaen.",
            "Dim byd i'w anfon: anfonwyd pob un o'r %n atgyfeiriad yn y ffeil i %1 o'r blaen.",
        ],
        (C, " (%n sent before, skipped)"): same(" (%n wedi'u hanfon o'r blaen, wedi'u hepgor)"),
        (C, "Wrote %1: %n referral(s) for %2%3."): same("Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3."),
        (
            C,
            "accepted %1: bundle #%2 from %3; %4, %5, %6, %7",
        ): "derbyniwyd %1: bwndel #%2 gan %3; %4, %5, %6, %7",
        (C, "%n record(s) applied"): same("%n cofnod wedi'u cymhwyso"),
        (C, "%n already held"): same("%n eisoes wedi'u cadw"),
        (C, "%n acknowledgement(s)"): same("%n cydnabyddiaeth"),
        (C, "  note: %1"): "  nodyn: %1",
        (C, "  conflict: record %1 %2"): "  gwrthdaro: cofnod %1 %2",
        (C, "  acknowledgement: %1"): "  cydnabyddiaeth: %1",
        (C, "refused %1: the database refused it, nothing was changed (%2)"): (
            "gwrthodwyd %1: gwrthododd y gronfa ddata ef, ni newidiwyd dim (%2)"
        ),
        (C, "%1 of %n bundle(s) accepted, %2 refused"): same("derbyniwyd %1 o %n bwndel, gwrthodwyd %2"),
        (C, "Nothing waiting for %1."): "Dim byd yn aros am %1.",
        (C, "Wrote %1: %n report(s) for %2."): same("Ysgrifennwyd %1: %n hysbysiad ar gyfer %2."),
        (C, "--set takes FIELD=VALUE, not %1"): "mae --set yn cymryd FIELD=VALUE, nid %1",
        (C, "Queued %1%2 for %3 to %4: it goes in the next bundle to them (`%5` sends it now)."): (
            "Mewn ciw: %1%2 ar gyfer %3 i %4: bydd yn mynd yn y bwndel nesaf iddynt (mae `%5` yn ei anfon nawr)."
        ),
        (
            C,
            "Queued the decision (%1, %2) for %3 to %4: it goes in the next bundle to them (`%5` sends it now).",
        ): (
            "Mae'r penderfyniad (%1, %2) ar gyfer %3 i %4 mewn ciw: bydd yn mynd yn y bwndel nesaf iddynt (mae "
            "`%5` yn ei anfon nawr)."
        ),
        (C, "No partners yet: add one with `checkpoint-force partner add`."): (
            "Dim partneriaid eto: ychwanegwch un gyda `checkpoint-force partner add`."
        ),
        (C, "Wrote the figures for %1 to %2 (%n provider(s)) to %3."): same(
            "Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3."
        ),
        (C, "%1: %2 (see --help)"): "%1: %2 (gweler --help)",
        (C, "%1 is not a date (YYYY-MM-DD)"): "nid yw %1 yn ddyddiad (YYYY-MM-DD)",
        (C, "the force's folder"): "ffolder yr heddlu",
        (
            C,
            "your user name (else $%1, else your login name)",
        ): "eich enw defnyddiwr (neu $%1, neu eich enw mewngofnodi)",
        (C, "your passphrase from FILE (else $%1, else a prompt)"): (
            "eich cyfrinymadrodd o FILE (neu $%1, neu fe ofynnir amdano)"
        ),
        (C, "PostgreSQL URL without a password (else $%1, else DIR/force.db)"): (
            "URL PostgreSQL heb gyfrinair (neu $%1, neu DIR/force.db)"
        ),
        (C, "PostgreSQL service (pg_service.conf)"): "gwasanaeth PostgreSQL (pg_service.conf)",
        (C, "PostgreSQL password file (.pgpass format)"): "ffeil cyfrinair PostgreSQL (fformat .pgpass)",
        (C, "the new passphrase from FILE (else $%1, else a prompt)"): (
            "y cyfrinymadrodd newydd o FILE (neu $%1, neu fe ofynnir amdano)"
        ),
        (
            C,
            "checkpoint-force: the force's diversion team's side of file-based sync with treatment providers.",
        ): (
            "checkpoint-force: ochr tîm dargyfeirio'r heddlu o'r cysoni drwy ffeiliau â darparwyr triniaeth."
        ),
        (
            C,
            "language of messages: en, cy (Cymraeg) or system (default: $CHECKPOINT_LANGUAGE, else the locale)",
        ): (
            "iaith y negeseuon: en, cy (Cymraeg) neu system (rhagosodiad: $CHECKPOINT_LANGUAGE, neu'r locale)"
        ),
        (C, "create the force's folder: key, certificate, vault and store"): (
            "creu ffolder yr heddlu: allwedd, tystysgrif, claddgell a storfa"
        ),
        (C, "the force's name, as providers will see it"): "enw'r heddlu, fel y bydd darparwyr yn ei weld",
        (C, "encrypt a folder made by the first release (plain force.db)"): (
            "amgryptio ffolder a wnaed gan y fersiwn gyntaf (force.db plaen)"
        ),
        (
            C,
            "export the force's certificate for providers",
        ): "allforio tystysgrif yr heddlu ar gyfer darparwyr",
        (C, "treatment providers the force exchanges bundles with"): (
            "darparwyr triniaeth y mae'r heddlu'n cyfnewid bwndeli â nhw"
        ),
        (C, "pin a provider's certificate (admin)"): "pinio tystysgrif darparwr (gweinyddwr)",
        (C, "send referrals from a CSV file as one bundle"): "anfon atgyfeiriadau o ffeil CSV fel un bwndel",
        (C, "check and store bundles from providers"): "gwirio a chadw bwndeli gan ddarparwyr",
        (C, "tell a provider of reoffending, a withdrawal or a correction"): (
            "rhoi gwybod i ddarparwr am aildroseddu, tynnu'n ôl neu gywiriad"
        ),
        (C, "the force reference of the referral"): "cyfeirnod yr heddlu ar gyfer yr atgyfeiriad",
        (
            C,
            "when the reference went to more than one provider",
        ): "pan aeth y cyfeirnod i fwy nag un darparwr",
        (C, "reoffended: the new offence"): "aildroseddu: y drosedd newydd",
        (C, "reoffended: when"): "aildroseddu: pryd",
        (C, "reoffended: the new crime reference"): "aildroseddu: cyfeirnod y drosedd newydd",
        (C, "reoffended: reported on / withdrawn: withdrawn on (today)"): (
            "aildroseddu: dyddiad yr adrodd / tynnu'n ôl: dyddiad tynnu'n ôl (heddiw)"
        ),
        (C, "withdrawn: why"): "tynnu'n ôl: pam",
        (C, "correction: a corrected field"): "cywiriad: maes wedi'i gywiro",
        (C, "record the force's decision on a referral, for the next bundle"): (
            "cofnodi penderfyniad yr heddlu ar atgyfeiriad, ar gyfer y bwndel nesaf"
        ),
        (C, "nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)"): (
            "nfa: dim camau pellach; charge: cyhuddo; other: e.e. gwarediad y tu allan i'r llys (dywedwch pa un "
            "yn --note)"
        ),
        (C, "the date of the decision"): "dyddiad y penderfyniad",
        (C, "a short note for the provider"): "nodyn byr i'r darparwr",
        (
            C,
            "send the reports queued for a provider now",
        ): "anfon yr hysbysiadau sydd mewn ciw ar gyfer darparwr nawr",
        (
            C,
            "folder for the bundle (default DIR/outbox)",
        ): "ffolder ar gyfer y bwndel (rhagosodiad DIR/outbox)",
        (C, "per provider: bundles, people and their compliance, overdue returns"): (
            "fesul darparwr: bwndeli, pobl a'u cydymffurfio, adroddiadau hwyr"
        ),
        (
            C,
            "report as of this date (default: today)",
        ): "adrodd fel yr oedd ar y dyddiad hwn (rhagosodiad: heddiw)",
        (C, "one provider only"): "un darparwr yn unig",
        (
            C,
            "list only people whose latest return says so",
        ): "rhestru dim ond pobl y mae eu hadroddiad diweddaraf yn dweud hynny",
        (C, "outcome figures across providers for a period (small numbers hidden)"): (
            "ffigurau canlyniadau ar draws darparwyr am gyfnod (niferoedd bach wedi'u cuddio)"
        ),
        (C, "count reoffending reported by this date (default: today)"): (
            "cyfrif aildroseddu a adroddwyd erbyn y dyddiad hwn (rhagosodiad: heddiw)"
        ),
        (
            C,
            "write CSV (one row per figure and provider)",
        ): "ysgrifennu CSV (un rhes i bob ffigur a darparwr)",
        (C, "returns received: the queue not read yet, reading one"): (
            "adroddiadau a dderbyniwyd: y ciw heb ei ddarllen eto, darllen un"
        ),
        (C, "returns not read yet, per provider"): "adroddiadau heb eu darllen eto, fesul darparwr",
        (C, "read ones too"): "y rhai a ddarllenwyd hefyd",
        (
            C,
            "write a return's PDF and mark it read",
        ): "ysgrifennu PDF adroddiad a'i nodi fel un a ddarllenwyd",
        (
            C,
            "the return's ID (its first 8 characters are enough)",
        ): "ID yr adroddiad (mae ei 8 nod cyntaf yn ddigon)",
        (C, "mark returns read without opening them"): "nodi bod adroddiadau wedi'u darllen heb eu hagor",
        (C, "find referrals by last name, date of birth or PNC ID"): (
            "dod o hyd i atgyfeiriadau yn ôl cyfenw, dyddiad geni neu ID PNC"
        ),
        (C, "the team's users and roles (admin)"): "defnyddwyr a rolau'r tîm (gweinyddwr)",
        (C, "list users"): "rhestru defnyddwyr",
        (C, "add a user"): "ychwanegu defnyddiwr",
        (C, "remove a user"): "tynnu defnyddiwr",
        (C, "change your passphrase"): "newid eich cyfrinymadrodd",
        (
            C,
            "set a user's passphrase with the recovery key",
        ): "gosod cyfrinymadrodd defnyddiwr gyda'r allwedd adfer",
        (C, "erase a referral and everything held on it (decision-maker or admin)"): (
            "dileu atgyfeiriad a phopeth a gedwir amdano (gwneuthurwr penderfyniadau neu weinyddwr)"
        ),
        (C, "why (kept in the audit log)"): "pam (fe'i cedwir yn y log archwilio)",
        (C, "check the audit chain and show its last entries (admin)"): (
            "gwirio'r gadwyn archwilio a dangos ei chofnodion olaf (gweinyddwr)"
        ),
        (C, "cannot use the database: %1"): "nid oes modd defnyddio'r gronfa ddata: %1",
        (C, "database error, nothing was changed: %1"): "gwall cronfa ddata, ni newidiwyd dim: %1",
    }
)
UNSURE |= {
    (C, "pin a provider's certificate (admin)"),  # pinio
    (C, "create the force's folder: key, certificate, vault and store"),  # claddgell
    # "gwarediad y tu allan i'r llys" for an out-of-court disposal: the police's Welsh term is not checked
    (C, "nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)"),
    # "locale" left in English
    (C, "language of messages: en, cy (Cymraeg) or system (default: $CHECKPOINT_LANGUAGE, else the locale)"),
}

# --help of returns-language, instruments and verify
TRANSLATIONS.update(
    {
        (C, "the force partner, as named on its referrals (default: every force without its own)"): (
            "y partner heddlu, fel y'i henwir ar ei atgyfeiriadau (rhagosodiad: pob heddlu heb ei osodiad ei hun)"
        ),
        (C, "managers and admins only"): "rheolwyr a gweinyddwyr yn unig",
        (C, "Assessment instruments (questionnaires and screens) defined as data."): (
            "Offer asesu (holiaduron a sgriniau) wedi'u diffinio fel data."
        ),
        (C, "also load definitions from DIR (a service's own instruments); may be repeated"): (
            "llwytho diffiniadau o DIR hefyd (offer y gwasanaeth ei hun); gellir ei ailadrodd"
        ),
        (C, "list the loaded instruments and any refused files"): (
            "rhestru'r offer a lwythwyd ac unrhyw ffeiliau a wrthodwyd"
        ),
        (
            C,
            "show the items of one instrument, in answer order",
        ): "dangos eitemau un offeryn, yn nhrefn yr atebion",
        (C, "score a set of answers"): "sgorio set o atebion",
        (C, "Score one set of answers and print the result as JSON."): (
            "Sgorio un set o atebion ac argraffu'r canlyniad fel JSON."
        ),
        (
            C,
            "instrument id, e.g. phq9, gad7, audit, audit_c, sds",
        ): "id yr offeryn, e.e. phq9, gad7, audit, audit_c, sds",
        (C, "answers in item order (see below)"): "atebion yn nhrefn yr eitemau (gweler isod)",
        (C, "instrument version (default: the latest)"): "fersiwn yr offeryn (rhagosodiad: y diweddaraf)",
        (C, "validate a definition file"): "dilysu ffeil ddiffinio",
        (C, "Validate a definition file. Exit 0 if it is sound, 1 with its problems."): (
            "Dilysu ffeil ddiffinio. Cod gadael 0 os yw'n gadarn, 1 gyda'i phroblemau."
        ),
        (
            C,
            "Check a signed return: signer, signing time, whether it is intact and whether the signer is trusted. "
            "Exit 0 only when intact (and trusted, with --trust), 1 otherwise.",
        ): (
            "Gwirio adroddiad wedi'i lofnodi: y llofnodwr, yr amser llofnodi, a yw'n gyfan ac a ellir ymddiried "
            "yn y llofnodwr. Cod gadael 0 dim ond pan fydd yn gyfan (ac yn ddibynadwy, gyda --trust), 1 fel arall."
        ),
        (C, "the signed return (with --code: the case store folder)"): (
            "yr adroddiad wedi'i lofnodi (gyda --code: ffolder y storfa achosion)"
        ),
        (C, "a certificate to trust (PEM or DER; may be repeated)"): (
            "tystysgrif i ymddiried ynddi (PEM neu DER; gellir ei hailadrodd)"
        ),
        (C, "the code printed on a page (like K7F2-9QXA-3M): look it up in STORE"): (
            "y cod a argraffwyd ar dudalen (fel K7F2-9QXA-3M): chwilio amdano yn STORE"
        ),
        (C, "your user name in the store (with --code)"): "eich enw defnyddiwr yn y storfa (gyda --code)",
        (C, "with --code: read the passphrase from FILE (else $CHECKPOINT_PASSPHRASE, else a prompt)"): (
            "gyda --code: darllen y cyfrinymadrodd o FILE (neu $CHECKPOINT_PASSPHRASE, neu fe ofynnir amdano)"
        ),
    }
)

# checkpoint-force status (desktop/cli/force_status_view.py); dates stay ISO there, in both languages
TRANSLATIONS.update(
    {
        (C, "%n return(s)"): same("%n adroddiad"),
        (C, "offered"): "cynigiwyd",
        (C, "completed"): "wedi'i gwblhau",
        (C, "failed non compliance"): "wedi methu, diffyg cydymffurfio",
        (C, "failed reoffended"): "wedi methu, aildroseddu",
        (C, "withdrawn"): "wedi'i dynnu'n ôl",
        (C, "no contract yet"): "dim contract eto",
        (C, "no return yet"): "dim adroddiad eto",
        (C, "latest return to %1: %2 (signed %3)"): "adroddiad diweddaraf hyd at %1: %2 (llofnodwyd %3)",
        (C, "; withdrawn by the force on %1"): "; tynnwyd yn ôl gan yr heddlu ar %1",
        (C, "; reoffending reported %1x"): "; adroddwyd aildroseddu %1 gwaith",
        (C, "%1  (certificate SHA-256 %2)"): "%1  (tystysgrif SHA-256 %2)",
        (C, "  last bundle: none received yet"): "  bwndel diwethaf: dim wedi dod i law eto",
        (C, "  last bundle: #%1, received %2"): "  bwndel diwethaf: #%1, derbyniwyd %2",
        (C, " and %1 more"): " a %1 arall",
        (C, "  missing bundles: %1"): "  bwndeli ar goll: %1",
        (C, ", %1 not matched to a referral"): ", %1 heb eu paru ag atgyfeiriad",
        (C, "  people: %1 (%2 referred by the force, %3 active%4)"): (
            "  pobl: %1 (%2 wedi'u hatgyfeirio gan yr heddlu, %3 yn weithredol%4)"
        ),
        (C, "  overdue returns: %1"): "  adroddiadau hwyr: %1",
        (C, "    %1: nothing since %2 (%n day(s))"): same("    %1: dim byd ers %2 (%n diwrnod)"),
        (C, "  waiting for acknowledgement: %n bundle(s), oldest sent %1"): same(
            "  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi'i anfon %1"
        ),
        (C, "  conflicts to review: %1"): "  gwrthdrawiadau i'w hadolygu: %1",
        (C, "  returns not read yet: %1"): "  adroddiadau heb eu darllen eto: %1",
        (C, "  reports waiting for the next bundle: %1"): "  hysbysiadau yn aros am y bwndel nesaf: %1",
        (C, "not complying (latest return)"): "ddim yn cydymffurfio (adroddiad diweddaraf)",
        (C, "compliance (latest return)"): "cydymffurfio (adroddiad diweddaraf)",
        (C, "  %1: %2 of %3 not complying"): "  %1: %2 o %3 ddim yn cydymffurfio",
    }
)

# roles in words (desktop/cli/messages.py): the noun after the article "y" (all three are masculine, so no
# mutation), and the predicate with "yn" and its soft mutation (rh- does not mutate after "yn")
TRANSLATIONS.update(
    {
        (C, "admin"): "gweinyddwr",
        (C, "manager"): "rheolwr",
        (C, "keyworker"): "gweithiwr allweddol",
        (C, "an admin"): "yn weinyddwr",
        (C, "a manager"): "yn rheolwr",
        (C, "a keyworker"): "yn weithiwr allweddol",
        (C, "Added %1 '%2'."): "Ychwanegwyd y %1 '%2'.",
        (C, "'%1' is now %2, with the new passphrase; the database was re-keyed."): (
            "Mae '%1' bellach %2, gyda'r cyfrinymadrodd newydd; cafodd y gronfa ddata allwedd newydd."
        ),
        (
            C,
            "only a manager can sign returns; %1 is %2",
        ): "dim ond rheolwr all lofnodi adroddiadau; mae %1 %2",
        (C, "cannot read the certificate %1: %2"): "nid oes modd darllen y dystysgrif %1: %2",
        (C, "cannot read the file %1: %2"): "nid oes modd darllen y ffeil %1: %2",
    }
)

# checkpoint-desk replica (desktop/cli/replica_commands.py): the terms of the GUI's replica window, replica =
# copi (masc.: "ddau gopi"), device = dyfais (fem.: "y ddyfais hon"), revoke = dirymu, apply = rhoi ar waith,
# conflict = gwrthdaro; a peer is "copi arall" (the other copies of the store)
TRANSLATIONS.update(
    {
        (C, "make a replica for a desk or a laptop (managers)"): (
            "gwneud copi ar gyfer desg neu liniadur (rheolwyr)"
        ),
        (C, "the desk or laptop"): "y ddesg neu'r gliniadur",
        (C, "new, empty folder for the replica"): "ffolder newydd, gwag ar gyfer y copi",
        (C, "carry this keyworker's clients only"): "cario cleientiaid y gweithiwr allweddol hwn yn unig",
        (C, "this store's device name (first time)"): "enw dyfais y storfa hon (y tro cyntaf)",
        (C, "write a bundle for each peer with what it has not got yet"): (
            "ysgrifennu bwndel i bob copi arall gyda'r hyn nad yw ganddo eto"
        ),
        (C, "shared folder or USB stick"): "ffolder a rennir neu gof bach USB",
        (C, "read the bundles in DIR addressed to this replica"): (
            "darllen y bwndeli yn DIR a gyfeiriwyd at y copi hwn"
        ),
        (C, "fields changed on two replicas to different values"): (
            "meysydd a newidiwyd ar ddau gopi i werthoedd gwahanol"
        ),
        (C, "resolved ones too"): "y rhai a ddatryswyd hefyd",
        (C, "settle a conflict: keep value a, value b, or give the value"): (
            "datrys gwrthdaro: cadw gwerth a, gwerth b, neu roi'r gwerth"
        ),
        (C, "the conflict's id (or its first characters)"): "id y gwrthdaro (neu ei nodau cyntaf)",
        (C, "refuse a lost or retired device's bundles from now on (managers)"): (
            "gwrthod bwndeli gan ddyfais a gollwyd neu nad yw'n cael ei defnyddio mwyach, o hyn ymlaen (rheolwyr)"
        ),
        (C, "device name or id"): "enw neu id y ddyfais",
        (C, "this device and its peers"): "y ddyfais hon a'r copïau eraill",
        (C, "%1's caseload"): "llwyth achosion %1",
        (C, "the whole service"): "y gwasanaeth cyfan",
        (C, "no peers to write to"): "dim copïau eraill i ysgrifennu atynt",
        (C, "replica '%1' made in %2: %3, %4"): "gwnaed y copi '%1' yn %2: %3, %4",
        (
            C,
            "the same users sign in with the same passphrases; exchange with `replica export` / `replica import`",
        ): (
            "mae'r un defnyddwyr yn mewngofnodi gyda'r un cyfrinymadroddion; cyfnewidiwch gyda "
            "`replica export` / `replica import`"
        ),
        (C, "applied %1: %2, %3, %4"): "rhoddwyd %1 ar waith: %2, %3, %4",
        (C, "%n bundle(s)"): same("%n bwndel"),
        (C, "%n record(s) changed"): same("newidiwyd %n cofnod"),
        (C, "%n new conflict(s)"): same("%n achos newydd o wrthdaro"),
        (C, "%n settled"): same("datryswyd %n"),
        (C, "refused %1: a replay (this bundle or a later one from that device was applied already)"): (
            "gwrthodwyd %1: ailchwarae (roedd y bwndel hwn neu un diweddarach gan y ddyfais honno wedi'i roi ar "
            "waith eisoes)"
        ),
        (C, "not applied: %1"): "heb ei roi ar waith: %1",
        (C, "no conflicts ever"): "dim gwrthdaro erioed",
        (C, "no conflicts"): "dim gwrthdaro",
        (C, "resolved by %1 %2"): "datryswyd gan %1 %2",
        (C, "open"): "heb ei ddatrys",
        (C, "%1  %2  record %3  %4  [%5]"): "%1  %2  cofnod %3  %4  [%5]",
        (C, "resolved %1 (%2); the other replicas take it at the next exchange"): (
            "datryswyd %1 (%2); bydd y copïau eraill yn ei gael yn y cyfnewid nesaf"
        ),
        (C, "revoked '%1': its bundles are refused from now on; export to tell the other replicas"): (
            "dirymwyd '%1': gwrthodir ei bwndeli o hyn ymlaen; allforiwch i ddweud wrth y copïau eraill"
        ),
        (C, "this device"): "y ddyfais hon",
        (C, "peer"): "copi arall",
        (C, "caseload"): "llwyth achosion",
        (C, "revoked %1"): "dirymwyd %1",
        (C, "%1  %2  %3  SHA-256 %4…"): "%1  %2  %3  SHA-256 %4…",
    }
)
