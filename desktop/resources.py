"""Where the shipped resources (instrument definitions, icons, fonts) are, in a source tree or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "CHECKPOINT_RESOURCES"


def resources_dir() -> Path:
    """$CHECKPOINT_RESOURCES, else the PyInstaller bundle's `resources/`, else the source tree's."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return Path(env)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
