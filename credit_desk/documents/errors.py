"""Errors of the documents layer: a form that is wrong (FormError) and a letter that cannot be made (DocumentError)."""

from __future__ import annotations


class FormError(ValueError):
    """A form file is invalid: unknown variable, missing mandated section, bad TOML… (caught at load)."""

    def __init__(self, message: str, *, form: str = "", section: str = "", variable: str = ""):
        super().__init__(message)
        self.message = message
        self.form = form
        self.section = section
        self.variable = variable


class DocumentError(ValueError):
    """The letter cannot be produced as it stands; the officer must fix the case first.

    Attributes:
        rule: SPEC rule ID (``R-12``) or "" when no rule applies (e.g. missing glyphs).
        field: the field or section concerned (``subject.name``, ``section:remedy``), or "".
        message: Chinese message for the officer.
    """

    def __init__(self, message: str, *, rule: str = "", field: str = ""):
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.field = field

    def __str__(self) -> str:
        return self.message
