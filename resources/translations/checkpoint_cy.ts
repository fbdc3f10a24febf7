<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Name</source>
        <translation type="vanished">Enw</translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation type="vanished">Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="vanished">Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="vanished">Contract</translation>
    </message>
    <message>
        <source>Contract day</source>
        <translation type="vanished">Diwrnod y contract</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="vanished">Apwyntiad nesaf</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation type="vanished">Presenoldeb diwethaf</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation type="vanished">Amodau a fodlonwyd</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="vanished">Cydymffurfiaeth</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Create the case store</source>
        <translation>Creu&apos;r storfa achosion</translation>
    </message>
    <message>
        <source>The case store is an encrypted folder. The first account is its administrator.</source>
        <translation>Ffolder wedi&apos;i amgryptio yw&apos;r storfa achosion. Y cyfrif cyntaf yw ei gweinyddwr.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Creu</translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation>Ffolder y storfa achosion</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Enw defnyddiwr y gweinyddwr</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Enw llawn y gweinyddwr</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>E&amp;to:</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Dewiswch ffolder gwag</translation>
    </message>
    <message>
        <source>Enter a folder and a user name.</source>
        <translation>Rhowch ffolder ac enw defnyddiwr.</translation>
    </message>
    <message>
        <source>That folder is not empty: choose a new one.</source>
        <translation>Nid yw&apos;r ffolder hwnnw&apos;n wag: dewiswch un newydd.</translation>
    </message>
    <message>
        <source>The case store could not be created.</source>
        <translation>Nid oedd modd creu&apos;r storfa achosion.</translation>
    </message>
</context>
<context>
    <name>AddProgressDialog</name>
    <message>
        <source>Add progress</source>
        <translation>Ychwanegu cynnydd</translation>
    </message>
    <message>
        <source>Amount to add</source>
        <translation>Swm i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>{done} of {target} done so far</source>
        <translation>{done} o {target} wedi&apos;u gwneud hyd yma</translation>
    </message>
    <message>
        <source>{done} of {target} {unit} done so far</source>
        <translation type="vanished">{done} o {target} {unit} wedi&apos;u gwneud hyd yma</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>Hyd yma:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ychwanegu:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Rhowch enw defnyddiwr.</translation>
    </message>
