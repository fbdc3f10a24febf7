"""The real .deb on this machine: install, run from the installed copy, upgrade, remove; case stores survive.

Builds dist/checkpoint-desk_<version>_<arch>.deb with `make installers` (PyInstaller + dpkg-deb, zstd) only when
it is not there yet: delete it to test a fresh build. Needs root and dpkg, since it really installs the package
(and removes it again); skips otherwise, and skips when the package is already installed here by someone else.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "checkpoint-desk"
PASSPHRASE = "installer test passphrase"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is for Debian-family Linux"),
    pytest.mark.skipif(not shutil.which("dpkg"), reason="dpkg is not installed: not a Debian-family system"),
    pytest.mark.skipif(
        hasattr(os, "geteuid") and os.geteuid() != 0,
        reason="installing a .deb needs root (run the tests as root, or `sudo dpkg -i` by hand)",
    ),
]


def _bundle_config():
    spec = importlib.util.spec_from_file_location("bundle_config", ROOT / "installers" / "bundle_config.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(
    cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 120, check: bool = True
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if check and result.returncode != 0:
        pytest.fail(
            f"{' '.join(cmd)} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result


def _installed_version() -> str | None:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE], capture_output=True, text=True
    )
    if result.returncode != 0 or not result.stdout.startswith("install ok installed"):
        return None
    return result.stdout.split()[-1]


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256: a case store is intact when this does not change."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def deb() -> Path:
    config = _bundle_config()
    version = config.debian_version(config.project()["version"])
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    path = ROOT / "dist" / f"{PACKAGE}_{version}_{arch}.deb"
    if not path.exists():
        started = time.monotonic()
        _run(["make", "installers", "DEB_COMPRESSION=zstd"], timeout=1800)
        print(f"built {path.name} in {time.monotonic() - started:.0f} s")
    assert path.exists(), f"make installers did not produce {path}"
    return path


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """A user with a fresh HOME: platformdirs puts the data directory at ~/.local/share/checkpoint-desk."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "CHECKPOINT_", "QT_")) and k not in {"DISPLAY", "WAYLAND_DISPLAY"}
    }
    env.update(
        HOME=str(home),
        CHECKPOINT_PASSPHRASE=PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
        PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    )
    return env


# Wayland's client libraries are Recommends, not Depends: without them Qt runs on X11 (or XWayland).
OPTIONAL_SYSTEM_LIBRARIES = ("libwayland-",)


