"""Needs assessments in the GUI: the generic instrument form, the record's Assessments tab, change-over-time charts,
needs coverage and the manager's improvement summary."""

from ..pyside_workarounds import protect_bools

# These widgets emit a signal per keystroke and click; on PySide6 6.12 with CPython 3.11 each emit uses up a
# reference to True (see pyside_workarounds). The composition root should call this at start-up too.
protect_bools()
