#!/usr/bin/env python3
"""A throwaway PostgreSQL cluster for the test run: private folder, free port on 127.0.0.1, password login.

    python scripts/pg_test_cluster.py start [--owner-pid PID]   prints one JSON line (port, folder, user, passfile)
    python scripts/pg_test_cluster.py stop FOLDER                stops the cluster and removes its folder

`tests/force_engines.py` calls these from a pytest session fixture, so the cluster lives exactly as long as the
test run; a watchdog started with it stops it too if the run is killed (`--owner-pid`, the pytest process).
As root, initdb and the server run as the `postgres` system user (Debian's package makes it; else `nobody`),
since PostgreSQL refuses to run as root. The superuser's password is random, kept in a 0600 passfile
(libpq's ~/.pgpass format) that the tests name in $PGPASSFILE: it never appears on a command line.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER = "checkpoint_test"


class ClusterError(Exception):
    pass


def bindir() -> Path | None:
    """Debian keeps the server binaries in /usr/lib/postgresql/<major>/bin; the newest one wins."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise ClusterError("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cmd(args: list[str], user: str | None, **kw: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, user=user, capture_output=True, text=True, cwd="/", **kw)  # type: ignore[call-overload]
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise ClusterError(f"{Path(args[0]).name} failed: " + " | ".join(tail))
    return proc  # type: ignore[no-any-return]


def start(owner_pid: int | None = None) -> dict[str, object]:
    bins = bindir()
    if bins is None:
        raise ClusterError(
            "PostgreSQL is not installed (no initdb): `apt-get install postgresql`, or run "
            "`make test` as root, which installs it"
        )
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="checkpoint-pg-"))
    data, sock, pwfile = folder / "data", folder / "sock", folder / "pw"
    password = secrets.token_urlsafe(24)
    sock.mkdir()
    pwfile.write_text(password + "\n")
    os.chmod(pwfile, 0o600)
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, sock, pwfile):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    try:
        _cmd(
            [
                str(bins / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                "--pwfile",
                str(pwfile),
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--no-sync",
            ],
            user,
        )
        pwfile.unlink()
        for attempt in range(5):
            port = _free_port()
            opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off -c full_page_writes=off"
            try:
                _cmd(
                    [
                        str(bins / "pg_ctl"),
                        "-D",
                        str(data),
                        "-l",
                        str(folder / "server.log"),
                        "-o",
                        opts,
                        "-w",
                        "-t",
                        "60",
                        "start",
                    ],
                    user,
                )
                break
            except ClusterError:
                if attempt == 4:
                    log = (folder / "server.log").read_text(errors="replace").strip().splitlines()[-3:]
                    raise ClusterError("the server did not start: " + " | ".join(log)) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    passfile = folder / "pgpass"
    passfile.write_text(f"127.0.0.1:{port}:*:{USER}:{password}\n")
    os.chmod(passfile, 0o600)  # owned by us (the test run), which is who connects
    if owner_pid is not None:
        subprocess.Popen(
            [sys.executable, __file__, "watch", str(folder), "--owner-pid", str(owner_pid)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    return {
        "host": "127.0.0.1",
        "port": port,
        "user": USER,
        "folder": str(folder),
        "passfile": str(passfile),
        "version": bins.parts[-2],
    }


def stop(folder: Path) -> None:
    bins = bindir()
    data = folder / "data"
    if bins is not None and (data / "postmaster.pid").exists():
        user = _run_as()
        subprocess.run(
            [str(bins / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            user=user,
            capture_output=True,
            cwd="/",
        )
    shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(folder: Path, owner_pid: int) -> None:
    """Stop the cluster when the test run that owns it has gone (killed, crashed) or the folder is removed."""
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    while _alive(owner_pid) and folder.exists():
        time.sleep(1)
    if folder.exists():
        stop(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("start")
    s.add_argument("--owner-pid", type=int)
    for name in ("stop", "watch"):
        p = sub.add_parser(name)
        p.add_argument("folder", type=Path)
        if name == "watch":
            p.add_argument("--owner-pid", type=int, required=True)
    args = parser.parse_args()
    try:
        if args.command == "start":
            print(json.dumps(start(args.owner_pid)))
        elif args.command == "stop":
            stop(args.folder)
        else:
            watch(args.folder, args.owner_pid)
    except ClusterError as exc:
        print(f"pg_test_cluster: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
