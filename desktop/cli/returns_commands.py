"""`checkpoint-desk verify FILE.pdf [--trust CERT.pem]`: check a signed return, as the force would.

Exit 0 only when the return is intact, the signature covers the whole file and, where --trust is given, the
signer's certificate is trusted; 1 otherwise; 2 when the input cannot be read (one line on stderr).
`verify --code CODE STORE --user NAME` matches a printed page to the signed return in the store; that and the
`returns` and `cert` commands, which need the store, are in returns_store_commands.py.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from . import returns_store_commands
from .common import CliError
from .messages import CLI, cli_moment, fill
from .render import fields


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify",
        help=CLI.tr("check the signature of a return PDF"),
        description=CLI.tr(
            "Check a signed return: signer, signing time, whether it is intact and whether the signer is trusted. Exit 0 only when intact (and trusted, with --trust), 1 otherwise."
        ),
    )
    verify.add_argument(
        "file",
        type=Path,
        metavar="FILE.pdf|STORE",
        help=CLI.tr("the signed return (with --code: the case store folder)"),
    )
    verify.add_argument(
        "--trust",
        type=Path,
        metavar="CERT.pem",
        action="append",
        help=CLI.tr("a certificate to trust (PEM or DER; may be repeated)"),
    )
    verify.add_argument(
        "--code",
        metavar="CODE",
        help=CLI.tr("the code printed on a page (like K7F2-9QXA-3M): look it up in STORE"),
    )
    verify.add_argument("--user", help=CLI.tr("your user name in the store (with --code)"))
    verify.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=CLI.tr(
            "with --code: read the passphrase from FILE (else $CHECKPOINT_PASSPHRASE, else a prompt)"
        ),
    )
    verify.set_defaults(func=run_verify)
    returns_store_commands.register(subparsers)


def run_verify(args: argparse.Namespace) -> int:
    if args.code is not None:
        if not args.user:
            raise CliError(CLI.tr("verify --code needs the store and --user NAME"))
        from .verify_code import verify_code

        return verify_code(args)
    # Imported here so that other commands do not pay for pyHanko and ReportLab at start-up.
    from desktop.services.returns import IdentityError, UnreadablePdfError, load_certificates, verify_pdf

    trust = None
    if args.trust:
        trust = []
        for path in args.trust:
            try:
                trust.extend(load_certificates(_read(path, CLI.tr("cannot read the certificate %1: %2"))))
            except IdentityError as exc:
                raise CliError(fill("%1: %2", path, exc)) from None
    data = _read(args.file, CLI.tr("cannot read the file %1: %2"))
    # pyHanko logs every failed trust path with a traceback; the result below says it in one line.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        result = verify_pdf(data, trust)
    except UnreadablePdfError as exc:
        raise CliError(fill("%1: %2", args.file, exc)) from None

    yes, no = CLI.tr("yes"), CLI.tr("NO")
    trusted = CLI.tr("yes") if result.trusted else CLI.tr("no")
    if trust is None:
        trusted = CLI.tr("not checked (give --trust CERT.pem)")
    rows: list[tuple[str, object]] = []
    if result.document_id:
        rows.append((CLI.tr("Document"), fill(CLI.tr("%1 (code %2)"), result.document_id, result.code)))
    rows += [
        (CLI.tr("Signer"), result.signer or CLI.tr("unknown")),
        (CLI.tr("Certificate"), result.certificate_subject or CLI.tr("none")),
        (
            CLI.tr("Signing time"),
            cli_moment(result.signing_time) if result.signing_time else CLI.tr("unknown"),
        ),
        (CLI.tr("Intact"), yes if result.intact else no),
        (CLI.tr("Whole file"), yes if result.covers_whole_document else no),
        (CLI.tr("Trusted"), trusted),
    ]
    rows += [(CLI.tr("Problem"), problem) for problem in result.problems]
    fields(rows)
    return 0 if result.acceptable(require_trust=trust is not None) else 1


def _read(path: Path, message: str) -> bytes:
    """The bytes of `path`; `message` (through CLI.tr, with %1 the path and %2 the reason) when it cannot."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(fill(message, path, exc.strerror or exc)) from None