</context>
<context>
    <name>AppointmentsTableModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>Force ref.</source>
        <translation>Cyf. yr heddlu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi&apos;i golli</translation>
    </message>
    <message>
        <source>Past: no outcome recorded</source>
        <translation>Wedi mynd heibio: dim canlyniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Cwblhau</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Cwblhau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Cadw&apos;r &amp;drafft</translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation>Cadw fel drafft</translation>
    </message>
    <message>
        <source>another worker</source>
        <translation>gweithiwr arall</translation>
    </message>
    <message>
        <source>{0} · given on {1} by {2}</source>
        <translation>{0} · cynhaliwyd ar {1} gan {2}</translation>
    </message>
    <message>
        <source> · completed (read only)</source>
        <translation> · wedi&apos;i gwblhau (darllen yn unig)</translation>
    </message>
    <message>
        <source> · correction: {0}</source>
        <translation> · cywiriad: {0}</translation>
    </message>
    <message>
        <source>Discard answers?</source>
        <translation>Gwaredu&apos;r atebion?</translation>
    </message>
    <message>
        <source>The answers given are not saved. Discard them?</source>
        <translation>Nid yw&apos;r atebion a roddwyd wedi&apos;u cadw. Eu gwaredu?</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Asked about: {0}.</source>
        <translation>Holwyd am: {0}.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Rhybudd diogelwch</translation>
    </message>
    <message>
        <source>Things to follow up</source>
        <translation>Pethau i&apos;w dilyn</translation>
    </message>
    <message>
        <source>Start {0} (answers carried over)</source>
        <translation>Dechrau {0} (atebion wedi&apos;u cario drosodd)</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>Dechrau {0}</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem gyda&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Offered once this form is completed</source>
        <translation>Cynigir ar ôl cwblhau&apos;r ffurflen hon</translation>
    </message>
    <message>
        <source>Open {0} with the answers already given</source>
        <translation>Agor {0} gyda&apos;r atebion a roddwyd eisoes</translation>
    </message>
    <message>
        <source>Not completed: answer these or mark them declined ({0}):</source>
        <translation>Heb ei gwblhau: atebwch y rhain neu nodwch eu bod wedi&apos;u gwrthod ({0}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Sgôr:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Cynnydd:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>⚠ SAFETY: {0}</source>
        <translation>⚠ DIOGELWCH: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nodyn: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Cynhaliwyd gan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>Draft correction</source>
        <translation>Cywiriad drafft</translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation>Wedi&apos;i ddisodli gan gywiriad</translation>
    </message>
    <message>
        <source>Completed (correction)</source>
        <translation>Wedi&apos;i gwblhau (cywiriad)</translation>
    </message>
    <message>
        <source>, correction in draft</source>
        <translation>, cywiriad yn ddrafft</translation>
    </message>
    <message>
        <source> · safety flag</source>
        <translation> · rhybudd diogelwch</translation>
    </message>
</context>
<context>
    <name>AssessmentsController</name>
    <message>
        <source>Cannot open it: {0}</source>
        <translation>Nid oes modd ei agor: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>C&amp;ywiro…</translation>
    </message>
    <message>
        <source>A completed assessment is never changed: a correction is a new, linked version and both are kept</source>
        <translation>Ni chaiff asesiad wedi&apos;i gwblhau byth ei newid: mae cywiriad yn fersiwn newydd, gysylltiedig, a chedwir y ddwy</translation>
    </message>
    <message>
        <source>Problem with the assessments</source>
        <translation>Problem gyda&apos;r asesiadau</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Newid dros amser</translation>
    </message>
    <message>
        <source>Needs and what is being done</source>
        <translation>Anghenion a&apos;r hyn sy&apos;n cael ei wneud</translation>
    </message>
    <message>
        <source>{0} assessments, newest first</source>
        <translation>{0} asesiad, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Correct an assessment</source>
        <translation>Cywiro asesiad</translation>
    </message>
    <message>
        <source>Why is it being corrected? (kept with both versions)</source>
        <translation>Pam mae&apos;n cael ei gywiro? (caiff ei gadw gyda&apos;r ddwy fersiwn)</translation>
    </message>
</context>
<context>
    <name>AssignKeyworkerDialog</name>
    <message>
        <source>Keyworker for {0}</source>
        <translation>Gweithiwr allweddol ar gyfer {0}</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>{0} (manager)</source>
        <translation>{0} (rheolwr)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Neilltuo</translation>
    </message>
    <message>
        <source>The keyworker is told at their next sign-in. The change is recorded in the audit log.</source>
        <translation>Caiff y gweithiwr allweddol wybod y tro nesaf y bydd yn mewngofnodi. Caiff y newid ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>case store folder</source>
        <translation>ffolder y storfa achosion</translation>
    </message>
    <message>
        <source>your user name in the store</source>
        <translation>eich enw defnyddiwr yn y storfa</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else $%1, else a prompt)</source>
        <translation>darllen y cyfrinymadrodd o FILE (neu $%1, neu fe ofynnir amdano)</translation>
    </message>
    <message>
        <source>cannot read passphrase file %1: %2</source>
        <translation>nid oes modd darllen y ffeil cyfrinymadrodd %1: %2</translation>
    </message>
    <message>
        <source>no passphrase: give --passphrase-file or set %1</source>
        <translation>dim cyfrinymadrodd: rhowch --passphrase-file neu gosodwch %1</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Eto: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>mae&apos;r ddau gyfrinymadrodd yn wahanol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>bilingual, Welsh first</source>
        <translation>dwyieithog, y Gymraeg yn gyntaf</translation>
    </message>
    <message>
        <source>the force partner, as named on its referrals (default: every force without its own)</source>
        <translation>y partner heddlu, fel y&apos;i henwir ar ei atgyfeiriadau (rhagosodiad: pob heddlu heb ei osodiad ei hun)</translation>
    </message>
    <message>
        <source>managers and admins only</source>
        <translation>rheolwyr a gweinyddwyr yn unig</translation>
    </message>
    <message>
        <source>only a manager or an admin may set the returns language</source>
        <translation>dim ond rheolwr neu weinyddwr all osod iaith yr adroddiadau</translation>
    </message>
    <message>
        <source>returns to %1</source>
        <translation>adroddiadau i %1</translation>
    </message>
    <message>
        <source>returns to a force without its own setting</source>
        <translation>adroddiadau i heddlu heb ei osodiad ei hun</translation>
    </message>
    <message>
        <source> (the default)</source>
        <translation> (y rhagosodiad)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4. A person who prefers Welsh gets a Welsh or bilingual return whatever this says.</source>
        <translation>%1: %2 (%3)%4. Bydd unigolyn sy&apos;n dewis y Gymraeg yn cael adroddiad Cymraeg neu ddwyieithog beth bynnag a ddywed hyn.</translation>
    </message>
    <message>
        <source>create a new case store with an admin user</source>
        <translation>creu storfa achosion newydd gyda defnyddiwr gweinyddol</translation>
    </message>
    <message>
        <source>create a store with a synthetic caseload</source>
        <translation>creu storfa gyda llwyth achosion ffug</translation>
    </message>
    <message>
        <source>list, add users or change a passphrase</source>
        <translation>rhestru neu ychwanegu defnyddwyr, neu newid cyfrinymadrodd</translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key</source>
        <translation>gosod cyfrinymadrodd newydd gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>the people you may see, with contract day and compliance</source>
        <translation>y bobl y cewch eu gweld, gyda diwrnod y contract a&apos;r cydymffurfio</translation>
    </message>
    <message>
        <source>check the database, the audit chain and the key vault</source>
        <translation type="unfinished">gwirio&apos;r gronfa ddata, y gadwyn archwilio a&apos;r gladdgell allweddi</translation>
    </message>
    <message>
        <source>write an encrypted copy of the store to DEST</source>
        <translation>ysgrifennu copi wedi&apos;i amgryptio o&apos;r storfa i DEST</translation>
    </message>
    <message>
        <source>restore a backup folder SRC into STORE</source>
        <translation>adfer ffolder wrth gefn SRC i STORE</translation>
    </message>
    <message>
        <source>open the desktop app (the demo store when STORE is not given)</source>
        <translation>agor yr ap bwrdd gwaith (y storfa enghreifftiol os na roddir STORE)</translation>
    </message>
    <message>
        <source>list, score and check assessment instruments</source>
        <translation>rhestru, sgorio a gwirio offer asesu</translation>
    </message>
    <message>
        <source>check the signature of a return PDF</source>
        <translation>gwirio llofnod PDF adroddiad</translation>
    </message>
    <message>
        <source>acceptable absences: a missed appointment that does not count</source>
        <translation>absenoldebau derbyniol: apwyntiad a gollwyd nad yw&apos;n cyfrif</translation>
    </message>
    <message>
        <source>progress returns to the force: list and sign a month&apos;s batch</source>
        <translation>adroddiadau cynnydd i&apos;r heddlu: rhestru a llofnodi swp mis</translation>
    </message>
    <message>
        <source>the organisation&apos;s key and certificate that sign returns</source>
        <translation>allwedd a thystysgrif y sefydliad sy&apos;n llofnodi adroddiadau</translation>
    </message>
    <message>
        <source>forces we exchange bundles with (pinned certificates)</source>
        <translation type="unfinished">heddluoedd yr ydym yn cyfnewid bwndeli â nhw (tystysgrifau wedi&apos;u pinio)</translation>
    </message>
    <message>
        <source>export and import bundles, or export our certificate</source>
        <translation>allforio a mewnforio bwndeli, neu allforio ein tystysgrif</translation>
    </message>
    <message>
        <source>the service&apos;s figures for a period, as CSV or a signed PDF</source>
        <translation>ffigurau&apos;r gwasanaeth am gyfnod, fel CSV neu PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>show or set the language of returns to a force: en, cy or cy+en (Welsh first)</source>
        <translation>dangos neu osod iaith adroddiadau i heddlu: en, cy neu cy+en (y Gymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>erase one person&apos;s records for good (manager or admin)</source>
        <translation>dileu cofnodion un unigolyn am byth (rheolwr neu weinyddwr)</translation>
    </message>
    <message>
        <source>legal holds: keep a person&apos;s data whatever the schedule</source>
        <translation type="unfinished">ataliadau cyfreithiol: cadw data unigolyn beth bynnag a ddywed yr amserlen</translation>
    </message>
    <message>
        <source>the retention schedule: what is due for erasure</source>
        <translation>yr amserlen gadw: beth sydd i&apos;w ddileu</translation>
    </message>
    <message>
        <source>subject access: write everything held on one person to DIR</source>
        <translation type="unfinished">mynediad at ddata: ysgrifennu popeth a gedwir am un unigolyn i DIR</translation>
    </message>
    <message>
        <source>print the contract to sign, or an appointment / missed-appointment letter</source>
        <translation>argraffu&apos;r contract i&apos;w lofnodi, neu lythyr apwyntiad / apwyntiad a gollwyd</translation>
    </message>
    <message>
        <source>replicas of the store for other desks and laptops (docs/replicas.md)</source>
        <translation>copïau o&apos;r storfa ar gyfer desgiau a gliniaduron eraill (docs/replicas.md)</translation>
    </message>
    <message>
        <source>Case management for police diversion contracts, with an encrypted local case store.</source>
        <translation>Rheoli achosion ar gyfer contractau dargyfeirio&apos;r heddlu, gyda storfa achosion leol wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>language of messages: en, cy (Cymraeg) or system (default: the GUI&apos;s saved choice)</source>
        <translation>iaith y negeseuon: en, cy (Cymraeg) neu system (rhagosodiad: y dewis a gadwyd yn yr ap)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <source>%1; the command stopped</source>
        <translation>%1; daeth y gorchymyn i ben</translation>
    </message>
    <message>
        <source>out of memory; the command stopped</source>
        <translation>dim cof ar ôl; daeth y gorchymyn i ben</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>torrwyd ar draws y gorchymyn</translation>
    </message>
    <message>
        <source>vary a signed contract (a reason is always required)</source>
        <translation>amrywio contract wedi&apos;i lofnodi (mae angen rheswm bob tro)</translation>
    </message>
    <message>
        <source>the person&apos;s force reference</source>
        <translation>cyfeirnod yr heddlu ar gyfer yr unigolyn</translation>
    </message>
    <message>
        <source>why, in words the force will read</source>
        <translation>pam, mewn geiriau y bydd yr heddlu&apos;n eu darllen</translation>
    </message>
    <message>
        <source>the day it takes effect (default: today)</source>
        <translation>y diwrnod y daw i rym (rhagosodiad: heddiw)</translation>
    </message>
    <message>
        <source>the condition&apos;s number, from 1</source>
        <translation>rhif yr amod, o 1</translation>
    </message>
    <message>
        <source>the wording</source>
        <translation>y geiriad</translation>
    </message>
    <message>
        <source>the new target</source>
        <translation>y targed newydd</translation>
    </message>
    <message>
        <source>the new end date</source>
        <translation>y dyddiad gorffen newydd</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-10, not %2</source>
        <translation>rhaid i %1 fod yn ddyddiad fel 2026-11-10, nid %2</translation>
    </message>
    <message>
        <source>no contract on your caseload has the force reference %1</source>
        <translation>does dim contract ar eich llwyth achosion â chyfeirnod yr heddlu %1</translation>
    </message>
    <message>
        <source>--condition must be from 1 to %1</source>
        <translation>rhaid i --condition fod o 1 i %1</translation>
    </message>
    <message>
        <source>%1: %2 (recorded; it goes to the force in the next bundle).</source>
        <translation>%1: %2 (wedi&apos;i gofnodi; bydd yn mynd i&apos;r heddlu yn y bwndel nesaf).</translation>
    </message>
    <message>
        <source>Assessment instruments (questionnaires and screens) defined as data.</source>
        <translation>Offer asesu (holiaduron a sgriniau) wedi&apos;u diffinio fel data.</translation>
    </message>
    <message>
        <source>also load definitions from DIR (a service&apos;s own instruments); may be repeated</source>
        <translation>llwytho diffiniadau o DIR hefyd (offer y gwasanaeth ei hun); gellir ei ailadrodd</translation>
    </message>
    <message>
        <source>list the loaded instruments and any refused files</source>
        <translation>rhestru&apos;r offer a lwythwyd ac unrhyw ffeiliau a wrthodwyd</translation>
    </message>
    <message>
        <source>show the items of one instrument, in answer order</source>
        <translation>dangos eitemau un offeryn, yn nhrefn yr atebion</translation>
    </message>
    <message>
        <source>score a set of answers</source>
        <translation>sgorio set o atebion</translation>
    </message>
    <message>
        <source>Score one set of answers and print the result as JSON.</source>
        <translation>Sgorio un set o atebion ac argraffu&apos;r canlyniad fel JSON.</translation>
    </message>
    <message>
        <source>instrument id, e.g. phq9, gad7, audit, audit_c, sds</source>
        <translation>id yr offeryn, e.e. phq9, gad7, audit, audit_c, sds</translation>
    </message>
    <message>
        <source>answers in item order (see below)</source>
        <translation>atebion yn nhrefn yr eitemau (gweler isod)</translation>
    </message>
    <message>
        <source>instrument version (default: the latest)</source>
        <translation>fersiwn yr offeryn (rhagosodiad: y diweddaraf)</translation>
    </message>
    <message>
        <source>validate a definition file</source>
        <translation>dilysu ffeil ddiffinio</translation>
    </message>
    <message>
        <source>Validate a definition file. Exit 0 if it is sound, 1 with its problems.</source>
        <translation>Dilysu ffeil ddiffinio. Cod gadael 0 os yw&apos;n gadarn, 1 gyda&apos;i phroblemau.</translation>
    </message>
    <message>
        <source>total %1-%2</source>
        <translation>cyfanswm %1-%2</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>dim cyfanswm</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>cyfnod: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>number %1..%2 %3</source>
        <translation>rhif %1..%2 %3</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>give the answers as --answers A1,A2,... (one value per item, in order)</source>
        <translation>rhowch yr atebion fel --answers A1,A2,... (un gwerth i bob eitem, yn eu trefn)</translation>
    </message>
    <message>
        <source>%1 answers given but %2 has %3 items</source>
        <translation>rhoddwyd %1 ateb ond mae gan %2 %3 eitem</translation>
    </message>
    <message>
        <source>answer %1 (%2) %3</source>
        <translation>ateb %1 (%2) %3</translation>
    </message>
    <message>
        <source>invalid answers: %1</source>
        <translation>atebion annilys: %1</translation>
    </message>
    <message>
        <source>invalid answers: %1 needs a number, not %2</source>
        <translation>atebion annilys: mae angen rhif ar %1, nid %2</translation>
    </message>
    <message>
        <source>invalid answers: %1 needs a finite number, not %2</source>
        <translation>atebion annilys: mae angen rhif meidraidd ar %1, nid %2</translation>
    </message>
    <message>
        <source>%1: %2 version %3 is already defined in %4; give a changed definition a higher version</source>
        <translation>%1: mae fersiwn %3 o %2 wedi&apos;i diffinio eisoes yn %4; rhowch fersiwn uwch i ddiffiniad a newidiwyd</translation>
    </message>
    <message>
        <source>%1: warning: follow-up instrument %2 is not loaded</source>
        <translation>%1: rhybudd: nid yw&apos;r offeryn dilynol %2 wedi&apos;i lwytho</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1 version %2, %3, %4, %5</source>
        <translation>iawn: %1 fersiwn %2, %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message>
        <source>the current contract, with signature lines</source>
        <translation>y contract presennol, gyda llinellau llofnod</translation>
    </message>
    <message>
        <source>a letter about the next appointment (or the one on --on)</source>
        <translation>llythyr am yr apwyntiad nesaf (neu&apos;r un ar --on)</translation>
    </message>
    <message>
        <source>a letter about the missed appointment on --on</source>
        <translation>llythyr am yr apwyntiad a gollwyd ar --on</translation>
    </message>
    <message>
        <source>the appointment&apos;s day</source>
        <translation>diwrnod yr apwyntiad</translation>
    </message>
    <message>
        <source>attach a scan of the signed contract (PDF, PNG or JPEG) to the record</source>
        <translation>atodi sgan o&apos;r contract wedi&apos;i lofnodi (PDF, PNG neu JPEG) i&apos;r cofnod</translation>
    </message>
    <message>
        <source>the scan</source>
        <translation>y sgan</translation>
    </message>
    <message>
        <source>list the scans attached to the person&apos;s contract</source>
        <translation>rhestru&apos;r sganiau sydd wedi&apos;u hatodi i gontract yr unigolyn</translation>
    </message>
    <message>
        <source>no one on your caseload has the force reference %1</source>
        <translation>does neb ar eich llwyth achosion â chyfeirnod yr heddlu %1</translation>
    </message>
    <message>
        <source>%1 has no contract</source>
        <translation>does dim contract gan %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3 bytes) to the contract of %4; it is kept inside the encrypted store.</source>
        <translation>Atodwyd %1 (%2, %3 beit) i gontract %4; caiff ei gadw yn y storfa wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>No scan attached to the contract of %1.</source>
        <translation>Does dim sgan wedi&apos;i atodi i gontract %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n beit</numerusform>
            <numerusform>%n beit</numerusform>
            <numerusform>%n beit</numerusform>
            <numerusform>%n beit</numerusform>
            <numerusform>%n beit</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <source>%1 has no contract to print</source>
        <translation>does dim contract i&apos;w argraffu gan %1</translation>
    </message>
    <message>
        <source>%1 has no missed appointment on %2</source>
        <translation>does dim apwyntiad a gollwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>%1 has no appointment on %2</source>
        <translation>does dim apwyntiad gan %1 ar %2</translation>
    </message>
    <message>
        <source>%1 has no missed appointment to come</source>
        <translation>does dim apwyntiad a gollwyd i ddod gan %1</translation>
    </message>
    <message>
        <source>%1 has no appointment to come</source>
        <translation>does dim apwyntiad i ddod gan %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 bytes).</source>
        <translation>Ysgrifennwyd %1 (%2, %3 beit).</translation>
    </message>
    <message>
        <source>the person&apos;s force reference (or id)</source>
        <translation>cyfeirnod yr heddlu ar gyfer yr unigolyn (neu ei id)</translation>
    </message>
    <message>
        <source>why (kept in the audit log; no personal data)</source>
        <translation>pam (fe&apos;i cedwir yn y log archwilio; dim data personol)</translation>
    </message>
    <message>
        <source>Erased %1: %2 (%3); database pages overwritten; the audit log keeps a tombstone.</source>
        <translation type="unfinished">Dilëwyd %1: %2 (%3); ysgrifennwyd dros dudalennau&apos;r gronfa ddata; mae&apos;r log archwilio yn cadw carreg fedd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
        </translation>
    </message>
    <message>
        <source>  removed file %1</source>
        <translation>  dilëwyd y ffeil %1</translation>
    </message>
    <message>
        <source>  could not remove %1: delete it by hand</source>
        <translation>  nid oedd modd dileu %1: dilëwch hi â llaw</translation>
    </message>
    <message>
        <source>Legal hold placed on %1: kept whatever the retention schedule says.</source>
        <translation type="unfinished">Ataliad cyfreithiol wedi&apos;i osod ar %1: caiff ei gadw beth bynnag a ddywed yr amserlen gadw.</translation>
    </message>
    <message>
        <source>Legal hold removed from %1.</source>
        <translation type="unfinished">Ataliad cyfreithiol wedi&apos;i dynnu oddi ar %1.</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation type="unfinished">Dim ataliadau cyfreithiol.</translation>
    </message>
    <message>
        <source>%1  since %2  by %3  %4</source>
        <translation>%1  ers %2  gan %3  %4</translation>
    </message>
    <message>
        <source>Nothing is due for erasure.</source>
        <translation>Nid oes dim i&apos;w ddileu ar hyn o bryd.</translation>
    </message>
    <message>
        <source>%1  %2  automatic backup made %3, past its period</source>
        <translation>%1  %2  copi wrth gefn awtomatig a wnaed %3, y tu hwnt i&apos;w gyfnod</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>DILEU</translation>
    </message>
    <message>
        <source>not erasing: confirm with --yes when not at a terminal</source>
        <translation>heb ddileu dim: cadarnhewch gyda --yes pan nad ydych wrth derfynell</translation>
    </message>
    <message>
        <source>Erase %1 and %2? Type &apos;erase&apos;: </source>
        <translation>Dileu %1 a %2? Teipiwch &apos;erase&apos;: </translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Ni ddilëwyd dim.</translation>
    </message>
    <message>
        <source>Erased %1 people and %2 old backups.</source>
        <translation>Dilëwyd: %1 o bobl, %2 o hen gopïau wrth gefn.</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>dileu</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>cadw</translation>
    </message>
    <message>
        <source>%1: %2; the schedule was not changed</source>
        <translation>%1: %2; ni newidiwyd yr amserlen</translation>
    </message>
    <message>
        <source>Retention schedule replaced (%1 rules).</source>
        <translation>Disodlwyd yr amserlen gadw (%1 rheol).</translation>
    </message>
    <message>
        <source>Erasures will be sent to the force in the next bundle.</source>
        <translation>Bydd dileadau&apos;n cael eu hanfon i&apos;r heddlu yn y bwndel nesaf.</translation>
    </message>
    <message>
        <source>Erasures will not be sent to the force.</source>
        <translation>Ni fydd dileadau&apos;n cael eu hanfon i&apos;r heddlu.</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>nid oes modd ysgrifennu i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Subject access export: %n record(s)</source>
        <translation type="unfinished">
            <numerusform>Allforio data i&apos;r unigolyn: %n cofnod</numerusform>
            <numerusform>Allforio data i&apos;r unigolyn: %n cofnod</numerusform>
            <numerusform>Allforio data i&apos;r unigolyn: %n cofnod</numerusform>
            <numerusform>Allforio data i&apos;r unigolyn: %n cofnod</numerusform>
            <numerusform>Allforio data i&apos;r unigolyn: %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation type="unfinished">gosod ataliad cyfreithiol</translation>
    </message>
    <message>
        <source>remove a legal hold</source>
        <translation type="unfinished">tynnu ataliad cyfreithiol</translation>
    </message>
    <message>
        <source>list legal holds</source>
        <translation type="unfinished">rhestru ataliadau cyfreithiol</translation>
    </message>
    <message>
        <source>list what is due for erasure and why</source>
        <translation>rhestru beth sydd i&apos;w ddileu a pham</translation>
    </message>
    <message>
        <source>erase what is due, after showing the same list</source>
        <translation>dileu&apos;r hyn sy&apos;n ddyledus, ar ôl dangos yr un rhestr</translation>
    </message>
    <message>
        <source>do not ask (for scripts)</source>
        <translation>peidio â gofyn (ar gyfer sgriptiau)</translation>
    </message>
    <message>
        <source>the schedule in use</source>
        <translation>yr amserlen a ddefnyddir</translation>
    </message>
    <message>
        <source>replace the schedule with a JSON file (admin)</source>
        <translation>disodli&apos;r amserlen â ffeil JSON (gweinyddwr)</translation>
    </message>
    <message>
        <source>send erasures to the force in the next bundle, when the data-sharing agreement says so (admin)</source>
        <translation>anfon dileadau i&apos;r heddlu yn y bwndel nesaf, pan fydd y cytundeb rhannu data yn dweud hynny (gweinyddwr)</translation>
    </message>
    <message>
        <source>print the shipped default schedule (a starting point for `set`)</source>
        <translation>argraffu&apos;r amserlen ragosodedig a ddaw gyda&apos;r ap (man cychwyn ar gyfer `set`)</translation>
    </message>
    <message>
        <source>make a replica for a desk or a laptop (managers)</source>
        <translation>gwneud copi ar gyfer desg neu liniadur (rheolwyr)</translation>
    </message>
    <message>
        <source>the desk or laptop</source>
        <translation>y ddesg neu&apos;r gliniadur</translation>
    </message>
    <message>
        <source>new, empty folder for the replica</source>
        <translation>ffolder newydd, gwag ar gyfer y copi</translation>
    </message>
    <message>
        <source>carry this keyworker&apos;s clients only</source>
        <translation>cario cleientiaid y gweithiwr allweddol hwn yn unig</translation>
    </message>
    <message>
        <source>this store&apos;s device name (first time)</source>
        <translation>enw dyfais y storfa hon (y tro cyntaf)</translation>
    </message>
    <message>
        <source>write a bundle for each peer with what it has not got yet</source>
        <translation>ysgrifennu bwndel i bob copi arall gyda&apos;r hyn nad yw ganddo eto</translation>
    </message>
    <message>
        <source>shared folder or USB stick</source>
        <translation>ffolder a rennir neu gof bach USB</translation>
    </message>
    <message>
        <source>read the bundles in DIR addressed to this replica</source>
        <translation>darllen y bwndeli yn DIR a gyfeiriwyd at y copi hwn</translation>
    </message>
    <message>
        <source>fields changed on two replicas to different values</source>
        <translation>meysydd a newidiwyd ar ddau gopi i werthoedd gwahanol</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>y rhai a ddatryswyd hefyd</translation>
    </message>
    <message>
        <source>settle a conflict: keep value a, value b, or give the value</source>
        <translation>datrys gwrthdaro: cadw gwerth a, gwerth b, neu roi&apos;r gwerth</translation>
    </message>
    <message>
        <source>the conflict&apos;s id (or its first characters)</source>
        <translation>id y gwrthdaro (neu ei nodau cyntaf)</translation>
    </message>
    <message>
        <source>refuse a lost or retired device&apos;s bundles from now on (managers)</source>
        <translation>gwrthod bwndeli gan ddyfais a gollwyd neu nad yw&apos;n cael ei defnyddio mwyach, o hyn ymlaen (rheolwyr)</translation>
    </message>
    <message>
        <source>device name or id</source>
        <translation>enw neu id y ddyfais</translation>
    </message>
    <message>
        <source>this device and its peers</source>
        <translation>y ddyfais hon a&apos;r copïau eraill</translation>
    </message>
    <message>
        <source>%1&apos;s caseload</source>
        <translation>llwyth achosion %1</translation>
    </message>
    <message>
        <source>the whole service</source>
        <translation>y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>replica &apos;%1&apos; made in %2: %3, %4</source>
        <translation>gwnaed y copi &apos;%1&apos; yn %2: %3, %4</translation>
    </message>
    <message>
        <source>the same users sign in with the same passphrases; exchange with `replica export` / `replica import`</source>
        <translation>mae&apos;r un defnyddwyr yn mewngofnodi gyda&apos;r un cyfrinymadroddion; cyfnewidiwch gyda `replica export` / `replica import`</translation>
    </message>
    <message>
        <source>no peers to write to</source>
        <translation>dim copïau eraill i ysgrifennu atynt</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>nid yw %1 yn ffolder</translation>
    </message>
    <message>
        <source>applied %1: %2, %3, %4</source>
        <translation>rhoddwyd %1 ar waith: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bwndel</numerusform>
            <numerusform>%n bwndel</numerusform>
            <numerusform>%n bwndel</numerusform>
            <numerusform>%n bwndel</numerusform>
            <numerusform>%n bwndel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>newidiwyd %n cofnod</numerusform>
            <numerusform>newidiwyd %n cofnod</numerusform>
            <numerusform>newidiwyd %n cofnod</numerusform>
            <numerusform>newidiwyd %n cofnod</numerusform>
            <numerusform>newidiwyd %n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n achos newydd o wrthdaro</numerusform>
            <numerusform>%n achos newydd o wrthdaro</numerusform>
            <numerusform>%n achos newydd o wrthdaro</numerusform>
            <numerusform>%n achos newydd o wrthdaro</numerusform>
            <numerusform>%n achos newydd o wrthdaro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled</source>
        <translation>
            <numerusform>datryswyd %n</numerusform>
            <numerusform>datryswyd %n</numerusform>
            <numerusform>datryswyd %n</numerusform>
            <numerusform>datryswyd %n</numerusform>
            <numerusform>datryswyd %n</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: a replay (this bundle or a later one from that device was applied already)</source>
        <translation>gwrthodwyd %1: ailchwarae (roedd y bwndel hwn neu un diweddarach gan y ddyfais honno wedi&apos;i roi ar waith eisoes)</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>heb ei roi ar waith: %1</translation>
    </message>
    <message>
        <source>no conflicts ever</source>
        <translation>dim gwrthdaro erioed</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>dim gwrthdaro</translation>
    </message>
    <message>
        <source>resolved by %1 %2</source>
        <translation>datryswyd gan %1 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>heb ei ddatrys</translation>
    </message>
    <message>
        <source>%1  %2  record %3  %4  [%5]</source>
        <translation>%1  %2  cofnod %3  %4  [%5]</translation>
    </message>
    <message>
        <source>resolved %1 (%2); the other replicas take it at the next exchange</source>
        <translation>datryswyd %1 (%2); bydd y copïau eraill yn ei gael yn y cyfnewid nesaf</translation>
    </message>
    <message>
        <source>revoked &apos;%1&apos;: its bundles are refused from now on; export to tell the other replicas</source>
        <translation>dirymwyd &apos;%1&apos;: gwrthodir ei bwndeli o hyn ymlaen; allforiwch i ddweud wrth y copïau eraill</translation>
    </message>
    <message>
        <source>this store is not a replica</source>
        <translation>nid yw&apos;r storfa hon yn gopi</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>y ddyfais hon</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>copi arall</translation>
    </message>
    <message>
        <source>caseload</source>
        <translation>llwyth achosion</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>dirymwyd %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  SHA-256 %4…</source>
        <translation>%1  %2  %3  SHA-256 %4…</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>last day (included)</source>
        <translation>y diwrnod olaf (yn gynwysedig)</translation>
    </message>
    <message>
        <source>only this keyworker&apos;s caseload</source>
        <translation>llwyth achosion y gweithiwr allweddol hwn yn unig</translation>
    </message>
    <message>
        <source>exact small numbers (CSV only; not for anything that leaves the provider)</source>
        <translation>niferoedd bach union (CSV yn unig; nid ar gyfer dim sy&apos;n gadael y darparwr)</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not %2</source>
        <translation>rhaid i %1 fod yn ddyddiad ar y ffurf YYYY-MM-DD, nid %2</translation>
    </message>
    <message>
        <source>--unsuppressed is for CSV only: the PDF report is for publication</source>
        <translation type="unfinished">mae --unsuppressed ar gyfer CSV yn unig: mae&apos;r adroddiad PDF i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>ffolder yw %1; rhowch enw ffeil</translation>
    </message>
    <message>
        <source>no user %1 in this store</source>
        <translation>does dim defnyddiwr %1 yn y storfa hon</translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4 (sha256 %5...).</source>
        <translation type="unfinished">Ysgrifennwyd yr adroddiad %1 ar gyfer %2 hyd at %3 i %4 (sha256 %5...).</translation>
    </message>
    <message>
        <source>Check a signed return: signer, signing time, whether it is intact and whether the signer is trusted. Exit 0 only when intact (and trusted, with --trust), 1 otherwise.</source>
        <translation>Gwirio adroddiad wedi&apos;i lofnodi: y llofnodwr, yr amser llofnodi, a yw&apos;n gyfan ac a ellir ymddiried yn y llofnodwr. Cod gadael 0 dim ond pan fydd yn gyfan (ac yn ddibynadwy, gyda --trust), 1 fel arall.</translation>
    </message>
    <message>
        <source>the signed return (with --code: the case store folder)</source>
        <translation>yr adroddiad wedi&apos;i lofnodi (gyda --code: ffolder y storfa achosion)</translation>
    </message>
    <message>
        <source>a certificate to trust (PEM or DER; may be repeated)</source>
        <translation>tystysgrif i ymddiried ynddi (PEM neu DER; gellir ei hailadrodd)</translation>
    </message>
    <message>
        <source>the code printed on a page (like K7F2-9QXA-3M): look it up in STORE</source>
        <translation>y cod a argraffwyd ar dudalen (fel K7F2-9QXA-3M): chwilio amdano yn STORE</translation>
    </message>
    <message>
        <source>your user name in the store (with --code)</source>
        <translation>eich enw defnyddiwr yn y storfa (gyda --code)</translation>
    </message>
    <message>
        <source>with --code: read the passphrase from FILE (else $CHECKPOINT_PASSPHRASE, else a prompt)</source>
        <translation>gyda --code: darllen y cyfrinymadrodd o FILE (neu $CHECKPOINT_PASSPHRASE, neu fe ofynnir amdano)</translation>
    </message>
    <message>
        <source>verify --code needs the store and --user NAME</source>
        <translation>mae angen y storfa a --user NAME ar verify --code</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>nid oes modd darllen y dystysgrif %1: %2</translation>
    </message>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation>nid oes modd darllen y ffeil %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ydy</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NAC YDY</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nac ydy</translation>
    </message>
    <message>
        <source>not checked (give --trust CERT.pem)</source>
        <translation>heb ei wirio (rhowch --trust CERT.pem)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (cod %2)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Llofnodwr</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Tystysgrif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Amser llofnodi</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Cyfan</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Y ffeil gyfan</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished">Ymddiried</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation type="obsolete">nid oes modd darllen %1 %2: %3</translation>
    </message>
    <message>
        <source>draft, approve and sign every return due in a month (managers)</source>
        <translation>drafftio, cymeradwyo a llofnodi pob adroddiad sy&apos;n ddyledus mewn mis (rheolwyr)</translation>
    </message>
    <message>
        <source>folder for the signed PDFs</source>
        <translation>ffolder ar gyfer y PDFau wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <source>signing processes (default 2)</source>
        <translation>prosesau llofnodi (rhagosodiad 2)</translation>
    </message>
    <message>
        <source>the returns you may see, newest first</source>
        <translation>yr adroddiadau y cewch eu gweld, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>only returns whose period ends in this month</source>
        <translation>dim ond adroddiadau y daw eu cyfnod i ben yn y mis hwn</translation>
    </message>
    <message>
        <source>make the organisation&apos;s CA and a signing key and certificate it issues</source>
        <translation>gwneud CA y sefydliad ac allwedd llofnodi a thystysgrif y mae&apos;n eu rhoi</translation>
    </message>
    <message>
        <source>the name on the certificate (default: the store setting)</source>
        <translation>yr enw ar y dystysgrif (rhagosodiad: gosodiad y storfa)</translation>
    </message>
    <message>
        <source>replace the key the store has (the force must then pin the new certificate)</source>
        <translation type="unfinished">disodli allwedd y storfa (rhaid i&apos;r heddlu binio&apos;r dystysgrif newydd wedyn)</translation>
    </message>
    <message>
        <source>use a key and certificate issued to the organisation (PKCS#12)</source>
        <translation>defnyddio allwedd a thystysgrif a roddwyd i&apos;r sefydliad (PKCS#12)</translation>
    </message>
    <message>
        <source>the PKCS#12 password (else $%1, else none)</source>
        <translation>cyfrinair PKCS#12 (neu $%1, neu ddim)</translation>
    </message>
    <message>
        <source>write the certificates for the force to trust (the CA first)</source>
        <translation>ysgrifennu&apos;r tystysgrifau i&apos;r heddlu ymddiried ynddynt (y CA yn gyntaf)</translation>
    </message>
    <message>
        <source>only a manager can sign returns; %1 is a %2</source>
        <translation type="obsolete">dim ond rheolwr all lofnodi adroddiadau; mae %1 yn %2</translation>
    </message>
    <message>
        <source>only a manager can sign returns; %1 is %2</source>
        <translation>dim ond rheolwr all lofnodi adroddiadau; mae %1 %2</translation>
    </message>
    <message>
        <source>no signing key is set up yet: run &apos;checkpoint-desk cert create&apos; (or &apos;cert import&apos;) first</source>
        <translation>does dim allwedd llofnodi wedi&apos;i gosod eto: rhedwch &apos;checkpoint-desk cert create&apos; (neu &apos;cert import&apos;) yn gyntaf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n return(s) signed by an interrupted batch to %1</source>
        <translation>
            <numerusform>Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1</numerusform>
            <numerusform>Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1</numerusform>
            <numerusform>Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1</numerusform>
            <numerusform>Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1</numerusform>
            <numerusform>Ysgrifennwyd %n adroddiad a lofnodwyd gan swp a dorrwyd ar ei draws i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No returns to sign for %1 (%2 drafted).</source>
        <translation>Dim adroddiadau i&apos;w llofnodi ar gyfer %1 (%2 wedi&apos;u drafftio).</translation>
    </message>
    <message>
        <source>Signed %1 of %2</source>
        <translation>Llofnodwyd %1 o %2</translation>
    </message>
    <message>
        <source>%1: %2 drafted, %3 signed, %4 failed; %5 PDFs written to %6</source>
        <translation>%1: %2 wedi&apos;u drafftio, %3 wedi&apos;u llofnodi, %4 wedi methu; %5 PDF wedi&apos;u hysgrifennu i %6</translation>
    </message>
    <message>
        <source>Not signed: %1: %2</source>
        <translation>Heb ei lofnodi: %1: %2</translation>
    </message>
    <message>
        <source>No returns.</source>
        <translation>Dim adroddiadau.</translation>
    </message>
    <message>
        <source>Force ref</source>
        <translation>Cyf. heddlu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>this store already signs with %1; the force has pinned it. Add --replace to make a new one anyway</source>
        <translation type="unfinished">mae&apos;r storfa hon eisoes yn llofnodi gyda %1; mae&apos;r heddlu wedi&apos;i phinio. Ychwanegwch --replace i wneud un newydd beth bynnag</translation>
    </message>
    <message>
        <source>Created a signing key and certificate for %1.</source>
        <translation>Crëwyd allwedd llofnodi a thystysgrif ar gyfer %1.</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the force when you send the certificate): %1</source>
        <translation>Ôl bys (darllenwch ef i&apos;r heddlu pan fyddwch yn anfon y dystysgrif): %1</translation>
    </message>
    <message>
        <source>Imported the signing key and certificate of %1.</source>
        <translation>Mewnforiwyd allwedd llofnodi a thystysgrif %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Ôl bys: %1</translation>
    </message>
    <message>
        <source>Wrote the certificate to %1. Fingerprint: %2</source>
        <translation>Ysgrifennwyd y dystysgrif i %1. Ôl bys: %2</translation>
    </message>
    <message>
        <source>the reason in words (required with --reason other)</source>
        <translation>y rheswm mewn geiriau (yn ofynnol gyda --reason other)</translation>
    </message>
    <message>
        <source>%1: the absence on %2 is accepted (%3).</source>
        <translation>%1: mae&apos;r absenoldeb ar %2 wedi&apos;i dderbyn (%3).</translation>
    </message>
    <message>
        <source>%1: the absence on %2 is counted again.</source>
        <translation>%1: mae&apos;r absenoldeb ar %2 yn cyfrif eto.</translation>
    </message>
    <message>
        <source>no signed return in this store has the code %1</source>
        <translation>does dim adroddiad wedi&apos;i lofnodi yn y storfa hon â&apos;r cod %1</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>ar y trywydd iawn</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>mewn perygl</translation>
    </message>
    <message>
        <source>NOT COMPLYING</source>
        <translation>DDIM YN CYDYMFFURFIO</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>cynigiwyd</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>failed non compliance</source>
        <translation>wedi methu, diffyg cydymffurfio</translation>
    </message>
    <message>
        <source>failed reoffended</source>
        <translation>wedi methu, aildroseddu</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>no contract yet</source>
        <translation>dim contract eto</translation>
    </message>
    <message>
        <source>no return yet</source>
        <translation>dim adroddiad eto</translation>
    </message>
    <message>
        <source>latest return to %1: %2 (signed %3)</source>
        <translation>adroddiad diweddaraf hyd at %1: %2 (llofnodwyd %3)</translation>
    </message>
    <message>
        <source>; withdrawn by the force on %1</source>
        <translation>; tynnwyd yn ôl gan yr heddlu ar %1</translation>
    </message>
    <message>
        <source>; reoffending reported %1x</source>
        <translation>; adroddwyd aildroseddu %1 gwaith</translation>
    </message>
    <message>
        <source>%1  (certificate SHA-256 %2)</source>
        <translation>%1  (tystysgrif SHA-256 %2)</translation>
    </message>
    <message>
        <source>  last bundle: none received yet</source>
        <translation>  bwndel diwethaf: dim wedi dod i law eto</translation>
    </message>
    <message>
        <source>  last bundle: #%1, received %2</source>
        <translation>  bwndel diwethaf: #%1, derbyniwyd %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> a %1 arall</translation>
    </message>
    <message>
        <source>  missing bundles: %1</source>
        <translation>  bwndeli ar goll: %1</translation>
    </message>
    <message>
        <source>, %1 not matched to a referral</source>
        <translation>, %1 heb eu paru ag atgyfeiriad</translation>
    </message>
    <message>
        <source>  people: %1 (%2 referred by the force, %3 active%4)</source>
        <translation>  pobl: %1 (%2 wedi&apos;u hatgyfeirio gan yr heddlu, %3 yn weithredol%4)</translation>
    </message>
    <message>
        <source>  overdue returns: %1</source>
        <translation>  adroddiadau hwyr: %1</translation>
    </message>
    <message numerus="yes">
        <source>    %1: nothing since %2 (%n day(s))</source>
        <translation>
            <numerusform>    %1: dim byd ers %2 (%n diwrnod)</numerusform>
            <numerusform>    %1: dim byd ers %2 (%n diwrnod)</numerusform>
            <numerusform>    %1: dim byd ers %2 (%n diwrnod)</numerusform>
            <numerusform>    %1: dim byd ers %2 (%n diwrnod)</numerusform>
            <numerusform>    %1: dim byd ers %2 (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  waiting for acknowledgement: %n bundle(s), oldest sent %1</source>
        <translation>
            <numerusform>  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi&apos;i anfon %1</numerusform>
            <numerusform>  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi&apos;i anfon %1</numerusform>
            <numerusform>  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi&apos;i anfon %1</numerusform>
            <numerusform>  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi&apos;i anfon %1</numerusform>
            <numerusform>  yn aros am gydnabyddiaeth: %n bwndel, yr hynaf wedi&apos;i anfon %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  conflicts to review: %1</source>
        <translation>  gwrthdrawiadau i&apos;w hadolygu: %1</translation>
    </message>
    <message>
        <source>  returns not read yet: %1</source>
        <translation>  adroddiadau heb eu darllen eto: %1</translation>
    </message>
    <message>
        <source>  reports waiting for the next bundle: %1</source>
        <translation>  hysbysiadau yn aros am y bwndel nesaf: %1</translation>
    </message>
    <message>
        <source>not complying (latest return)</source>
        <translation>ddim yn cydymffurfio (adroddiad diweddaraf)</translation>
    </message>
    <message>
        <source>compliance (latest return)</source>
        <translation>cydymffurfio (adroddiad diweddaraf)</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 not complying</source>
        <translation>  %1: %2 o %3 ddim yn cydymffurfio</translation>
    </message>
    <message>
        <source>No returns waiting to be read.</source>
        <translation>Dim adroddiadau yn aros i&apos;w darllen.</translation>
    </message>
    <message>
        <source>No returns received.</source>
        <translation>Ni dderbyniwyd adroddiadau.</translation>
    </message>
    <message>
        <source>read %1 by %2</source>
        <translation>darllenwyd %1 gan %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>heb ei ddarllen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>llofnodwyd %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>derbyniwyd %1</translation>
    </message>
    <message>
        <source>Wrote the return for %1 (%2); marked read.</source>
        <translation>Ysgrifennwyd yr adroddiad ar gyfer %1 (%2); wedi&apos;i nodi fel un a ddarllenwyd.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n return(s) read.</source>
        <translation>
            <numerusform>Nodwyd bod %n adroddiad wedi&apos;u darllen.</numerusform>
            <numerusform>Nodwyd bod %n adroddiad wedi&apos;u darllen.</numerusform>
            <numerusform>Nodwyd bod %n adroddiad wedi&apos;u darllen.</numerusform>
            <numerusform>Nodwyd bod %n adroddiad wedi&apos;u darllen.</numerusform>
            <numerusform>Nodwyd bod %n adroddiad wedi&apos;u darllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>give --last-name, --dob or --pnc</source>
        <translation>rhowch --last-name, --dob neu --pnc</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>tynnwyd yn ôl %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>ganwyd %1</translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation>atgyfeiriwyd at %1</translation>
    </message>
    <message>
        <source>No referral matches.</source>
        <translation>Does dim atgyfeiriad yn cyfateb.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>added %1 by %2</source>
        <translation>ychwanegwyd %1 gan %2</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Ychwanegwyd %1 (%2).</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Tynnwyd %1.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Newidiwyd y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Allwedd adfer: </translation>
    </message>
    <message>
        <source>New passphrase set for %1.</source>
        <translation>Gosodwyd cyfrinymadrodd newydd ar gyfer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n return file(s) removed</source>
        <translation>
            <numerusform>tynnwyd %n ffeil adroddiad</numerusform>
            <numerusform>tynnwyd %n ffeil adroddiad</numerusform>
            <numerusform>tynnwyd %n ffeil adroddiad</numerusform>
            <numerusform>tynnwyd %n ffeil adroddiad</numerusform>
            <numerusform>tynnwyd %n ffeil adroddiad</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased referral %1 to %2: %3; %4.</source>
        <translation>Dilëwyd yr atgyfeiriad %1 i %2: %3; %4.</translation>
    </message>
    <message>
        <source>audit chain broken: %1</source>
        <translation>mae&apos;r gadwyn archwilio wedi torri: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit chain ok: %n entr(y|ies)</source>
        <translation>
            <numerusform>mae&apos;r gadwyn archwilio&apos;n iawn: %n cofnod</numerusform>
            <numerusform>mae&apos;r gadwyn archwilio&apos;n iawn: %n cofnod</numerusform>
            <numerusform>mae&apos;r gadwyn archwilio&apos;n iawn: %n cofnod</numerusform>
            <numerusform>mae&apos;r gadwyn archwilio&apos;n iawn: %n cofnod</numerusform>
            <numerusform>mae&apos;r gadwyn archwilio&apos;n iawn: %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source> (replaced by %1)</source>
        <translation> (disodlwyd gan %1)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Llofnodwyd ar</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Yn cywiro</translation>
    </message>
    <message>
        <source>intact, signature valid</source>
        <translation>cyfan, llofnod dilys</translation>
    </message>
    <message>
        <source>FAILS ITS CHECK: %1</source>
        <translation>YN METHU EI WIRIAD: %1</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Ffeil a gadwyd</translation>
    </message>
    <message>
        <source>%1 has no missed or cancelled appointment on %2</source>
        <translation>does dim apwyntiad a gollwyd neu a ganslwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>%1 has %3 missed appointments on %2</source>
        <translation>mae gan %1 %3 apwyntiad a gollwyd ar %2</translation>
    </message>
    <message>
        <source>no new passphrase for %1: give --new-passphrase-file or set %2</source>
        <translation>dim cyfrinymadrodd newydd ar gyfer %1: rhowch --new-passphrase-file neu gosodwch %2</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Cyfrinymadrodd newydd ar gyfer %1: </translation>
    </message>
    <message>
        <source>the new passphrase (else $%1, else a prompt)</source>
        <translation>y cyfrinymadrodd newydd (neu $%1, neu fe ofynnir amdano)</translation>
    </message>
    <message>
        <source>Created case store %1 with admin &apos;%2&apos;.</source>
        <translation>Crëwyd y storfa achosion %1 gyda&apos;r gweinyddwr &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it or write it down and keep it locked away):</source>
        <translation>Allwedd adfer (dangosir hi unwaith; argraffwch hi neu ysgrifennwch hi i lawr a&apos;i chadw dan glo):</translation>
    </message>
    <message numerus="yes">
        <source>Created demo store %1 with %n invented people.</source>
        <translation>
            <numerusform>Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n.</numerusform>
            <numerusform>Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n.</numerusform>
            <numerusform>Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n.</numerusform>
            <numerusform>Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n.</numerusform>
            <numerusform>Crëwyd y storfa enghreifftiol %1; pobl ddychmygol: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users: %1; passphrase: %2</source>
        <translation>Defnyddwyr: %1; cyfrinymadrodd: %2</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>fel y&apos;i rhoddwyd</translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos;.</source>
        <translation>Ychwanegwyd y %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Passphrase changed for &apos;%1&apos;.</source>
        <translation>Newidiwyd y cyfrinymadrodd ar gyfer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now a %2, with the new passphrase; the database was re-keyed.</source>
        <translation type="obsolete">Mae &apos;%1&apos; bellach yn %2, gyda&apos;r cyfrinymadrodd newydd; cafodd y gronfa ddata allwedd newydd.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now %2, with the new passphrase; the database was re-keyed.</source>
        <translation>Mae &apos;%1&apos; bellach %2, gyda&apos;r cyfrinymadrodd newydd; cafodd y gronfa ddata allwedd newydd.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;; the database was re-keyed, so old copies of the key vault no longer open it.</source>
        <translation type="unfinished">Tynnwyd &apos;%1&apos;; cafodd y gronfa ddata allwedd newydd, felly nid yw hen gopïau o&apos;r gladdgell allweddi yn ei hagor mwyach.</translation>
    </message>
    <message>
        <source>New passphrase set for &apos;%1&apos;.</source>
        <translation>Gosodwyd cyfrinymadrodd newydd ar gyfer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>wedi&apos;i difrodi: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>cronfa ddata: %1</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>log archwilio: %1</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>mae&apos;r gronfa ddata wedi&apos;i difrodi: %1</translation>
    </message>
    <message numerus="yes">
        <source>ok: database intact, key vault opens, audit chain of %n entr(y|ies) intact</source>
        <translation type="unfinished">
            <numerusform>iawn: mae&apos;r gronfa ddata&apos;n gyfan, mae&apos;r gladdgell allweddi&apos;n agor, mae&apos;r gadwyn archwilio o %n cofnod yn gyfan</numerusform>
            <numerusform>iawn: mae&apos;r gronfa ddata&apos;n gyfan, mae&apos;r gladdgell allweddi&apos;n agor, mae&apos;r gadwyn archwilio o %n cofnod yn gyfan</numerusform>
            <numerusform>iawn: mae&apos;r gronfa ddata&apos;n gyfan, mae&apos;r gladdgell allweddi&apos;n agor, mae&apos;r gadwyn archwilio o %n cofnod yn gyfan</numerusform>
            <numerusform>iawn: mae&apos;r gronfa ddata&apos;n gyfan, mae&apos;r gladdgell allweddi&apos;n agor, mae&apos;r gadwyn archwilio o %n cofnod yn gyfan</numerusform>
            <numerusform>iawn: mae&apos;r gronfa ddata&apos;n gyfan, mae&apos;r gladdgell allweddi&apos;n agor, mae&apos;r gadwyn archwilio o %n cofnod yn gyfan</numerusform>
        </translation>
    </message>
    <message>
        <source>, each signed by its author; users and roles as the admin signed them</source>
        <translation>, pob un wedi&apos;i lofnodi gan ei awdur; defnyddwyr a rolau fel y&apos;u llofnodwyd gan y gweinyddwr</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1 (open it with the same passphrases or recovery key).</source>
        <translation>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (agorwch ef gyda&apos;r un cyfrinymadroddion neu&apos;r allwedd adfer).</translation>
    </message>
    <message>
        <source>%1 already holds a store; add --force to replace it (the old one is kept aside)</source>
        <translation>mae storfa yn %1 eisoes; ychwanegwch --force i&apos;w disodli (cedwir yr hen un o&apos;r neilltu)</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>Adferwyd %1 i %2.</translation>
    </message>
    <message>
        <source> The replaced store was kept as %1.</source>
        <translation> Cadwyd y storfa a ddisodlwyd fel %1.</translation>
    </message>
    <message>
        <source>list the store&apos;s users</source>
        <translation>rhestru defnyddwyr y storfa</translation>
    </message>
    <message>
        <source>add a user (admin only)</source>
        <translation>ychwanegu defnyddiwr (gweinyddwr yn unig)</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>enw&apos;r defnyddiwr newydd</translation>
    </message>
    <message>
        <source>change your passphrase (or, as admin, another user&apos;s)</source>
        <translation>newid eich cyfrinymadrodd (neu, fel gweinyddwr, gyfrinymadrodd defnyddiwr arall)</translation>
    </message>
    <message>
        <source>whose passphrase (default: yours)</source>
        <translation>cyfrinymadrodd pwy (rhagosodiad: eich un chi)</translation>
    </message>
    <message>
        <source>change a user&apos;s role; they get a new passphrase (admin only)</source>
        <translation>newid rôl defnyddiwr; bydd yn cael cyfrinymadrodd newydd (gweinyddwr yn unig)</translation>
    </message>
    <message>
        <source>whose role</source>
        <translation>rôl pwy</translation>
    </message>
    <message>
        <source>remove a user and re-key the database (admin only)</source>
        <translation>tynnu defnyddiwr a rhoi allwedd newydd i&apos;r gronfa ddata (gweinyddwr yn unig)</translation>
    </message>
    <message>
        <source>the user to remove</source>
        <translation>y defnyddiwr i&apos;w dynnu</translation>
    </message>
    <message>
        <source>replace an existing store (kept aside, not deleted)</source>
        <translation>disodli storfa sy&apos;n bodoli (fe&apos;i cedwir o&apos;r neilltu, heb ei dileu)</translation>
    </message>
    <message>
        <source>Pinned %1.</source>
        <translation type="unfinished">Piniwyd %1.</translation>
    </message>
    <message>
        <source>Their certificate&apos;s SHA-256 fingerprint: %1</source>
        <translation>Ôl bys SHA-256 eu tystysgrif: %1</translation>
    </message>
    <message>
        <source>Read it to the force by phone and compare, before the first exchange.</source>
        <translation>Darllenwch ef i&apos;r heddlu dros y ffôn a chymharwch, cyn y cyfnewid cyntaf.</translation>
    </message>
    <message>
        <source>Our certificate&apos;s fingerprint (for them to check): %1</source>
        <translation>Ôl bys ein tystysgrif (iddynt ei wirio): %1</translation>
    </message>
    <message>
        <source>No partners yet: add one with `checkpoint-desk partner add`.</source>
        <translation>Dim partneriaid eto: ychwanegwch un gyda `checkpoint-desk partner add`.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>ôl bys</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>bwndeli</translation>
    </message>
    <message>
        <source>sent #%1, received up to #%2, last sync %3</source>
        <translation>anfonwyd #%1, derbyniwyd hyd at #%2, cysoni diwethaf %3</translation>
    </message>
    <message>
        <source>inbox</source>
        <translation>mewnflwch</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(heb ei osod)</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>allflwch</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nid oes modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1; SHA-256 fingerprint %2</source>
        <translation>Ysgrifennwyd %1; ôl bys SHA-256 %2</translation>
    </message>
    <message>
        <source>Give the force this file and read them the fingerprint by phone.</source>
        <translation>Rhowch y ffeil hon i&apos;r heddlu a darllenwch yr ôl bys iddynt dros y ffôn.</translation>
    </message>
    <message>
        <source>Nothing to send to %1: it holds everything already.</source>
        <translation>Dim byd i&apos;w anfon i %1: mae ganddo bopeth eisoes.</translation>
    </message>
    <message>
        <source>Wrote %1: bundle #%2 for %3 (%4; %5).</source>
        <translation>Ysgrifennwyd %1: bwndel #%2 ar gyfer %3 (%4; %5).</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>nid testun UTF-8 mohono</translation>
    </message>
    <message>
        <source>no passphrase: give a file or set %1</source>
        <translation>dim cyfrinymadrodd: rhowch ffeil neu gosodwch %1</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Cyfrinymadrodd %1: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>who are you? give --user or set %1</source>
        <translation>pwy ydych chi? rhowch --user neu gosodwch %1</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and keep it locked away, it resets any passphrase):</source>
        <translation>Allwedd adfer (dangosir hi unwaith; argraffwch hi a&apos;i chadw dan glo, mae&apos;n ailosod unrhyw gyfrinymadrodd):</translation>
    </message>
    <message numerus="yes">
        <source>the passphrase must be at least %n character(s)</source>
        <translation>
            <numerusform>rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd</numerusform>
            <numerusform>rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd</numerusform>
            <numerusform>rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd</numerusform>
            <numerusform>rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd</numerusform>
            <numerusform>rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Force folder ready: %1 (first user %2, admin)</source>
        <translation>Mae ffolder yr heddlu&apos;n barod: %1 (defnyddiwr cyntaf %2, gweinyddwr)</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Ôl bys SHA-256 y dystysgrif: %1</translation>
    </message>
    <message>
        <source>Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone.</source>
        <translation>Rhowch y dystysgrif i&apos;r darparwyr (`checkpoint-force cert`) a darllenwch yr ôl bys hwn iddynt dros y ffôn.</translation>
    </message>
    <message>
        <source>%1 is up to date; nothing to upgrade.</source>
        <translation>Mae %1 yn gyfredol; dim i&apos;w uwchraddio.</translation>
    </message>
    <message>
        <source>Upgraded %1: the database and returns are encrypted; %2 is its admin, with the key&apos;s passphrase.</source>
        <translation>Uwchraddiwyd %1: mae&apos;r gronfa ddata a&apos;r adroddiadau wedi&apos;u hamgryptio; %2 yw ei weinyddwr, gyda chyfrinymadrodd yr allwedd.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Ôl bys SHA-256: %1</translation>
    </message>
    <message>
        <source>Check this fingerprint with the provider by phone before exchanging bundles.</source>
        <translation>Gwiriwch yr ôl bys hwn gyda&apos;r darparwr dros y ffôn cyn cyfnewid bwndeli.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: all %n referral(s) in the file were sent to %1 before.</source>
        <translation>
            <numerusform>Dim byd i&apos;w anfon: anfonwyd pob atgyfeiriad yn y ffeil (%n) i %1 o&apos;r blaen.</numerusform>
            <numerusform>Dim byd i&apos;w anfon: anfonwyd yr unig atgyfeiriad yn y ffeil i %1 o&apos;r blaen.</numerusform>
            <numerusform>Dim byd i&apos;w anfon: anfonwyd pob un o&apos;r %n atgyfeiriad yn y ffeil i %1 o&apos;r blaen.</numerusform>
            <numerusform>Dim byd i&apos;w anfon: anfonwyd pob un o&apos;r %n atgyfeiriad yn y ffeil i %1 o&apos;r blaen.</numerusform>
            <numerusform>Dim byd i&apos;w anfon: anfonwyd pob un o&apos;r %n atgyfeiriad yn y ffeil i %1 o&apos;r blaen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n sent before, skipped)</source>
        <translation>
            <numerusform> (%n wedi&apos;u hanfon o&apos;r blaen, wedi&apos;u hepgor)</numerusform>
            <numerusform> (%n wedi&apos;u hanfon o&apos;r blaen, wedi&apos;u hepgor)</numerusform>
            <numerusform> (%n wedi&apos;u hanfon o&apos;r blaen, wedi&apos;u hepgor)</numerusform>
            <numerusform> (%n wedi&apos;u hanfon o&apos;r blaen, wedi&apos;u hepgor)</numerusform>
            <numerusform> (%n wedi&apos;u hanfon o&apos;r blaen, wedi&apos;u hepgor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n referral(s) for %2%3.</source>
        <translation>
            <numerusform>Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n atgyfeiriad ar gyfer %2%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted %1: bundle #%2 from %3; %4, %5, %6, %7</source>
        <translation>derbyniwyd %1: bwndel #%2 gan %3; %4, %5, %6, %7</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation>
            <numerusform>%n cofnod wedi&apos;u cymhwyso</numerusform>
            <numerusform>%n cofnod wedi&apos;u cymhwyso</numerusform>
            <numerusform>%n cofnod wedi&apos;u cymhwyso</numerusform>
            <numerusform>%n cofnod wedi&apos;u cymhwyso</numerusform>
            <numerusform>%n cofnod wedi&apos;u cymhwyso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n eisoes wedi&apos;u cadw</numerusform>
            <numerusform>%n eisoes wedi&apos;u cadw</numerusform>
            <numerusform>%n eisoes wedi&apos;u cadw</numerusform>
            <numerusform>%n eisoes wedi&apos;u cadw</numerusform>
            <numerusform>%n eisoes wedi&apos;u cadw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n cydnabyddiaeth</numerusform>
            <numerusform>%n cydnabyddiaeth</numerusform>
            <numerusform>%n cydnabyddiaeth</numerusform>
            <numerusform>%n cydnabyddiaeth</numerusform>
            <numerusform>%n cydnabyddiaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  nodyn: %1</translation>
    </message>
    <message>
        <source>  conflict: record %1 %2</source>
        <translation>  gwrthdaro: cofnod %1 %2</translation>
    </message>
    <message>
        <source>  acknowledgement: %1</source>
        <translation>  cydnabyddiaeth: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>gwrthodwyd %1: %2</translation>
    </message>
    <message>
        <source>refused %1: cannot read it (%2)</source>
        <translation>gwrthodwyd %1: nid oes modd ei ddarllen (%2)</translation>
    </message>
    <message>
        <source>refused %1: the database refused it, nothing was changed (%2)</source>
        <translation>gwrthodwyd %1: gwrthododd y gronfa ddata ef, ni newidiwyd dim (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bundle(s) accepted, %2 refused</source>
        <translation>
            <numerusform>derbyniwyd %1 o %n bwndel, gwrthodwyd %2</numerusform>
            <numerusform>derbyniwyd %1 o %n bwndel, gwrthodwyd %2</numerusform>
            <numerusform>derbyniwyd %1 o %n bwndel, gwrthodwyd %2</numerusform>
            <numerusform>derbyniwyd %1 o %n bwndel, gwrthodwyd %2</numerusform>
            <numerusform>derbyniwyd %1 o %n bwndel, gwrthodwyd %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for %1.</source>
        <translation>Dim byd yn aros am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n report(s) for %2.</source>
        <translation>
            <numerusform>Ysgrifennwyd %1: %n hysbysiad ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n hysbysiad ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n hysbysiad ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n hysbysiad ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %1: %n hysbysiad ar gyfer %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not %1</source>
        <translation>mae --set yn cymryd FIELD=VALUE, nid %1</translation>
    </message>
    <message>
        <source>Queued %1%2 for %3 to %4: it goes in the next bundle to them (`%5` sends it now).</source>
        <translation>Mewn ciw: %1%2 ar gyfer %3 i %4: bydd yn mynd yn y bwndel nesaf iddynt (mae `%5` yn ei anfon nawr).</translation>
    </message>
    <message>
        <source>Queued the decision (%1, %2) for %3 to %4: it goes in the next bundle to them (`%5` sends it now).</source>
        <translation>Mae&apos;r penderfyniad (%1, %2) ar gyfer %3 i %4 mewn ciw: bydd yn mynd yn y bwndel nesaf iddynt (mae `%5` yn ei anfon nawr).</translation>
    </message>
    <message>
        <source>No partners yet: add one with `checkpoint-force partner add`.</source>
        <translation>Dim partneriaid eto: ychwanegwch un gyda `checkpoint-force partner add`.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the figures for %1 to %2 (%n provider(s)) to %3.</source>
        <translation>
            <numerusform>Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3.</numerusform>
            <numerusform>Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3.</numerusform>
            <numerusform>Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3.</numerusform>
            <numerusform>Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3.</numerusform>
            <numerusform>Ysgrifennwyd y ffigurau ar gyfer %1 i %2 (%n darparwr) i %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: the store refused it, nothing was changed (%2)</source>
        <translation>gwrthodwyd %1: gwrthododd y storfa ef, ni newidiwyd dim (%2)</translation>
    </message>
    <message>
        <source>would apply %1</source>
        <translation>byddai&apos;n cymhwyso %1</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>cymhwyswyd %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Rhediad prawf: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>pin a force&apos;s certificate (admin or manager)</source>
        <translation type="unfinished">pinio tystysgrif heddlu (gweinyddwr neu reolwr)</translation>
    </message>
    <message>
        <source>the force&apos;s certificate</source>
        <translation>tystysgrif yr heddlu</translation>
    </message>
    <message>
        <source>the force&apos;s name, as bundles will name it</source>
        <translation>enw&apos;r heddlu, fel y bydd bwndeli&apos;n ei enwi</translation>
    </message>
    <message>
        <source>folder where the force&apos;s bundles arrive</source>
        <translation>y ffolder lle mae bwndeli&apos;r heddlu&apos;n cyrraedd</translation>
    </message>
    <message>
        <source>folder for our bundles to the force</source>
        <translation>ffolder ar gyfer ein bwndeli i&apos;r heddlu</translation>
    </message>
    <message>
        <source>the pinned partners, fingerprints and sequence numbers</source>
        <translation type="unfinished">y partneriaid wedi&apos;u pinio, olion bysedd a rhifau dilyniant</translation>
    </message>
    <message>
        <source>write our certificate for the force (made on first use)</source>
        <translation>ysgrifennu ein tystysgrif ar gyfer yr heddlu (fe&apos;i gwneir y tro cyntaf)</translation>
    </message>
    <message>
        <source>one bundle of what changed since the last one, for a partner</source>
        <translation>un bwndel o&apos;r hyn a newidiodd ers yr un diwethaf, ar gyfer partner</translation>
    </message>
    <message>
        <source>%1: %2 (see --help)</source>
        <translation>%1: %2 (gweler --help)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>nid yw %1 yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the force&apos;s folder</source>
        <translation>ffolder yr heddlu</translation>
    </message>
    <message>
        <source>your user name (else $%1, else your login name)</source>
        <translation>eich enw defnyddiwr (neu $%1, neu eich enw mewngofnodi)</translation>
    </message>
    <message>
        <source>your passphrase from FILE (else $%1, else a prompt)</source>
        <translation>eich cyfrinymadrodd o FILE (neu $%1, neu fe ofynnir amdano)</translation>
    </message>
    <message>
        <source>PostgreSQL URL without a password (else $%1, else DIR/force.db)</source>
        <translation>URL PostgreSQL heb gyfrinair (neu $%1, neu DIR/force.db)</translation>
    </message>
    <message>
        <source>PostgreSQL service (pg_service.conf)</source>
        <translation>gwasanaeth PostgreSQL (pg_service.conf)</translation>
    </message>
    <message>
        <source>PostgreSQL password file (.pgpass format)</source>
        <translation>ffeil cyfrinair PostgreSQL (fformat .pgpass)</translation>
    </message>
    <message>
        <source>the new passphrase from FILE (else $%1, else a prompt)</source>
        <translation>y cyfrinymadrodd newydd o FILE (neu $%1, neu fe ofynnir amdano)</translation>
    </message>
    <message>
        <source>checkpoint-force: the force&apos;s diversion team&apos;s side of file-based sync with treatment providers.</source>
        <translation>checkpoint-force: ochr tîm dargyfeirio&apos;r heddlu o&apos;r cysoni drwy ffeiliau â darparwyr triniaeth.</translation>
    </message>
    <message>
        <source>language of messages: en, cy (Cymraeg) or system (default: $CHECKPOINT_LANGUAGE, else the locale)</source>
        <translation type="unfinished">iaith y negeseuon: en, cy (Cymraeg) neu system (rhagosodiad: $CHECKPOINT_LANGUAGE, neu&apos;r locale)</translation>
    </message>
    <message>
        <source>create the force&apos;s folder: key, certificate, vault and store</source>
        <translation type="unfinished">creu ffolder yr heddlu: allwedd, tystysgrif, claddgell a storfa</translation>
    </message>
    <message>
        <source>the force&apos;s name, as providers will see it</source>
        <translation>enw&apos;r heddlu, fel y bydd darparwyr yn ei weld</translation>
    </message>
    <message>
        <source>encrypt a folder made by the first release (plain force.db)</source>
        <translation>amgryptio ffolder a wnaed gan y fersiwn gyntaf (force.db plaen)</translation>
    </message>
    <message>
        <source>export the force&apos;s certificate for providers</source>
        <translation>allforio tystysgrif yr heddlu ar gyfer darparwyr</translation>
    </message>
    <message>
        <source>treatment providers the force exchanges bundles with</source>
        <translation>darparwyr triniaeth y mae&apos;r heddlu&apos;n cyfnewid bwndeli â nhw</translation>
    </message>
    <message>
        <source>pin a provider&apos;s certificate (admin)</source>
        <translation type="unfinished">pinio tystysgrif darparwr (gweinyddwr)</translation>
    </message>
    <message>
        <source>send referrals from a CSV file as one bundle</source>
        <translation>anfon atgyfeiriadau o ffeil CSV fel un bwndel</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>enw&apos;r partner</translation>
    </message>
    <message>
        <source>folder for the bundle</source>
        <translation>ffolder ar gyfer y bwndel</translation>
    </message>
    <message>
        <source>check and store bundles from providers</source>
        <translation>gwirio a chadw bwndeli gan ddarparwyr</translation>
    </message>
    <message>
        <source>tell a provider of reoffending, a withdrawal or a correction</source>
        <translation>rhoi gwybod i ddarparwr am aildroseddu, tynnu&apos;n ôl neu gywiriad</translation>
    </message>
    <message>
        <source>the force reference of the referral</source>
        <translation>cyfeirnod yr heddlu ar gyfer yr atgyfeiriad</translation>
    </message>
    <message>
        <source>when the reference went to more than one provider</source>
        <translation>pan aeth y cyfeirnod i fwy nag un darparwr</translation>
    </message>
    <message>
        <source>reoffended: the new offence</source>
        <translation>aildroseddu: y drosedd newydd</translation>
    </message>
    <message>
        <source>reoffended: when</source>
        <translation>aildroseddu: pryd</translation>
    </message>
    <message>
        <source>reoffended: the new crime reference</source>
        <translation>aildroseddu: cyfeirnod y drosedd newydd</translation>
    </message>
    <message>
        <source>reoffended: reported on / withdrawn: withdrawn on (today)</source>
        <translation>aildroseddu: dyddiad yr adrodd / tynnu&apos;n ôl: dyddiad tynnu&apos;n ôl (heddiw)</translation>
    </message>
    <message>
        <source>withdrawn: why</source>
        <translation>tynnu&apos;n ôl: pam</translation>
    </message>
    <message>
        <source>correction: a corrected field</source>
        <translation>cywiriad: maes wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>record the force&apos;s decision on a referral, for the next bundle</source>
        <translation>cofnodi penderfyniad yr heddlu ar atgyfeiriad, ar gyfer y bwndel nesaf</translation>
    </message>
    <message>
        <source>nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)</source>
        <translation type="unfinished">nfa: dim camau pellach; charge: cyhuddo; other: e.e. gwarediad y tu allan i&apos;r llys (dywedwch pa un yn --note)</translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation>dyddiad y penderfyniad</translation>
    </message>
    <message>
        <source>a short note for the provider</source>
        <translation>nodyn byr i&apos;r darparwr</translation>
    </message>
    <message>
        <source>send the reports queued for a provider now</source>
        <translation>anfon yr hysbysiadau sydd mewn ciw ar gyfer darparwr nawr</translation>
    </message>
    <message>
        <source>folder for the bundle (default DIR/outbox)</source>
        <translation>ffolder ar gyfer y bwndel (rhagosodiad DIR/outbox)</translation>
    </message>
    <message>
        <source>per provider: bundles, people and their compliance, overdue returns</source>
        <translation>fesul darparwr: bwndeli, pobl a&apos;u cydymffurfio, adroddiadau hwyr</translation>
    </message>
    <message>
        <source>report as of this date (default: today)</source>
        <translation>adrodd fel yr oedd ar y dyddiad hwn (rhagosodiad: heddiw)</translation>
    </message>
    <message>
        <source>one provider only</source>
        <translation>un darparwr yn unig</translation>
    </message>
    <message>
        <source>list only people whose latest return says so</source>
        <translation>rhestru dim ond pobl y mae eu hadroddiad diweddaraf yn dweud hynny</translation>
    </message>
    <message>
        <source>outcome figures across providers for a period (small numbers hidden)</source>
        <translation>ffigurau canlyniadau ar draws darparwyr am gyfnod (niferoedd bach wedi&apos;u cuddio)</translation>
    </message>
    <message>
        <source>count reoffending reported by this date (default: today)</source>
        <translation>cyfrif aildroseddu a adroddwyd erbyn y dyddiad hwn (rhagosodiad: heddiw)</translation>
    </message>
    <message>
        <source>write CSV (one row per figure and provider)</source>
        <translation>ysgrifennu CSV (un rhes i bob ffigur a darparwr)</translation>
    </message>
    <message>
        <source>returns received: the queue not read yet, reading one</source>
        <translation>adroddiadau a dderbyniwyd: y ciw heb ei ddarllen eto, darllen un</translation>
    </message>
    <message>
        <source>returns not read yet, per provider</source>
        <translation>adroddiadau heb eu darllen eto, fesul darparwr</translation>
    </message>
    <message>
        <source>read ones too</source>
        <translation>y rhai a ddarllenwyd hefyd</translation>
    </message>
    <message>
        <source>write a return&apos;s PDF and mark it read</source>
        <translation>ysgrifennu PDF adroddiad a&apos;i nodi fel un a ddarllenwyd</translation>
    </message>
    <message>
        <source>the return&apos;s ID (its first 8 characters are enough)</source>
        <translation>ID yr adroddiad (mae ei 8 nod cyntaf yn ddigon)</translation>
    </message>
    <message>
        <source>mark returns read without opening them</source>
        <translation>nodi bod adroddiadau wedi&apos;u darllen heb eu hagor</translation>
    </message>
    <message>
        <source>find referrals by last name, date of birth or PNC ID</source>
        <translation>dod o hyd i atgyfeiriadau yn ôl cyfenw, dyddiad geni neu ID PNC</translation>
    </message>
    <message>
        <source>the team&apos;s users and roles (admin)</source>
        <translation>defnyddwyr a rolau&apos;r tîm (gweinyddwr)</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>rhestru defnyddwyr</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation>tynnu defnyddiwr</translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation>newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>set a user&apos;s passphrase with the recovery key</source>
        <translation>gosod cyfrinymadrodd defnyddiwr gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>erase a referral and everything held on it (decision-maker or admin)</source>
        <translation>dileu atgyfeiriad a phopeth a gedwir amdano (gwneuthurwr penderfyniadau neu weinyddwr)</translation>
    </message>
    <message>
        <source>why (kept in the audit log)</source>
        <translation>pam (fe&apos;i cedwir yn y log archwilio)</translation>
    </message>
    <message>
        <source>check the audit chain and show its last entries (admin)</source>
        <translation>gwirio&apos;r gadwyn archwilio a dangos ei chofnodion olaf (gweinyddwr)</translation>
    </message>
    <message>
        <source>cannot use the database: %1</source>
        <translation>nid oes modd defnyddio&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>database error, nothing was changed: %1</source>
        <translation>gwall cronfa ddata, ni newidiwyd dim: %1</translation>
    </message>
    <message>
        <source>check, preview and apply bundles from partners</source>
        <translation>gwirio, rhagweld a chymhwyso bwndeli gan bartneriaid</translation>
    </message>
    <message>
        <source>print what would change, change nothing</source>
        <translation>argraffu beth fyddai&apos;n newid, heb newid dim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Contract day</source>
        <translation>Diwrnod y contract</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Amodau a fodlonwyd</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Apwyntiad nesaf</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cydymffurfio</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>heb ei lofnodi</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>wedi cau</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>no contract</source>
        <translation>dim contract</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>rheolwr</translation>
    </message>
    <message>
        <source>keyworker</source>
        <translation>gweithiwr allweddol</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>yn weinyddwr</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>yn rheolwr</translation>
    </message>
    <message>
        <source>a keyworker</source>
        <translation>yn weithiwr allweddol</translation>
    </message>
</context>
<context>
    <name>CaseloadController</name>
    <message>
        <source>Loading the caseload…</source>
        <translation>Wrthi&apos;n agor y llwyth achosion…</translation>
    </message>
    <message>
        <source>The caseload could not be loaded.</source>
        <translation>Nid oedd modd agor y llwyth achosion.</translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts ({0})</source>
        <translation>⚠ &amp;Rhybuddion diogelwch ({0})</translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts</source>
        <translation>⚠ &amp;Rhybuddion diogelwch</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 o %2 o bobl</translation>
    </message>
    <message>
        <source>No one matches the search and filters.</source>
        <translation>Nid oes neb yn cyfateb i&apos;r chwiliad a&apos;r hidlwyr.</translation>
    </message>
    <message>
        <source>No one on this caseload yet. Add a referral with Ctrl+N.</source>
        <translation>Nid oes neb ar y llwyth achosion hwn eto. Ychwanegwch atgyfeiriad gyda Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>1 day left</source>
        <translation type="vanished">1 diwrnod ar ôl</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="vanished">%1 diwrnod ar ôl</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>heb ei lofnodi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>— starts when signed</source>
        <translation>— yn dechrau pan gaiff ei lofnodi</translation>
    </message>
    <message>
        <source>Compliance is judged once the contract is signed</source>
        <translation>Caiff cydymffurfiaeth ei hasesu unwaith y bydd y contract wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>{0}, safety alert</source>
        <translation>{0}, rhybudd diogelwch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Failed (non-compliance)</source>
        <translation>Wedi methu (diffyg cydymffurfio)</translation>
    </message>
    <message>
        <source>Failed (reoffended)</source>
        <translation>Wedi methu (aildroseddu)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract day</source>
        <translation>Diwrnod y contract</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Apwyntiad nesaf</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Presenoldeb diwethaf</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Amodau a fodlonwyd</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cydymffurfiaeth</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Dim contract</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 arall)</translation>
    </message>
    <message>
        <source>No contract has been offered: there is nothing to comply with yet</source>
        <translation>Does dim contract wedi&apos;i gynnig: does dim i gydymffurfio ag ef eto</translation>
    </message>
    <message>
        <source>— no contract yet</source>
        <translation>— dim contract eto</translation>
    </message>
    <message>
        <source>no further action</source>
        <translation>dim camau pellach</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cyhuddo</translation>
    </message>
    <message>
        <source>other disposal</source>
        <translation type="unfinished">gwarediad arall</translation>
    </message>
    <message>
        <source>force: %1</source>
        <translation>yr heddlu: %1</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {0}</source>
        <translation>Rôl {0}</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Rôl newydd</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>Rôl &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Newid y rôl</translation>
    </message>
    <message>
        <source>Now a {0}. The role is sealed into their key, so they get a new passphrase: give it to them in person. The database is re-keyed.</source>
        <translation type="unfinished">Bellach yn {0}. Mae&apos;r rôl wedi&apos;i selio yn eu hallwedd, felly maen nhw&apos;n cael cyfrinymadrodd newydd: rhowch ef iddyn nhw wyneb yn wyneb. Caiff allwedd y gronfa ddata ei newid.</translation>
    </message>
