"""Entry point of the frozen build: the `checkpoint-desk` command line, or the GUI when started from a desktop.

A double-click in Finder (macOS .app) or on the Windows windowed executable (`Checkpoint Desk.exe`) passes no
command, so those start `gui`; the console executable without arguments prints the usage like the source tree.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def _started_from_desktop(executable: str, platform: str) -> bool:
    exe = Path(executable)
    if platform == "darwin":
        return ".app/Contents/MacOS" in exe.as_posix()
    return platform == "win32" and exe.stem.lower() == "checkpoint desk"


def arguments(argv: list[str], executable: str, platform: str) -> list[str]:
    args = [a for a in argv if not a.startswith("-psn_")]  # old macOS Finder adds a process serial number
    if not args and _started_from_desktop(executable, platform):
        return ["gui"]
    return args


def run() -> int:
    multiprocessing.freeze_support()
    from desktop.cli.main import main

    return main(arguments(sys.argv[1:], sys.executable, sys.platform))


if __name__ == "__main__":
    raise SystemExit(run())
