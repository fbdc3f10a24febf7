"""Runs `run_gui` in its own process, driven by a timer, and prints what it saw as JSON on the last line.

`python tests/app_driver.py given STORE USER PASSPHRASE [USER2 PASSPHRASE2]` (the second pair: switch user) or `python tests/app_driver.py first-run PASSPHRASE`.
Every step is a real click or key press (tests/ui_input.py). Running the app's own event loop in a child keeps its quit() and top-level windows out of the test process.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_input import click, type_into  # noqa: E402

from desktop.app.main import make_application, run_gui  # noqa: E402
from desktop.ui.first_run import FirstRunWizard  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.unlock import UnlockDialog  # noqa: E402


def main() -> int:
    mode, *rest = sys.argv[1:]
    seen: list[str] = []
    # given STORE USER PASS [USER2 PASS2]: sign in, and with a second pair switch user (Ctrl+Shift+L) to it
    logins = list(zip(rest[1::2], rest[2::2], strict=False)) if mode == "given" else [("", rest[0])]
    state = {"unlocks": 0, "windows": 0, "dialog": None}

    def drive() -> None:
        for w in QApplication.topLevelWidgets():
            if not w.isVisible():
                continue
            if isinstance(w, FirstRunWizard) and "wizard" not in seen:
                seen.append("wizard")
                click(w.button(w.WizardButton.FinishButton))  # "Open the demo" is the default choice
            elif (
                isinstance(w, UnlockDialog)
                and w is not state["dialog"]
                and not w.busy.isVisible()
                and state["unlocks"] < len(logins)
            ):
                user, passphrase = logins[state["unlocks"]]
                state["unlocks"] += 1
                state["dialog"] = w
                seen.append("unlock")
                seen.append(f"hint={w.hint.isVisible()} user={w.user.text()}")
                if user:
                    type_into(w.user, user, clear=True)
                type_into(w.passphrase, passphrase)
                click(w.unlock_button)
            elif isinstance(w, MainWindow) and w.caseload.model.rowCount() and w.property("driven") is None:
                if not w.isActiveWindow():
                    w.activateWindow()  # shortcuts reach the active window only; try again on the next poll
                    continue
                w.setProperty("driven", True)
                state["windows"] += 1
                seen.append("window")
                seen.append(
                    ",".join(
                        sorted(w.caseload.model.row_at(i).name for i in range(w.caseload.model.rowCount()))
                    )
                )
                more = state["windows"] < len(logins)
                QTest.keyClick(
                    w,
                    Qt.Key.Key_L if more else Qt.Key.Key_Q,
                    Qt.KeyboardModifier.ControlModifier
                    | (Qt.KeyboardModifier.ShiftModifier if more else Qt.KeyboardModifier.NoModifier),
                )

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