</context>
<context>
    <name>CloseContractDialog</name>
    <message>
        <source>Close the contract</source>
        <translation>Cau&apos;r contract</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problem gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Caewyd ar:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Close contract</source>
        <translation>Cau&apos;r contract</translation>
    </message>
    <message>
        <source>This contract is already closed.</source>
        <translation>Mae&apos;r contract hwn eisoes wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>Choose an outcome. A reason is required unless it is &apos;Completed&apos;.</source>
        <translation>Dewiswch ganlyniad. Mae angen rheswm oni bai mai &apos;Wedi&apos;i gwblhau&apos; ydyw.</translation>
    </message>
    <message>
        <source>A reason is required: the court may be told why the contract failed.</source>
        <translation>Mae angen rheswm: efallai y dywedir wrth y llys pam y methodd y contract.</translation>
    </message>
    <message>
        <source>A note is optional for a completed contract.</source>
        <translation>Mae nodyn yn ddewisol ar gyfer contract a gwblhawyd.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Dewiswch ganlyniad.</translation>
    </message>
    <message>
        <source>Give a reason for &apos;{0}&apos;.</source>
        <translation>Rhowch reswm dros &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— Heb ei ateb —</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>Not complying</source>
        <translation>Ddim yn cydymffurfio</translation>
    </message>