def _unresolved_libraries(bundle: Path) -> dict[str, list[str]]:
    """Libraries in the installed bundle whose dependencies resolve neither inside it nor on this system."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing: dict[str, list[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        gone = [line.split()[0] for line in out.splitlines() if "not found" in line]
        gone = [name for name in gone if not name.startswith(OPTIONAL_SYSTEM_LIBRARIES)]
        if gone:
            missing[str(path.relative_to(bundle))] = gone
    return missing


def _gui_opens(env: dict[str, str], store: Path) -> str:
    """Start the installed GUI on `store`; say how we know it opened (or fail)."""
    xvfb, xwininfo = shutil.which("Xvfb"), shutil.which("xwininfo")
    if xvfb and xwininfo:  # a real X server: the xcb platform plugin and the system libraries it needs
        read_fd, write_fd = os.pipe()
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        try:
            with os.fdopen(read_fd) as fh:
                display = f":{fh.readline().strip()}"
            gui_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            app = subprocess.Popen(
                [f"/usr/bin/{PACKAGE}", "gui", str(store)],
                env=gui_env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            try:
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    if app.poll() is not None:
                        pytest.fail(f"the GUI exited with {app.returncode}:\n{app.stdout.read()[-3000:]}")
                    tree = subprocess.run(
                        [xwininfo, "-root", "-tree"], env=gui_env, capture_output=True, text=True
                    )
                    shown = [
                        line.strip()
                        for line in tree.stdout.splitlines()
                        if "Checkpoint Desk" in line and '("checkpoint-desk"' in line
                    ]  # title and WM_CLASS
                    if shown:
                        return f"window shown under Xvfb: {shown[0]}"
                    time.sleep(0.5)
                pytest.fail("no Checkpoint Desk window appeared within 60 s")
            finally:
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
        finally:
            server.terminate()
            server.wait(10)
    # No X server here: the offscreen platform, and still running after 8 s counts as opened.
    result = subprocess.run(
        ["timeout", "8", f"/usr/bin/{PACKAGE}", "gui", str(store)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 124, f"the GUI exited with {result.returncode}:\n{result.stderr[-3000:]}"
    return "still running offscreen after 8 s (no Xvfb/xwininfo to see the window)"


def test_install_run_upgrade_and_remove_keep_every_case_store(deb, user_env, tmp_path, capsys):
    if _installed_version() is not None:
        pytest.skip(f"{PACKAGE} {_installed_version()} is already installed on this machine: not touching it")
    expected_version = _bundle_config().project()["version"]
    home = Path(user_env["HOME"])
    data_dir = home / ".local" / "share" / PACKAGE
    default_store = data_dir / "demo"  # where `checkpoint-desk gui` looks without a STORE
    other_store = home / "Documents" / "clinic-store"
    timings: dict[str, float] = {}

    def timed(label, func, *args, **kwargs):
        started = time.monotonic()
        try:
            return func(*args, **kwargs)
        finally:
            timings[label] = time.monotonic() - started

    try:
        timed("install", _run, ["dpkg", "-i", str(deb)], timeout=600)
        assert _installed_version() is not None
        for path in (
            "/usr/bin/checkpoint-desk",
            "/opt/checkpoint-desk/checkpoint-desk",
            "/usr/share/applications/checkpoint-desk.desktop",
            "/usr/share/icons/hicolor/256x256/apps/checkpoint-desk.png",
        ):
            assert Path(path).exists(), path
        assert shutil.which(PACKAGE, path=user_env["PATH"]) == f"/usr/bin/{PACKAGE}"
        assert timed("ldd", _unresolved_libraries, Path("/opt/checkpoint-desk")) == {}

        out = timed("--version", _run, [PACKAGE, "--version"], env=user_env).stdout
        assert out.strip() == f"{PACKAGE} {expected_version}"

        other_store.parent.mkdir(parents=True)
        timed("demo", _run, [PACKAGE, "demo", str(default_store)], env=user_env, timeout=300)
        _run([PACKAGE, "demo", str(other_store), "--people", "5"], env=user_env, timeout=300)
        assert (default_store / "cases.db").exists() and (other_store / "cases.db").exists()
        _run([PACKAGE, "check", str(default_store), "--user", "admin"], env=user_env)

        how = timed("gui", _gui_opens, user_env, default_store)

        before = {"data": _snapshot(data_dir), "other": _snapshot(other_store)}
        assert before["data"] and before["other"]

        # Upgrade: the same bundle packed as a newer version, installed over the old one.
        bumped_version = f"{_installed_version()}+upgradetest1"
        bumped = tmp_path / "bumped"
        timed(
            "build bumped .deb",
            _run,
            ["bash", "installers/linux/build_deb.sh"],
            timeout=600,
            env={
                **os.environ,
                "BUNDLE": "/opt/checkpoint-desk",
                "OUT_DIR": str(bumped),
                "DEB_VERSION": bumped_version,
                "DEB_COMPRESSION": "zstd",
                "STAGE_ROOT": str(tmp_path / "stage"),
                "PYTHON": sys.executable,
            },
        )
        timed("upgrade", _run, ["dpkg", "-i", str(next(bumped.glob("*.deb")))], timeout=600)
        assert _installed_version() == bumped_version
        assert {"data": _snapshot(data_dir), "other": _snapshot(other_store)} == before, (
            "upgrade changed a store"
        )
        _run([PACKAGE, "check", str(default_store), "--user", "admin"], env=user_env)  # the new copy opens it
        before = {"data": _snapshot(data_dir), "other": _snapshot(other_store)}

        timed("remove", _run, ["dpkg", "-r", PACKAGE], timeout=300)
        assert _installed_version() is None
        assert not Path("/usr/bin/checkpoint-desk").exists()
        assert not Path("/opt/checkpoint-desk").exists(), "removal left /opt/checkpoint-desk behind"
        assert {"data": _snapshot(data_dir), "other": _snapshot(other_store)} == before, (
            "removal changed a store"
        )

        _run(["dpkg", "-P", PACKAGE], timeout=300)
        assert {"data": _snapshot(data_dir), "other": _snapshot(other_store)} == before, (
            "purge changed a store"
        )
    finally:
        if _installed_version() is not None:
            subprocess.run(["dpkg", "-P", PACKAGE], capture_output=True, timeout=300)
    with capsys.disabled():
        print(f"\n  installed .deb: {how}; " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
