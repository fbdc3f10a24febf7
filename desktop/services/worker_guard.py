"""What a worker process does first, and what its parent does before starting it.

- `scrub_secrets_from_environment()`: the parent removes passphrases from its environment before it starts
  workers, so no child inherits them (a child's /proc/PID/environ is what it was started with).
- `die_with_parent()`: the worker watches its parent and exits within a fraction of a second of its death, so a
  kill -9 of `sign-batch` does not leave workers holding the signing key (on every platform).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator

SECRET_ENV = (
    "CHECKPOINT_PASSPHRASE",
    "CHECKPOINT_NEW_PASSPHRASE",
    "CHECKPOINT_FORCE_PASSPHRASE",
    "CHECKPOINT_FORCE_NEW_PASSPHRASE",
    "CHECKPOINT_KEY_PASSPHRASE",
    "PGPASSWORD",
)


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


def die_with_parent(parent_pid: int | None = None, interval: float = 0.2) -> None:
    """Exit this (worker) process as soon as its parent is gone.

    A watchdog thread compares the parent's process ID every `interval` seconds: when the parent dies the worker
    is re-parented and exits at once. (Linux's PR_SET_PDEATHSIG is tied to the parent *thread* that started the
    worker, so a pool grown from a short-lived background thread would kill its own workers: not used.)
    """
    scrub_secrets_from_environment()
    parent = parent_pid if parent_pid is not None else os.getppid()
    if os.getppid() != parent:
        os._exit(1)  # the parent died before we looked

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
