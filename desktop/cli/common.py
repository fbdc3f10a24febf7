"""What every command shares: the error that ends a command with one clear line, and passphrase input."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .messages import CLI, fill

PASSPHRASE_ENV = "CHECKPOINT_PASSPHRASE"


class CliError(Exception):
    """Ends the command: the message goes to stderr as one line, the exit code is `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def add_store_arguments(parser: argparse.ArgumentParser, *, store: bool = True) -> None:
    """STORE, --user and the passphrase sources, as every command that opens a store takes them."""
    if store:
        parser.add_argument("store", type=Path, metavar="STORE", help=CLI.tr("case store folder"))
    parser.add_argument("--user", required=True, help=CLI.tr("your user name in the store"))
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=fill(CLI.tr("read the passphrase from FILE (else $%1, else a prompt)"), PASSPHRASE_ENV),
    )


def read_passphrase(args: argparse.Namespace, prompt: str = "", *, confirm: bool = False) -> str:
    """--passphrase-file, then $CHECKPOINT_PASSPHRASE, then an interactive prompt (never echoed, never logged)."""
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(
                fill(CLI.tr("cannot read passphrase file %1: %2"), path, exc.strerror or "")
            ) from None
        return text.rstrip("\r\n")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(fill(CLI.tr("no passphrase: give --passphrase-file or set %1"), PASSPHRASE_ENV))
    first = getpass.getpass(prompt or CLI.tr("Passphrase: "))
    if confirm and getpass.getpass(CLI.tr("Again: ")) != first:
        raise CliError(CLI.tr("the two passphrases differ"))
    return first
