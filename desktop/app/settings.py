"""Where the app keeps its files, resolved once at start-up into a frozen object (no module-level state)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "checkpoint-desk"
ORGANISATION = "Checkpoint Desk"
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_ENV = "CHECKPOINT_IDLE_LOCK_MINUTES"
DATA_DIR_ENV = "CHECKPOINT_DATA_DIR"
CONFIG_DIR_ENV = "CHECKPOINT_CONFIG_DIR"


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    config_dir: Path
    idle_lock_minutes: float = DEFAULT_IDLE_LOCK_MINUTES

    @property
    def demo_store(self) -> Path:
        return self.data_dir / "demo"

    @property
    def ui_state_file(self) -> Path:
        """The QSettings INI file holding window geometry, splitter and column widths (no client data)."""
        return self.config_dir / "ui-state.ini"


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """platformdirs' user data and config folders; the environment may point them elsewhere (tests, portable use)."""
    env = dict(os.environ) if environ is None else environ
    data_dir = Path(env.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    config_dir = Path(env.get(CONFIG_DIR_ENV) or platformdirs.user_config_dir(APP_NAME, appauthor=False))
    try:
        idle = float(env.get(IDLE_LOCK_ENV, DEFAULT_IDLE_LOCK_MINUTES))
    except ValueError:
        idle = DEFAULT_IDLE_LOCK_MINUTES
    return Settings(data_dir=data_dir, config_dir=config_dir, idle_lock_minutes=max(idle, 0.05))
