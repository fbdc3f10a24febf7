"""The one object handed to every widget and controller (after git-cola's ApplicationContext): the features'
services (built once by `desktop/app/root.py`), the database runner, the clock and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .changes import ChangeBus
from .runner import BackgroundRunner

if TYPE_CHECKING:  # types only: importing the features would load ReportLab and pyHanko with every widget
    from desktop.services.features import Services
    from desktop.storage.store import CaseStore  # the store reaches the UI inside Services


@dataclass(frozen=True)
class AppContext:
    services: Services
    runner: BackgroundRunner
    clock: Callable[[], datetime] = datetime.now
    changes: ChangeBus = field(default_factory=ChangeBus)

    @property
    def store(self) -> CaseStore:
        """The unlocked store: its user, settings and folder (features reach it through `services`)."""
        return self.services.store
