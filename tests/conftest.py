"""Test set-up shared by every layer. Qt must be told there is no display before it is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from force_engines import force_db, pg_schema, pg_server  # noqa: E402,F401  (the force suite's two engines)
