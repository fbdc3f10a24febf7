"""The store's clock form: aware UTC (see desktop.domain.clock). Column defaults and stamps use `utcnow`."""

from __future__ import annotations

from desktop.domain.clock import utc_now as utcnow

__all__ = ["utcnow"]
