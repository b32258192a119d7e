"""Rare characters (生僻字) for names that input methods cannot type: by code point or from a list.

Many county PCs run input methods without Ext-B characters, yet party names such as 陈𠈌 must be
printed exactly. The dialog takes a code point as written on the household register print-out or in
a font table ("U+2020C", "2020C", "0x2020C", or the character itself) or a click on a common name
character, and inserts it at the cursor of the text field the officer was in. Every text field of the
wizard offers it in its context menu and on Ctrl+Shift+U (``install_rare_char_helper``).
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: Characters often met in names that common input methods lack or hide (Ext-A/Ext-B and rare BMP ones).
#: Each is printable with the bundled letter fonts (Noto Serif SC, AR PL UMing fallback).
COMMON_RARE_CHARS = tuple(
    dict.fromkeys("𠈌䶮堃昇喆镕珺婧彧赟玥燚淼犇骉垚鑫焱昳旻珏琤璟瑄甯翀蘅昀玙頔禤懿㛃䲜㻞䴔𨚕𪨶𫗧𬌗𬭚𬸚𬘡")
)
SHORTCUT = "Ctrl+Shift+U"
_CODE = re.compile(r"^(?:U\+|0X|\\U|&#X)?([0-9A-F]{4,6});?$")

TextTarget = QLineEdit | QPlainTextEdit


def parse_code_point(text: str) -> str | None:
    """The character a typed code point stands for, or None if it is not one.

    Accepts ``U+2020C``, ``2020C``, ``0x2020C``, ``\\u4E00``, ``&#x2020C;`` (any case, spaces ignored),
    or a single character pasted as is. Control characters, surrogates and unassigned code points are
    refused: they cannot be printed.
    """
    s = "".join(text.split())
    if not s:
        return None
    if len(s) == 1 and not s.isascii():
        ch = s
    else:
        m = _CODE.match(s.upper())
        if m is None:
            return None
        cp = int(m.group(1), 16)
        if cp > 0x10FFFF:
            return None
        ch = chr(cp)
    if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
        return None
    return ch


def code_label(ch: str) -> str:
    """``U+2020C`` for a character."""
    return f"U+{ord(ch):04X}"


def insert_text(target: TextTarget, text: str) -> None:
    """Insert at the cursor (replacing a selection), as typing would; the field's edit signals fire."""
    if isinstance(target, QLineEdit):
        target.insert(text)
    else:
        target.textCursor().insertText(text)
        target.ensureCursorVisible()


class RareCharDialog(QDialog):
    """Pick one character by code point or from the list; ``chosen()`` is it ("" if none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rare_char_dialog")
        self.setWindowTitle(self.tr("Insert rare character"))
        self._chosen = ""
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("rare_code")
        self.code_edit.setPlaceholderText(self.tr("Code point, e.g. U+2020C or 2020C"))
        self.preview = QLabel(self)
        self.preview.setObjectName("rare_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(96, 96)
        big = QFont(self.font())
        big.setPointSize(40)
        self.preview.setFont(big)
        self.preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.info = QLabel(self)
        self.info.setObjectName("rare_info")
        self.info.setWordWrap(True)

        grid = QGridLayout()
        grid.setSpacing(2)
        cell_font = QFont(self.font())
        cell_font.setPointSize(16)
        for i, ch in enumerate(COMMON_RARE_CHARS):
            b = QToolButton(self)
            b.setObjectName(f"rare_char_{ord(ch):X}")
            b.setText(ch)
            b.setFont(cell_font)
            b.setToolTip(code_label(ch))
            b.setFixedSize(40, 40)
            b.clicked.connect(lambda _=False, c=ch: self._pick(c))
            grid.addWidget(b, i // 12, i % 12)

        self.buttons = QDialogButtonBox(self)
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setObjectName("rare_insert")
        self.insert_button.setDefault(True)
        self.buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("rare_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type the code point of the character:"), self))
        layout.addWidget(self.code_edit)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("Or pick a character often used in names:"), self))
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.code_edit.textChanged.connect(self._typed)
        self._typed("")

    def chosen(self) -> str:
        return self._chosen

    def _pick(self, ch: str) -> None:
        self.code_edit.setText(code_label(ch))

    def _typed(self, text: str) -> None:
        ch = parse_code_point(text)
        self._chosen = ch or ""
        self.preview.setText(self._chosen)
        self.insert_button.setEnabled(bool(ch))
        if ch:
            self.info.setText(code_label(ch))
            self.info.setStyleSheet("")
        elif text.strip():
            self.info.setText(self.tr("Not a code point of a printable character."))
            self.info.setStyleSheet("color: #b3261e;")
        else:
            self.info.setText("")


def open_rare_char_dialog(target: TextTarget) -> RareCharDialog:
    """Open the dialog (window-modal, not blocking) and insert the choice into ``target`` on accept.

    The field keeps its cursor position while the dialog has the focus, so the character lands where
    the officer was typing.
    """
    dialog = RareCharDialog(target.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        if dialog.chosen():
            insert_text(target, dialog.chosen())
        target.setFocus()

    dialog.accepted.connect(done)
    dialog.open()
    return dialog


def install_rare_char_helper(edit: TextTarget) -> QAction:
    """Offer the rare-character dialog on ``edit``: context-menu entry and the Ctrl+Shift+U shortcut."""
    action = QAction(QCoreApplication.translate("RareCharDialog", "Insert rare character…"), edit)
    action.setObjectName("insert_rare_char")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: open_rare_char_dialog(edit))
    edit.addAction(action)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(pos: QPoint) -> None:
        m = edit.createStandardContextMenu() if isinstance(edit, QLineEdit) else edit.createStandardContextMenu(pos)
        m.addSeparator()
        m.addAction(action)
        m.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        m.popup(edit.mapToGlobal(pos))

    edit.customContextMenuRequested.connect(menu)
    return action
