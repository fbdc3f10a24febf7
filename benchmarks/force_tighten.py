"""What tightening the force's folder at every open costs: ForceHome.tighten() over a folder of N sealed
returns (all already 0600, the usual case; then all loosened), against the same-run baseline of only walking
the folder (rglob + lstat). Prints milliseconds and the ratio to the baseline.

    .venv/bin/python benchmarks/force_tighten.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from desktop.force.home import ForceHome


def _best(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "force"
        folder = root / "returns" / "provider-ltd"
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(root, 0o700)
        os.chmod(root / "returns", 0o700)
        for i in range(count):
            fd = os.open(folder / f"{i:064x}.pdf.sealed", os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
        home = ForceHome(root)
        baseline = _best(lambda: [p.lstat() for p in [root, *root.rglob("*")]])
        tight = _best(home.tighten)

        def loosen_then_tighten() -> None:
            for p in folder.iterdir():
                os.chmod(p, 0o644)
            home.tighten()

        loosen = _best(lambda: [os.chmod(p, 0o644) for p in folder.iterdir()], runs=3)
        fixing = _best(loosen_then_tighten, runs=3) - loosen
    print(f"files: {count}")
    print(f"walk only (baseline): {baseline:.1f} ms")
    print(f"tighten, nothing to change: {tight:.1f} ms (x{tight / baseline:.2f} of baseline)")
    print(f"tighten, every file loosened: {fixing:.1f} ms (x{fixing / baseline:.2f} of baseline)")


if __name__ == "__main__":
    main()
