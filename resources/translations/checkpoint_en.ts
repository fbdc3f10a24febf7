<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Create the case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store is an encrypted folder. The first account is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a folder and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not empty: choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProgressDialog</name>
    <message>
        <source>Add progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {target} done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past: no outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · given on {1} by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · completed (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · correction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers given are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Asked about: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {0} (answers carried over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered once this form is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0} with the answers already given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: answer these or mark them declined ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ SAFETY: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, correction in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · safety flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsController</name>
    <message>
        <source>Cannot open it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed assessment is never changed: a correction is a new, linked version and both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and what is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assessments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it being corrected? (kept with both versions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignKeyworkerDialog</name>
    <message>
        <source>Keyworker for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyworker is told at their next sign-in. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>case store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else $%1, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: give --passphrase-file or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilingual, Welsh first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force partner, as named on its referrals (default: every force without its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers and admins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a manager or an admin may set the returns language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns to a force without its own setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4. A person who prefers Welsh gets a Welsh or bilingual return whatever this says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new case store with an admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a store with a synthetic caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add users or change a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people you may see, with contract day and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database, the audit chain and the key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted copy of the store to DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup folder SRC into STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the desktop app (the demo store when STORE is not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, score and check assessment instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the signature of a return PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable absences: a missed appointment that does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress returns to the force: list and sign a month&apos;s batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s key and certificate that sign returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forces we exchange bundles with (pinned certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export and import bundles, or export our certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s figures for a period, as CSV or a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set the language of returns to a force: en, cy or cy+en (Welsh first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase one person&apos;s records for good (manager or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal holds: keep a person&apos;s data whatever the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention schedule: what is due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject access: write everything held on one person to DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the contract to sign, or an appointment / missed-appointment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas of the store for other desks and laptops (docs/replicas.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management for police diversion contracts, with an encrypted local case store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: en, cy (Cymraeg) or system (default: the GUI&apos;s saved choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the command stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory; the command stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vary a signed contract (a reason is always required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, in words the force will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it takes effect (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition&apos;s number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-10, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract on your caseload has the force reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--condition must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (recorded; it goes to the force in the next bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment instruments (questionnaires and screens) defined as data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also load definitions from DIR (a service&apos;s own instruments); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the loaded instruments and any refused files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the items of one instrument, in answer order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score a set of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score one set of answers and print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument id, e.g. phq9, gad7, audit, audit_c, sds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers in item order (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument version (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a definition file. Exit 0 if it is sound, 1 with its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1..%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the answers as --answers A1,A2,... (one value per item, in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers given but %2 has %3 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answers: %1 needs a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answers: %1 needs a finite number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 version %3 is already defined in %4; give a changed definition a higher version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: follow-up instrument %2 is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n bands</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1 version %2, %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>the current contract, with signature lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter about the next appointment (or the one on --on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter about the missed appointment on --on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a scan of the signed contract (PDF, PNG or JPEG) to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the scans attached to the person&apos;s contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one on your caseload has the force reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3 bytes) to the contract of %4; it is kept inside the encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan attached to the contract of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contract to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no missed appointment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no appointment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no missed appointment to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no appointment to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s force reference (or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (kept in the audit log; no personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1: %2 (%3); database pages overwritten; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>  removed file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  could not remove %1: delete it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold placed on %1: kept whatever the retention schedule says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  since %2  by %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  automatic backup made %3, past its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not erasing: confirm with --yes when not at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and %2? Type &apos;erase&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 people and %2 old backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; the schedule was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule replaced (%1 rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures will be sent to the force in the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures will not be sent to the force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subject access export: %n record(s)</source>
        <translation>
            <numerusform>Subject access export: %n record</numerusform>
            <numerusform>Subject access export: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what is due for erasure and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase what is due, after showing the same list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the schedule with a JSON file (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send erasures to the force in the next bundle, when the data-sharing agreement says so (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the shipped default schedule (a starting point for `set`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a replica for a desk or a laptop (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk or laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, empty folder for the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry this keyworker&apos;s clients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store&apos;s device name (first time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a bundle for each peer with what it has not got yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bundles in DIR addressed to this replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields changed on two replicas to different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle a conflict: keep value a, value b, or give the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict&apos;s id (or its first characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse a lost or retired device&apos;s bundles from now on (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device and its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica &apos;%1&apos; made in %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same users sign in with the same passphrases; exchange with `replica export` / `replica import`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no peers to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n record changed</numerusform>
            <numerusform>%n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled</source>
        <translation>
            <numerusform>%n settled</numerusform>
            <numerusform>%n settled</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: a replay (this bundle or a later one from that device was applied already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflicts ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  record %3  %4  [%5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 (%2); the other replicas take it at the next exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked &apos;%1&apos;: its bundles are refused from now on; export to tell the other replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store is not a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  SHA-256 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this keyworker&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact small numbers (CSV only; not for anything that leaves the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unsuppressed is for CSV only: the PDF report is for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 report for %2 to %3 to %4 (sha256 %5...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed return: signer, signing time, whether it is intact and whether the signer is trusted. Exit 0 only when intact (and trusted, with --trust), 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed return (with --code: the case store folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate to trust (PEM or DER; may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code printed on a page (like K7F2-9QXA-3M): look it up in STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name in the store (with --code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --code: read the passphrase from FILE (else $CHECKPOINT_PASSPHRASE, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify --code needs the store and --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (give --trust CERT.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, approve and sign every return due in a month (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the signed PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing processes (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the returns you may see, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only returns whose period ends in this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the organisation&apos;s CA and a signing key and certificate it issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name on the certificate (default: the store setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the key the store has (the force must then pin the new certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a key and certificate issued to the organisation (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 password (else $%1, else none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the certificates for the force to trust (the CA first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a manager can sign returns; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing key is set up yet: run &apos;checkpoint-desk cert create&apos; (or &apos;cert import&apos;) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n return(s) signed by an interrupted batch to %1</source>
        <translation>
            <numerusform>Wrote %n return signed by an interrupted batch to %1</numerusform>
            <numerusform>Wrote %n returns signed by an interrupted batch to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No returns to sign for %1 (%2 drafted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 drafted, %3 signed, %4 failed; %5 PDFs written to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store already signs with %1; the force has pinned it. Add --replace to make a new one anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a signing key and certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (read it to the force when you send the certificate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the signing key and certificate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the certificate to %1. Fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason in words (required with --reason other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the absence on %2 is accepted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the absence on %2 is counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed return in this store has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT COMPLYING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed non compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed reoffended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no return yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest return to %1: %2 (signed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; withdrawn by the force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reoffending reported %1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (certificate SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last bundle: none received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last bundle: #%1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  missing bundles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not matched to a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  people: %1 (%2 referred by the force, %3 active%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overdue returns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    %1: nothing since %2 (%n day(s))</source>
        <translation>
            <numerusform>    %1: nothing since %2 (%n day)</numerusform>
            <numerusform>    %1: nothing since %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  waiting for acknowledgement: %n bundle(s), oldest sent %1</source>
        <translation>
            <numerusform>  waiting for acknowledgement: %n bundle, oldest sent %1</numerusform>
            <numerusform>  waiting for acknowledgement: %n bundles, oldest sent %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  conflicts to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns not read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reports waiting for the next bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complying (latest return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance (latest return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3 not complying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returns waiting to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returns received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the return for %1 (%2); marked read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n return(s) read.</source>
        <translation>
            <numerusform>Marked %n return read.</numerusform>
            <numerusform>Marked %n returns read.</numerusform>
        </translation>
    </message>
    <message>
        <source>give --last-name, --dob or --pnc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n return file(s) removed</source>
        <translation>
            <numerusform>%n return file removed</numerusform>
            <numerusform>%n return files removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased referral %1 to %2: %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit chain ok: %n entr(y|ies)</source>
        <translation>
            <numerusform>audit chain ok: %n entry</numerusform>
            <numerusform>audit chain ok: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source> (replaced by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact, signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILS ITS CHECK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no missed or cancelled appointment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %3 missed appointments on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new passphrase for %1: give --new-passphrase-file or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase (else $%1, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case store %1 with admin &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it or write it down and keep it locked away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created demo store %1 with %n invented people.</source>
        <translation>
            <numerusform>Created demo store %1 with %n invented people.</numerusform>
            <numerusform>Created demo store %1 with %n invented people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users: %1; passphrase: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now %2, with the new passphrase; the database was re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;; the database was re-keyed, so old copies of the key vault no longer open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok: database intact, key vault opens, audit chain of %n entr(y|ies) intact</source>
        <translation>
            <numerusform>ok: database intact, key vault opens, audit chain of %n entry intact</numerusform>
            <numerusform>ok: database intact, key vault opens, audit chain of %n entries intact</numerusform>
        </translation>
    </message>
    <message>
        <source>, each signed by its author; users and roles as the admin signed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1 (open it with the same passphrases or recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a store; add --force to replace it (the old one is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The replaced store was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the store&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user (admin only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your passphrase (or, as admin, another user&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose passphrase (default: yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a user&apos;s role; they get a new passphrase (admin only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user and re-key the database (admin only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing store (kept aside, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their certificate&apos;s SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it to the force by phone and compare, before the first exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our certificate&apos;s fingerprint (for them to check): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet: add one with `checkpoint-desk partner add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent #%1, received up to #%2, last sync %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; SHA-256 fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the force this file and read them the fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send to %1: it holds everything already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: bundle #%2 for %3 (%4; %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: give a file or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who are you? give --user or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and keep it locked away, it resets any passphrase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the passphrase must be at least %n character(s)</source>
        <translation>
            <numerusform>the passphrase must be at least %n character</numerusform>
            <numerusform>the passphrase must be at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Force folder ready: %1 (first user %2, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give providers the certificate (`checkpoint-force cert`) and read them this fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date; nothing to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1: the database and returns are encrypted; %2 is its admin, with the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this fingerprint with the provider by phone before exchanging bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: all %n referral(s) in the file were sent to %1 before.</source>
        <translation>
            <numerusform>Nothing to send: all %n referral in the file were sent to %1 before.</numerusform>
            <numerusform>Nothing to send: all %n referrals in the file were sent to %1 before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n sent before, skipped)</source>
        <translation>
            <numerusform> (%n sent before, skipped)</numerusform>
            <numerusform> (%n sent before, skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n referral(s) for %2%3.</source>
        <translation>
            <numerusform>Wrote %1: %n referral for %2%3.</numerusform>
            <numerusform>Wrote %1: %n referrals for %2%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted %1: bundle #%2 from %3; %4, %5, %6, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation>
            <numerusform>%n record applied</numerusform>
            <numerusform>%n records applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n already held</numerusform>
            <numerusform>%n already held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n acknowledgement</numerusform>
            <numerusform>%n acknowledgements</numerusform>
        </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflict: record %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  acknowledgement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: cannot read it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: the database refused it, nothing was changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bundle(s) accepted, %2 refused</source>
        <translation>
            <numerusform>%1 of %n bundle accepted, %2 refused</numerusform>
            <numerusform>%1 of %n bundles accepted, %2 refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n report(s) for %2.</source>
        <translation>
            <numerusform>Wrote %1: %n report for %2.</numerusform>
            <numerusform>Wrote %1: %n reports for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1%2 for %3 to %4: it goes in the next bundle to them (`%5` sends it now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the decision (%1, %2) for %3 to %4: it goes in the next bundle to them (`%5` sends it now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet: add one with `checkpoint-force partner add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the figures for %1 to %2 (%n provider(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the figures for %1 to %2 (%n provider) to %3.</numerusform>
            <numerusform>Wrote the figures for %1 to %2 (%n providers) to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: the store refused it, nothing was changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin a force&apos;s certificate (admin or manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force&apos;s name, as bundles will name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder where the force&apos;s bundles arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for our bundles to the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pinned partners, fingerprints and sequence numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write our certificate for the force (made on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one bundle of what changed since the last one, for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name (else $%1, else your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your passphrase from FILE (else $%1, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL without a password (else $%1, else DIR/force.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL service (pg_service.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password file (.pgpass format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase from FILE (else $%1, else a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint-force: the force&apos;s diversion team&apos;s side of file-based sync with treatment providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: en, cy (Cymraeg) or system (default: $CHECKPOINT_LANGUAGE, else the locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the force&apos;s folder: key, certificate, vault and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force&apos;s name, as providers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt a folder made by the first release (plain force.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the force&apos;s certificate for providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment providers the force exchanges bundles with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin a provider&apos;s certificate (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send referrals from a CSV file as one bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and store bundles from providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell a provider of reoffending, a withdrawal or a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the force reference of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the reference went to more than one provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reoffended: the new offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reoffended: when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reoffended: the new crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reoffended: reported on / withdrawn: withdrawn on (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction: a corrected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the force&apos;s decision on a referral, for the next bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfa: no further action; charge; other: e.g. an out-of-court disposal (say which in --note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short note for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the reports queued for a provider now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the bundle (default DIR/outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per provider: bundles, people and their compliance, overdue returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report as of this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one provider only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list only people whose latest return says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome figures across providers for a period (small numbers hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count reoffending reported by this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write CSV (one row per figure and provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns received: the queue not read yet, reading one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns not read yet, per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a return&apos;s PDF and mark it read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return&apos;s ID (its first 8 characters are enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark returns read without opening them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find referrals by last name, date of birth or PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s users and roles (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a user&apos;s passphrase with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a referral and everything held on it (decision-maker or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit chain and show its last entries (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, preview and apply bundles from partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what would change, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadController</name>
    <message>
        <source>Loading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on this caseload yet. Add a referral with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (non-compliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (reoffended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no contract yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— starts when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract has been offered: there is nothing to comply with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance is judged once the contract is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, safety alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Role of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now a {0}. The role is sealed into their key, so they get a new passphrase: give it to them in person. The database is re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseContractDialog</name>
    <message>
        <source>Close the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome. A reason is required unless it is &apos;Completed&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: the court may be told why the contract failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is optional for a completed contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionStatusDialog</name>
    <message>
        <source>Change condition status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsTableModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTab</name>
    <message>
        <source>Si&amp;gn contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vary contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victi&amp;m contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim&apos;s wishes, the contact made and its outcome, for a victim-related condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change condition status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress to condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim contact for the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: select a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim contact for the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract signed yet: sign one to set the conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for &apos;{0}&apos; ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim: wishes not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; contact made {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from attended {0} sessions: record the session instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Active contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts signed and not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or not complying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts whose compliance is at risk or not complying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts ending in 14 days or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts that were active last month: a monthly return is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F; Enter opens the first; Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (not ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sa&amp;fety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with a safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a safety concern (e.g. PHQ-9 item 9) that nobody has recorded an action for yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;keyworker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a keyworker to the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National treatment reporting (NDTMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing agreement reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement ref.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Eligible by manager override of %n failed answer(s).</source>
        <translation>
            <numerusform>Eligible by manager override of %n failed answer.</numerusform>
            <numerusform>Eligible by manager override of %n failed answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n answer(s) failed (recorded at referral).</source>
        <translation>
            <numerusform>Not eligible: %n answer failed (recorded at referral).</numerusform>
            <numerusform>Not eligible: %n answers failed (recorded at referral).</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility not yet screened: no answers recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility screening incomplete: {0} of {1} questions answered, none failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: every answer passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this week&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those needing &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only missed appointments and those without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem loading the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome of the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome (Enter on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) · {missed} missed · {overdue} past without an outcome</source>
        <translation>
            <numerusform>%n appointment · {missed} missed · {overdue} past without an outcome</numerusform>
            <numerusform>%n appointments · {missed} missed · {overdue} past without an outcome</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisableUserDialog</name>
    <message>
        <source>Disable {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give their caseload to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in. The account is kept, since records and the audit log name them; the database is re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give their {0} people to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another keyworker first: their caseload needs someone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Aged 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence committed in the force area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence less than 3 months old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission, or &apos;no reply&apos; interview with enough evidence to charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hate crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for court or under the Mental Health Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a court order, suspended sentence or conditional discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case has a co-accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On bail for other matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A contract that is {state!l} cannot become {new_state!l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &apos;{new_state}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract cannot close before it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract that is {state!l} cannot be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be after the signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community hours must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is required to change a condition&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offending condition cannot be waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no numeric target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is counted from attended {kind!l} sessions; record the session instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress to add must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contract includes the no-reoffending condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no-reoffending condition is included once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract has at most {most} conditions; {chosen} are chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active contract can be varied; this one is {state!l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variation cannot be dated before the contract was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no numeric target to vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to vary: give a new wording or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no-reoffending condition cannot be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; was withdrawn already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end date must be after the current one ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme allows a contract of at most {days} days: it must end by {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is paused already, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract cannot resume before it was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can override a failed eligibility criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{question}&apos; passes; there is nothing to override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for overriding &apos;{question}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance cannot be recorded for an appointment that has not happened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why no action is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done is at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no safety alert to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing key: create or import one first (checkpoint-desk cert create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed: record a correction instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment uses {instrument} version {version}, not {definition} version {definition_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed assessment needs a correction: edit the draft instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed assessment cannot be saved as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has already been corrected: correct the latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction of this assessment is already in draft: open it to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment belongs to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim contact is recorded only for a victim-related condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an active user and cannot sign returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can sign returns; {name} is a {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden in published figures: a small number, or one that would reveal one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Checkpoint Desk — first run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySetupDialog</name>
    <message>
        <source>Set up the signing key for returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the force are signed with the organisation&apos;s key. There is none in this case store yet. Create one now (the force is sent its certificate to trust), or import the file a certificate authority issued to the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a key and certificate for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a PKCS#12 file (.p12 or .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Type the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Choose the PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Bundles from the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n change to apply</numerusform>
            <numerusform>%n changes to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) will be kept for you to decide</source>
        <translation>
            <numerusform>; %n conflict will be kept for you to decide</numerusform>
            <numerusform>; %n conflicts will be kept for you to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>, nothing of ours is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) refused</source>
        <translation>
            <numerusform>; %n file refused</numerusform>
            <numerusform>; %n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n bundle(s)</source>
        <translation>
            <numerusform>Apply %n bundle</numerusform>
            <numerusform>Apply %n bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementSummary</name>
    <message>
        <source>&lt;b&gt;Improvement between start and exit: {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem loading the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement by instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} of {2} people improved by {3} or more points ({4:.0%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has both a start and an exit score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by change between start and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementTableModel</name>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without start and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0} declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person chose not to answer this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (non-compliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (reoffended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim / restorative approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim awareness course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and clinical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation and victimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis team contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly progress return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final outcome return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Checkpoint Desk&apos;s windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Checkpoint Desk starts. Returns and papers keep the language chosen for each force and person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint Desk is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.
Enter your passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) kept: they will be there when you unlock.</source>
        <translation>
            <numerusform>%n unsaved edit kept: it will be there when you unlock.</numerusform>
            <numerusform>%n unsaved edits kept: they will be there when you unlock.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checkpoint Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everyone&apos;s data until your passphrase is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in, without quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first (arrow keys, then Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint Desk — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open editor(s) have unsaved changes. Close and lose them?</source>
        <translation>
            <numerusform>An open editor has unsaved changes. Close and lose them?</numerusform>
            <numerusform>%n open editors have unsaved changes. Close and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeReplicaDialog</name>
    <message>
        <source>Make a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kim laptop, Desk 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole service (a desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One keyworker&apos;s caseload only (a laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty folder, e.g. E:\kim-laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica has the same users and passphrases, and its own device key. A caseload replica carries no other keyworker&apos;s clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active keyworker to make a caseload replica for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the keyworker whose caseload the replica carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder the replica goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a new, empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your passphrase: the copy is opened with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedCoverageTableModel</name>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (notes and assessments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsCoverageView</name>
    <message>
        <source>Pathway needs and what is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needs screen or needs-bearing assessment (housing, AUDIT, PHQ-9, GAD-7) has been completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} medium or high needs: {1} with a contract condition, {2} with a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (no condition): {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsRadarChart</name>
    <message>
        <source>Pathway needs at start and at the latest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway needs: no screen completed at start yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway needs: start against the latest screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, {0} (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} (solid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crime number or URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the practice&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, partner, friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PNC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;bility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral from the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring officer&apos;s name and collar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. possession of a class B drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offen&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility (answer every question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this person should be offered a contract anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager &amp;override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to national treatment reporting (NDTMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sharing agreement reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing agreement reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with police:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement ref.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the dates: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Manager override: %n failed answer(s) ({what}) will be let through with your reason, which the audit log, the record and the contract start notice show.</source>
        <translation>
            <numerusform>Manager override: %n failed answer ({what}) will be let through with your reason, which the audit log, the record and the contract start notice show.</numerusform>
            <numerusform>Manager override: %n failed answers ({what}) will be let through with your reason, which the audit log, the record and the contract start notice show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n answer(s) make this person ineligible: {what}. You can still save the referral; the failed answers are recorded with it.</source>
        <translation>
            <numerusform>Warning: %n answer makes this person ineligible: {what}. You can still save the referral; the failed answers are recorded with it.</numerusform>
            <numerusform>Warning: %n answers make this person ineligible: {what}. You can still save the referral; the failed answers are recorded with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: see the messages beside the fields.</source>
        <translation>
            <numerusform>%n problem to fix before saving: see the message beside the field.</numerusform>
            <numerusform>%n problems to fix before saving: see the messages beside the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager can override them with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (not eligible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every eligibility question ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} to {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnwardBox</name>
    <message>
        <source>Referrals to other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer to an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnwardReferralDialog</name>
    <message>
        <source>Update a referral to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the agency answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date first attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working note (never on a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnwardTableModel</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesHookup</name>
    <message>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people improved between start and exit (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Set up a partner force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force&apos;s certificate (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the force&apos;s certificate to see its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read this fingerprint to the force by phone and it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder where the force&apos;s bundles arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for our bundles to the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint. Phone the force and read it out in groups: their `checkpoint-force init` printed the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint with the force by phone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordView</name>
    <message>
        <source>Problem with this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesHookup</name>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose English or Cymraeg for the windows (now: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyHookup</name>
    <message>
        <source>&amp;Retention plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on the selected person, as a PDF and a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the caseload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the subject access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject access export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most {most} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than 120 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after the referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{contradictions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: name the agency referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given but the answer is &apos;not known&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required once the agency has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the referral was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the referral accepted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the agency accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given but the victim&apos;s wishes are &apos;not asked yet&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be made before the victim&apos;s wishes are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required once the victim&apos;s wishes are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is recorded but the victim does not want contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is dated before the victim was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is dated but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the contact made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is dated before the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when an emergency contact is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a name when a phone or relationship is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an item of {instrument}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of the options ({allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {least:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {most:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is unanswered: answer it or mark it declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a stored answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the assessment is being corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character.</numerusform>
            <numerusform>The passphrase must be at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References and keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;keyworker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record acti&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done about the safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force ref. {ref} · PNC {pnc} · Keyworker: {kw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: no signed contract yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance starts when the contract is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract offered, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed {signed}, ends {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active contract: {dates} · day {day} of {length} · %n day(s) left</source>
        <translation>
            <numerusform>Active contract: {dates} · day {day} of {length} · %n day left</numerusform>
            <numerusform>Active contract: {dates} · day {day} of {length} · %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>{state} on {closed} ({dates}){reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of concern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSessionDialog</name>
    <message>
        <source>Record session outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in {kind} session now ({when}){with_whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {when}{with_whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is in the future: attendance can be recorded once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Enter saves, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you were given when the case store was created (groups of four letters and digits), and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery key and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Keep the recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case store. It is shown once. Print it or save it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint Desk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicasDialog</name>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep value a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep value b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder or USB stick, e.g. E:\exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: a field changed on two replicas; both values are kept until you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager&apos;s replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {0} keeps the chosen value; the other replicas take it at the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the replica {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made the replica {0} in {1}: %n person(s).</source>
        <translation>
            <numerusform>Made the replica {0} in {1}: %n person.</numerusform>
            <numerusform>Made the replica {0} in {1}: %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse every bundle from {0} from now on? Use this for a lost or retired device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exchange folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n bundle(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n bundle to %1.</numerusform>
            <numerusform>Wrote %n bundles to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n bundle(s):</source>
        <translation>
            <numerusform>Applied %n bundle:</numerusform>
            <numerusform>Applied %n bundles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed,</source>
        <translation>
            <numerusform>%n record changed,</numerusform>
            <numerusform>%n records changed,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n new conflict.</numerusform>
            <numerusform>%n new conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused as replays.</source>
        <translation>
            <numerusform>%n refused as a replay.</numerusform>
            <numerusform>%n refused as replays.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is not a replica yet: Make a replica… makes this the manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicasHookup</name>
    <message>
        <source>Re&amp;plicas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other desks and laptops: devices, conflicts, exchange (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Last full quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can sign the PCC report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}, {2}: exact figures, for the service&apos;s own use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} (small numbers hidden, as published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsHookup</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s figures for a period, with charts and exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;published (small numbers hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export signed &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From referral to outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate per keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New passphrase for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the new passphrase in person. Their old one stops working, and the database is re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPlanDialog</name>
    <message>
        <source>Retention plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due under the retention schedule: %n person(s) to erase</source>
        <translation>
            <numerusform>Due under the retention schedule: %n person to erase</numerusform>
            <numerusform>Due under the retention schedule: %n people to erase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n old backup(s) to delete</source>
        <translation>
            <numerusform>, %n old backup to delete</numerusform>
            <numerusform>, %n old backups to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept by a legal hold</source>
        <translation>
            <numerusform>; %n kept by a legal hold</numerusform>
            <numerusform>; %n kept by a legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n…</source>
        <translation>
            <numerusform>Erase %n…</numerusform>
            <numerusform>Erase %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) and every record of theirs, and delete old backups? This cannot be undone; the audit log keeps a tombstone.</source>
        <translation>
            <numerusform>Erase %n person and every record of theirs, and delete old backups? This cannot be undone; the audit log keeps a tombstone.</numerusform>
            <numerusform>Erase %n people and every record of theirs, and delete old backups? This cannot be undone; the audit log keeps a tombstone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPlanModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <source>Period: %1 · State: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn, never signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2 · code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned preview: what the force will receive once it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an earlier return. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the force by sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 in bundle #%2 on %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by the force %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSigning</name>
    <message>
        <source>Checking the returns against the case as it is now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve and sign %n return(s) as %1? A signed return can never be changed; a mistake needs a correction.</source>
        <translation>
            <numerusform>Approve and sign %n return as %1? A signed return can never be changed; a mistake needs a correction.</numerusform>
            <numerusform>Approve and sign %n returns as %1? A signed return can never be changed; a mistake needs a correction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn, will not be signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since it was drafted (the return now says):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This narrative is not saved yet; it is saved and signed with the return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. The returns were re-checked against the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed %n return(s).</source>
        <translation>
            <numerusform>Signed %n return.</numerusform>
            <numerusform>Signed %n returns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest stay approved, not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be signed: %1</source>
        <translation>
            <numerusform>%n could not be signed: %1</numerusform>
            <numerusform>%n could not be signed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>Loading returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review and sign</source>
        <translation>
            <numerusform>%n to review and sign</numerusform>
            <numerusform>%n to review and sign</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ No signing key yet: returns cannot be signed until one is set up. Choose “Set up signing key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can sign, print, export or correct returns to the force; your manager reviews and signs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected drafts and sign them as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the signing key first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected signed return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected signed returns to the outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a correction that replaces the selected signed return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsHookup</name>
    <message>
        <source>&amp;Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, sign, print and export returns to the force (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns drafted for the force and still to be signed; click to review them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsTableModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Draft: to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Approved, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Withdrawn, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2; code %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>&lt;b&gt;Returns to the force&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person, reference or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a return to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative (printed on the return; editable while a draft):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyworker&apos;s summary of the period, in plain words for the force. No clinical detail unless the person consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signing %n return(s)…</source>
        <translation>
            <numerusform>Signing %n return…</numerusform>
            <numerusform>Signing %n returns…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyActionDialog</name>
    <message>
        <source>Safety alert: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs follow-up:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with your name and the time, in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no action is needed (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, with whom, and what happens next (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why no action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} characters (now {1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScansBox</name>
    <message>
        <source>Signed contract scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans of the signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan of the signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSessionDialog</name>
    <message>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreLineChart</name>
    <message>
        <source>{0} scores across stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no completed scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} across stages ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sc&amp;hedule session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a session (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected session&apos;s outcome (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): {att} attended, {missed} missed</source>
        <translation>
            <numerusform>%n session: {att} attended, {missed} missed</numerusform>
            <numerusform>%n sessions: {att} attended, {missed} missed</numerusform>
        </translation>
    </message>
    <message>
        <source>, {0} past without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignContractDialog</name>
    <message>
        <source>Sign the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Include&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Condition&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted from&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offending condition is part of every contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended {0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of {0} counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract runs four months from signing unless you change the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway conditions come from the latest needs screen: one for each medium or high need, high needs first; tick the ones to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract runs at most four months: from {0} it must end by {1} (this end date is {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of at most {1} conditions chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick one to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme allows at most {0} conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be after the signing date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedReturnActions</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n return(s) to %1.</source>
        <translation>
            <numerusform>Exported %n return to %1.</numerusform>
            <numerusform>Exported %n returns to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a signed return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this return need a correction? (required; printed with the audit entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction was drafted: review it, then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key ready for %1. Fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHookup</name>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts: add, disable, reset a passphrase (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Newly assigned to you since your last sign-in ({0}):&lt;/b&gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, assigned by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the caseload first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add your staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add managers and keyworkers now or later. Each chooses a passphrase of at least 8 characters; a keyworker sees only their own caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save our &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;log and conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is run by a manager or an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n bundle(s) sent, nothing new from the force</source>
        <translation>
            <numerusform>Sync done: %n bundle sent, nothing new from the force</numerusform>
            <numerusform>Sync done: %n bundles sent, nothing new from the force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n bundle(s) sent; the force&apos;s bundles were left in the inbox</source>
        <translation>
            <numerusform>Sync: %n bundle sent; the force&apos;s bundles were left in the inbox</numerusform>
            <numerusform>Sync: %n bundles sent; the force&apos;s bundles were left in the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n bundle(s) applied</source>
        <translation>
            <numerusform>Sync done: %n bundle applied</numerusform>
            <numerusform>Sync done: %n bundles applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sent</source>
        <translation>
            <numerusform>, %n sent</numerusform>
            <numerusform>, %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left for you to review (Sync now)</source>
        <translation>
            <numerusform>, %n left for you to review (Sync now)</numerusform>
            <numerusform>, %n left for you to review (Sync now)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict marked as dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save our certificate for the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; read the force this fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHookup</name>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pinned as a partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected (acknowledgements only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ No, after %n day(s)</source>
        <translation>
            <numerusform>⚠ No, after %n day</numerusform>
            <numerusform>⚠ No, after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as dealt with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the force sent that were not applied: nothing of ours was overwritten. Deal with each by hand, then mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the sync log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>nothing new (%n record(s) already held)</source>
        <translation>
            <numerusform>nothing new (%n record already held)</numerusform>
            <numerusform>nothing new (%n records already held)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no partner set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the force as a partner from the Sync menu to exchange bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go</source>
        <translation>
            <numerusform>%n record waiting to go</numerusform>
            <numerusform>%n records waiting to go</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) in the inbox to read</source>
        <translation>
            <numerusform>%n bundle in the inbox to read</numerusform>
            <numerusform>%n bundles in the inbox to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle #%1 to %2 not acknowledged after %n day(s)</source>
        <translation>
            <numerusform>Bundle #%1 to %2 not acknowledged after %n day</numerusform>
            <numerusform>Bundle #%1 to %2 not acknowledged after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) unacknowledged for over a week</source>
        <translation>
            <numerusform>%n bundle unacknowledged for over a week</numerusform>
            <numerusform>%n bundles unacknowledged for over a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n day)</numerusform>
            <numerusform> (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (oldest %n day(s))</source>
        <translation>
            <numerusform> (oldest %n day)</numerusform>
            <numerusform> (oldest %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show each time the record was &amp;opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show record openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCaseloadDialog</name>
    <message>
        <source>Caseload of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the caseload to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give their {0} people to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s new keyworker is recorded in the audit log and told at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else to give the caseload to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the case store — Checkpoint Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock the case store&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo store: every account (manager, alex, sam, priya, admin) uses the passphrase &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo passphrase hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right for &apos;%1&apos;. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos; in this case store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can add, disable or change users; you can transfer a caseload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is not an email address: one @, then a domain such as example.org.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a phone number: 7 to 15 digits, spaces, + ( ) - allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long: at most {0} characters (this has {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaryContractDialog</name>
    <message>
        <source>Vary the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;end date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;variation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the condition to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimContactDialog</name>
    <message>
        <source>Victim contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the victim was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no contact yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s contact details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns say only the victim&apos;s wishes, when and how contact was made, and whether an outcome is recorded: never the victim&apos;s name, contact details or the outcome&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wishes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Checkpoint Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case store on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the demo: invented people, to try the app safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a new case store for my service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowVeil</name>
    <message>
        <source>Checkpoint Desk — locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have entered details that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EvidenceDialog</name>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows this: e.g. &apos;timesheet signed by the placement&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is required: say what shows this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Creating the demo case store with invented people… (a few seconds, first run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder %1 exists but is not a case store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
