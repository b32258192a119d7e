"""``render_document``: form + case + catalogs → checked Letter → PDF bytes, refusing incomplete letters.

Before anything is drawn: every mandated field of the form must have a value, every mandated section
must render to at least one paragraph (R-12 for the decision), and every character must have a glyph
in some available font. Each failure is a DocumentError with the rule, the field and a Chinese message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from credit_desk.documents.context import build_context
from credit_desk.documents.errors import DocumentError, FormError
from credit_desk.documents.fonts import FontSet, default_fonts, describe_chars, missing_glyphs
from credit_desk.documents.forms import Form, FormField, load_form
from credit_desk.documents.letter import Letter, Section, all_text, cn_numeral, letter_text
from credit_desk.documents.pdf import clean_text, render_pdf
from credit_desk.documents.values import is_empty, resolve
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.model import Case

__all__ = ["DocumentError", "FormError", "RenderResult", "build_letter", "missing_fields", "render_document"]


@dataclass(frozen=True, slots=True)
class RenderResult:
    """A rendered letter: the PDF, what it says, and the context it was made from (the field snapshot)."""

    form_id: str
    pdf: bytes
    letter: Letter
    text: str
    sha256: str
    context: dict[str, Any]


def missing_fields(form: Form, context: Mapping[str, Any]) -> list[FormField]:
    """The mandated fields of a form that the context leaves empty (the wizard asks for these)."""
    return [f for f in form.fields if f.mandated and is_empty(resolve(context, f.name))]


def build_letter(form: Form, context: Mapping[str, Any], *, number: str, issue_date: date) -> Letter:
    """Render the form's templates with the context into a Letter, refusing empty mandated parts."""
    missing = missing_fields(form, context)
    if missing:
        labels = "、".join(f"“{f.label}”" for f in missing)
        rule = next((f.rule for f in missing if f.rule), "")
        raise DocumentError(f"{labels}未填写，不能出具{form.name}。", rule=rule, field=missing[0].name)

    sections: list[Section] = []
    n = 0
    for rendered in form.render_sections(context):
        s = rendered.section
        if s.mandated and not rendered.paragraphs:
            cite = f"，{form.citation}" if form.citation else ""
            raise DocumentError(
                f"{form.name}的必备内容“{s.heading or s.key}”为空（{form.rule}{cite}），不能出具。",
                rule=form.rule,
                field=f"section:{s.key}",
            )
        if not rendered.paragraphs and not s.mandated:
            continue
        heading = s.heading
        if heading and s.numbered:
            n += 1
            heading = f"{cn_numeral(n)}、{heading}"
        sections.append(Section(s.key, heading, rendered.paragraphs, s.mandated))

    office = context["office"]
    party = [(p["label"], p["value"]) for p in context["party"] if p["value"]]
    return Letter(
        issuer=office["deciding_body"],
        title=form.render_title(context),
        number=number,
        issue_date=issue_date,
        party=party,
        sections=sections,
        closing=form.render_list("closing", context),
        signature=office["deciding_body"],
        attachments=form.render_list("attachments", context),
        notes=form.render_list("notes", context),
        subject=f"{form.name}：{context['subject']['name']}",
    )


def check_glyphs(letter: Letter, fonts: FontSet) -> None:
    """Refuse a letter with characters that no font can draw, naming each (SPEC §6)."""
    found: dict[str, str] = {}
    for where, role, text in all_text(letter):
        for ch in missing_glyphs(clean_text(text), fonts, role):
            found.setdefault(ch, where)
    if found:
        places = "、".join(dict.fromkeys(found.values()))
        raise DocumentError(
            f"以下字符在所有可用字体中均无字形，无法导出：{describe_chars(found)}（出现在：{places}）。"
            "请安装含这些字符的字体并在设置中指定，或改用规范汉字。",
            field=next(iter(found.values())),
        )


def render_letter(letter: Letter, fonts: FontSet) -> tuple[bytes, str]:
    """Check glyphs and draw: (pdf bytes, sha256 hex)."""
    check_glyphs(letter, fonts)
    pdf = render_pdf(letter, fonts)
    return pdf, hashlib.sha256(pdf).hexdigest()


def render_document(
    form_id: str,
    case: Case,
    catalogs: Catalogs,
    *,
    number: str,
    issue_date: date,
    settings: Mapping[str, Any] | None = None,
    fonts: FontSet | None = None,
    forms_dir: Path | None = None,
    override_dir: Path | None = None,
    draft_mark: str = "",
) -> RenderResult:
    """Render one letter of a case.

    ``draft_mark`` (preview only) prints a light diagonal watermark such as "草稿" on every page;
    left empty, as for every issued letter, the bytes are exactly those of a render without it.

    Raises:
        FormError: the form file is invalid.
        DocumentError: a mandated field or section is empty (R-12 for the decision), the case names
            something the catalogs lack, or a character has no glyph in any font.
    """
    form = load_form(form_id, forms_dir=forms_dir, override_dir=override_dir)
    context = build_context(case, catalogs, doc_id=form_id, number=number, issue_date=issue_date, settings=settings)
    letter = build_letter(form, context, number=number, issue_date=issue_date)
    if draft_mark:
        letter = replace(letter, draft_mark=draft_mark)
    if fonts is None:
        configured = (settings or {}).get("fonts") or catalogs.settings.get("fonts") or {}
        fonts = default_fonts(configured if isinstance(configured, Mapping) else {})
    pdf, digest = render_letter(letter, fonts)
    return RenderResult(form_id, pdf, letter, letter_text(letter), digest, context)
