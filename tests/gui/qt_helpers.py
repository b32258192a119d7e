"""Helpers for GUI tests: import as ``from qt_helpers import type_cjk``."""

from __future__ import annotations


def type_cjk(widget, text: str) -> None:
    """Type ``text`` into ``widget`` the way an input method commits it.

    ``qtbot.keyClicks`` aborts the whole process on non-Latin text (platform-notes §2), so Chinese goes
    in as a QInputMethodEvent commit; validators and textEdited/textChanged signals still run.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def installed_chinese(qapp, qm):
    """Install the Chinese translation for the duration of a ``with`` block (or a fixture's yield)."""
    from contextlib import contextmanager

    from PySide6.QtCore import QTranslator

    @contextmanager
    def scope():
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        try:
            yield translator
        finally:
            qapp.removeTranslator(translator)

    return scope()
