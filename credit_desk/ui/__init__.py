"""PySide6 user interface: thin widgets over services; no business rules here."""

from credit_desk.ui.qt_compat import protect_none

protect_none()  # before any Qt call: see qt_compat (PySide6 6.12 on CPython 3.11)
