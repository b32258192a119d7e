"""Work around PySide6 6.12 on Python 3.11 dropping a reference to ``None`` on every call that returns nothing.

Measured here (PySide6-Essentials 6.12.0, cp310-abi3 wheel, CPython 3.11.7): each ``widget.resize()``,
``app.processEvents()``, ``combo.currentData()`` returning nothing… lowers ``sys.getrefcount(None)`` by
one; after a few thousand calls CPython aborts with "none_dealloc: deallocating None". From Python
3.12 on, ``None`` is immortal and the bug is harmless. On 3.11 Credit Desk gives ``None`` a reference
count no session can exhaust — a backport of PEP 683 immortality for this one object. Importing
``credit_desk.ui`` applies it, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys


def protect_none() -> None:
    """Raise None's reference count by 2**40 on CPython < 3.12 (a no-op later, where None is immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 39:
        refcount.value += 1 << 40
