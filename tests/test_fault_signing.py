"""sign-batch under faults: killed after signing, the next run writes what was signed; killed while workers run,
no worker outlives it; the workers never see the passphrase in their environment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from returns_store_fixtures import RET_PASS, ReturnsStore, build_returns_store, copy_store

pytestmark = pytest.mark.slow  # sign-batch starts worker processes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("fault-sign") / "template")


def _sign_batch(
    folder: Path, out: Path, crash: str | None = None, mark: str = ""
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update(CHECKPOINT_PASSPHRASE=RET_PASS, CHECKPOINT_TEST_MARK=mark or uuid.uuid4().hex)
    if crash:
        env["CHECKPOINT_CRASH_AT"] = crash
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "returns",
            "sign-batch",
            str(folder),
            "--user",
            "manager",
            "--month",
            "2026-10",
            "--out",
            str(out),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _processes_with(text: str) -> list[tuple[int, bytes]]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            environ = (proc / "environ").read_bytes()
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if text.encode() in environ and b"resource_tracker" not in cmdline:  # the tracker holds no key
            found.append((int(proc.name), environ))
    return found


def test_killed_after_signing_the_next_run_writes_what_was_signed(template, tmp_path):
    rs = copy_store(template, tmp_path / "store")
    out = tmp_path / "out"
    first = _sign_batch(rs.folder, out, crash="signbatch.after-sign")
    assert first.returncode == 137, first.stderr
    assert not list(out.glob("*.pdf"))  # signed and stored, not yet written
    again = _sign_batch(rs.folder, out)
    assert again.returncode == 0, again.stderr
    assert "Wrote 4 returns signed by an interrupted batch" in again.stdout
    assert len(list(out.glob("*.pdf"))) == 4


def test_kill_9_while_workers_run_leaves_no_worker(template, tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    rs = copy_store(template, tmp_path / "store")
    mark = uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update(CHECKPOINT_PASSPHRASE=RET_PASS, CHECKPOINT_TEST_MARK=mark)
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "returns",
        "sign-batch",
        str(rs.folder),
        "--user",
        "manager",
        "--month",
        "2026-10",
        "--out",
        str(tmp_path / "out"),
        "--workers",
        "2",
    ]
    parent = subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while not [p for p, _e in _processes_with(mark) if p != parent.pid] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert parent.poll() is None, "the batch ended before its workers were seen"
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 3  # a worker still importing dies when it reaches its initializer
    while _processes_with(mark) and time.monotonic() < deadline:
        time.sleep(0.02)
    left = [(pid, Path(f"/proc/{pid}/cmdline").read_bytes()[:200]) for pid, _e in _processes_with(mark)]
    assert left == []


def test_workers_do_not_inherit_the_passphrase(template, tmp_path):
    rs = copy_store(template, tmp_path / "store")
    mark = uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update(CHECKPOINT_PASSPHRASE=RET_PASS, CHECKPOINT_TEST_MARK=mark)
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "returns",
        "sign-batch",
        str(rs.folder),
        "--user",
        "manager",
        "--month",
        "2026-10",
        "--out",
        str(tmp_path / "out"),
        "--workers",
        "2",
    ]
    parent = subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    seen: dict[int, bytes] = {}
    while parent.poll() is None:
        for pid, environ in _processes_with(mark):
            if pid != parent.pid:
                seen[pid] = environ
        time.sleep(0.02)
    assert parent.returncode == 0, parent.stderr.read() if parent.stderr else ""
    assert seen, "no worker process was seen"
    assert all(RET_PASS.encode() not in environ for environ in seen.values())
