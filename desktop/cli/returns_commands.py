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
from .messages import CLI, fill


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="check the signature of a return PDF",
        description="Check a signed return: signer, signing time, whether it is intact and whether the signer "
        "is trusted. Exit 0 only when intact (and trusted, with --trust), 1 otherwise.",
    )
    verify.add_argument(
        "file",
        type=Path,
        metavar="FILE.pdf|STORE",
        help="the signed return (with --code: the case store folder)",
    )
    verify.add_argument(
        "--trust",
        type=Path,
        metavar="CERT.pem",
        action="append",
        help="a certificate to trust (PEM or DER; may be repeated)",
    )
    verify.add_argument(
        "--code", metavar="CODE", help="the code printed on a page (like K7F2-9QXA-3M): look it up in STORE"
    )
    verify.add_argument("--user", help="your user name in the store (with --code)")
    verify.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="with --code: read the passphrase from FILE (else $CHECKPOINT_PASSPHRASE, else a prompt)",
    )
    verify.set_defaults(func=run_verify)
    returns_store_commands.register(subparsers)


def run_verify(args: argparse.Namespace) -> int:
    if args.code is not None:
        if not args.user:
            raise CliError(CLI.tr("verify --code needs the store and --user NAME"))
        return returns_store_commands.verify_code(args)
    # Imported here so that other commands do not pay for pyHanko and ReportLab at start-up.
    from desktop.services.returns import IdentityError, UnreadablePdfError, load_certificates, verify_pdf

    trust = None
    if args.trust:
        trust = []
        for path in args.trust:
            try:
                trust.extend(load_certificates(_read(path, "certificate")))
            except IdentityError as exc:
                raise CliError(f"{path}: {exc}") from None
    data = _read(args.file, "file")
    # pyHanko logs every failed trust path with a traceback; the result below says it in one line.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        result = verify_pdf(data, trust)
    except UnreadablePdfError as exc:
        raise CliError(f"{args.file}: {exc}") from None

    when = result.signing_time.isoformat(sep=" ", timespec="seconds") if result.signing_time else "unknown"
    trusted = "yes" if result.trusted else "no"
    if trust is None:
        trusted = "not checked (give --trust CERT.pem)"
    if result.document_id:
        print(f"Document:      {result.document_id} (code {result.code})")
    print(f"Signer:        {result.signer or 'unknown'}")
    print(f"Certificate:   {result.certificate_subject or 'none'}")
    print(f"Signing time:  {when}")
    print(f"Intact:        {'yes' if result.intact else 'NO'}")
    print(f"Whole file:    {'yes' if result.covers_whole_document else 'NO'}")
    print(f"Trusted:       {trusted}")
    for problem in result.problems:
        print(f"Problem:       {problem}")
    return 0 if result.acceptable(require_trust=trust is not None) else 1


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(fill(CLI.tr("cannot read %1 %2: %3"), what, path, exc.strerror or exc)) from None