</context>
<context>
    <name>ConditionStatusDialog</name>
    <message>
        <source>Change condition status</source>
        <translation>Newid statws yr amod</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>&amp;Statws newydd:</translation>
    </message>
</context>
<context>
    <name>ConditionsTableModel</name>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Last evidence</source>
        <translation>Tystiolaeth ddiwethaf</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} o {target}</translation>
    </message>
    <message>
        <source>{done} of {target} {unit}</source>
        <translation type="vanished">{done} o {target} {unit}</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> (gorfodol)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
</context>
<context>
    <name>ContractTab</name>
    <message>
        <source>Si&amp;gn contract…</source>
        <translation>Llo&amp;fnodi&apos;r contract…</translation>
    </message>
    <message>
        <source>C&amp;lose contract…</source>
        <translation>Ca&amp;u&apos;r contract…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Newid y s&amp;tatws…</translation>
    </message>
    <message>
        <source>Add &amp;progress…</source>
        <translation>Ychwanegu cy&amp;nnydd…</translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation>Llofnodi&apos;r contract</translation>
    </message>
    <message>
        <source>Close contract</source>
        <translation>Cau&apos;r contract</translation>
    </message>
    <message>
        <source>Change condition status</source>
        <translation>Newid statws yr amod</translation>
    </message>
    <message>
        <source>Add progress to condition</source>
        <translation>Ychwanegu cynnydd at yr amod</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>Evidence for the selected condition</source>
        <translation>Tystiolaeth ar gyfer yr amod a ddewiswyd</translation>
    </message>
    <message>
        <source>Evidence: select a condition</source>
        <translation>Tystiolaeth: dewiswch amod</translation>
    </message>
    <message>
        <source>Contract: {0}</source>
        <translation>Contract: {0}</translation>
    </message>
    <message>
        <source>No contract signed yet: sign one to set the conditions.</source>
        <translation>Nid oes contract wedi&apos;i lofnodi eto: llofnodwch un i bennu&apos;r amodau.</translation>
    </message>
    <message>
        <source>(paused since {0})</source>
        <translation>(wedi&apos;i oedi ers {0})</translation>
    </message>
    <message>
        <source>Evidence for &apos;{0}&apos; ({1})</source>
        <translation>Tystiolaeth ar gyfer &apos;{0}&apos; ({1})</translation>
    </message>
    <message>
        <source>&amp;Vary contract…</source>
        <translation>Amrywio&apos;r &amp;contract…</translation>
    </message>
    <message>
        <source>(paused since {0:%d %b %Y})</source>
        <translation type="vanished">(wedi&apos;i oedi ers {0:%d %b %Y})</translation>
    </message>
    <message>
        <source>Counted from attended {0} sessions: record the session instead.</source>
        <translation>Wedi&apos;i gyfrif o sesiynau {0} a fynychwyd: cofnodwch y sesiwn yn lle hynny.</translation>
    </message>
    <message>
        <source>Vary contract</source>
        <translation>Amrywio&apos;r contract</translation>
    </message>
    <message>
        <source>Victi&amp;m contact…</source>
        <translation type="unfinished">Cyswllt â&apos;r dioddef&amp;wr…</translation>
    </message>
    <message>
        <source>Victim contact for the condition</source>
        <translation>Cyswllt â&apos;r dioddefwr ar gyfer yr amod</translation>
    </message>
    <message>
        <source>The victim&apos;s wishes, the contact made and its outcome, for a victim-related condition</source>
        <translation>Dymuniadau&apos;r dioddefwr, y cyswllt a wnaed a&apos;i ganlyniad, ar gyfer amod sy&apos;n ymwneud â dioddefwr</translation>
    </message>
    <message>
        <source>Victim contact for the selected condition</source>
        <translation>Cyswllt â&apos;r dioddefwr ar gyfer yr amod a ddewiswyd</translation>
    </message>
    <message>
        <source>Victim: wishes not recorded yet</source>
        <translation>Dioddefwr: dymuniadau heb eu cofnodi eto</translation>
    </message>
    <message>
        <source>Victim: {0}</source>
        <translation>Dioddefwr: {0}</translation>
    </message>
    <message>
        <source>; contact made {0} ({1})</source>
        <translation>; cyswllt wedi&apos;i wneud {0} ({1})</translation>
    </message>
    <message>
        <source>; outcome recorded</source>
        <translation>; canlyniad wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Active contracts</source>
        <translation>Contractau gweithredol</translation>
    </message>
    <message>
        <source>Contracts signed and not yet closed</source>
        <translation>Contractau sydd wedi&apos;u llofnodi a heb eu cau eto</translation>
    </message>
    <message>
        <source>At risk or not complying</source>
        <translation>Mewn perygl neu ddim yn cydymffurfio</translation>
    </message>
    <message>
        <source>Active contracts whose compliance is at risk or not complying</source>
        <translation>Contractau gweithredol sydd mewn perygl neu ddim yn cydymffurfio</translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation>Yn dod i ben o fewn 14 diwrnod</translation>
    </message>
    <message>
        <source>Active contracts ending in 14 days or less</source>
        <translation>Contractau gweithredol sy&apos;n dod i ben ymhen 14 diwrnod neu lai</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Adroddiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Active contracts that were active last month: a monthly return is due</source>
        <translation>Contractau gweithredol a oedd yn weithredol y mis diwethaf: mae adroddiad misol yn ddyledus</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F; Enter opens the first; Esc clears)</source>
        <translation>Chwilio yn ôl enw neu gyfeirnod (Ctrl+F; mae Enter yn agor y cyntaf; mae Esc yn clirio)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Mynd i&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb eu neilltuo</translation>
    </message>
    <message>
        <source>Whose caseload</source>
        <translation type="unfinished">Llwyth achosion pwy</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Current (not ended)</source>
        <translation>Cyfredol (heb ddod i ben)</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Pob contract</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Offered, not signed</source>
        <translation>Wedi&apos;i gynnig, heb ei lofnodi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Dim contract</translation>
    </message>
    <message>
        <source>Contract state filter</source>
        <translation>Hidlydd cyflwr y contract</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>C&amp;ontract:</translation>
    </message>
    <message>
        <source>Any compliance</source>
        <translation>Unrhyw gydymffurfiaeth</translation>
    </message>
    <message>
        <source>At risk or worse</source>
        <translation>Mewn perygl neu waeth</translation>
    </message>
    <message>
        <source>Not complying</source>
        <translation>Ddim yn cydymffurfio</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation>Hidlydd cydymffurfiaeth</translation>
    </message>
    <message>
        <source>C&amp;ompliance:</source>
        <translation>C&amp;ydymffurfiaeth:</translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts</source>
        <translation>⚠ &amp;Rhybuddion diogelwch</translation>
    </message>
    <message>
        <source>Show only people with a safety alert</source>
        <translation>Dangos dim ond pobl sydd â rhybudd diogelwch</translation>
    </message>
    <message>
        <source>People with a safety concern (e.g. PHQ-9 item 9) that nobody has recorded an action for yet</source>
        <translation>Pobl sydd â phryder diogelwch (e.e. eitem 9 PHQ-9) nad oes neb wedi cofnodi cam gweithredu ar ei gyfer eto</translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Pobl a ddangosir</translation>
    </message>
    <message>
        <source>Assign &amp;keyworker…</source>
        <translation>Neilltuo &amp;gweithiwr allweddol…</translation>
    </message>
    <message>
        <source>Assign a keyworker to the selected person</source>
        <translation>Neilltuo gweithiwr allweddol i&apos;r unigolyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Newly assigned to you</source>
        <translation>Newydd eu neilltuo i chi</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Dewis o galendr</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation>Rhif PNC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Iaith a ffefrir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnigrwydd</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Enw cyntaf:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Cyfenw:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>Force reference:</source>
        <translation>Cyfeirnod yr heddlu:</translation>
    </message>
    <message>
        <source>PNC ID:</source>
        <translation>Rhif PNC:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Rhyw:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Ethnigrwydd:</translation>
    </message>
    <message>
        <source>Problem saving details</source>
        <translation>Problem wrth gadw&apos;r manylion</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Ca&amp;dw&apos;r manylion</translation>
    </message>
    <message>
        <source>Save personal details</source>
        <translation>Cadw&apos;r manylion personol</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation>Rhannu gyda&apos;r heddlu</translation>
    </message>
    <message>
        <source>National treatment reporting (NDTMS)</source>
        <translation type="unfinished">Adrodd cenedlaethol ar driniaeth (NDTMS)</translation>
    </message>
    <message>
        <source>Sharing agreement reference</source>
        <translation>Cyfeirnod y cytundeb rhannu</translation>
    </message>
    <message>
        <source>Police sharing:</source>
        <translation>Rhannu gyda&apos;r heddlu:</translation>
    </message>
    <message>
        <source>Agreement ref.:</source>
        <translation>Cyf. y cytundeb:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Cofnodwyd:</translation>
    </message>
    <message>
        <source>Problem saving consent</source>
        <translation>Problem wrth gadw&apos;r cydsyniad</translation>
    </message>
    <message>
        <source>Save &amp;consent</source>
        <translation>Cadw&apos;r cydsy&amp;niad</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Cadw&apos;r cydsyniad</translation>
    </message>
    <message>
        <source>Referral (read-only)</source>
        <translation>Atgyfeiriad (darllen yn unig)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Eligibility answers</source>
        <translation>Atebion cymhwystra</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>No referral recorded.</source>
        <translation>Dim atgyfeiriad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Trosedd</translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation>Dyddiad y drosedd</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message numerus="yes">
        <source>Eligible by manager override of %n failed answer(s).</source>
        <translation>
            <numerusform>Cymwys drwy i reolwr ddiystyru %n ateb a fethodd.</numerusform>
            <numerusform>Cymwys drwy i reolwr ddiystyru %n ateb a fethodd.</numerusform>
            <numerusform>Cymwys drwy i reolwr ddiystyru %n ateb a fethodd.</numerusform>
            <numerusform>Cymwys drwy i reolwr ddiystyru %n ateb a fethodd.</numerusform>
            <numerusform>Cymwys drwy i reolwr ddiystyru %n ateb a fethodd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n answer(s) failed (recorded at referral).</source>
        <translation>
            <numerusform>Ddim yn gymwys: methodd %n ateb (wedi&apos;u cofnodi adeg yr atgyfeirio).</numerusform>
            <numerusform>Ddim yn gymwys: methodd %n ateb (wedi&apos;i gofnodi adeg yr atgyfeirio).</numerusform>
            <numerusform>Ddim yn gymwys: methodd %n ateb (wedi&apos;u cofnodi adeg yr atgyfeirio).</numerusform>
            <numerusform>Ddim yn gymwys: methodd %n ateb (wedi&apos;u cofnodi adeg yr atgyfeirio).</numerusform>
            <numerusform>Ddim yn gymwys: methodd %n ateb (wedi&apos;u cofnodi adeg yr atgyfeirio).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible: 1 answer failed (recorded at referral).</source>
        <translation type="vanished">Ddim yn gymwys: methodd 1 ateb (wedi&apos;i gofnodi adeg yr atgyfeirio).</translation>
    </message>
    <message>
        <source>Not eligible: {0} answers failed (recorded at referral).</source>
        <translation type="vanished">Ddim yn gymwys: methodd {0} ateb (wedi&apos;u cofnodi adeg yr atgyfeirio).</translation>
    </message>
    <message>
        <source>Eligibility not yet screened: no answers recorded.</source>
        <translation>Heb sgrinio cymhwystra eto: dim atebion wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Eligibility screening incomplete: {0} of {1} questions answered, none failed.</source>
        <translation>Sgrinio cymhwystra heb ei gwblhau: atebwyd {0} o {1} cwestiwn, ni fethodd yr un.</translation>
    </message>
    <message>
        <source>Eligible: every answer passes.</source>
        <translation>Cymwys: mae pob ateb yn pasio.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <source>force reference</source>
        <translation>cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Required: {0}.</source>
        <translation>Gofynnol: {0}.</translation>
    </message>
    <message>
        <source>Date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <source>Date of birth {0}.</source>
        <translation>Dyddiad geni {0}.</translation>
    </message>
    <message>
        <source>Eligible by manager override of {0} failed answer(s).</source>
        <translation type="vanished">Cymwys drwy i reolwr ddiystyru {0} ateb a fethodd.</translation>
    </message>
    <message>
        <source>Force&apos;s decision</source>
        <translation>Penderfyniad yr heddlu</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Hunaniaeth rhywedd</translation>
    </message>
    <message>
        <source>Gender identity:</source>
        <translation>Hunaniaeth rhywedd:</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Anabledd</translation>
    </message>
    <message>
        <source>Disability:</source>
        <translation>Anabledd:</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>GP practice:</source>
        <translation>Meddygfa:</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation>Enw&apos;r cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>Ffôn y cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relationship</source>
        <translation>Perthynas y cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Cyswllt mewn argyfwng:</translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation>Eu ffôn:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Perthynas:</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Yr wyth&amp;nos hon</translation>
    </message>
    <message>
        <source>Show today&apos;s appointments</source>
        <translation>Dangos apwyntiadau heddiw</translation>
    </message>
    <message>
        <source>Show this week&apos;s appointments</source>
        <translation>Dangos apwyntiadau&apos;r wythnos hon</translation>
    </message>
    <message>
        <source>Only those needing &amp;attention</source>
        <translation>Dim ond y rhai sydd angen &amp;sylw</translation>
    </message>
    <message>
        <source>Show only missed appointments and those without an outcome</source>
        <translation>Dangos dim ond apwyntiadau a gollwyd a&apos;r rhai heb ganlyniad</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dyddiadau a ddangosir</translation>
    </message>
    <message>
        <source>Diary summary</source>
        <translation>Crynodeb y dyddiadur</translation>
    </message>
    <message>
        <source>Problem loading the diary</source>
        <translation>Problem wrth lwytho&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>Cofnodi&apos;r ca&amp;nlyniad…</translation>
    </message>
    <message>
        <source>Record outcome of the selected appointment</source>
        <translation>Cofnodi canlyniad yr apwyntiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Record the outcome (Enter on a row)</source>
        <translation>Cofnodi&apos;r canlyniad (Enter ar res)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Ago&amp;r y cofnod</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s record</source>
        <translation>Agor cofnod yr unigolyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <source>Refresh the diary</source>
        <translation>Adnewyddu&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Week of {0} to {1}</source>
        <translation>Wythnos {0} i {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) · {missed} missed · {overdue} past without an outcome</source>
        <translation>
            <numerusform>%n apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</numerusform>
            <numerusform>%n apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</numerusform>
            <numerusform>%n apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</numerusform>
            <numerusform>%n apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</numerusform>
            <numerusform>%n apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} appointment(s) · {missed} missed · {overdue} past without an outcome</source>
        <translation type="vanished">{n} apwyntiad · {missed} wedi&apos;u colli · {overdue} wedi mynd heibio heb ganlyniad</translation>
    </message>
