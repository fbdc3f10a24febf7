"""The caseload dashboard: table model, filter proxy, counters, view and controller."""
