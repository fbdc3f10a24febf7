# English plural forms (one, other) for the %n strings; every other English string is its own source text.
TRANSLATIONS = {
    ("QDialog", "The passphrase must be at least %n characters."): [
        "The passphrase must be at least %n character.",
        "The passphrase must be at least %n characters.",
    ],
    ("ReturnsController", "%n return(s)"): ["%n return", "%n returns"],
    (
        "ReturnSigning",
        "Approve and sign %n return(s) as %1? A signed return can never be changed; a mistake "
        "needs a correction.",
    ): [
        "Approve and sign %n return as %1? A signed return can never be changed; a mistake needs a correction.",
        "Approve and sign %n returns as %1? A signed return can never be changed; a mistake needs a correction.",
    ],
    ("ReturnSigning", "Signed %n return(s)."): ["Signed %n return.", "Signed %n returns."],
    ("ReturnSigning", "%n could not be signed: %1"): [
        "%n could not be signed: %1",
        "%n could not be signed: %1",
    ],
    ("ReturnsView", "Signing %n return(s)\u2026"): ["Signing %n return\u2026", "Signing %n returns\u2026"],
    ("SignedReturnActions", "Sent %n page(s) to the printer."): [
        "Sent %n page to the printer.",
        "Sent %n pages to the printer.",
    ],
    ("SignedReturnActions", "Exported %n return(s) to %1."): [
        "Exported %n return to %1.",
        "Exported %n returns to %1.",
    ],
}