</context>
<context>
    <name>DisableUserDialog</name>
    <message>
        <source>Disable {0}</source>
        <translation>Analluogi {0}</translation>
    </message>
    <message>
        <source>Give their caseload to</source>
        <translation>Rhoi eu llwyth achosion i</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Analluogi</translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in. The account is kept, since records and the audit log name them; the database is re-keyed.</source>
        <translation>Ni fydd {0} yn gallu mewngofnodi mwyach. Caiff y cyfrif ei gadw, gan fod cofnodion a&apos;r log archwilio yn eu henwi; caiff allwedd y gronfa ddata ei newid.</translation>
    </message>
    <message>
        <source>&amp;Give their {0} people to:</source>
        <translation>&amp;Rhoi eu {0} o bobl i:</translation>
    </message>
    <message>
        <source>Add another keyworker first: their caseload needs someone.</source>
        <translation>Ychwanegwch weithiwr allweddol arall yn gyntaf: mae angen rhywun ar eu llwyth achosion.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Aged 18 or over</source>
        <translation>Yn 18 oed neu&apos;n hŷn</translation>
    </message>
    <message>
        <source>Offence committed in the force area</source>
        <translation>Trosedd a gyflawnwyd yn ardal yr heddlu</translation>
    </message>
    <message>
        <source>Offence less than 3 months old</source>
        <translation>Llai na 3 mis ers y drosedd</translation>
    </message>
    <message>
        <source>Admission, or &apos;no reply&apos; interview with enough evidence to charge</source>
        <translation>Cyfaddefiad, neu gyfweliad &apos;dim ateb&apos; gyda digon o dystiolaeth i gyhuddo</translation>
    </message>
    <message>
        <source>Hate crime</source>
        <translation>Trosedd casineb</translation>
    </message>
    <message>
        <source>Held for court or under the Mental Health Act</source>
        <translation type="unfinished">Yn y ddalfa ar gyfer y llys neu o dan y Ddeddf Iechyd Meddwl</translation>
    </message>
    <message>
        <source>Under a court order, suspended sentence or conditional discharge</source>
        <translation>O dan orchymyn llys, dedfryd ohiriedig neu ryddhad amodol</translation>
    </message>
    <message>
        <source>Case has a co-accused</source>
        <translation>Mae cyd-ddiffynnydd yn yr achos</translation>
    </message>
    <message>
        <source>On bail for other matters</source>
        <translation>Ar fechnïaeth am faterion eraill</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A contract that is {state!l} cannot become {new_state!l}</source>
        <translation>Ni ellir newid cyflwr contract o &apos;{state}&apos; i &apos;{new_state}&apos;</translation>
    </message>
    <message>
        <source>Give a reason for &apos;{new_state}&apos;</source>
        <translation>Rhowch reswm dros &apos;{new_state}&apos;</translation>
    </message>
    <message>
        <source>A contract cannot close before it was signed</source>
        <translation>Ni all contract gau cyn iddo gael ei lofnodi</translation>
    </message>
    <message>
        <source>A contract that is {state!l} cannot be signed</source>
        <translation>Ni ellir llofnodi contract yn y cyflwr &apos;{state}&apos;</translation>
    </message>
    <message>
        <source>The end date must be after the signing date</source>
        <translation>Rhaid i&apos;r dyddiad gorffen fod ar ôl y dyddiad llofnodi</translation>
    </message>
    <message>
        <source>Community hours must be between {low} and {high}</source>
        <translation>Rhaid i&apos;r oriau cymunedol fod rhwng {low} a {high}</translation>
    </message>
    <message>
        <source>A target must be more than zero</source>
        <translation>Rhaid i darged fod yn fwy na sero</translation>
    </message>
    <message>
        <source>Progress cannot be negative</source>
        <translation>Ni all y cynnydd fod yn negatif</translation>
    </message>
    <message>
        <source>Evidence is required to change a condition&apos;s status</source>
        <translation>Mae angen tystiolaeth i newid statws amod</translation>
    </message>
    <message>
        <source>The offending condition cannot be waived</source>
        <translation>Ni ellir hepgor yr amod dim aildroseddu</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no numeric target</source>
        <translation>Nid oes gan &apos;{title}&apos; darged rhifol</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is counted from attended {kind!l} sessions; record the session instead</source>
        <translation type="unfinished">Caiff &apos;{title}&apos; ei gyfrif o&apos;r sesiynau &apos;{kind}&apos; a fynychwyd; cofnodwch y sesiwn yn lle hynny</translation>
    </message>
    <message>
        <source>Progress to add must be more than zero</source>
        <translation>Rhaid i&apos;r cynnydd i&apos;w ychwanegu fod yn fwy na sero</translation>
    </message>
    <message>
        <source>Every contract includes the no-reoffending condition</source>
        <translation>Mae pob contract yn cynnwys yr amod dim aildroseddu</translation>
    </message>
    <message>
        <source>The no-reoffending condition is included once</source>
        <translation>Caiff yr amod dim aildroseddu ei gynnwys unwaith yn unig</translation>
    </message>
    <message>
        <source>A contract has at most {most} conditions; {chosen} are chosen</source>
        <translation>Gall contract gynnwys {most} amod ar y mwyaf; dewiswyd {chosen}</translation>
    </message>
    <message>
        <source>Give a reason for the variation</source>
        <translation>Rhowch reswm dros yr amrywiad</translation>
    </message>
    <message>
        <source>Only an active contract can be varied; this one is {state!l}</source>
        <translation>Dim ond contract gweithredol y gellir ei amrywio; mae hwn yn y cyflwr &apos;{state}&apos;</translation>
    </message>
    <message>
        <source>A variation cannot be dated before the contract was signed</source>
        <translation>Ni ellir dyddio amrywiad cyn i&apos;r contract gael ei lofnodi</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no numeric target to vary</source>
        <translation>Nid oes gan &apos;{title}&apos; darged rhifol i&apos;w amrywio</translation>
    </message>
    <message>
        <source>Nothing to vary: give a new wording or target</source>
        <translation>Dim i&apos;w amrywio: rhowch eiriad neu darged newydd</translation>
    </message>
    <message>
        <source>The no-reoffending condition cannot be withdrawn</source>
        <translation>Ni ellir tynnu&apos;r amod dim aildroseddu yn ôl</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; was withdrawn already</source>
        <translation type="unfinished">Mae &apos;{title}&apos; wedi&apos;i dynnu&apos;n ôl eisoes</translation>
    </message>
    <message>
        <source>The new end date must be after the current one ({end})</source>
        <translation>Rhaid i&apos;r dyddiad gorffen newydd fod ar ôl yr un presennol ({end})</translation>
    </message>
    <message>
        <source>The scheme allows a contract of at most {days} days: it must end by {latest}</source>
        <translation>Mae&apos;r cynllun yn caniatáu contract o {days} diwrnod ar y mwyaf: rhaid iddo ddod i ben erbyn {latest}</translation>
    </message>
    <message>
        <source>The contract is paused already, since {since}</source>
        <translation>Mae&apos;r contract wedi&apos;i oedi eisoes, ers {since}</translation>
    </message>
    <message>
        <source>The contract is not paused</source>
        <translation>Nid yw&apos;r contract wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>A contract cannot resume before it was paused</source>
        <translation>Ni all contract ailddechrau cyn iddo gael ei oedi</translation>
    </message>
    <message>
        <source>Only a manager can override a failed eligibility criterion</source>
        <translation>Dim ond rheolwr all ddiystyru maen prawf cymhwystra a fethwyd</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; passes; there is nothing to override</source>
        <translation>Mae &apos;{question}&apos; wedi&apos;i fodloni; nid oes dim i&apos;w ddiystyru</translation>
    </message>
    <message>
        <source>Write the reason for overriding &apos;{question}&apos;</source>
        <translation>Ysgrifennwch y rheswm dros ddiystyru &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>Attendance cannot be recorded for an appointment that has not happened yet</source>
        <translation>Ni ellir cofnodi presenoldeb ar gyfer apwyntiad nad yw wedi digwydd eto</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>dywedwch beth a wnaed</translation>
    </message>
    <message>
        <source>say why no action is needed</source>
        <translation>dywedwch pam nad oes angen gweithredu</translation>
    </message>
    <message>
        <source>what was done is at most {most} characters</source>
        <translation>gall disgrifiad o&apos;r hyn a wnaed fod yn {most} nod ar y mwyaf</translation>
    </message>
    <message>
        <source>there is no safety alert to acknowledge</source>
        <translation>nid oes rhybudd diogelwch i&apos;w gydnabod</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>mae&apos;r cyfnod yn dod i ben ({end}) cyn iddo ddechrau ({start})</translation>
    </message>
    <message>
        <source>no signing key: create or import one first (checkpoint-desk cert create)</source>
        <translation>dim allwedd llofnodi: crëwch neu fewnforiwch un yn gyntaf (checkpoint-desk cert create)</translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed: record a correction instead</source>
        <translation>Ni ellir newid asesiad sydd wedi&apos;i gwblhau: cofnodwch gywiriad yn lle hynny</translation>
    </message>
    <message>
        <source>This assessment uses {instrument} version {version}, not {definition} version {definition_version}</source>
        <translation>Mae&apos;r asesiad hwn yn defnyddio {instrument} fersiwn {version}, nid {definition} fersiwn {definition_version}</translation>
    </message>
    <message>
        <source>Only a completed assessment needs a correction: edit the draft instead</source>
        <translation>Dim ond asesiad sydd wedi&apos;i gwblhau sydd angen cywiriad: golygwch y drafft yn lle hynny</translation>
    </message>
    <message>
        <source>A completed assessment cannot be saved as a draft</source>
        <translation>Ni ellir cadw asesiad sydd wedi&apos;i gwblhau fel drafft</translation>
    </message>
    <message>
        <source>This assessment has already been corrected: correct the latest version</source>
        <translation>Mae&apos;r asesiad hwn wedi&apos;i gywiro eisoes: cywirwch y fersiwn ddiweddaraf</translation>
    </message>
    <message>
        <source>A correction of this assessment is already in draft: open it to carry on</source>
        <translation>Mae cywiriad o&apos;r asesiad hwn eisoes ar ffurf drafft: agorwch ef i barhau</translation>
    </message>
    <message>
        <source>This assessment belongs to someone else</source>
        <translation>Mae&apos;r asesiad hwn yn perthyn i rywun arall</translation>
    </message>
    <message>
        <source>Victim contact is recorded only for a victim-related condition</source>
        <translation>Dim ond ar gyfer amod sy&apos;n ymwneud â dioddefwr y cofnodir cyswllt â dioddefwr</translation>
    </message>
    <message>
        <source>{name} is not an active user and cannot sign returns</source>
        <translation>Nid yw {name} yn ddefnyddiwr gweithredol ac ni all lofnodi adroddiadau</translation>
    </message>
    <message>
        <source>Only a manager can sign returns; {name} is a {role}</source>
        <translation type="unfinished">Dim ond rheolwr all lofnodi adroddiadau; rôl {name} yw {role}</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Dadansoddiad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>amh.</translation>
    </message>
    <message>
        <source>Hidden in published figures: a small number, or one that would reveal one</source>
        <translation>Wedi&apos;i guddio yn y ffigurau a gyhoeddir: nifer fach, neu un a fyddai&apos;n datgelu un</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Checkpoint Desk — first run</source>
        <translation>Checkpoint Desk — y tro cyntaf</translation>
    </message>
</context>
<context>
    <name>IdentitySetupDialog</name>
    <message>
        <source>Set up the signing key for returns</source>
        <translation>Gosod yr allwedd llofnodi ar gyfer adroddiadau</translation>
    </message>
    <message>
        <source>Returns to the force are signed with the organisation&apos;s key. There is none in this case store yet. Create one now (the force is sent its certificate to trust), or import the file a certificate authority issued to the organisation.</source>
        <translation>Caiff adroddiadau i&apos;r heddlu eu llofnodi ag allwedd y sefydliad. Nid oes un yn y storfa achosion hon eto. Crëwch un nawr (anfonir ei thystysgrif at yr heddlu i ymddiried ynddi), neu mewnforiwch y ffeil a roddodd awdurdod tystysgrifau i&apos;r sefydliad.</translation>
    </message>
    <message>
        <source>&amp;Create a key and certificate for the organisation</source>
        <translation>&amp;Creu allwedd a thystysgrif ar gyfer y sefydliad</translation>
    </message>
    <message>
        <source>&amp;Import a PKCS#12 file (.p12 or .pfx)</source>
        <translation>&amp;Mewnforio ffeil PKCS#12 (.p12 neu .pfx)</translation>
    </message>
    <message>
        <source>Organisation name on the certificate</source>
        <translation>Enw&apos;r sefydliad ar y dystysgrif</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Ffeil PKCS#12</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Cyfrinair PKCS#12</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Cyfrinair:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Ffeiliau PKCS#12 (*.p12 *.pfx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>⚠ Type the organisation&apos;s name.</source>
        <translation>⚠ Teipiwch enw&apos;r sefydliad.</translation>
    </message>
    <message>
        <source>⚠ Choose the PKCS#12 file.</source>
        <translation>⚠ Dewiswch y ffeil PKCS#12.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Bundles from the force</source>
        <translation>Bwndeli gan yr heddlu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n newid i&apos;w cymhwyso</numerusform>
            <numerusform>%n newid i&apos;w gymhwyso</numerusform>
            <numerusform>%n newid i&apos;w cymhwyso</numerusform>
            <numerusform>%n newid i&apos;w cymhwyso</numerusform>
            <numerusform>%n newid i&apos;w cymhwyso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) will be kept for you to decide</source>
        <translation>
            <numerusform>; caiff %n achos o wrthdaro eu cadw i chi benderfynu</numerusform>
            <numerusform>; caiff %n achos o wrthdaro ei gadw i chi benderfynu</numerusform>
            <numerusform>; caiff %n achos o wrthdaro eu cadw i chi benderfynu</numerusform>
            <numerusform>; caiff %n achos o wrthdaro eu cadw i chi benderfynu</numerusform>
            <numerusform>; caiff %n achos o wrthdaro eu cadw i chi benderfynu</numerusform>
        </translation>
    </message>
    <message>
        <source>, nothing of ours is overwritten</source>
        <translation>, ni chaiff dim o&apos;n cofnodion ni ei drosysgrifo</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) refused</source>
        <translation>
            <numerusform>; gwrthodwyd %n ffeil</numerusform>
            <numerusform>; gwrthodwyd %n ffeil</numerusform>
            <numerusform>; gwrthodwyd %n ffeil</numerusform>
            <numerusform>; gwrthodwyd %n ffeil</numerusform>
            <numerusform>; gwrthodwyd %n ffeil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n bundle(s)</source>
        <translation>
            <numerusform>Cymhwyso %n bwndel</numerusform>
            <numerusform>Cymhwyso %n bwndel</numerusform>
            <numerusform>Cymhwyso %n bwndel</numerusform>
            <numerusform>Cymhwyso %n bwndel</numerusform>
            <numerusform>Cymhwyso %n bwndel</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
</context>
<context>
    <name>ImprovementSummary</name>
    <message>
        <source>&lt;b&gt;Improvement between start and exit: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gwelliant rhwng y dechrau a&apos;r diwedd: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the whole service</source>
        <translation>y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>your caseload</source>
        <translation>eich llwyth achosion</translation>
    </message>
    <message>
        <source>Problem loading the summary</source>
        <translation>Problem wrth lwytho&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Improvement by instrument</source>
        <translation>Gwelliant fesul offeryn</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} people improved by {3} or more points ({4:.0%}).</source>
        <translation>{0}: gwellodd {1} o {2} o bobl {3} pwynt neu fwy ({4:.0%}).</translation>
    </message>
    <message>
        <source>No one has both a start and an exit score yet.</source>
        <translation>Nid oes gan neb sgôr dechrau a sgôr gadael eto.</translation>
    </message>
    <message>
        <source>People by change between start and exit</source>
        <translation>Pobl yn ôl y newid rhwng y dechrau a&apos;r diwedd</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Yn waeth</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
</context>
<context>
    <name>ImprovementTableModel</name>
    <message>
        <source>Instrument</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Yn waeth</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>Cyfran a wellodd</translation>
    </message>
    <message>
        <source>Without start and exit</source>
        <translation>Heb sgôr dechrau a gadael</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>(optional)</source>
        <translation>(dewisol)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Item {0} declined</source>
        <translation>Gwrthodwyd eitem {0}</translation>
    </message>
    <message>
        <source>The person chose not to answer this question</source>
        <translation>Dewisodd yr unigolyn beidio ag ateb y cwestiwn hwn</translation>
    </message>
    <message>
        <source>Item {0}</source>
        <translation>Eitem {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Failed (non-compliance)</source>
        <translation>Wedi methu (diffyg cydymffurfio)</translation>
    </message>
    <message>
        <source>Failed (reoffended)</source>
        <translation>Wedi methu (aildroseddu)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>No reoffending</source>
        <translation>Dim aildroseddu</translation>
    </message>
    <message>
        <source>Victim / restorative approach</source>
        <translation>Dioddefwr / dull adferol</translation>
    </message>
    <message>
        <source>Pathway intervention</source>
        <translation>Ymyrraeth llwybr</translation>
    </message>
    <message>
        <source>Community hours</source>
        <translation>Oriau cymunedol</translation>
    </message>
    <message>
        <source>GPS tag</source>
        <translation>Tag GPS</translation>
    </message>
    <message>
        <source>Victim awareness course</source>
        <translation>Cwrs ymwybyddiaeth dioddefwyr</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>Llythyr ymddiheuro</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>Keywork</source>
        <translation>Sesiwn gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Asiantaeth bartner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Attended late</source>
        <translation>Yn bresennol yn hwyr</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Ddim yn bresennol</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Canslwyd gan yr unigolyn</translation>
    </message>
    <message>
        <source>Cancelled by the service</source>
        <translation>Canslwyd gan y gwasanaeth</translation>
    </message>
    <message>
        <source>Progress only</source>
        <translation>Cynnydd yn unig</translation>
    </message>
    <message>
        <source>Progress and clinical detail</source>
        <translation>Cynnydd a manylion clinigol</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Cyffuriau</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Cyflogaeth a hyfforddiant</translation>
    </message>
    <message>
        <source>Relationships and family</source>
        <translation>Perthnasoedd a theulu</translation>
    </message>
    <message>
        <source>Exploitation and victimisation</source>
        <translation>Camfanteisio ac erledigaeth</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Ymadael</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Ni dderbyniwyd</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Wants contact</source>
        <translation>Eisiau cyswllt</translation>
    </message>
    <message>
        <source>Does not want contact</source>
        <translation>Ddim eisiau cyswllt</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>llythyr</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ffôn</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <source>through the police</source>
        <translation>drwy&apos;r heddlu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>Safety plan made</source>
        <translation>Gwnaed cynllun diogelwch</translation>
    </message>
    <message>
        <source>GP contacted</source>
        <translation>Cysylltwyd â&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Crisis team contacted</source>
        <translation>Cysylltwyd â&apos;r tîm argyfwng</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Dim angen gweithredu</translation>
    </message>
    <message>
        <source>Contract start notice</source>
        <translation>Hysbysiad dechrau contract</translation>
    </message>
    <message>
        <source>Monthly progress return</source>
        <translation>Adroddiad cynnydd misol</translation>
    </message>
    <message>
        <source>Non-compliance notice</source>
        <translation>Hysbysiad diffyg cydymffurfio</translation>
    </message>
    <message>
        <source>Final outcome return</source>
        <translation>Adroddiad canlyniad terfynol</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>The system&apos;s language (now %1)</source>
        <translation>Iaith y system (%1 ar hyn o bryd)</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>The language of Checkpoint Desk&apos;s windows:</source>
        <translation>Iaith ffenestri Checkpoint Desk:</translation>
    </message>
    <message>
        <source>The new language is used the next time Checkpoint Desk starts. Returns and papers keep the language chosen for each force and person.</source>
        <translation>Caiff yr iaith newydd ei defnyddio y tro nesaf y bydd Checkpoint Desk yn dechrau. Mae adroddiadau a phapurau yn cadw&apos;r iaith a ddewiswyd ar gyfer pob heddlu ac unigolyn.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint Desk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mae Checkpoint Desk wedi&apos;i gloi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1.
Enter your passphrase to carry on where you left off.</source>
        <translation>Wedi mewngofnodi fel %1.
Rhowch eich cyfrinymadrodd i barhau o&apos;r man lle roeddech chi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Cyfrinymadrodd %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) kept: they will be there when you unlock.</source>
        <translation type="unfinished">
            <numerusform>Mae %n golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.</numerusform>
            <numerusform>Mae %n golygiad heb ei gadw yn dal ar gael: bydd yno pan fyddwch yn datgloi.</numerusform>
            <numerusform>Mae %n golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.</numerusform>
            <numerusform>Mae %n golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.</numerusform>
            <numerusform>Mae %n golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 unsaved edit kept: it will be there when you unlock.</source>
        <translation type="vanished">Mae 1 golygiad heb ei gadw yn dal ar gael: bydd yno pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>%1 unsaved edits kept: they will be there when you unlock.</source>
        <translation type="obsolete">Mae %1 golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not check the passphrase.</source>
        <translation>Nid oedd modd gwirio&apos;r cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checkpoint Desk — %1</source>
        <translation>Checkpoint Desk — %1</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Man gwaith</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>Atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;Cofnodi sesiwn…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hwilio</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Dyddiadur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation>Yr &amp;unigolyn nesaf</translation>
    </message>
    <message>
        <source>Pre&amp;vious person</source>
        <translation>Yr unigolyn &amp;blaenorol</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Ca&amp;u&apos;r tab</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Hide everyone&apos;s data until your passphrase is entered</source>
        <translation>Cuddio data pawb nes y rhoddir eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Ne&amp;wid defnyddiwr…</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in, without quitting</source>
        <translation>Allgofnodi a gadael i rywun arall fewngofnodi, heb gau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Wedi mewngofnodi fel %1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Y defnyddiwr sydd wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation>Ffolder y storfa achosion</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>The person&apos;s record is not available in this build yet.</source>
        <translation type="vanished">Nid yw cofnod yr unigolyn ar gael yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>The diary is not available in this build yet.</source>
        <translation type="vanished">Nid yw&apos;r dyddiadur ar gael yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="vanished">Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>The referral form is not available in this build yet.</source>
        <translation type="vanished">Nid yw&apos;r ffurflen atgyfeirio ar gael yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>Choose a person first (arrow keys, then Ctrl+R).</source>
        <translation>Dewiswch unigolyn yn gyntaf (bysellau saeth, yna Ctrl+R).</translation>
    </message>
    <message>
        <source>Recording a session is not available in this build yet.</source>
        <translation type="vanished">Nid yw cofnodi sesiwn ar gael yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>Checkpoint Desk — locked</source>
        <translation>Checkpoint Desk — wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message numerus="yes">
        <source>%n open editor(s) have unsaved changes. Close and lose them?</source>
        <translation>
            <numerusform>Mae newidiadau heb eu cadw mewn %n golygydd sydd ar agor. Cau a&apos;u colli?</numerusform>
            <numerusform>Mae newidiadau heb eu cadw mewn golygydd sydd ar agor. Cau a&apos;u colli?</numerusform>
            <numerusform>Mae newidiadau heb eu cadw mewn %n golygydd sydd ar agor. Cau a&apos;u colli?</numerusform>
            <numerusform>Mae newidiadau heb eu cadw mewn %n golygydd sydd ar agor. Cau a&apos;u colli?</numerusform>
            <numerusform>Mae newidiadau heb eu cadw mewn %n golygydd sydd ar agor. Cau a&apos;u colli?</numerusform>
        </translation>
    </message>
    <message>
        <source>An open editor has unsaved changes. Close and lose them?</source>
        <translation type="vanished">Mae newidiadau heb eu cadw mewn golygydd sydd ar agor. Cau a&apos;u colli?</translation>
    </message>
    <message>
        <source>%1 open editors have unsaved changes. Close and lose them?</source>
        <translation type="vanished">Mae newidiadau heb eu cadw mewn %1 golygydd sydd ar agor. Cau a&apos;u colli?</translation>
    </message>
</context>
<context>
    <name>MakeReplicaDialog</name>
    <message>
        <source>Make a replica</source>
        <translation>Gwneud copi</translation>
    </message>
    <message>
        <source>e.g. Kim laptop, Desk 2</source>
        <translation>e.e. Gliniadur Kim, Desg 2</translation>
    </message>
    <message>
        <source>The whole service (a desk)</source>
        <translation>Y gwasanaeth cyfan (desg)</translation>
    </message>
    <message>
        <source>One keyworker&apos;s caseload only (a laptop)</source>
        <translation>Llwyth achosion un gweithiwr allweddol yn unig (gliniadur)</translation>
    </message>
    <message>
        <source>A new, empty folder, e.g. E:\kim-laptop</source>
        <translation>Ffolder newydd, gwag, e.e. E:\gliniadur-kim</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <source>Make replica</source>
        <translation>Gwneud copi</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Enw&apos;r &amp;ddyfais:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Yn dal:</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Eich &amp;cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>The replica has the same users and passphrases, and its own device key. A caseload replica carries no other keyworker&apos;s clients.</source>
        <translation>Mae gan y copi yr un defnyddwyr a chyfrinymadroddion, a&apos;i allwedd dyfais ei hun. Nid yw copi llwyth achosion yn cario cleientiaid unrhyw weithiwr allweddol arall.</translation>
    </message>
    <message>
        <source>There is no active keyworker to make a caseload replica for.</source>
        <translation>Nid oes gweithiwr allweddol gweithredol i wneud copi llwyth achosion ar ei gyfer.</translation>
    </message>
    <message>
        <source>Folder for the replica</source>
        <translation>Ffolder ar gyfer y copi</translation>
    </message>
    <message>
        <source>Give the device a name.</source>
        <translation>Rhowch enw i&apos;r ddyfais.</translation>
    </message>
    <message>
        <source>Choose the keyworker whose caseload the replica carries.</source>
        <translation>Dewiswch y gweithiwr allweddol y mae&apos;r copi&apos;n cario ei lwyth achosion.</translation>
    </message>
    <message>
        <source>Give the folder the replica goes in.</source>
        <translation>Rhowch y ffolder y mae&apos;r copi&apos;n mynd iddo.</translation>
    </message>
    <message>
        <source>{0} is not a new, empty folder.</source>
        <translation>Nid yw {0} yn ffolder newydd, gwag.</translation>
    </message>
    <message>
        <source>Give your passphrase: the copy is opened with it.</source>
        <translation>Rhowch eich cyfrinymadrodd: mae&apos;r copi&apos;n cael ei agor ag ef.</translation>
    </message>
</context>
<context>
    <name>NeedCoverageTableModel</name>
    <message>
        <source>Pathway</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Contract condition</source>
        <translation>Amod contract</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <source>Why (notes and assessments)</source>
        <translation>Pam (nodiadau ac asesiadau)</translation>
    </message>
</context>
<context>
    <name>NeedsCoverageView</name>
    <message>
        <source>Pathway needs and what is being done</source>
        <translation>Anghenion llwybr a&apos;r hyn sy&apos;n cael ei wneud</translation>
    </message>
    <message>
        <source>No pathway needs screen has been completed yet.</source>
        <translation type="vanished">Nid oes sgrinio anghenion llwybr wedi&apos;i gwblhau eto.</translation>
    </message>
    <message>
        <source>{0} medium or high needs: {1} with a contract condition, {2} with a referral.</source>
        <translation>{0} angen canolig neu uchel: {1} ag amod contract, {2} ag atgyfeiriad.</translation>
    </message>
    <message>
        <source>Gaps (no condition): {0}.</source>
        <translation>Bylchau (dim amod): {0}.</translation>
    </message>
    <message>
        <source>No needs screen or needs-bearing assessment (housing, AUDIT, PHQ-9, GAD-7) has been completed yet.</source>
        <translation>Nid oes sgrinio anghenion nac asesiad sy&apos;n dangos anghenion (tai, AUDIT, PHQ-9, GAD-7) wedi&apos;i gwblhau eto.</translation>
    </message>
