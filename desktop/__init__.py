"""Checkpoint Desk: case management for police diversion contracts."""

from __future__ import annotations

APP_NAME = "Checkpoint Desk"
APP_ID = "checkpoint-desk"


def version() -> str:
    from importlib import metadata

    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:  # running from a source tree or a frozen build without metadata
        import pathlib
        import re

        pyproject = pathlib.Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.exists():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
            if match:
                return match.group(1)
        return "0+unknown"
