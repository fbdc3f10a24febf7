"""The real app on a real X server (Xvfb), driven by xdotool as a person would: first run, new case store,
admin, recovery key acknowledged, Finish; then the main window opens and the store exists on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.storage.vault import KeyVault

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/sysdeps.sh installs them)",
)

ADMIN_PASS = "a long admin passphrase"


def _free_display() -> int:
    for n in range(140, 240):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xserver():
    n = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    proc.wait(timeout=10)


def _xdo(display: str, *args: str, timeout: float = 30) -> str:
    out = subprocess.run(
        ["xdotool", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "DISPLAY": display},
    )
    return out.stdout.strip()


def _window(display: str, title: str, timeout: float = 40) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _xdo(display, "search", "--onlyvisible", "--name", title)
        if found:
            return found.splitlines()[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} appeared")


def _keys(display: str, window: str, *keys: str) -> None:
    for k in keys:
        _xdo(display, "windowactivate", "--sync", window)
        _xdo(display, "key", "--clearmodifiers", k)
        time.sleep(0.4)


def _type(display: str, window: str, text: str) -> None:
    _xdo(display, "windowactivate", "--sync", window)
    _xdo(display, "type", "--delay", "40", text)
    time.sleep(0.3)


def test_first_run_on_a_real_display_creates_the_store_and_opens_the_window(xserver, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CHECKPOINT_", "QT_QPA"))}
    env.update(
        DISPLAY=xserver,
        QT_QPA_PLATFORM="xcb",
        CHECKPOINT_DATA_DIR=str(tmp_path / "data"),
        CHECKPOINT_CONFIG_DIR=str(tmp_path / "config"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli.main", "gui"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wizard = _window(xserver, "first run")
        _keys(xserver, wizard, "alt+s", "Return")  # "Set up a new case store", Next
        _keys(xserver, wizard, "alt+n")  # Full name
        _type(xserver, wizard, "Ada Admin")
        _keys(xserver, wizard, "alt+p")
        _type(xserver, wizard, ADMIN_PASS)
        _keys(xserver, wizard, "alt+a")
        _type(xserver, wizard, ADMIN_PASS)
        _keys(xserver, wizard, "alt+c")  # Create: Argon2 runs, then the recovery key page
        deadline = time.monotonic() + 40
        store = tmp_path / "data" / "cases"
        while not (store / KeyVault.FILE_NAME).is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)
        _keys(xserver, wizard, "alt+s", "Return")  # "I have stored the recovery key", Next to staff
        _keys(xserver, wizard, "alt+f")  # Finish: no staff yet
        main = _window(xserver, "cases", timeout=40)  # the main window on the new store
        assert main != wizard
        _xdo(xserver, "windowfocus", "--sync", main)  # Xvfb has no window manager: give it the keyboard
        time.sleep(0.5)
        _xdo(xserver, "key", "--clearmodifiers", "ctrl+q")
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, app.stderr.read()[-2000:] if app.stderr else ""
    assert (store / KeyVault.FILE_NAME).is_file()
