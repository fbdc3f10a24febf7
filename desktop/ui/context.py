"""The one object handed to every widget and controller (after git-cola's ApplicationContext): the features'
services (built once by `desktop/app/root.py`), the database runner, the clock and the change bus.

Widgets reach data only through `services`; `write` is the one place a write's `Changes` is published. The
`store` property is for the windows that open, create or lock the store itself (unlock, first run, lock) and
is off limits to every other widget (tests/test_layers_ui.py)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .changes import ChangeBus, Written, changes_of
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
        """The unlocked store, for unlock, first run and lock only (features reach it through `services`)."""
        return self.services.store

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> Future[Any] | None:
        """Run a write on the runner. When it answers with a `Changes` (or a `Written`), that is published on
        the bus once it has committed, before `on_done` runs; `on_done` gets a `Written`'s value.
        `background=True`: work that interactive work overtakes (drafting the day's returns, in steps)."""

        def done(result: Any) -> None:
            changes = changes_of(result)
            if changes is not None:
                self.changes.publish(changes)
            if on_done is not None:
                on_done(result.value if isinstance(result, Written) else result)

        return self.runner.run(fn, done, on_error, background=background)
