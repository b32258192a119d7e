"""统一社会信用代码 / 居民身份证号码 field that checks as the officer types, with the reason beside it.

The check itself is the domain's (through ``services.wizard_pages.identifier_feedback``); this widget
only shows it: how many characters are typed while the code is plausible, the Chinese message as soon
as a character is wrong, and the verdict on the check character once all 18 are there.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from credit_desk.services.wizard_pages import IdFeedback, identifier_feedback

COLORS = {"error": "#b3261e", "ok": "#1b5e20", "partial": "#5f6368", "empty": "#5f6368"}


class IdentifierEdit(QWidget):
    """A line edit for an 18-character code and a message label (objectName ``identifier_message``).

    Signals:
        textEdited(str): the officer changed the text (typing, pasting, an inserted character).
    """

    textEdited = Signal(str)

    def __init__(self, kind: Literal["uscc", "ric"], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("identifier_input")
        self.line_edit.setMaxLength(30)  # room for spaces the officer may type; normalized later
        self.line_edit.setMinimumWidth(220)
        self.line_edit.setPlaceholderText(
            self.tr("18 characters") if kind == "uscc" else self.tr("18 digits (the last may be X)")
        )
        self.message = QLabel(self)
        self.message.setObjectName("identifier_message")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 0)
        layout.addWidget(self.message, 1)
        self.line_edit.textChanged.connect(self._show_feedback)
        self.line_edit.textEdited.connect(self.textEdited)
        self._show_feedback(self.line_edit.text())

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:
        """Set the text without emitting ``textEdited`` (loading a case is not an edit)."""
        if text != self.line_edit.text():
            self.line_edit.setText(text)

    def feedback(self) -> IdFeedback:
        return identifier_feedback(self.kind, self.line_edit.text())

    def _show_feedback(self, text: str) -> None:
        fb = identifier_feedback(self.kind, text)
        if fb.state == "partial":
            shown = self.tr("%1 of %2 characters").replace("%1", str(fb.length)).replace("%2", str(fb.expected))
        elif fb.state == "ok":
            shown = self.tr("✓ Valid")
        else:
            shown = fb.message
        self.message.setText(shown)
        self.message.setStyleSheet(f"color: {COLORS[fb.state]};")
        self.message.setProperty("state", fb.state)
