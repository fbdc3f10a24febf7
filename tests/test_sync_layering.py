"""The sync service and the force's side import no Qt: the force runs them on servers without a display."""

from __future__ import annotations

import subprocess
import sys


def test_sync_and_force_import_without_qt():
    code = (
        "import sys, desktop.services.sync, desktop.force.receive, desktop.force.status, desktop.cli.force; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
