"""What a worker process does first, and what its parent does before starting it.

- `scrub_secrets_from_environment()`: the parent removes passphrases from its environment before it starts
  workers, so no child inherits them (a child's /proc/PID/environ is what it was started with).
- `die_with_parent()`: the worker asks Linux to SIGKILL it when its parent dies (PR_SET_PDEATHSIG), so a kill -9
  of `sign-batch` does not leave workers holding the signing key; and exits at once when the parent is already
  gone. Elsewhere it is a no-op (Windows ends a job's children with it; macOS has no such call).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Iterator

SECRET_ENV = ("CHECKPOINT_PASSPHRASE", "CHECKPOINT_NEW_PASSPHRASE", "CHECKPOINT_FORCE_PASSPHRASE",
              "CHECKPOINT_FORCE_NEW_PASSPHRASE", "CHECKPOINT_KEY_PASSPHRASE", "PGPASSWORD")
PR_SET_PDEATHSIG = 1


def scrub_secrets_from_environment() -> dict[str, str]:
    """Remove every passphrase variable; returns what was removed (for an in-process caller to put back)."""
    return {name: os.environ.pop(name) for name in SECRET_ENV if name in os.environ}


@contextlib.contextmanager
def secrets_out_of_environment() -> Iterator[None]:
    """While workers may start: no passphrase in the environment they inherit. Put back afterwards, so a caller
    that runs several commands in one process (the tests, a script) still finds it."""
    removed = scrub_secrets_from_environment()
    try:
        yield
    finally:
        os.environ.update(removed)


def die_with_parent(parent_pid: int | None = None) -> None:
    scrub_secrets_from_environment()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the parent died before we asked
