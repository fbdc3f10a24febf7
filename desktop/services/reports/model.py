"""One report: the figures of a period as computed, and as they may be shown (suppressed or exact)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.disclosure import Shown, suppress, unsuppressed
from desktop.domain.reports import Figure, Period


@dataclass(frozen=True, slots=True)
class Report:
    organisation: str
    period: Period
    figures: tuple[Figure, ...]
    generated_at: datetime  # aware UTC
    generated_by: str  # display name of the user who ran it
    keyworker_id: str | None = None
    keyworker_label: str = ""  # "" for the whole service

    @property
    def scope(self) -> str:
        return self.keyworker_label or "Whole service"

    def shown(self, suppressed: bool = True) -> list[Shown]:
        return suppress(self.figures) if suppressed else unsuppressed(self.figures)
