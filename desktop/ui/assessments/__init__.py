"""Needs assessments in the GUI: the generic instrument form, the record's Assessments tab, change-over-time charts,
needs coverage and the manager's improvement summary."""
