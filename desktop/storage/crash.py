"""Named crash points for the fault suite: `CHECKPOINT_CRASH_AT=users.add.after-vault` makes the process die
(os._exit, no clean-up, no flush: as kill -9 would) when it reaches that point. Several names may be given,
separated by commas; `name@N` dies on the N-th time the point is reached. Unset, a point costs one dict lookup.

Every point is listed in CRASH_POINTS so the fault suite can walk them all; docs/security.md names them.
"""

from __future__ import annotations

import os

CRASH_ENV = "CHECKPOINT_CRASH_AT"
CRASH_EXIT = 137  # what a shell reports for kill -9

CRASH_POINTS: tuple[str, ...] = (
    "backup.after-audit",
    "backup.before-rename",
    "restore.after-staging",
    "restore.before-swap",
    "restore.after-swap",
    "users.add.after-db",
    "users.add.after-vault",
    "passwd.after-vault",
    "role.after-vault",
    "role.after-db",
    "rekey.after-db",
    "rekey.after-vault",
    "signbatch.after-sign",
    "signbatch.after-export",
    "audit.after-append",
)
_hits: dict[str, int] = {}


def crash_point(name: str) -> None:
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    _hits[name] = _hits.get(name, 0) + 1
    for item in spec.split(","):
        wanted, _, nth = item.strip().partition("@")
        if wanted == name and (not nth or (nth.isdigit() and _hits[name] == int(nth))):
            os._exit(CRASH_EXIT)
