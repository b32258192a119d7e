"""The field factory: the editor for a declared field, chosen by its widget kind only.

No widget is written for a particular case field; adding a field to a page is a line in the form file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from credit_desk.domain.catalog import Catalogs
from credit_desk.services.wizard_pages import PageField
from credit_desk.ui.wizard.fields import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    IdentifierEditor,
    LinesEditor,
    MultilineEditor,
    TextEditor,
)
from credit_desk.ui.wizard.list_fields import InstrumentsEditor, MultiEditor

__all__ = ["EDITORS", "FieldEditor", "build_editor"]

EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "multiline": MultilineEditor,
    "date": DateEditor,
    "bool": BoolEditor,
    "choice": ChoiceEditor,
    "multi": MultiEditor,
    "identifier": IdentifierEditor,
    "list:lines": LinesEditor,
    "list:instruments": InstrumentsEditor,
}


def build_editor(spec: PageField, path: str, catalogs: Catalogs, parent: QWidget) -> FieldEditor:
    """The editor for a declared field (``path`` is the full path, with the item index for list items)."""
    cls = EDITORS.get(spec.widget) or EDITORS[spec.kind]
    return cls(spec, path, catalogs, parent)
