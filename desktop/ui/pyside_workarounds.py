"""Work around a reference-counting bug in PySide6 6.12 on CPython 3.11.

`SignalInstance.emit()` returns `True` without taking a new reference, so every `.emit()` made from Python lowers
`True`'s reference count by one. After a few thousand emits (a few minutes of typing in a form) the count reaches
zero and the interpreter aborts with "Fatal Python error: bool_dealloc". From CPython 3.12 `True` and `False` are
immortal and this is not needed. `protect_bools()` gives both a reference count no session can use up.
Call it once at start-up (the composition root and the test set-up); calling it again does nothing.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # about a million million emits


def protect_bools() -> bool:
    """Raise the reference counts of True and False out of reach; True when it did so."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    changed = False
    for value in (True, False):
        if sys.getrefcount(value) < HEADROOM // 2:
            ctypes.c_ssize_t.from_address(id(value)).value += HEADROOM  # ob_refcnt is a PyObject's first field
            changed = True
    return changed