</context>
<context>
    <name>NeedsRadarChart</name>
    <message>
        <source>Pathway needs at start and at the latest review</source>
        <translation>Anghenion llwybr ar y dechrau ac yn yr adolygiad diweddaraf</translation>
    </message>
    <message>
        <source>Pathway needs: no screen completed at start yet</source>
        <translation>Anghenion llwybr: dim sgrinio wedi&apos;i gwblhau ar y dechrau eto</translation>
    </message>
    <message>
        <source>Pathway needs: start against the latest screen</source>
        <translation>Anghenion llwybr: y dechrau o&apos;i gymharu â&apos;r sgrinio diweddaraf</translation>
    </message>
    <message>
        <source>Start, {0} (dashed)</source>
        <translation>Dechrau, {0} (llinell doredig)</translation>
    </message>
    <message>
        <source>{0}, {1} (solid)</source>
        <translation>{0}, {1} (llinell ddi-dor)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Asesiad newydd</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dyddiad cynnal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Offeryn:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Cam:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Dyddiad cynnal:</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="vanished">heb ei roi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>crime number or URN</source>
        <translation>rhif trosedd neu URN</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Dyddiad &amp;geni:</translation>
    </message>
    <message>
        <source>Force &amp;reference:</source>
        <translation>Cyfeir&amp;nod yr heddlu:</translation>
    </message>
    <message>
        <source>&amp;PNC ID:</source>
        <translation>Rhif &amp;PNC:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Cyfei&amp;riad:</translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation>&amp;Iaith a ffefrir:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Rhy&amp;w:</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>E&amp;thnigrwydd:</translation>
    </message>
    <message>
        <source>Referral from the force</source>
        <translation>Atgyfeiriad gan yr heddlu</translation>
    </message>
    <message>
        <source>referring officer&apos;s name and collar number</source>
        <translation>enw a rhif coler y swyddog sy&apos;n atgyfeirio</translation>
    </message>
    <message>
        <source>e.g. possession of a class B drug</source>
        <translation>e.e. meddu ar gyffur dosbarth B</translation>
    </message>
    <message>
        <source>F&amp;orce:</source>
        <translation>&amp;Heddlu:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Swyddog:</translation>
    </message>
    <message>
        <source>Offen&amp;ce:</source>
        <translation>Tr&amp;osedd:</translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation>&amp;Dyddiad y drosedd:</translation>
    </message>
    <message>
        <source>Referral da&amp;te:</source>
        <translation>Dyddiad yr &amp;atgyfeiriad:</translation>
    </message>
    <message>
        <source>Eligibility (answer every question)</source>
        <translation>Cymhwystra (atebwch bob cwestiwn)</translation>
    </message>
    <message>
        <source>Eligibility warning</source>
        <translation>Rhybudd cymhwystra</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>{0}: yes</source>
        <translation>{0}: ie</translation>
    </message>
    <message>
        <source>{0}: no</source>
        <translation>{0}: na</translation>
    </message>
    <message>
        <source>Eligibility problem</source>
        <translation>Problem cymhwystra</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwystra</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation>Rhannu gyda&apos;r heddlu</translation>
    </message>
    <message>
        <source>Agrees to national treatment reporting (NDTMS)</source>
        <translation type="unfinished">Yn cytuno i adrodd cenedlaethol ar driniaeth (NDTMS)</translation>
    </message>
    <message>
        <source>data sharing agreement reference</source>
        <translation>cyfeirnod y cytundeb rhannu data</translation>
    </message>
    <message>
        <source>Sharing agreement reference</source>
        <translation>Cyfeirnod y cytundeb rhannu</translation>
    </message>
    <message>
        <source>&amp;Share with police:</source>
        <translation>Rhannu gyda&apos;r heddl&amp;u:</translation>
    </message>
    <message>
        <source>A&amp;greement ref.:</source>
        <translation>Cyf. y &amp;cytundeb:</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>Gweithiwr a&amp;llweddol:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>⚠ Not eligible</source>
        <translation>⚠ Ddim yn gymwys</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: see the messages beside the fields.</source>
        <translation>
            <numerusform>%n problem i&apos;w datrys cyn cadw: gweler y negeseuon wrth ymyl y meysydd.</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw: gweler y neges wrth ymyl y maes.</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw: gweler y negeseuon wrth ymyl y meysydd.</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw: gweler y negeseuon wrth ymyl y meysydd.</numerusform>
            <numerusform>%n problem i&apos;w datrys cyn cadw: gweler y negeseuon wrth ymyl y meysydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {n} answer(s) make this person ineligible: {what}. You can still save the referral; the failed answers are recorded with it.</source>
        <translation type="vanished">Rhybudd: mae {n} ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</translation>
    </message>
    <message>
        <source>Save (not eligible)</source>
        <translation>Cadw (ddim yn gymwys)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>is too long: at most {0} characters (this has {1})</source>
        <translation type="obsolete">yn rhy hir: dim mwy na {0} nod (mae gan hwn {1})</translation>
    </message>
    <message>
        <source>is not a phone number: 7 to 15 digits, spaces, + ( ) - allowed</source>
        <translation type="obsolete">ddim yn rhif ffôn: caniateir 7 i 15 digid, bylchau, + ( ) -</translation>
    </message>
    <message>
        <source>Answer every eligibility question ({0}).</source>
        <translation>Atebwch bob cwestiwn cymhwystra ({0}).</translation>
    </message>
    <message>
        <source>{0} problem(s) to fix before saving: see the messages beside the fields.</source>
        <translation type="vanished">{0} problem i&apos;w datrys cyn cadw: gweler y negeseuon wrth ymyl y meysydd.</translation>
    </message>
    <message>
        <source>(from the dates)</source>
        <translation>(o&apos;r dyddiadau)</translation>
    </message>
    <message numerus="yes">
        <source>Manager override: %n failed answer(s) ({what}) will be let through with your reason, which the audit log, the record and the contract start notice show.</source>
        <translation>
            <numerusform>Diystyru gan reolwr: bydd %n ateb a fethodd ({what}) yn cael eu derbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</numerusform>
            <numerusform>Diystyru gan reolwr: bydd %n ateb a fethodd ({what}) yn cael ei dderbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</numerusform>
            <numerusform>Diystyru gan reolwr: bydd %n ateb a fethodd ({what}) yn cael eu derbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</numerusform>
            <numerusform>Diystyru gan reolwr: bydd %n ateb a fethodd ({what}) yn cael eu derbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</numerusform>
            <numerusform>Diystyru gan reolwr: bydd %n ateb a fethodd ({what}) yn cael eu derbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n answer(s) make this person ineligible: {what}. You can still save the referral; the failed answers are recorded with it.</source>
        <translation>
            <numerusform>Rhybudd: mae %n ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</numerusform>
            <numerusform>Rhybudd: mae %n ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</numerusform>
            <numerusform>Rhybudd: mae %n ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</numerusform>
            <numerusform>Rhybudd: mae %n ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</numerusform>
            <numerusform>Rhybudd: mae %n ateb yn gwneud yr unigolyn hwn yn anghymwys: {what}. Gallwch gadw&apos;r atgyfeiriad o hyd; caiff yr atebion a fethodd eu cofnodi gydag ef.</numerusform>
        </translation>
    </message>
    <message>
        <source>A manager can override them with a written reason.</source>
        <translation>Gall rheolwr eu diystyru gyda rheswm ysgrifenedig.</translation>
    </message>
    <message>
        <source>Decided by the dates: {0}.</source>
        <translation>Wedi&apos;i benderfynu gan y dyddiadau: {0}.</translation>
    </message>
    <message>
        <source>Manager &amp;override reason:</source>
        <translation>Rheswm y rheolwr dros &amp;ddiystyru:</translation>
    </message>
    <message>
        <source>Manager override reason</source>
        <translation>Rheswm y rheolwr dros ddiystyru</translation>
    </message>
    <message>
        <source>Manager override: {n} failed answer(s) ({what}) will be let through with your reason, which the audit log, the record and the contract start notice show.</source>
        <translation type="vanished">Diystyru gan reolwr: bydd {n} ateb a fethodd ({what}) yn cael eu derbyn gyda&apos;ch rheswm, a ddangosir yn y log archwilio, y cofnod a hysbysiad dechrau&apos;r contract.</translation>
    </message>
    <message>
        <source>Refused: {0}.</source>
        <translation>Gwrthodwyd: {0}.</translation>
    </message>
    <message>
        <source>Save (override)</source>
        <translation>Cadw (diystyru)</translation>
    </message>
    <message>
        <source>why this person should be offered a contract anyway</source>
        <translation>pam y dylid cynnig contract i&apos;r person hwn beth bynnag</translation>
    </message>
    <message>
        <source>Gender identit&amp;y:</source>
        <translation type="unfinished">Hunaniaeth rh&amp;ywedd:</translation>
    </message>
    <message>
        <source>Disa&amp;bility:</source>
        <translation type="unfinished">Ana&amp;bledd:</translation>
    </message>
    <message>
        <source>GP practice:</source>
        <translation>Meddygfa:</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Cyswllt mewn argyfwng:</translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation>Eu ffôn:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Perthynas:</translation>
    </message>
    <message>
        <source>e.g. mother, partner, friend</source>
        <translation>e.e. mam, partner, ffrind</translation>
    </message>
    <message>
        <source>optional: the practice&apos;s name</source>
        <translation>dewisol: enw&apos;r feddygfa</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>{0:g} to {1:g}</source>
        <translation>{0:g} i {1:g}</translation>
    </message>
</context>
<context>
    <name>OnwardBox</name>
    <message>
        <source>Referrals to other agencies</source>
        <translation>Atgyfeiriadau at asiantaethau eraill</translation>
    </message>
    <message>
        <source>&amp;Refer to an agency…</source>
        <translation type="unfinished">&amp;Atgyfeirio at asiantaeth…</translation>
    </message>
    <message>
        <source>Refer to another agency</source>
        <translation>Atgyfeirio at asiantaeth arall</translation>
    </message>
    <message>
        <source>&amp;Update referral…</source>
        <translation type="unfinished">&amp;Diweddaru&apos;r atgyfeiriad…</translation>
    </message>
    <message>
        <source>Update the selected referral</source>
        <translation>Diweddaru&apos;r atgyfeiriad a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>OnwardReferralDialog</name>
    <message>
        <source>Update a referral to another agency</source>
        <translation>Diweddaru atgyfeiriad at asiantaeth arall</translation>
    </message>
    <message>
        <source>Refer to another agency</source>
        <translation>Atgyfeirio at asiantaeth arall</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Agency referred to</source>
        <translation>Yr asiantaeth yr atgyfeiriwyd ati</translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Wedi&apos;i dderbyn gan yr asiantaeth</translation>
    </message>
    <message>
        <source>Date the agency answered</source>
        <translation>Dyddiad ateb yr asiantaeth</translation>
    </message>
    <message>
        <source>Date first attended</source>
        <translation>Dyddiad mynychu gyntaf</translation>
    </message>
    <message>
        <source>Working note (never on a return)</source>
        <translation>Nodyn gwaith (byth ar adroddiad)</translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation>&amp;Llwybr:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Asian&amp;taeth:</translation>
    </message>
    <message>
        <source>&amp;Referred on:</source>
        <translation>Atgyfeiriwyd a&amp;r:</translation>
    </message>
    <message>
        <source>A&amp;ccepted:</source>
        <translation>&amp;Derbyniwyd:</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Atebwyd ar:</translation>
    </message>
    <message>
        <source>&amp;First attended:</source>
        <translation>&amp;Mynychodd gyntaf:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>Dyddiad yr ateb</translation>
    </message>
    <message>
        <source>Give the date the referral was made.</source>
        <translation>Rhowch ddyddiad gwneud yr atgyfeiriad.</translation>
    </message>
</context>
<context>
    <name>OnwardTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
</context>
<context>
    <name>OutcomesHookup</name>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Canlyniadau</translation>
    </message>
    <message>
        <source>How many people improved between start and exit (Ctrl+Shift+O)</source>
        <translation>Faint o bobl a wellodd rhwng y dechrau a&apos;r diwedd (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Set up a partner force</source>
        <translation>Sefydlu heddlu partner</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Enw&apos;r partner</translation>
    </message>
    <message>
        <source>The force&apos;s certificate (.pem)</source>
        <translation>Tystysgrif yr heddlu (.pem)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Ffeil y dystysgrif</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the force&apos;s certificate to see its fingerprint.</source>
        <translation>Dewiswch dystysgrif yr heddlu i weld ei hôl bys.</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Ôl bys y dystysgrif</translation>
    </message>
    <message>
        <source>I read this fingerprint to the force by phone and it matched</source>
        <translation>Darllenais yr ôl bys hwn i&apos;r heddlu dros y ffôn ac roedd yn cyfateb</translation>
    </message>
    <message>
        <source>Folder where the force&apos;s bundles arrive</source>
        <translation>Y ffolder lle mae bwndeli&apos;r heddlu yn cyrraedd</translation>
    </message>
    <message>
        <source>Folder for our bundles to the force</source>
        <translation>Ffolder ar gyfer ein bwndeli i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Ffolder y blwch derbyn</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Ffolder y blwch allan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pin certificate</source>
        <translation type="unfinished">Pinio&apos;r dystysgrif</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Tystysgrif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Blwch derbyn</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Blwch allan</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint. Phone the force and read it out in groups: their `checkpoint-force init` printed the same.</source>
        <translation>Ôl bys SHA-256. Ffoniwch yr heddlu a&apos;i ddarllen yn grwpiau: argraffodd eu `checkpoint-force init` yr un peth.</translation>
    </message>
    <message>
        <source>The force&apos;s certificate</source>
        <translation>Tystysgrif yr heddlu</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt *.cer *.der);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Dewiswch ffolder</translation>
    </message>
    <message>
        <source>No fingerprint: %1</source>
        <translation>Dim ôl bys: %1</translation>
    </message>
    <message>
        <source>Check the fingerprint with the force by phone first</source>
        <translation>Gwiriwch yr ôl bys gyda&apos;r heddlu dros y ffôn yn gyntaf</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Rhowch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>A&amp;iladrodd:</translation>
    </message>
</context>
<context>
    <name>PersonRecordView</name>
    <message>
        <source>Problem with this record</source>
        <translation>Problem gyda&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation>Adrannau&apos;r cofnod</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiynau</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Llinell amse&amp;r</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>As&amp;esiadau</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Record not available</source>
        <translation>Nid yw&apos;r cofnod ar gael</translation>
    </message>
</context>
<context>
    <name>PreferencesHookup</name>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Iaith…</translation>
    </message>
    <message>
        <source>Choose English or Cymraeg for the windows (now: %1)</source>
        <translation>Dewiswch Saesneg neu Gymraeg ar gyfer y ffenestri (ar hyn o bryd: %1)</translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Bydd yn newid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Conflict: not applied</source>
        <translation>Gwrthdaro: heb ei gymhwyso</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
</context>
<context>
    <name>PrivacyHookup</name>
    <message>
        <source>&amp;Retention plan…</source>
        <translation>Cynllun &amp;cadw…</translation>
    </message>
    <message>
        <source>&amp;Subject access export…</source>
        <translation>Allforio cais gwrthrych am &amp;wybodaeth…</translation>
    </message>
    <message>
        <source>Everything held on the selected person, as a PDF and a JSON file</source>
        <translation>Popeth a gedwir am yr unigolyn a ddewiswyd, fel ffeil PDF a ffeil JSON</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Preifatrwydd</translation>
    </message>
    <message>
        <source>Select a person in the caseload first.</source>
        <translation>Dewiswch unigolyn yn y llwyth achosion yn gyntaf.</translation>
    </message>
    <message>
        <source>Folder for the subject access export</source>
        <translation>Ffolder ar gyfer allforio&apos;r cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Writing the subject access export…</source>
        <translation>Wrthi&apos;n ysgrifennu allforio&apos;r cais gwrthrych am wybodaeth…</translation>
    </message>
    <message>
        <source>Subject access export written: %1</source>
        <translation>Ysgrifennwyd allforio&apos;r cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>The subject access export failed: %1</source>
        <translation>Methodd allforio&apos;r cais gwrthrych am wybodaeth: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>yn y dyfodol</translation>
    </message>
    <message>
        <source>is too long (at most {most} characters)</source>
        <translation>yn rhy hir ({most} nod ar y mwyaf)</translation>
    </message>
    <message>
        <source>is more than 120 years ago</source>
        <translation>dros 120 mlynedd yn ôl</translation>
    </message>
    <message>
        <source>is after the referral date</source>
        <translation>ar ôl dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>unanswered: {questions}</source>
        <translation>heb eu hateb: {questions}</translation>
    </message>
    <message>
        <source>{contradictions}</source>
        <translation>{contradictions}</translation>
    </message>
    <message>
        <source>is required: name the agency referred to</source>
        <translation>yn ofynnol: enwch yr asiantaeth yr atgyfeiriwyd ati</translation>
    </message>
    <message>
        <source>is given but the answer is &apos;not known&apos;</source>
        <translation type="unfinished">wedi&apos;i roi ond yr ateb yw &apos;ddim yn hysbys eto&apos;</translation>
    </message>
    <message>
        <source>is required once the agency has answered</source>
        <translation>yn ofynnol unwaith y bydd yr asiantaeth wedi ateb</translation>
    </message>
    <message>
        <source>is before the referral was made</source>
        <translation>cyn i&apos;r atgyfeiriad gael ei wneud</translation>
    </message>
    <message>
        <source>needs the referral accepted first</source>
        <translation>rhaid i&apos;r atgyfeiriad gael ei dderbyn yn gyntaf</translation>
    </message>
    <message>
        <source>is before the agency accepted</source>
        <translation>cyn i&apos;r asiantaeth dderbyn</translation>
    </message>
    <message>
        <source>is given but the victim&apos;s wishes are &apos;not asked yet&apos;</source>
        <translation type="unfinished">wedi&apos;i roi ond dymuniadau&apos;r dioddefwr yw &apos;heb ofyn eto&apos;</translation>
    </message>
    <message>
        <source>cannot be made before the victim&apos;s wishes are known</source>
        <translation>ni ellir ei wneud cyn bod dymuniadau&apos;r dioddefwr yn hysbys</translation>
    </message>
    <message>
        <source>is required once the victim&apos;s wishes are known</source>
        <translation>yn ofynnol unwaith y bydd dymuniadau&apos;r dioddefwr yn hysbys</translation>
    </message>
    <message>
        <source>is recorded but the victim does not want contact</source>
        <translation>wedi&apos;i gofnodi ond nid yw&apos;r dioddefwr eisiau cyswllt</translation>
    </message>
    <message>
        <source>say how contact was made</source>
        <translation>dywedwch sut y gwnaed cyswllt</translation>
    </message>
    <message>
        <source>is dated before the victim was asked</source>
        <translation>wedi&apos;i ddyddio cyn i&apos;r dioddefwr gael ei holi</translation>
    </message>
    <message>
        <source>give the date contact was made</source>
        <translation>rhowch y dyddiad y gwnaed cyswllt</translation>
    </message>
    <message>
        <source>give the date of the outcome</source>
        <translation>rhowch ddyddiad y canlyniad</translation>
    </message>
    <message>
        <source>is dated but empty</source>
        <translation>wedi&apos;i ddyddio ond yn wag</translation>
    </message>
    <message>
        <source>is dated in the future</source>
        <translation>wedi&apos;i ddyddio yn y dyfodol</translation>
    </message>
    <message>
        <source>needs the contact made first</source>
        <translation>rhaid gwneud y cyswllt yn gyntaf</translation>
    </message>
    <message>
        <source>is dated before the contact</source>
        <translation>wedi&apos;i ddyddio cyn y cyswllt</translation>
    </message>
    <message>
        <source>is needed when an emergency contact is named</source>
        <translation>yn angenrheidiol pan enwir cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>needs a name when a phone or relationship is given</source>
        <translation>rhaid rhoi enw pan roddir rhif ffôn neu berthynas</translation>
    </message>
    <message>
        <source>is not an item of {instrument}</source>
        <translation>nid yw&apos;n eitem yn {instrument}</translation>
    </message>
    <message>
        <source>cannot be declined</source>
        <translation>ni ellir gwrthod ei ateb</translation>
    </message>
    <message>
        <source>{value} is not one of the options ({allowed})</source>
        <translation>nid yw {value} yn un o&apos;r dewisiadau ({allowed})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>is longer than {most} characters</source>
        <translation>yn hwy na {most} nod</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>rhaid iddo fod yn rhif meidraidd</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>must be at least {least:g}</source>
        <translation>rhaid iddo fod yn {least:g} o leiaf</translation>
    </message>
    <message>
        <source>must be at most {most:g}</source>
        <translation>rhaid iddo fod yn {most:g} ar y mwyaf</translation>
    </message>
    <message>
        <source>is unanswered: answer it or mark it declined</source>
        <translation>heb ei ateb: atebwch ef neu nodwch fod ateb wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>is not a stored answer</source>
        <translation>nid yw&apos;n ateb sydd wedi&apos;i storio</translation>
    </message>
    <message>
        <source>Say why the assessment is being corrected</source>
        <translation>Dywedwch pam mae&apos;r asesiad yn cael ei gywiro</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>Rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd.</numerusform>
            <numerusform>Rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd.</numerusform>
            <numerusform>Rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd.</numerusform>
            <numerusform>Rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd.</numerusform>
            <numerusform>Rhaid i&apos;r cyfrinymadrodd fod o leiaf %n nod o hyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>References and keyworker</source>
        <translation>Cyfeirnodau a gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Change &amp;keyworker…</source>
        <translation>Newid y &amp;gweithiwr allweddol…</translation>
    </message>
    <message>
        <source>Change keyworker</source>
        <translation>Newid y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Compliance level</source>
        <translation>Lefel cydymffurfiaeth</translation>
    </message>
    <message>
        <source>Compliance reasons</source>
        <translation>Rhesymau cydymffurfiaeth</translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation>Cydymffurfiaeth:</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Rhybudd diogelwch</translation>
    </message>
    <message>
        <source>Record acti&amp;on…</source>
        <translation>C&amp;ofnodi cam gweithredu…</translation>
    </message>
    <message>
        <source>Record what was done about the safety alert</source>
        <translation>Cofnodi&apos;r hyn a wnaed ynghylch y rhybudd diogelwch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Force ref. {ref} · PNC {pnc} · Keyworker: {kw}</source>
        <translation>Cyfeirnod yr heddlu {ref} · PNC {pnc} · Gweithiwr allweddol: {kw}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>heb ei neilltuo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Not started: no signed contract yet</source>
        <translation>Heb ddechrau: dim contract wedi&apos;i lofnodi eto</translation>
    </message>
    <message>
        <source>Compliance starts when the contract is signed.</source>
        <translation>Mae cydymffurfiaeth yn dechrau pan gaiff y contract ei lofnodi.</translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation>Dim contract eto</translation>
    </message>
    <message>
        <source>Contract offered, not signed</source>
        <translation>Contract wedi&apos;i gynnig, heb ei lofnodi</translation>
    </message>
    <message>
        <source>signed {signed}, ends {end}</source>
        <translation>llofnodwyd {signed}, yn dod i ben {end}</translation>
    </message>
    <message numerus="yes">
        <source>Active contract: {dates} · day {day} of {length} · %n day(s) left</source>
        <translation>
            <numerusform>Contract gweithredol: {dates} · diwrnod {day} o {length} · %n diwrnod ar ôl</numerusform>
            <numerusform>Contract gweithredol: {dates} · diwrnod {day} o {length} · %n diwrnod ar ôl</numerusform>
            <numerusform>Contract gweithredol: {dates} · diwrnod {day} o {length} · %n diwrnod ar ôl</numerusform>
            <numerusform>Contract gweithredol: {dates} · diwrnod {day} o {length} · %n diwrnod ar ôl</numerusform>
            <numerusform>Contract gweithredol: {dates} · diwrnod {day} o {length} · %n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Active contract: {dates} · day {day} of {length} · {left} days left</source>
        <translation type="vanished">Contract gweithredol: {dates} · diwrnod {day} o {length} · {left} diwrnod ar ôl</translation>
    </message>
    <message>
        <source>{state} on {closed} ({dates}){reason}</source>
        <translation>{state} ar {closed} ({dates}){reason}</translation>
    </message>
    <message>
        <source>Nothing of concern.</source>
        <translation>Dim byd sy&apos;n peri pryder.</translation>
    </message>
