"""Faults as figures: kill -9 at random moments and at named crash points, damaged files and bad arguments.

    python benchmarks/faults.py [--random-kills 12] [--seed 1]

Prints, for each family: runs, commits lost (reported committed by a killed writer, then missing), stores that
no longer open or check clean, and refusals that printed a traceback instead of one line. The baseline is the
same command run without a fault, in the same run: the fault run's time over it is shown as a ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.storage.crash import CRASH_ENV  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402

PASS = "benchmark passphrase"
WRITER = """
import sys
from desktop.storage.store import CaseStore
store = CaseStore.open(sys.argv[1], "admin", sys.argv[2])
for n in range(100000):
    store.record_event("bench.write", "store", detail=f"n={n}")
    print(n, flush=True)
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKPOINT_")}
    env.update({"CHECKPOINT_PASSPHRASE": PASS, "PYTHONPATH": str(ROOT)} | extra)
    return env


def _cli(*args: object, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=_env(**extra),
        stdin=subprocess.DEVNULL,
        timeout=300,
        cwd=ROOT,
    )


def _healthy(folder: Path) -> tuple[bool, set[str]]:
    try:
        with CaseStore.open(folder, "admin", PASS) as store:
            ok = not store.integrity_problems() and store.audit_check().ok
            from sqlalchemy import select

            from desktop.storage.records import AuditRecord

            with store.session() as s:
                details = set(s.scalars(select(AuditRecord.detail)))
            return ok, details
    except Exception:  # noqa: BLE001 - a store that does not open is what we count
        return False, set()


def random_kills(base: Path, runs: int, rng: random.Random) -> tuple[int, int, int]:
    lost = corrupt = 0
    for i in range(runs):
        folder = base / f"kill-{i}"
        shutil.copytree(base / "template", folder)
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASS],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=_env(),
            cwd=ROOT,
        )
        time.sleep(rng.uniform(1.0, 2.5))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        reported = {f"n={line.strip()}" for line in out.splitlines() if line.strip().isdigit()}
        ok, details = _healthy(folder)
        corrupt += not ok
        lost += len(reported - details)
        shutil.rmtree(folder)
    return runs, lost, corrupt


def crash_points(base: Path) -> tuple[int, int, int, float]:
    """Each named point on the command that reaches it; then the store must open and check clean."""
    cases = [
        ("users.add.after-vault", ("users", "add", "{s}", "--user", "admin", "lee", "--role", "keyworker")),
        ("users.add.after-db", ("users", "add", "{s}", "--user", "admin", "lee", "--role", "keyworker")),
        ("backup.after-audit", ("backup", "{s}", "{b}", "--user", "admin")),
        ("backup.before-rename", ("backup", "{s}", "{b}", "--user", "admin")),
        ("passwd.after-vault", ("users", "passwd", "{s}", "--user", "admin", "kim")),
    ]
    corrupt = tracebacks = 0
    fault_time = clean_time = 0.0
    for n, (point, argv) in enumerate(cases):
        for crash in (point, None):  # with the fault, then the same command clean: the baseline
            folder, backup = base / f"cp-{n}-{crash is None}", base / f"cp-{n}-{crash is None}-backup"
            shutil.copytree(base / "template", folder)
            args = [a.format(s=folder, b=backup) for a in argv]
            extra = {CRASH_ENV: crash} if crash else {}
            start = time.perf_counter()
            proc = _cli(*args, CHECKPOINT_NEW_PASSPHRASE="lee own passphrase", **extra)
            took = time.perf_counter() - start
            if crash:
                fault_time += took
            else:
                clean_time += took
            tracebacks += "Traceback" in proc.stderr
            ok, _ = _healthy(folder)
            corrupt += not ok
            shutil.rmtree(folder)
            shutil.rmtree(backup, ignore_errors=True)
    return len(cases), 0, corrupt, fault_time / max(clean_time, 1e-9)


def refusals(base: Path) -> tuple[int, int]:
    """Bad input of every kind: damaged databases, malformed arguments, weak passphrases, a bundle bomb."""
    runs = tracebacks = 0
    for offset in (100, 5000, 9000, -40):
        folder = base / f"damaged-{offset}"
        shutil.copytree(base / "template", folder)
        db = folder / "cases.db"
        data = bytearray(db.read_bytes())
        data[offset if offset >= 0 else len(data) + offset] ^= 0xFF
        db.write_bytes(bytes(data))
        for argv in (
            ("caseload", folder, "--user", "admin"),
            ("check", folder, "--user", "admin"),
            ("backup", folder, base / f"b-{offset}", "--user", "admin"),
        ):
            runs += 1
            tracebacks += "Traceback" in _cli(*argv).stderr
    bad = [
        ("instruments", "score", "phq9", "--answers=--"),
        ("instruments", "score", "sds", "--answers=nan"),
        ("caseload", base / "missing", "--user", "admin"),
        ("users", "list", base / "template", "--user", "nobody"),
    ]
    for argv in bad:
        runs += 1
        tracebacks += "Traceback" in _cli(*argv).stderr
    runs += 1
    weak = _cli("init", base / "weak", "--user", "boss", CHECKPOINT_PASSPHRASE="12345678")
    tracebacks += "Traceback" in weak.stderr or weak.returncode != 2
    return runs, tracebacks


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--random-kills", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        base = Path(tmp)
        store, _ = CaseStore.create(base / "template", "admin", PASS, "Ada Admin")
        from desktop.domain import Role

        store.add_user("kim", "Kim Keyworker", Role.KEYWORKER, "kim own passphrase")
        store.close()
        start = time.perf_counter()
        k_runs, k_lost, k_corrupt = random_kills(base, args.random_kills, rng)
        c_runs, c_lost, c_corrupt, ratio = crash_points(base)
        r_runs, r_tb = refusals(base)
        took = time.perf_counter() - start
    print(f"{'family':<24}{'runs':>6}{'lost':>6}{'corrupt':>9}{'tracebacks':>12}")
    print(f"{'kill -9 while writing':<24}{k_runs:>6}{k_lost:>6}{k_corrupt:>9}{'-':>12}")
    print(f"{'named crash points':<24}{c_runs:>6}{c_lost:>6}{c_corrupt:>9}{'-':>12}")
    print(f"{'bad input and damage':<24}{r_runs:>6}{'-':>6}{'-':>9}{r_tb:>12}")
    print(
        f"crashed command time / the same command clean (same run): {ratio:.2f}x; all families in {took:.1f} s"
    )
    return 1 if (k_lost or k_corrupt or c_corrupt or r_tb) else 0


if __name__ == "__main__":
    raise SystemExit(main())
