"""Runs `run_gui` in its own process, driven by a timer, and prints what it saw as JSON on the last line.

`python tests/app_driver.py given STORE USER PASSPHRASE` or `python tests/app_driver.py first-run PASSPHRASE`.
Every step is a real click or key press (tests/ui_input.py). Running the app's own event loop in a child keeps its quit() and top-level windows out of the test process.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_input import click, type_into  # noqa: E402

from desktop.app.main import make_application, run_gui  # noqa: E402
from desktop.ui.first_run import FirstRunWizard  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.unlock import UnlockDialog  # noqa: E402


def main() -> int:
    mode, *rest = sys.argv[1:]
    seen: list[str] = []
    user, passphrase = (rest[1], rest[2]) if mode == "given" else ("", rest[0])

    def drive() -> None:
        for w in QApplication.topLevelWidgets():
            if not w.isVisible():
                continue
            if isinstance(w, FirstRunWizard) and "wizard" not in seen:
                seen.append("wizard")
                click(w.button(w.WizardButton.FinishButton))  # "Open the demo" is the default choice
            elif isinstance(w, UnlockDialog) and "unlock" not in seen and not w.busy.isVisible():
                seen.append("unlock")
                seen.append(f"hint={w.hint.isVisible()} user={w.user.text()}")
                if user:
                    type_into(w.user, user, clear=True)
                type_into(w.passphrase, passphrase)
                click(w.unlock_button)
            elif isinstance(w, MainWindow) and w.caseload.model.rowCount() and "window" not in seen:
                seen.append("window")
                seen.append(",".join(sorted(w.caseload.model.row_at(i).name
                                            for i in range(w.caseload.model.rowCount()))))
                w.close()  # the last window: the app quits by itself

    make_application([])
    poll, guard = QTimer(), QTimer()
    poll.timeout.connect(drive)
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)  # never hang the suite
    poll.start(50)
    guard.start(60_000)
    code = run_gui(Path(rest[0]) if mode == "given" else None, [])
    print(json.dumps({"code": code, "seen": seen}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
