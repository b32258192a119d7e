"""Work around PySide6 6.12 on Python 3.11 dropping a reference to ``None`` on every call that returns nothing.

Measured here (PySide6-Essentials 6.12.0, cp310-abi3 wheel, CPython 3.11.7): each ``widget.resize()``,
``app.processEvents()``, ``combo.currentData()`` returning nothing… lowers ``sys.getrefcount(None)`` by
one; after a few thousand calls CPython aborts with "none_dealloc: deallocating None". From Python
3.12 on, ``None`` is immortal and the bug is harmless (True and False showed it too, in signal/slot paths).
On 3.11 Credit Desk gives these singletons a reference
count no session can exhaust — a backport of PEP 683 immortality for these objects. Importing
``credit_desk.ui`` applies it, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys


def protect_none() -> None:
    """Raise the reference counts of None, True and False by 2**40 on CPython < 3.12 (immortal from 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):  # True/False showed the same bug in signal/slot paths
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 39:
            refcount.value += 1 << 40
