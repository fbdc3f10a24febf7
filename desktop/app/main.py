"""The composition root for the desktop app: settings, which store, unlock, then the main window."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from desktop.resources import resource
from desktop.storage.store import CaseStore
from desktop.storage.vault import KeyVault
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard, run_and_wait
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import BackgroundRunner
from desktop.ui.theme import apply_theme
from desktop.ui.unlock import UnlockDialog

from .i18n import chosen_language, install_translator
from .root import build_services
from .settings import APP_NAME, ORGANISATION, Settings, load_settings

LAST_STORE_KEY = "store/last"
IDLE_SETTING = "idle_lock_minutes"
DEMO_USER = "manager"


@dataclass(frozen=True, slots=True)
class StoreChoice:
    folder: Path
    is_demo: bool


def is_store(folder: Path) -> bool:
    return (folder / KeyVault.FILE_NAME).is_file()


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([APP_NAME, *argv])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName("Checkpoint Desk")
    QGuiApplication.setDesktopFileName(APP_NAME)
    icon = resource("icons", "checkpoint-desk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_theme(app)
    return app


def create_demo(folder: Path, runner: BackgroundRunner) -> str:
    """Build the demo store off the GUI thread with a wait message; '' on success, else the problem."""
    from desktop.services.demo import create_demo_store

    progress = QProgressDialog(
        QCoreApplication.translate(
            "run_gui",
            "Creating the demo case store with invented people\u2026 (a few seconds, first run only)",
        ),
        "",
        0,
        0,
    )
    progress.setCancelButton(None)
    progress.setWindowTitle("Checkpoint Desk")
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    _result, error = run_and_wait(runner, lambda: create_demo_store(folder))
    progress.close()
    return "" if error is None else str(error)


def choose_store(
    store: Path | None, settings: Settings, ui_state: QSettings, runner: BackgroundRunner
) -> StoreChoice | CaseStore | None:
    """Which store to unlock: STORE; else the last one used; else the demo (created on first run if the user
    chooses it in the first-run wizard, which can also create a real store and returns it open)."""
    demo = settings.demo_store
    if store is not None:
        folder = Path(store).expanduser()
        if is_store(folder):
            return StoreChoice(folder, folder.resolve() == demo.resolve())
        return _first_run(runner, folder, offer_demo=False)
    last = ui_state.value(LAST_STORE_KEY)
    if isinstance(last, str) and last and is_store(Path(last)):
        return StoreChoice(Path(last), Path(last).resolve() == demo.resolve())
    if is_store(demo):
        return StoreChoice(demo, True)
    if demo.exists() and any(demo.iterdir()):
        QMessageBox.critical(
            None,
            "Checkpoint Desk",
            QCoreApplication.translate(
                "run_gui", "The demo folder %1 exists but is not a case store."
            ).replace("%1", str(demo)),
        )
        return None
    return _first_run(runner, settings.data_dir / "cases", offer_demo=True, demo=demo)


def _first_run(
    runner: BackgroundRunner, folder: Path, offer_demo: bool, demo: Path | None = None
) -> StoreChoice | CaseStore | None:
    wizard = FirstRunWizard(runner, folder, offer_demo=offer_demo)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    if wizard.store is not None:
        return wizard.store
    if accepted and wizard.chose_demo and demo is not None:
        problem = create_demo(demo, runner)
        if problem:
            QMessageBox.critical(None, "Checkpoint Desk", problem)
            return None
        return StoreChoice(demo, True)
    return None


def idle_minutes(store: CaseStore, settings: Settings) -> float:
    try:
        return float(store.setting(IDLE_SETTING, str(settings.idle_lock_minutes)))
    except ValueError:
        return settings.idle_lock_minutes


def run_gui(store: Path | None, argv: list[str]) -> int:
    """`checkpoint-desk gui [STORE]`: 0 after a normal quit, 1 if the user cancelled before unlocking."""
    app = make_application(list(argv))
    settings = load_settings()
    settings.config_dir.mkdir(parents=True, exist_ok=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ui_state = QSettings(str(settings.ui_state_file), QSettings.Format.IniFormat)
    translator = install_translator(app, chosen_language(ui_state))  # noqa: F841 (kept alive while the app runs)
    runner = BackgroundRunner()
    try:
        choice = choose_store(store, settings, ui_state, runner)
        if choice is None:
            return 1
        if isinstance(choice, CaseStore):
            opened = choice
        else:
            from desktop.services.demo import DEMO_PASSPHRASE

            dialog = UnlockDialog(
                choice.folder,
                runner,
                username=DEMO_USER if choice.is_demo else "",
                demo_passphrase=DEMO_PASSPHRASE if choice.is_demo else "",
            )
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
                return 1
            opened = dialog.store
        while True:
            ui_state.setValue(LAST_STORE_KEY, str(opened.folder))
            ui_state.sync()
            try:
                services, problem = run_and_wait(runner, partial(build_services, opened))
                if problem is not None:
                    QMessageBox.critical(None, "Checkpoint Desk", str(problem).splitlines()[0])
                    return 1
                ctx = AppContext(services, runner)
                window = MainWindow(ctx, settings, idle_minutes(opened, settings))
                window.show()
                code = int(app.exec())
                switching = window.switch_user_requested
                window.deleteLater()
            finally:
                runner.shutdown()  # pending database work finishes before the store closes
                folder = opened.folder
                opened.close()
            if not switching:
                return code
            # Switch user: the same store, someone else signs in; cancelling the sign-in quits.
            runner = BackgroundRunner()
            dialog = UnlockDialog(folder, runner)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
                return 0
            opened = dialog.store
    finally:
        runner.shutdown()


def main() -> int:
    return run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None, sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
