"""Make the README's screenshots from a fresh demo store: unlock, dashboard, a person at risk, the diary, locked.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--dark] [--lang cy]

`--lang cy` renders the GUI in Welsh from the compiled catalogue (`make translations` first), e.g.
`--lang cy --out docs/screenshots/cy`.

Everything shown is invented by the demo generator. The window is rendered at 1400x860 (100% scale).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app.i18n import install_translator  # noqa: E402
from desktop.app.main import make_application  # noqa: E402
from desktop.app.root import build_context  # noqa: E402
from desktop.app.settings import Settings  # noqa: E402
from desktop.domain import ComplianceLevel, ContractState  # noqa: E402
from desktop.resources import resource  # noqa: E402
from desktop.services.demo import DEMO_PASSPHRASE, create_demo_store  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.runner import BackgroundRunner  # noqa: E402
from desktop.ui.theme import dark_palette  # noqa: E402
from desktop.ui.unlock import UnlockDialog  # noqa: E402

SIZE = (1400, 860)


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, timeout: float = 15.0) -> None:
    """Process events until `until()` holds, then a little longer so the last paint lands."""
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--dark", action="store_true", help="render with the dark palette (file names get -dark)"
    )
    parser.add_argument("--lang", choices=("en", "cy"), default="en", help="the GUI's language (default en)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""

    app = make_application([])
    translator = install_translator(app, args.lang)  # noqa: F841 (kept alive while the windows are drawn)
    if args.lang != "en" and translator is None:
        print(f"screenshots: no compiled catalogue for {args.lang}: run `make translations`", file=sys.stderr)
        return 2
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", font)))
    if args.dark:
        app.setPalette(dark_palette())
    now = datetime.now().replace(second=0, microsecond=0)
    with tempfile.TemporaryDirectory(prefix="checkpoint-shots-") as tmp:
        folder = create_demo_store(Path(tmp) / "demo", now=now)
        runner = BackgroundRunner()

        unlock = UnlockDialog(folder, runner, username="manager", demo_passphrase=DEMO_PASSPHRASE)
        unlock.resize(560, unlock.sizeHint().height())
        unlock.show()
        settle(app)
        save(unlock, args.out / f"unlock{suffix}.png")
        unlock.close()

        store = CaseStore.open(folder, "manager", DEMO_PASSPHRASE, clock=lambda: now)
        settings = Settings(data_dir=Path(tmp) / "data", config_dir=Path(tmp) / "config")
        ctx = build_context(store, runner, lambda: now)
        window = MainWindow(ctx, settings)
        window.resize(*SIZE)
        window.show()
        model = window.caseload.model
        settle(app, lambda: model.rowCount() > 0)
        save(window, args.out / f"dashboard{suffix}.png")

        at_risk = [
            model.row_at(i)
            for i in range(model.rowCount())
            if model.row_at(i).state is ContractState.ACTIVE
            and model.row_at(i).compliance.level is ComplianceLevel.AT_RISK
        ]
        at_risk.sort(key=lambda r: (-len(r.compliance.reasons), r.name))
        if at_risk:
            record = window.open_person(at_risk[0].person_id)
            loaded = getattr(record, "loaded", None)
            done: list[object] = []
            if loaded is not None:
                loaded.connect(lambda *a: done.append(a))
            settle(app, lambda: bool(done) or loaded is None)
            save(window, args.out / f"record{suffix}.png")
            tab = getattr(record, "assessments_tab", None)
            if tab is not None:  # the same person's assessments: the list, needs coverage and the charts
                got: list[object] = []
                tab.controller.loaded.connect(lambda *a: got.append(a))
                record.tabs.setCurrentWidget(tab)
                settle(app, lambda: bool(got), timeout=20)
                settle(app)
                save(window, args.out / f"record-assessments{suffix}.png")

        diary = window.open_diary()
        done_diary: list[object] = []
        loaded = getattr(diary, "loaded", None)
        if loaded is not None:
            settle(app)  # today's list first, then the whole week (fuller, and shows missed ones flagged)
            loaded.connect(lambda *a: done_diary.append(a))
        show_week = getattr(diary, "show_week", None)
        if callable(show_week):
            show_week(True)
        settle(app, lambda: bool(done_diary) or loaded is None)
        save(window, args.out / f"diary{suffix}.png")

        if getattr(window, "returns", None) is not None:  # the manager's review queue with a draft's preview
            queue = window.returns.open()
            rows: list[object] = []
            queue.controller.returns_loaded.connect(lambda *a: rows.append(a))
            settle(app, lambda: bool(rows), timeout=60)
            previews: list[object] = []
            queue.controller.preview_loaded.connect(lambda *a: previews.append(a))
            if queue.table.model().rowCount():
                queue.table.selectionModel().select(
                    queue.table.model().index(0, 0),
                    queue.table.selectionModel().SelectionFlag.ClearAndSelect
                    | queue.table.selectionModel().SelectionFlag.Rows,
                )
                settle(app, lambda: bool(previews), timeout=30)
            settle(app)
            save(window, args.out / f"returns-review{suffix}.png")

        if getattr(window, "outcomes", None) is not None:  # the share of the caseload whose scores improved
            summary = window.outcomes.open()
            ready: list[object] = []
            loaded_signal = getattr(summary, "loaded", None)
            if loaded_signal is not None:
                loaded_signal.connect(lambda *a: ready.append(a))
            settle(app, lambda: bool(ready) or loaded_signal is None, timeout=30)
            settle(app)
            save(window, args.out / f"outcomes{suffix}.png")

        window.idle.lock()  # what Ctrl+L or the idle timer does: every person's data hidden
        settle(app)
        save(window, args.out / f"locked{suffix}.png")
        window.idle.unlock()

        window.close()
        runner.shutdown()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
