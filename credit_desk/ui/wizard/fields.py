"""Field editors, one class per widget kind of the form's ``[[pages]]`` declaration (single values here;
check lists and instrument cards in ``list_fields``, the factory in ``factory``).

No widget is written for a particular case field: the factory picks the editor by the declared kind
(text, multiline, date, bool, choice, identifier, multi, list). Each editor
shows the case value at its path (``load``), reports the officer's edits as (path, value)
(``edited``), and updates options that depend on other fields (``refresh``: criteria of the chosen
standard, measures for the party's kind). Values are written to the case by the wizard, not here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.model import Case
from credit_desk.services.case_fields import get_value
from credit_desk.services.wizard_pages import LETTER_RECORD_PATHS, PageField, clean_identifier, options
from credit_desk.ui.widgets.date_edit import DateEdit
from credit_desk.ui.widgets.identifier_edit import IdentifierEdit
from credit_desk.ui.widgets.rare_char import install_rare_char_helper

PROBLEM_COLORS = {"block": "#b3261e", "warn": "#8a5a00"}


class _NoWheelUnlessFocused(QObject):
    """Scrolling the page must not change a combo box or a date the pointer happens to pass over."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


_NO_WHEEL = _NoWheelUnlessFocused()


def object_name(path: str) -> str:
    """The objectName of the editor of a case field (tests and screenshots find widgets by it)."""
    return f"field_{path}"


class FieldEditor(QObject):
    """Base of all editors: a label, the editing widget, and the (path, value) it reports.

    Signals:
        edited(str, object): the officer changed the value at this path.
    """

    edited = Signal(str, object)

    def __init__(self, spec: PageField, path: str, catalogs: Catalogs, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec, self.path, self.catalogs = spec, path, catalogs
        self._loading = False
        self.editor = self._build(parent)
        self.editor.setObjectName(object_name(path))
        self.label: QLabel | None = None if spec.kind == "bool" else QLabel(self._label_text(), parent)
        if self.label is not None:
            self.label.setWordWrap(True)
            self.label.setObjectName(f"label_{path}")
            self.label.setBuddy(self.editor)
        self.widget = self._with_help(parent)

    # --- to be provided by each kind
    def _build(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def _show(self, value: Any, case: Case) -> None:
        raise NotImplementedError

    # --- shared behaviour
    def _label_text(self) -> str:
        # letters' numbers and dates are asked for only when a letter issued elsewhere is typed in (the page
        # says so; a missing one is then named among the findings), so they carry no asterisk
        required = self.spec.mandated and not self.spec.path.startswith(LETTER_RECORD_PATHS)
        return self.spec.label + (" *" if required else "")

    def _with_help(self, parent: QWidget) -> QWidget:
        if not self.spec.help:
            return self.editor
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        hint = QLabel(self.spec.help, box)
        hint.setObjectName(f"help_{self.path}")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)
        return box

    def editors(self) -> list[FieldEditor]:
        return [self]

    def load(self, case: Case) -> None:
        """Show the case's value (on entering the page); emits nothing."""
        self._loading = True
        try:
            self._show(get_value(case, self.path), case)
        finally:
            self._loading = False

    def refresh(self, case: Case) -> None:
        """After another field changed: update what depends on it (options); typed text is left alone."""

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.edited.emit(self.path, value)

    def mark(self, level: str | None, tip: str) -> None:
        """Colour the label of a field a finding concerns (red: blocks, amber: needs a reason)."""
        target = self.label if self.label is not None else self.editor
        target.setStyleSheet(f"color: {PROBLEM_COLORS[level]};" if level else "")
        target.setToolTip(tip)
        self.editor.setProperty("finding", level or "")


class TextEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        edit = QLineEdit(parent)
        install_rare_char_helper(edit)
        edit.textEdited.connect(self._emit)
        return edit

    def _show(self, value: Any, case: Case) -> None:
        text = "" if value is None else str(value)
        if self.editor.text().strip() != text:
            self.editor.setText(text)


class MultilineEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(72)
        edit.setMaximumHeight(150)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        install_rare_char_helper(edit)
        edit.textChanged.connect(lambda: self._emit(self._value()))
        return edit

    def _value(self) -> Any:
        return self.editor.toPlainText()

    def _show(self, value: Any, case: Case) -> None:
        text = "" if value is None else str(value)
        if self.editor.toPlainText().strip() != text.strip():
            self.editor.setPlainText(text)


class LinesEditor(MultilineEditor):
    """A list of short texts, one per line (removal conditions, publication channels)."""

    def _value(self) -> Any:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]

    def _show(self, value: Any, case: Case) -> None:
        if self._value() != list(value or []):
            self.editor.setPlainText("\n".join(value or []))


class DateEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        edit = DateEdit(parent)
        edit.edit.installEventFilter(_NO_WHEEL)
        edit.valueChanged.connect(self._emit)
        return edit

    def _show(self, value: Any, case: Case) -> None:
        self.editor.setValue(value)


class BoolEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        box = QCheckBox(self.spec.label, parent)
        box.toggled.connect(self._emit)
        return box

    def _show(self, value: Any, case: Case) -> None:
        self.editor.setChecked(bool(value))


class IdentifierEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        edit = IdentifierEdit("uscc" if self.spec.arg == "uscc" else "ric", parent)
        edit.textEdited.connect(lambda text: self._emit(clean_identifier(text)))
        return edit

    def _show(self, value: Any, case: Case) -> None:
        if clean_identifier(self.editor.text()) != (value or ""):
            self.editor.setText(value or "")


class ChoiceEditor(FieldEditor):
    """A drop-down of catalog entries, with the chosen entry's full text and basis shown below it."""

    def _build(self, parent: QWidget) -> QWidget:
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.installEventFilter(_NO_WHEEL)
        self.combo.activated.connect(lambda i: self._emit(self.combo.itemData(i) or ""))
        self._shown: list[tuple[str, str]] = []
        self._details: dict[str, str] = {}
        self.detail = QLabel(parent)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #3c4043;")
        self.detail.setVisible(False)
        self.combo.currentIndexChanged.connect(self._show_detail)
        return self.combo

    def _with_help(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(super()._with_help(box))
        self.detail.setParent(box)
        self.detail.setObjectName(f"detail_{self.path}")
        layout.addWidget(self.detail)
        return box

    def _show(self, value: Any, case: Case) -> None:
        code = str(getattr(value, "value", value) or "")
        opts = options(self.spec.arg, case, self.catalogs)
        items = [(o.code, o.label) for o in opts]
        if not code or code not in dict(items):
            items.insert(0, ("", self.tr("— choose —")))
        if items != self._shown:
            self.combo.blockSignals(True)
            self.combo.clear()
            for c, label in items:
                self.combo.addItem(label, c)
            self.combo.blockSignals(False)
            self._shown = items
        self._details = {o.code: "　".join(x for x in (o.detail, o.mark) if x) for o in opts}
        for i, o in enumerate(opts, start=len(items) - len(opts)):
            self.combo.setItemData(i, o.label + ("\n" + o.detail if o.detail else ""), Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(code if code in dict(items) else "")
        self.combo.setCurrentIndex(max(index, 0))
        self._show_detail()

    def _show_detail(self, *_: Any) -> None:
        code = self.combo.currentData() or ""
        text = self._details.get(code, "")
        label = self.combo.currentText() if code else ""
        full = label if len(label) > 24 else ""
        shown = "\n".join(x for x in (full, text) if x)
        self.detail.setText(shown)
        self.detail.setVisible(bool(shown))

    def refresh(self, case: Case) -> None:
        self.load(case)
