"""The one object handed to every widget and controller (after git-cola's ApplicationContext)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop.storage.store import CaseStore

from .runner import BackgroundRunner


@dataclass(frozen=True)
class AppContext:
    store: CaseStore
    runner: BackgroundRunner
    clock: Callable[[], datetime] = datetime.now