</context>
<context>
    <name>RecordSessionDialog</name>
    <message>
        <source>Record session outcome</source>
        <translation>Cofnodi canlyniad y sesiwn</translation>
    </message>
    <message>
        <source>Record a session now</source>
        <translation>Cofnodi sesiwn nawr</translation>
    </message>
    <message>
        <source>Walk-in {kind} session now ({when}){with_whom}</source>
        <translation>Sesiwn galw heibio ({kind}) nawr ({when}){with_whom}</translation>
    </message>
    <message>
        <source>{kind} on {when}{with_whom}</source>
        <translation>{kind} ar {when}{with_whom}</translation>
    </message>
    <message>
        <source> with {0}</source>
        <translation> gyda {0}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>This session is in the future: attendance can be recorded once it has happened.</source>
        <translation>Mae&apos;r sesiwn hon yn y dyfodol: gellir cofnodi presenoldeb ar ôl iddi ddigwydd.</translation>
    </message>
    <message>
        <source>Notes (Enter saves, Shift+Enter for a new line)</source>
        <translation>Nodiadau (mae Enter yn cadw, Shift+Enter am linell newydd)</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Nodiadau&apos;r sesiwn</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access with the recovery key</source>
        <translation>Adfer mynediad gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Type the recovery key you were given when the case store was created (groups of four letters and digits), and choose a new passphrase.</source>
        <translation>Teipiwch yr allwedd adfer a gawsoch chi pan grëwyd y storfa achosion (grwpiau o bedwar nod, yn llythrennau a digidau), a dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Allwedd adfer:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;open</source>
        <translation>Gosod y cyfrinymadrodd ac &amp;agor</translation>
    </message>
    <message>
        <source>Enter the recovery key and the user name.</source>
        <translation>Rhowch yr allwedd adfer a&apos;r enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>Methodd yr adfer: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Keep the recovery key safe</source>
        <translation>Cadwch yr allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case store. It is shown once. Print it or save it somewhere safe, away from this computer.</source>
        <translation>Os caiff pob cyfrinymadrodd ei anghofio, yr allwedd hon yw&apos;r unig ffordd yn ôl i mewn i&apos;r storfa achosion. Dim ond unwaith y caiff ei dangos. Argraffwch hi neu cadwch hi rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="vanished">&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation>Cadw mewn ffeil (&amp;V)…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Rwyf wedi cadw&apos;r allwedd adfer yn &amp;ddiogel</translation>
    </message>
    <message>
        <source>Checkpoint Desk recovery key</source>
        <translation>Allwedd adfer Checkpoint Desk</translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation>Storfa achosion: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Crëwyd: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Cadw&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <translation>Wedi&apos;i chadw yn %1. Symudwch hi oddi ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>ReplicasDialog</name>
    <message>
        <source>Replicas</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Revoke device…</source>
        <translation>Dirymu dyfais…</translation>
    </message>
    <message>
        <source>Make a replica…</source>
        <translation>Gwneud copi…</translation>
    </message>
    <message>
        <source>Keep value a</source>
        <translation>Cadw gwerth a</translation>
    </message>
    <message>
        <source>Keep value b</source>
        <translation>Cadw gwerth b</translation>
    </message>
    <message>
        <source>Shared folder or USB stick, e.g. E:\exchange</source>
        <translation>Ffolder a rennir neu gof bach USB, e.e. E:\exchange</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Conflicts: a field changed on two replicas; both values are kept until you choose</source>
        <translation>Gwrthdaro: maes a newidiwyd ar ddau gopi; cedwir y ddau werth nes i chi ddewis</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cyfnewid</translation>
    </message>
    <message>
        <source>This store is not a replica yet. Make one with: checkpoint-desk replica create</source>
        <translation type="vanished">Nid yw&apos;r storfa hon yn gopi eto. Gwnewch un gyda: checkpoint-desk replica create</translation>
    </message>
    <message>
        <source>the manager&apos;s replica</source>
        <translation>copi&apos;r rheolwr</translation>
    </message>
    <message>
        <source>a replica</source>
        <translation>copi</translation>
    </message>
    <message>
        <source>This device: {0} ({1})</source>
        <translation>Y ddyfais hon: {0} ({1})</translation>
    </message>
    <message>
        <source>Resolved: {0} keeps the chosen value; the other replicas take it at the next exchange.</source>
        <translation>Wedi&apos;i ddatrys: mae {0} yn cadw&apos;r gwerth a ddewiswyd; bydd y copïau eraill yn ei gymryd yn y cyfnewid nesaf.</translation>
    </message>
    <message>
        <source>Making the replica {0}…</source>
        <translation>Yn gwneud y copi {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Made the replica {0} in {1}: %n person(s).</source>
        <translation>
            <numerusform>Gwnaed y copi {0} yn {1}: %n person.</numerusform>
            <numerusform>Gwnaed y copi {0} yn {1}: %n person.</numerusform>
            <numerusform>Gwnaed y copi {0} yn {1}: %n person.</numerusform>
            <numerusform>Gwnaed y copi {0} yn {1}: %n person.</numerusform>
            <numerusform>Gwnaed y copi {0} yn {1}: %n person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Dirymu dyfais</translation>
    </message>
    <message>
        <source>Refuse every bundle from {0} from now on? Use this for a lost or retired device.</source>
        <translation>Gwrthod pob bwndel gan {0} o hyn ymlaen? Defnyddiwch hwn ar gyfer dyfais a gollwyd neu nad yw&apos;n cael ei defnyddio mwyach.</translation>
    </message>
    <message>
        <source>Revoked {0}.</source>
        <translation>Wedi dirymu {0}.</translation>
    </message>
    <message>
        <source>Give the exchange folder first.</source>
        <translation>Rhowch y ffolder cyfnewid yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n bundle(s) to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n bwndel i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n bwndel i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n bwndel i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n bwndel i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n bwndel i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n bundle(s):</source>
        <translation>
            <numerusform>Rhoddwyd %n bwndel ar waith:</numerusform>
            <numerusform>Rhoddwyd %n bwndel ar waith:</numerusform>
            <numerusform>Rhoddwyd %n bwndel ar waith:</numerusform>
            <numerusform>Rhoddwyd %n bwndel ar waith:</numerusform>
            <numerusform>Rhoddwyd %n bwndel ar waith:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed,</source>
        <translation>
            <numerusform>newidiwyd %n cofnod,</numerusform>
            <numerusform>newidiwyd %n cofnod,</numerusform>
            <numerusform>newidiwyd %n cofnod,</numerusform>
            <numerusform>newidiwyd %n cofnod,</numerusform>
            <numerusform>newidiwyd %n cofnod,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n achos newydd o wrthdaro.</numerusform>
            <numerusform>%n achos newydd o wrthdaro.</numerusform>
            <numerusform>%n achos newydd o wrthdaro.</numerusform>
            <numerusform>%n achos newydd o wrthdaro.</numerusform>
            <numerusform>%n achos newydd o wrthdaro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused as replays.</source>
        <translation>
            <numerusform>gwrthodwyd %n fel ailchwarae.</numerusform>
            <numerusform>gwrthodwyd %n fel ailchwarae.</numerusform>
            <numerusform>gwrthodwyd %n fel ailchwarae.</numerusform>
            <numerusform>gwrthodwyd %n fel ailchwarae.</numerusform>
            <numerusform>gwrthodwyd %n fel ailchwarae.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation>Nid yw {0} yn ffolder.</translation>
    </message>
    <message>
        <source>This store is not a replica yet: Make a replica… makes this the manager&apos;s.</source>
        <translation>Nid yw&apos;r storfa hon yn gopi eto: mae Gwneud copi… yn gwneud hon yn un y rheolwr.</translation>
    </message>
    <message>
        <source>Refused {0}: {1}</source>
        <translation>Gwrthodwyd {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReplicasHookup</name>
    <message>
        <source>Re&amp;plicas…</source>
        <translation type="unfinished">Co&amp;pïau…</translation>
    </message>
    <message>
        <source>Other desks and laptops: devices, conflicts, exchange (Ctrl+Shift+Y)</source>
        <translation>Desgiau a gliniaduron eraill: dyfeisiau, gwrthdaro, cyfnewid (Ctrl+Shift+Y)</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Last full quarter</source>
        <translation>Y chwarter llawn diwethaf</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Y chwarter hwn hyd yma</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dyddiadau a ddewiswyd</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Y gwasanaeth cyfan</translation>
    </message>
    <message>
        <source>Only a manager can sign the PCC report</source>
        <translation>Dim ond rheolwr all lofnodi&apos;r adroddiad i&apos;r Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb eu neilltuo</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>{0} to {1}, {2}: exact figures, for the service&apos;s own use.</source>
        <translation>{0} i {1}, {2}: ffigurau manwl gywir, at ddefnydd y gwasanaeth ei hun.</translation>
    </message>
    <message>
        <source>Could not make the report: {0}</source>
        <translation>Nid oedd modd llunio&apos;r adroddiad: {0}</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Cymwys</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Contracts signed</source>
        <translation>Contractau a lofnodwyd</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Presenoldeb %</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Allforio&apos;r adroddiad fel CSV</translation>
    </message>
    <message>
        <source>Export the signed PDF report</source>
        <translation>Allforio&apos;r adroddiad PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Wrthi&apos;n ysgrifennu {0}…</translation>
    </message>
    <message>
        <source>Saved {0} (small numbers hidden, as published).</source>
        <translation>Cadwyd {0} (niferoedd bach wedi&apos;u cuddio, fel y&apos;u cyhoeddir).</translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation>Nid oedd modd allforio: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsHookup</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished">Ffig&amp;urau</translation>
    </message>
    <message>
        <source>The service&apos;s figures for a period, with charts and exports (Ctrl+Shift+P)</source>
        <translation type="unfinished">Ffigurau&apos;r gwasanaeth ar gyfer cyfnod, gyda siartiau ac allforion (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Ffigurau</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Show as &amp;published (small numbers hidden)</source>
        <translation>Dangos fel y&apos;i cy&amp;hoeddir (niferoedd bach wedi&apos;u cuddio)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <source>Export signed &amp;PDF…</source>
        <translation>Allforio &amp;PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation>&amp;Gweithiwr allweddol:</translation>
    </message>
    <message>
        <source>From referral to outcome</source>
        <translation>O&apos;r atgyfeiriad i&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Fesul mis</translation>
    </message>
    <message>
        <source>Attendance rate per keyworker</source>
        <translation>Cyfradd presenoldeb fesul gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>Pob ffigur</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New passphrase for {0}</source>
        <translation>Cyfrinymadrodd newydd ar gyfer {0}</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Gosod y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Give them the new passphrase in person. Their old one stops working, and the database is re-keyed.</source>
        <translation>Rhowch y cyfrinymadrodd newydd iddyn nhw wyneb yn wyneb. Bydd yr hen un yn peidio â gweithio, a chaiff allwedd y gronfa ddata ei newid.</translation>
    </message>
</context>
<context>
    <name>RetentionPlanDialog</name>
    <message>
        <source>Retention plan</source>
        <translation>Cynllun cadw</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Wrthi&apos;n darllen y cynllun…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Nothing is due for erasure.</source>
        <translation>Nid oes dim i&apos;w ddileu ar hyn o bryd.</translation>
    </message>
    <message numerus="yes">
        <source>Due under the retention schedule: %n person(s) to erase</source>
        <translation>
            <numerusform>Yn ddyledus dan yr amserlen gadw: %n o bobl i&apos;w dileu</numerusform>
            <numerusform>Yn ddyledus dan yr amserlen gadw: %n unigolyn i&apos;w ddileu</numerusform>
            <numerusform>Yn ddyledus dan yr amserlen gadw: %n o bobl i&apos;w dileu</numerusform>
            <numerusform>Yn ddyledus dan yr amserlen gadw: %n o bobl i&apos;w dileu</numerusform>
            <numerusform>Yn ddyledus dan yr amserlen gadw: %n o bobl i&apos;w dileu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n old backup(s) to delete</source>
        <translation>
            <numerusform>, %n hen gopi wrth gefn i&apos;w dileu</numerusform>
            <numerusform>, %n hen gopi wrth gefn i&apos;w ddileu</numerusform>
            <numerusform>, %n hen gopi wrth gefn i&apos;w dileu</numerusform>
            <numerusform>, %n hen gopi wrth gefn i&apos;w dileu</numerusform>
            <numerusform>, %n hen gopi wrth gefn i&apos;w dileu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept by a legal hold</source>
        <translation type="unfinished">
            <numerusform>; %n wedi&apos;u cadw dan ataliad cyfreithiol</numerusform>
            <numerusform>; %n wedi&apos;i gadw dan ataliad cyfreithiol</numerusform>
            <numerusform>; %n wedi&apos;u cadw dan ataliad cyfreithiol</numerusform>
            <numerusform>; %n wedi&apos;u cadw dan ataliad cyfreithiol</numerusform>
            <numerusform>; %n wedi&apos;u cadw dan ataliad cyfreithiol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n…</source>
        <translation>
            <numerusform>Dileu %n…</numerusform>
            <numerusform>Dileu %n…</numerusform>
            <numerusform>Dileu %n…</numerusform>
            <numerusform>Dileu %n…</numerusform>
            <numerusform>Dileu %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Nid oedd modd darllen y cynllun: %1</translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>Dileu am byth?</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) and every record of theirs, and delete old backups? This cannot be undone; the audit log keeps a tombstone.</source>
        <translation>
            <numerusform>Dileu %n o bobl a phob cofnod amdanynt, a dileu hen gopïau wrth gefn? Nid oes modd dadwneud hyn; mae&apos;r log archwilio yn cadw cofnod o&apos;r dileu.</numerusform>
            <numerusform>Dileu %n unigolyn a phob cofnod amdanynt, a dileu hen gopïau wrth gefn? Nid oes modd dadwneud hyn; mae&apos;r log archwilio yn cadw cofnod o&apos;r dileu.</numerusform>
            <numerusform>Dileu %n o bobl a phob cofnod amdanynt, a dileu hen gopïau wrth gefn? Nid oes modd dadwneud hyn; mae&apos;r log archwilio yn cadw cofnod o&apos;r dileu.</numerusform>
            <numerusform>Dileu %n o bobl a phob cofnod amdanynt, a dileu hen gopïau wrth gefn? Nid oes modd dadwneud hyn; mae&apos;r log archwilio yn cadw cofnod o&apos;r dileu.</numerusform>
            <numerusform>Dileu %n o bobl a phob cofnod amdanynt, a dileu hen gopïau wrth gefn? Nid oes modd dadwneud hyn; mae&apos;r log archwilio yn cadw cofnod o&apos;r dileu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>RetentionPlanModel</name>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <source>Period: %1 · State: %2</source>
        <translation>Cyfnod: %1 · Cyflwr: %2</translation>
    </message>
    <message>
        <source>Withdrawn, never signed: %1</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl, heb ei lofnodi erioed: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 · code %3</source>
        <translation>Wedi&apos;i lofnodi gan %1 ar %2 · cod %3</translation>
    </message>
    <message>
        <source>Unsigned preview: what the force will receive once it is signed.</source>
        <translation>Rhagolwg heb ei lofnodi: dyma&apos;r hyn a gaiff yr heddlu ar ôl iddo gael ei lofnodi.</translation>
    </message>
    <message>
        <source>Corrects an earlier return. Reason: %1</source>
        <translation>Yn cywiro adroddiad cynharach. Rheswm: %1</translation>
    </message>
    <message>
        <source>Not sent to the force by sync yet.</source>
        <translation>Heb ei anfon at yr heddlu drwy gysoni eto.</translation>
    </message>
    <message>
        <source>Sent to %1 in bundle #%2 on %3 UTC</source>
        <translation>Anfonwyd at %1 ym mwndel #%2 ar %3 UTC</translation>
    </message>
    <message>
        <source>acknowledged by the force %1 UTC</source>
        <translation>cydnabuwyd gan yr heddlu %1 UTC</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>heb ei gydnabod eto</translation>
    </message>
</context>
<context>
    <name>ReturnSigning</name>
    <message>
        <source>Checking the returns against the case as it is now…</source>
        <translation>Wrthi&apos;n gwirio&apos;r adroddiadau yn erbyn yr achos fel y mae nawr…</translation>
    </message>
    <message>
        <source>Not signed. Withdrawn: %1</source>
        <translation>Heb eu llofnodi. Wedi&apos;u tynnu&apos;n ôl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve and sign %n return(s) as %1? A signed return can never be changed; a mistake needs a correction.</source>
        <translation>
            <numerusform>Cymeradwyo a llofnodi %n adroddiad fel %1? Ni ellir byth newid adroddiad sydd wedi&apos;i lofnodi; mae angen cywiriad os oes camgymeriad.</numerusform>
            <numerusform>Cymeradwyo a llofnodi %n adroddiad fel %1? Ni ellir byth newid adroddiad sydd wedi&apos;i lofnodi; mae angen cywiriad os oes camgymeriad.</numerusform>
            <numerusform>Cymeradwyo a llofnodi %n adroddiad fel %1? Ni ellir byth newid adroddiad sydd wedi&apos;i lofnodi; mae angen cywiriad os oes camgymeriad.</numerusform>
            <numerusform>Cymeradwyo a llofnodi %n adroddiad fel %1? Ni ellir byth newid adroddiad sydd wedi&apos;i lofnodi; mae angen cywiriad os oes camgymeriad.</numerusform>
            <numerusform>Cymeradwyo a llofnodi %n adroddiad fel %1? Ni ellir byth newid adroddiad sydd wedi&apos;i lofnodi; mae angen cywiriad os oes camgymeriad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn, will not be signed:</source>
        <translation>Wedi&apos;u tynnu&apos;n ôl, ni fyddant yn cael eu llofnodi:</translation>
    </message>
    <message>
        <source>Changed since it was drafted (the return now says):</source>
        <translation>Wedi newid ers ei ddrafftio (mae&apos;r adroddiad yn dweud nawr):</translation>
    </message>
    <message>
        <source>This narrative is not saved yet; it is saved and signed with the return:</source>
        <translation>Nid yw&apos;r naratif hwn wedi&apos;i gadw eto; caiff ei gadw a&apos;i lofnodi gyda&apos;r adroddiad:</translation>
    </message>
    <message>
        <source>Not signed. The returns were re-checked against the case.</source>
        <translation>Heb eu llofnodi. Cafodd yr adroddiadau eu hailwirio yn erbyn yr achos.</translation>
    </message>
    <message>
        <source>Signed %1 of %2…</source>
        <translation>Wedi llofnodi %1 o %2…</translation>
    </message>
    <message numerus="yes">
        <source>Signed %n return(s).</source>
        <translation>
            <numerusform>Llofnodwyd %n adroddiad.</numerusform>
            <numerusform>Llofnodwyd %n adroddiad.</numerusform>
            <numerusform>Llofnodwyd %n adroddiad.</numerusform>
            <numerusform>Llofnodwyd %n adroddiad.</numerusform>
            <numerusform>Llofnodwyd %n adroddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest stay approved, not signed.</source>
        <translation>Wedi canslo: mae&apos;r gweddill yn aros wedi&apos;u cymeradwyo, heb eu llofnodi.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be signed: %1</source>
        <translation>
            <numerusform>Nid oedd modd llofnodi %n: %1</numerusform>
            <numerusform>Nid oedd modd llofnodi %n: %1</numerusform>
            <numerusform>Nid oedd modd llofnodi %n: %1</numerusform>
            <numerusform>Nid oedd modd llofnodi %n: %1</numerusform>
            <numerusform>Nid oedd modd llofnodi %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>Loading returns…</source>
        <translation>Wrthi&apos;n llwytho&apos;r adroddiadau…</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
            <numerusform>%n adroddiad</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ No signing key yet: returns cannot be signed until one is set up. Choose “Set up signing key”.</source>
        <translation>⚠ Dim allwedd llofnodi eto: nid oes modd llofnodi adroddiadau nes y caiff un ei gosod. Dewiswch “Gosod allwedd llofnodi”.</translation>
    </message>
    <message>
        <source>Narrative saved.</source>
        <translation>Cadwyd y naratif.</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Cymeradwyo a llofnodi</translation>
    </message>
    <message>
        <source>Only a manager can sign, print, export or correct returns to the force; your manager reviews and signs them.</source>
        <translation>Dim ond rheolwr all lofnodi, argraffu, allforio neu gywiro adroddiadau i&apos;r heddlu; mae eich rheolwr yn eu hadolygu ac yn eu llofnodi.</translation>
    </message>
    <message>
        <source>Approve the selected drafts and sign them as %1</source>
        <translation>Cymeradwyo&apos;r drafftiau a ddewiswyd a&apos;u llofnodi fel %1</translation>
    </message>
    <message>
        <source>Set up the signing key first</source>
        <translation>Gosodwch yr allwedd llofnodi yn gyntaf</translation>
    </message>
    <message>
        <source>Print the selected signed return</source>
        <translation>Argraffu&apos;r adroddiad wedi&apos;i lofnodi a ddewiswyd</translation>
    </message>
    <message>
        <source>Write the selected signed returns to the outbox folder</source>
        <translation>Ysgrifennu&apos;r adroddiadau wedi&apos;u llofnodi a ddewiswyd i ffolder y blwch allan</translation>
    </message>
    <message>
        <source>Draft a correction that replaces the selected signed return</source>
        <translation>Drafftio cywiriad sy&apos;n disodli&apos;r adroddiad wedi&apos;i lofnodi a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>%n to review and sign</source>
        <translation>
            <numerusform>%n i&apos;w hadolygu a&apos;u llofnodi</numerusform>
            <numerusform>%n i&apos;w adolygu a&apos;i lofnodi</numerusform>
            <numerusform>%n i&apos;w hadolygu a&apos;u llofnodi</numerusform>
            <numerusform>%n i&apos;w hadolygu a&apos;u llofnodi</numerusform>
            <numerusform>%n i&apos;w hadolygu a&apos;u llofnodi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsHookup</name>
    <message>
        <source>&amp;Returns</source>
        <translation>Ad&amp;roddiadau</translation>
    </message>
    <message>
        <source>Review, sign, print and export returns to the force (Ctrl+Shift+R)</source>
        <translation>Adolygu, llofnodi, argraffu ac allforio adroddiadau i&apos;r heddlu (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Returns drafted for the force and still to be signed</source>
        <translation type="vanished">Adroddiadau a ddrafftiwyd ar gyfer yr heddlu ac sydd heb eu llofnodi eto</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Returns drafted for the force and still to be signed; click to review them</source>
        <translation>Adroddiadau a ddrafftiwyd ar gyfer yr heddlu sydd heb eu llofnodi eto; cliciwch i&apos;w hadolygu</translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <source>Contract start notice</source>
        <translation>Hysbysiad dechrau contract</translation>
    </message>
    <message>
        <source>Monthly progress</source>
        <translation>Cynnydd misol</translation>
    </message>
    <message>
        <source>Non-compliance notice</source>
        <translation>Hysbysiad diffyg cydymffurfio</translation>
    </message>
    <message>
        <source>Final outcome</source>
        <translation>Canlyniad terfynol</translation>
    </message>
    <message>
        <source>✎ Draft: to review</source>
        <translation>✎ Drafft: i&apos;w adolygu</translation>
    </message>
    <message>
        <source>… Approved, not signed</source>
        <translation>… Wedi&apos;i gymeradwyo, heb ei lofnodi</translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation>✔ Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>↻ Superseded</source>
        <translation>↻ Wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>✕ Withdrawn, not sent</source>
        <translation>✕ Wedi&apos;i dynnu&apos;n ôl, heb ei anfon</translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation> (cywiriad)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2; code %3</source>
        <translation>Wedi&apos;i lofnodi gan %1 ar %2; cod %3</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>&lt;b&gt;Returns to the force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adroddiadau i&apos;r heddlu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Pob adroddiad</translation>
    </message>
    <message>
        <source>To review and sign</source>
        <translation>I&apos;w hadolygu a&apos;u llofnodi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Find a person, reference or code</source>
        <translation>Chwilio am unigolyn, cyfeirnod neu god</translation>
    </message>
    <message>
        <source>Find a return</source>
        <translation>Chwilio am adroddiad</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Dangos:</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Select a return to preview it.</source>
        <translation>Dewiswch adroddiad i gael rhagolwg ohono.</translation>
    </message>
    <message>
        <source>Selected return</source>
        <translation>Yr adroddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Preview of the return</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>&amp;Narrative (printed on the return; editable while a draft):</source>
        <translation>&amp;Naratif (wedi&apos;i argraffu ar yr adroddiad; gellir ei olygu tra bo&apos;n ddrafft):</translation>
    </message>
    <message>
        <source>The keyworker&apos;s summary of the period, in plain words for the force. No clinical detail unless the person consented.</source>
        <translation>Crynodeb y gweithiwr allweddol o&apos;r cyfnod, mewn geiriau plaen i&apos;r heddlu. Dim manylion clinigol oni bai bod yr unigolyn wedi cydsynio.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Naratif</translation>
    </message>
    <message>
        <source>Save narrative</source>
        <translation>Cadw&apos;r naratif</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>Cy&amp;meradwyo a llofnodi</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Export to outbox</source>
        <translation>Allf&amp;orio i&apos;r blwch allan</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <source>Set up signing &amp;key…</source>
        <translation>&amp;Gosod allwedd llofnodi…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message numerus="yes">
        <source>Signing %n return(s)…</source>
        <translation>
            <numerusform>Wrthi&apos;n llofnodi %n adroddiad…</numerusform>
            <numerusform>Wrthi&apos;n llofnodi %n adroddiad…</numerusform>
            <numerusform>Wrthi&apos;n llofnodi %n adroddiad…</numerusform>
            <numerusform>Wrthi&apos;n llofnodi %n adroddiad…</numerusform>
            <numerusform>Wrthi&apos;n llofnodi %n adroddiad…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Cymeradwyo a llofnodi</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Admin</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
</context>
<context>
    <name>SafetyActionDialog</name>
    <message>
        <source>Safety alert: {0}</source>
        <translation>Rhybudd diogelwch: {0}</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Pryderon diogelwch</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Cam gweithredu a gymerwyd</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yr hyn a wnaed</translation>
    </message>
    <message>
        <source>Problem with what was done</source>
        <translation>Problem gyda&apos;r hyn a wnaed</translation>
    </message>
    <message>
        <source>&amp;Record action</source>
        <translation>&amp;Cofnodi&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Cam &amp;gweithredu:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs follow-up:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Angen camau dilynol:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recorded with your name and the time, in the audit log.</source>
        <translation>Caiff ei gofnodi gyda&apos;ch enw a&apos;r amser, yn y log archwilio.</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>&amp;Pam ddim:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Yr hyn a wnaed:</translation>
    </message>
    <message>
        <source>Why no action is needed (required)</source>
        <translation>Pam nad oes angen gweithredu (gofynnol)</translation>
    </message>
    <message>
        <source>What was done, with whom, and what happens next (required)</source>
        <translation>Beth a wnaed, gyda phwy, a beth sy&apos;n digwydd nesaf (gofynnol)</translation>
    </message>
    <message>
        <source>Say why no action is needed.</source>
        <translation>Dywedwch pam nad oes angen gweithredu.</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>Dywedwch beth a wnaed.</translation>
    </message>
    <message>
        <source>At most {0} characters (now {1}).</source>
        <translation>Dim mwy na {0} nod (nawr {1}).</translation>
    </message>
</context>
<context>
    <name>ScansBox</name>
    <message>
        <source>Signed contract scans</source>
        <translation>Sganiau o&apos;r contract wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Scans of the signed contract</source>
        <translation>Sganiau o&apos;r contract wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Atodi sgan…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Cadw fel…</translation>
    </message>
    <message>
        <source>Attach a scan of the signed contract</source>
        <translation>Atodi sgan o&apos;r contract wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Open the selected scan</source>
        <translation>Agor y sgan a ddewiswyd</translation>
    </message>
    <message>
        <source>Save a copy of the selected scan</source>
        <translation>Cadw copi o&apos;r sgan a ddewiswyd</translation>
    </message>
    <message>
        <source>Problem with the scan</source>
        <translation>Problem gyda&apos;r sgan</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Sganiau (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>Atodwyd {0}.</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Cadw copi o&apos;r sgan</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Cadwyd copi yn {0}.</translation>
    </message>
</context>
<context>
    <name>ScheduleSessionDialog</name>
    <message>
        <source>Schedule a session</source>
        <translation>Trefnu sesiwn</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Math o sesiwn</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>&amp;Gyda:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Hyd:</translation>
    </message>
</context>
<context>
    <name>ScoreLineChart</name>
    <message>
        <source>{0} scores across stages</source>
        <translation>Sgorau {0} ar draws y camau</translation>
    </message>
    <message>
        <source>{0}: no completed scores yet</source>
        <translation>{0}: dim sgorau wedi&apos;u cwblhau eto</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>gorau po isaf</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>gorau po uchaf</translation>
    </message>
    <message>
        <source>{0} across stages ({1})</source>
        <translation>{0} ar draws y camau ({1})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sc&amp;hedule session…</source>
        <translation>&amp;Trefnu sesiwn…</translation>
    </message>
    <message>
        <source>Schedule a session (Ctrl+Shift+S)</source>
        <translation>Trefnu sesiwn (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Schedule session</source>
        <translation>Trefnu sesiwn</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>Cofnodi&apos;r ca&amp;nlyniad…</translation>
    </message>
    <message>
        <source>Record the selected session&apos;s outcome (Ctrl+R)</source>
        <translation>Cofnodi canlyniad y sesiwn a ddewiswyd (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Cofnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Crynodeb presenoldeb</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): {att} attended, {missed} missed</source>
        <translation>
            <numerusform>%n sesiwn: mynychwyd {att}, collwyd {missed}</numerusform>
            <numerusform>%n sesiwn: mynychwyd {att}, collwyd {missed}</numerusform>
            <numerusform>%n sesiwn: mynychwyd {att}, collwyd {missed}</numerusform>
            <numerusform>%n sesiwn: mynychwyd {att}, collwyd {missed}</numerusform>
            <numerusform>%n sesiwn: mynychwyd {att}, collwyd {missed}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sessions: {att} attended, {missed} missed</source>
        <translation type="vanished">{n} sesiwn: mynychwyd {att}, collwyd {missed}</translation>
    </message>
    <message>
        <source>, {0} past without an outcome</source>
        <translation>, {0} wedi mynd heibio heb ganlyniad</translation>
    </message>
</context>
<context>
    <name>SignContractDialog</name>
    <message>
        <source>Sign the contract</source>
        <translation>Llofnodi&apos;r contract</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Include&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cynnwys&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Condition&lt;/b&gt;</source>
        <translation>&lt;b&gt;Amod&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;Targed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Include {0}</source>
        <translation>Cynnwys {0}</translation>
    </message>
    <message>
        <source> (always)</source>
        <translation> (bob amser)</translation>
    </message>
    <message>
        <source>The offending condition is part of every contract.</source>
        <translation>Mae&apos;r amod dim aildroseddu yn rhan o bob contract.</translation>
    </message>
    <message>
        <source>Wording of {0}</source>
        <translation>Geiriad {0}</translation>
    </message>
    <message>
        <source>Target for {0}</source>
        <translation>Targed ar gyfer {0}</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Dyddiad llofnodi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Llofnodwyd ar:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Yn dod i ben ar:</translation>
    </message>
    <message>
        <source>The contract runs four months from signing unless you change the end date.</source>
        <translation>Mae&apos;r contract yn para pedwar mis o&apos;r dyddiad llofnodi oni bai eich bod yn newid y dyddiad gorffen.</translation>
    </message>
    <message>
        <source>The pathway conditions come from the latest needs screen: one for each medium or high need.</source>
        <translation type="vanished">Daw&apos;r amodau llwybr o&apos;r sgrinio anghenion diweddaraf: un ar gyfer pob angen canolig neu uchel.</translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation>Llofnodi&apos;r contract</translation>
    </message>
    <message>
        <source>The end date must be after the signing date.</source>
        <translation>Rhaid i&apos;r dyddiad gorffen fod ar ôl y dyddiad llofnodi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted from&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wedi&apos;i gyfrif o&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A contract runs at most four months: from {0} it must end by {1} (this end date is {2}).</source>
        <translation>Pedwar mis yw hyd mwyaf contract: o {0} rhaid iddo ddod i ben erbyn {1} (y dyddiad gorffen hwn yw {2}).</translation>
    </message>
    <message>
        <source>Conditions chosen</source>
        <translation>Amodau a ddewiswyd</translation>
    </message>
    <message>
        <source>Problem with the conditions</source>
        <translation>Problem gyda&apos;r amodau</translation>
    </message>
    <message>
        <source>Progress of {0} counted from</source>
        <translation>Cynnydd {0} wedi&apos;i gyfrif o</translation>
    </message>
    <message>
        <source>The pathway conditions come from the latest needs screen: one for each medium or high need, high needs first; tick the ones to include.</source>
        <translation>Daw&apos;r amodau llwybr o&apos;r sgrinio anghenion diweddaraf: un ar gyfer pob angen canolig neu uchel, yr anghenion uchel yn gyntaf; ticiwch y rhai i&apos;w cynnwys.</translation>
    </message>
    <message>
        <source>The scheme allows at most {0} conditions.</source>
        <translation>Mae&apos;r cynllun yn caniatáu {0} amod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Untick one to choose another.</source>
        <translation>Dad-diciwch un i ddewis un arall.</translation>
    </message>
    <message>
        <source>attended {0} sessions</source>
        <translation>sesiynau {0} a fynychwyd</translation>
    </message>
    <message>
        <source>typed in by hand</source>
        <translation>wedi&apos;i deipio â llaw</translation>
    </message>
    <message>
        <source>{0} of at most {1} conditions chosen.</source>
        <translation>{0} o {1} amod ar y mwyaf wedi&apos;u dewis.</translation>
    </message>
</context>
<context>
    <name>SignedReturnActions</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Dewiswch ffolder y blwch allan</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n return(s) to %1.</source>
        <translation>
            <numerusform>Allforiwyd %n adroddiad i %1.</numerusform>
            <numerusform>Allforiwyd %n adroddiad i %1.</numerusform>
            <numerusform>Allforiwyd %n adroddiad i %1.</numerusform>
            <numerusform>Allforiwyd %n adroddiad i %1.</numerusform>
            <numerusform>Allforiwyd %n adroddiad i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a signed return</source>
        <translation>Cywiro adroddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Why does this return need a correction? (required; printed with the audit entry)</source>
        <translation>Pam mae angen cywiro&apos;r adroddiad hwn? (gofynnol; caiff ei argraffu gyda&apos;r cofnod archwilio)</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Mae angen rheswm dros gywiriad.</translation>
    </message>
    <message>
        <source>A correction was drafted: review it, then sign it.</source>
        <translation>Drafftiwyd cywiriad: adolygwch ef, yna llofnodwch ef.</translation>
    </message>
    <message>
        <source>Signing key ready for %1. Fingerprint %2</source>
        <translation>Mae&apos;r allwedd llofnodi yn barod ar gyfer %1. Ôl bys %2</translation>
    </message>
</context>
<context>
    <name>StaffHookup</name>
    <message>
        <source>&amp;Users…</source>
        <translation>De&amp;fnyddwyr…</translation>
    </message>
    <message>
        <source>Staff accounts: add, disable, reset a passphrase (Ctrl+Shift+U)</source>
        <translation>Cyfrifon staff: ychwanegu, analluogi, ailosod cyfrinymadrodd (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> a {0} arall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newly assigned to you since your last sign-in ({0}):&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Wedi&apos;u neilltuo i chi ers i chi fewngofnodi ddiwethaf ({0}):&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>{0}, assigned by {1}</source>
        <translation>{0}, wedi&apos;i neilltuo gan {1}</translation>
    </message>
    <message>
        <source>Select a person in the caseload first.</source>
        <translation>Dewiswch unigolyn yn y llwyth achosion yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add your staff</source>
        <translation>Ychwanegu eich staff</translation>
    </message>
    <message>
        <source>Add managers and keyworkers now or later. Each chooses a passphrase of at least 8 characters; a keyworker sees only their own caseload.</source>
        <translation>Ychwanegwch reolwyr a gweithwyr allweddol nawr neu wedyn. Mae pob un yn dewis cyfrinymadrodd o 8 nod o leiaf; dim ond ei lwyth achosion ei hun y mae gweithiwr allweddol yn ei weld.</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Staff user name</source>
        <translation>Enw defnyddiwr yr aelod staff</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>Staff full name</source>
        <translation>Enw llawn yr aelod staff</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Staff passphrase</source>
        <translation>Cyfrinymadrodd yr aelod staff</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>E&amp;to:</translation>
    </message>
    <message>
        <source>Staff passphrase again</source>
        <translation>Cyfrinymadrodd yr aelod staff eto</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Staff a ychwanegwyd</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Wedi&apos;u hychwanegu:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Rhowch enw defnyddiwr.</translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation>Nid oedd modd ychwanegu&apos;r cyfrif.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wedi&apos;i analluogi</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Set up a &amp;partner…</source>
        <translation>Sefydlu &amp;partner…</translation>
    </message>
    <message>
        <source>Save our &amp;certificate…</source>
        <translation>Cadw ein &amp;tystysgrif…</translation>
    </message>
    <message>
        <source>Sync &amp;log and conflicts…</source>
        <translation>&amp;Log cysoni a gwrthdaro…</translation>
    </message>
    <message>
        <source>Sync is run by a manager or an admin</source>
        <translation>Rheolwr neu weinyddwr sy&apos;n cysoni</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n bundle(s) sent, nothing new from the force</source>
        <translation>
            <numerusform>Cysoni wedi&apos;i gwblhau: anfonwyd %n bwndel, dim byd newydd gan yr heddlu</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: anfonwyd %n bwndel, dim byd newydd gan yr heddlu</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: anfonwyd %n bwndel, dim byd newydd gan yr heddlu</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: anfonwyd %n bwndel, dim byd newydd gan yr heddlu</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: anfonwyd %n bwndel, dim byd newydd gan yr heddlu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n bundle(s) sent; the force&apos;s bundles were left in the inbox</source>
        <translation>
            <numerusform>Cysoni: anfonwyd %n bwndel; gadawyd bwndeli&apos;r heddlu yn y blwch derbyn</numerusform>
            <numerusform>Cysoni: anfonwyd %n bwndel; gadawyd bwndeli&apos;r heddlu yn y blwch derbyn</numerusform>
            <numerusform>Cysoni: anfonwyd %n bwndel; gadawyd bwndeli&apos;r heddlu yn y blwch derbyn</numerusform>
            <numerusform>Cysoni: anfonwyd %n bwndel; gadawyd bwndeli&apos;r heddlu yn y blwch derbyn</numerusform>
            <numerusform>Cysoni: anfonwyd %n bwndel; gadawyd bwndeli&apos;r heddlu yn y blwch derbyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n bundle(s) applied</source>
        <translation>
            <numerusform>Cysoni wedi&apos;i gwblhau: cymhwyswyd %n bwndel</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: cymhwyswyd %n bwndel</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: cymhwyswyd %n bwndel</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: cymhwyswyd %n bwndel</numerusform>
            <numerusform>Cysoni wedi&apos;i gwblhau: cymhwyswyd %n bwndel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sent</source>
        <translation>
            <numerusform>, anfonwyd %n</numerusform>
            <numerusform>, anfonwyd %n</numerusform>
            <numerusform>, anfonwyd %n</numerusform>
            <numerusform>, anfonwyd %n</numerusform>
            <numerusform>, anfonwyd %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left for you to review (Sync now)</source>
        <translation>
            <numerusform>, %n ar ôl i chi eu hadolygu (Cysoni nawr)</numerusform>
            <numerusform>, %n ar ôl i chi ei adolygu (Cysoni nawr)</numerusform>
            <numerusform>, %n ar ôl i chi eu hadolygu (Cysoni nawr)</numerusform>
            <numerusform>, %n ar ôl i chi eu hadolygu (Cysoni nawr)</numerusform>
            <numerusform>, %n ar ôl i chi eu hadolygu (Cysoni nawr)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Methodd y cysoni: %1</translation>
    </message>
    <message>
        <source>Conflict marked as dealt with</source>
        <translation>Gwrthdaro wedi&apos;i nodi fel un sydd wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>Save our certificate for the force</source>
        <translation>Cadw ein tystysgrif ar gyfer yr heddlu</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Tystysgrifau (*.pem)</translation>
    </message>
    <message>
        <source>Saved %1; read the force this fingerprint: %2</source>
        <translation>Cadwyd %1; darllenwch yr ôl bys hwn i&apos;r heddlu: %2</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Ni chadwyd y dystysgrif</translation>
    </message>
</context>
<context>
    <name>SyncHookup</name>
    <message>
        <source>S&amp;ync</source>
        <translation>C&amp;ysoni</translation>
    </message>
    <message>
        <source>%1 pinned as a partner</source>
        <translation type="unfinished">%1 wedi&apos;i binio fel partner</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Do, %1</translation>
    </message>
    <message>
        <source> (with conflicts)</source>
        <translation> (gyda gwrthdaro)</translation>
    </message>
    <message>
        <source>Not expected (acknowledgements only)</source>
        <translation>Dim disgwyl (cydnabyddiaethau yn unig)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ No, after %n day(s)</source>
        <translation>
            <numerusform>⚠ Naddo, ar ôl %n diwrnod</numerusform>
            <numerusform>⚠ Naddo, ar ôl %n diwrnod</numerusform>
            <numerusform>⚠ Naddo, ar ôl %n diwrnod</numerusform>
            <numerusform>⚠ Naddo, ar ôl %n diwrnod</numerusform>
            <numerusform>⚠ Naddo, ar ôl %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Ours sent</source>
        <translation>Anfonwyd ein un ni</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What to decide</source>
        <translation>Beth i&apos;w benderfynu</translation>
    </message>
    <message>
        <source>Waiting for its referral</source>
        <translation>Yn aros am ei atgyfeiriad</translation>
    </message>
    <message>
        <source>⚠ Conflict</source>
        <translation>⚠ Gwrthdaro</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Log cysoni</translation>
    </message>
    <message>
        <source>Mark as dealt with…</source>
        <translation>Nodi ei fod wedi&apos;i ddatrys…</translation>
    </message>
    <message>
        <source>Records the force sent that were not applied: nothing of ours was overwritten. Deal with each by hand, then mark it.</source>
        <translation>Cofnodion a anfonodd yr heddlu na chawsant eu cymhwyso: ni throsysgrifwyd dim o&apos;n cofnodion ni. Deliwch â phob un â llaw, yna nodwch hynny.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bwndeli</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Gwrthdaro (%1)</translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation>Dewiswch achos o wrthdaro yn gyntaf.</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation>Beth a wnaed yn ei gylch?</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync: checking…</source>
        <translation>Cysoni: wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <source>Sync: status unavailable</source>
        <translation>Cysoni: statws ddim ar gael</translation>
    </message>
    <message>
        <source>Click for the sync log</source>
        <translation>Cliciwch i weld y log cysoni</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>nothing new (%n record(s) already held)</source>
        <translation>
            <numerusform>dim byd newydd (%n cofnod eisoes gennym)</numerusform>
            <numerusform>dim byd newydd (%n cofnod eisoes gennym)</numerusform>
            <numerusform>dim byd newydd (%n cofnod eisoes gennym)</numerusform>
            <numerusform>dim byd newydd (%n cofnod eisoes gennym)</numerusform>
            <numerusform>dim byd newydd (%n cofnod eisoes gennym)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ychydig eiliadau yn ôl</translation>
    </message>
    <message>
        <source>Sync: no partner set up</source>
        <translation>Cysoni: dim partner wedi&apos;i sefydlu</translation>
    </message>
    <message>
        <source>Set up the force as a partner from the Sync menu to exchange bundles.</source>
        <translation>Sefydlwch yr heddlu fel partner o&apos;r ddewislen Cysoni i gyfnewid bwndeli.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Cysonwyd %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Heb gysoni erioed</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go</source>
        <translation>
            <numerusform>%n cofnod yn aros i fynd</numerusform>
            <numerusform>%n cofnod yn aros i fynd</numerusform>
            <numerusform>%n cofnod yn aros i fynd</numerusform>
            <numerusform>%n cofnod yn aros i fynd</numerusform>
            <numerusform>%n cofnod yn aros i fynd</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting to go</source>
        <translation>dim yn aros i fynd</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) in the inbox to read</source>
        <translation>
            <numerusform>%n bwndel yn y blwch derbyn i&apos;w darllen</numerusform>
            <numerusform>%n bwndel yn y blwch derbyn i&apos;w ddarllen</numerusform>
            <numerusform>%n bwndel yn y blwch derbyn i&apos;w darllen</numerusform>
            <numerusform>%n bwndel yn y blwch derbyn i&apos;w darllen</numerusform>
            <numerusform>%n bwndel yn y blwch derbyn i&apos;w darllen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n achos o wrthdaro i edrych arnynt</numerusform>
            <numerusform>%n achos o wrthdaro i edrych arno</numerusform>
            <numerusform>%n achos o wrthdaro i edrych arnynt</numerusform>
            <numerusform>%n achos o wrthdaro i edrych arnynt</numerusform>
            <numerusform>%n achos o wrthdaro i edrych arnynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 to %2 not acknowledged after %n day(s)</source>
        <translation>
            <numerusform>Bwndel #%1 i %2 heb ei gydnabod ar ôl %n diwrnod</numerusform>
            <numerusform>Bwndel #%1 i %2 heb ei gydnabod ar ôl %n diwrnod</numerusform>
            <numerusform>Bwndel #%1 i %2 heb ei gydnabod ar ôl %n diwrnod</numerusform>
            <numerusform>Bwndel #%1 i %2 heb ei gydnabod ar ôl %n diwrnod</numerusform>
            <numerusform>Bwndel #%1 i %2 heb ei gydnabod ar ôl %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) unacknowledged for over a week</source>
        <translation>
            <numerusform>%n bwndel heb eu cydnabod ers dros wythnos</numerusform>
            <numerusform>%n bwndel heb ei gydnabod ers dros wythnos</numerusform>
            <numerusform>%n bwndel heb eu cydnabod ers dros wythnos</numerusform>
            <numerusform>%n bwndel heb eu cydnabod ers dros wythnos</numerusform>
            <numerusform>%n bwndel heb eu cydnabod ers dros wythnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n diwrnod)</numerusform>
            <numerusform> (%n diwrnod)</numerusform>
            <numerusform> (%n diwrnod)</numerusform>
            <numerusform> (%n diwrnod)</numerusform>
            <numerusform> (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (oldest %n day(s))</source>
        <translation>
            <numerusform> (yr hynaf %n diwrnod)</numerusform>
            <numerusform> (yr hynaf %n diwrnod)</numerusform>
            <numerusform> (yr hynaf %n diwrnod)</numerusform>
            <numerusform> (yr hynaf %n diwrnod)</numerusform>
            <numerusform> (yr hynaf %n diwrnod)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show each time the record was &amp;opened</source>
        <translation>Dangos pob tro yr agorw&amp;yd y cofnod</translation>
    </message>
    <message>
        <source>Show record openings</source>
        <translation>Dangos pryd yr agorwyd y cofnod</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>{0} events, newest first</source>
        <translation>{0} digwyddiad, y diweddaraf yn gyntaf</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>TransferCaseloadDialog</name>
    <message>
        <source>Caseload of {0}</source>
        <translation>Llwyth achosion {0}</translation>
    </message>
    <message>
        <source>Give the caseload to</source>
        <translation>Rhoi&apos;r llwyth achosion i</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Trosglwyddo</translation>
    </message>
    <message>
        <source>&amp;Give their {0} people to:</source>
        <translation>&amp;Rhoi eu {0} o bobl i:</translation>
    </message>
    <message>
        <source>Each person&apos;s new keyworker is recorded in the audit log and told at their next sign-in.</source>
        <translation>Caiff gweithiwr allweddol newydd pob unigolyn ei gofnodi yn y log archwilio a chaiff wybod y tro nesaf y bydd yn mewngofnodi.</translation>
    </message>
    <message>
        <source>There is nobody else to give the caseload to.</source>
        <translation>Nid oes neb arall i roi&apos;r llwyth achosion iddo.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the case store — Checkpoint Desk</source>
        <translation>Datgloi&apos;r storfa achosion — Checkpoint Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock the case store&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datgloi&apos;r storfa achosion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation>Ffolder y storfa achosion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>This is the demo store: every account (manager, alex, sam, priya, admin) uses the passphrase &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Dyma&apos;r storfa arddangos: mae pob cyfrif (manager, alex, sam, priya, admin) yn defnyddio&apos;r cyfrinymadrodd &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Demo passphrase hint</source>
        <translation>Awgrym: cyfrinymadrodd y storfa arddangos</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase? Use the recovery key</source>
        <translation>&amp;Wedi anghofio&apos;r cyfrinymadrodd? Defnyddiwch yr allwedd adfer</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Defnyddio&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>Rhowch eich enw defnyddiwr a&apos;ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>That passphrase is not right for &apos;%1&apos;. Check Caps Lock and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir ar gyfer &apos;%1&apos;. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos; in this case store.</source>
        <translation>Nid oes defnyddiwr o&apos;r enw &apos;%1&apos; yn y storfa achosion hon.</translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation>Nid oedd modd agor y storfa achosion: %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Analluogi…</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation>Ailosod y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Newid y r&amp;ôl…</translation>
    </message>
    <message>
        <source>&amp;Transfer caseload…</source>
        <translation>&amp;Trosglwyddo&apos;r llwyth achosion…</translation>
    </message>
    <message>
        <source>Problem with users</source>
        <translation>Problem gyda&apos;r defnyddwyr</translation>
    </message>
    <message>
        <source>Only an admin can add, disable or change users; you can transfer a caseload.</source>
        <translation>Dim ond gweinyddwr all ychwanegu, analluogi neu newid defnyddwyr; gallwch chi drosglwyddo llwyth achosion.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is not an email address: one @, then a domain such as example.org.uk</source>
        <translation>ddim yn gyfeiriad e-bost: un @, yna parth fel example.org.uk</translation>
    </message>
    <message>
        <source>is not a phone number: 7 to 15 digits, spaces, + ( ) - allowed</source>
        <translation>ddim yn rhif ffôn: caniateir 7 i 15 digid, bylchau, + ( ) -</translation>
    </message>
    <message>
        <source>is too long: at most {0} characters (this has {1})</source>
        <translation>yn rhy hir: dim mwy na {0} nod (mae gan hwn {1})</translation>
    </message>
</context>
<context>
    <name>VaryContractDialog</name>
    <message>
        <source>Vary the contract</source>
        <translation>Amrywio&apos;r contract</translation>
    </message>
    <message>
        <source>leave empty to keep the wording</source>
        <translation>gadewch yn wag i gadw&apos;r geiriad</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>heb ei newid</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Newid:</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>A&amp;mod:</translation>
    </message>
    <message>
        <source>&amp;Type to add:</source>
        <translation>&amp;Math i&apos;w ychwanegu:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Geiriad:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>T&amp;arged:</translation>
    </message>
    <message>
        <source>New &amp;end date:</source>
        <translation>Dyddiad &amp;gorffen newydd:</translation>
    </message>
    <message>
        <source>Date of the &amp;variation:</source>
        <translation>Dyddiad yr &amp;amrywiad:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Problem with the reason</source>
        <translation>Problem gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>Record variation</source>
        <translation>Cofnodi&apos;r amrywiad</translation>
    </message>
    <message>
        <source>Write the reason for the variation.</source>
        <translation>Ysgrifennwch y rheswm dros yr amrywiad.</translation>
    </message>
    <message>
        <source>Choose the condition to change.</source>
        <translation>Dewiswch yr amod i&apos;w newid.</translation>
    </message>
</context>
<context>
    <name>VictimContactDialog</name>
    <message>
        <source>Victim contact</source>
        <translation>Cyswllt â&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Victim&apos;s wishes</source>
        <translation>Dymuniadau&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Date the victim was asked</source>
        <translation>Dyddiad gofyn i&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Date contact was made</source>
        <translation>Dyddiad gwneud cyswllt</translation>
    </message>
    <message>
        <source>(no contact yet)</source>
        <translation>(dim cyswllt eto)</translation>
    </message>
    <message>
        <source>How contact was made</source>
        <translation>Sut y gwnaed cyswllt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Dyddiad y canlyniad</translation>
    </message>
    <message>
        <source>Victim&apos;s name (optional)</source>
        <translation>Enw&apos;r dioddefwr (dewisol)</translation>
    </message>
    <message>
        <source>Victim&apos;s contact details (optional)</source>
        <translation>Manylion cyswllt y dioddefwr (dewisol)</translation>
    </message>
    <message>
        <source>Returns say only the victim&apos;s wishes, when and how contact was made, and whether an outcome is recorded: never the victim&apos;s name, contact details or the outcome&apos;s words.</source>
        <translation type="unfinished">Dim ond dymuniadau&apos;r dioddefwr, pryd a sut y gwnaed cyswllt, ac a gofnodwyd canlyniad, a ddywed yr adroddiadau: byth enw&apos;r dioddefwr, ei fanylion cyswllt na geiriau&apos;r canlyniad.</translation>
    </message>
    <message>
        <source>&amp;Wishes:</source>
        <translation>&amp;Dymuniadau:</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Gofynnwyd ar:</translation>
    </message>
    <message>
        <source>&amp;Contact made on:</source>
        <translation>&amp;Cyswllt ar:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>S&amp;ut:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ca&amp;nlyniad:</translation>
    </message>
    <message>
        <source>Outcome &amp;dated:</source>
        <translation>D&amp;yddiad y canlyniad:</translation>
    </message>
    <message>
        <source>Victim&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r dioddefwr:</translation>
    </message>
    <message>
        <source>Victim&apos;s con&amp;tact:</source>
        <translation>Manylion cyswll&amp;t:</translation>
    </message>
    <message>
        <source>Date asked</source>
        <translation>Dyddiad gofyn</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Checkpoint Desk</source>
        <translation>Croeso i Checkpoint Desk</translation>
    </message>
    <message>
        <source>There is no case store on this computer yet.</source>
        <translation>Nid oes storfa achosion ar y cyfrifiadur hwn eto.</translation>
    </message>
    <message>
        <source>&amp;Open the demo: invented people, to try the app safely</source>
        <translation>&amp;Agor y fersiwn arddangos: pobl ddychmygol, i roi cynnig diogel ar yr ap</translation>
    </message>
    <message>
        <source>&amp;Set up a new case store for my service</source>
        <translation>&amp;Sefydlu storfa achosion newydd ar gyfer fy ngwasanaeth</translation>
    </message>
</context>
<context>
    <name>WindowVeil</name>
    <message>
        <source>Checkpoint Desk — locked</source>
        <translation>Checkpoint Desk — wedi&apos;i gloi</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>Problem wrth gadw</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Gwaredu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>You have entered details that are not saved. Discard them?</source>
        <translation>Rydych wedi rhoi manylion sydd heb eu cadw. Eu gwaredu?</translation>
    </message>
</context>
<context>
    <name>_EvidenceDialog</name>
    <message>
        <source>Evidence date</source>
        <translation>Dyddiad y dystiolaeth</translation>
    </message>
    <message>
        <source>What shows this: e.g. &apos;timesheet signed by the placement&apos;</source>
        <translation>Beth sy&apos;n dangos hyn: e.e. &apos;taflen amser wedi&apos;i llofnodi gan y lleoliad&apos;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Problem gyda&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>Evidence &amp;date:</source>
        <translation>&amp;Dyddiad y dystiolaeth:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Tystiolaeth:</translation>
    </message>
    <message>
        <source>Evidence is required: say what shows this.</source>
        <translation>Mae angen tystiolaeth: dywedwch beth sy&apos;n dangos hyn.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>New passphrase</source>
        <translation type="obsolete">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="obsolete">&amp;Cyfrinymadrodd:</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Creating the demo case store with invented people… (a few seconds, first run only)</source>
        <translation>Wrthi&apos;n creu&apos;r storfa achosion arddangos gyda phobl ddychmygol… (ychydig eiliadau, y tro cyntaf yn unig)</translation>
    </message>
    <message>
        <source>The demo folder %1 exists but is not a case store.</source>
        <translation>Mae&apos;r ffolder arddangos %1 yn bodoli ond nid yw&apos;n storfa achosion.</translation>
    </message>
</context>
</TS>
