"""Replicas in the GUI: the manager's Replicas window (devices, conflicts, exchange). See docs/replicas.md."""
