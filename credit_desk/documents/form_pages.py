"""The drafting wizard declared beside the letter: ``[[pages]]`` of a form, checked against the case model.

A page names the case fields it edits (dotted paths into ``domain.model.Case``), the widget kind of each
(``text``, ``multiline``, ``date``, ``bool``, ``choice:<catalog>``, ``multi:<catalog>``, ``list:lines``,
``list:instruments``, ``identifier:uscc|ric``), its label and whether the letter needs it, the letter
sections the field fills (for the review page) and the rules whose findings belong on the page. The
wizard derives its pages and their required fields from this declaration (STYLE practice 3), so a form
that names a field the case does not have, or a widget that cannot edit the field's type, fails when
the form is read (FormError), never while the officer is typing.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel

from credit_desk.documents.errors import FormError
from credit_desk.domain.model import BasisInstrument, Case

__all__ = [
    "CHOICE_CATALOGS",
    "WIDGET_KINDS",
    "PageField",
    "WizardPage",
    "case_field_annotation",
    "parse_pages",
]

#: Widget kinds and the catalogs a ``choice:``/``multi:`` widget may draw its options from.
WIDGET_KINDS = frozenset({"text", "multiline", "date", "bool", "choice", "multi", "list", "identifier"})
CHOICE_CATALOGS = frozenset(
    {"subject_kinds", "standards", "criteria", "gravity", "admin_levels", "instrument_types", "provisions",
     "measures"}
)
MULTI_CATALOGS = frozenset({"provisions", "measures"})
LIST_ITEMS = {"lines": str, "instruments": BasisInstrument}
IDENTIFIERS = frozenset({"uscc", "ric"})
SUBJECT_KINDS = frozenset({"legal_person", "other_org", "individual_business", "natural_person"})

PAGE_KEYS = {"key", "title", "intro", "rules", "section", "fields", "review"}
FIELD_KEYS = {"path", "widget", "label", "mandated", "help", "section", "only_kinds", "items"}
_RULE_ID = re.compile(r"^R-\d\d$")
_PATH = re.compile(r"^[a-z_]+(\.[a-z_]+)*$")


@dataclass(frozen=True, slots=True)
class PageField:
    """One field of a wizard page (or of an item of a ``list:instruments`` field, path relative to the item)."""

    path: str
    widget: str
    label: str
    mandated: bool = False
    help: str = ""
    section: str = ""
    only_kinds: tuple[str, ...] = ()
    items: tuple[PageField, ...] = ()

    @property
    def kind(self) -> str:
        """``choice`` of ``choice:standards``."""
        return self.widget.partition(":")[0]

    @property
    def arg(self) -> str:
        """``standards`` of ``choice:standards``."""
        return self.widget.partition(":")[2]

    def shown_for(self, subject_kind: str) -> bool:
        """Whether the field applies to a party of this kind (e.g. 法定代表人 not for a natural person)."""
        return not self.only_kinds or subject_kind in self.only_kinds


@dataclass(frozen=True, slots=True)
class WizardPage:
    """One page of the wizard; the ``review`` page has no fields and is generated from the case."""

    key: str
    title: str
    intro: str = ""
    rules: tuple[str, ...] = ()
    fields: tuple[PageField, ...] = ()
    review: bool = False

    def field_paths(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.fields)


def _unwrap(annotation: Any) -> Any:
    """``X | None`` → X (the wizard creates optional parts such as the notice on the first value)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def case_field_annotation(path: str, model: type[BaseModel] = Case) -> Any:
    """The type of the field at a dotted path of ``model`` (Optional unwrapped).

    Raises:
        KeyError: a part of the path is not a field.
    """
    current: Any = model
    annotation: Any = None
    for part in path.split("."):
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            raise KeyError(path)
        annotation = _unwrap(current.model_fields[part].annotation)
        current = annotation
    return annotation


def _fits(kind: str, arg: str, annotation: Any) -> bool:
    """Whether a widget of ``kind`` can edit a field of ``annotation``."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if kind in {"text", "multiline", "identifier"}:
        return annotation is str
    if kind == "date":
        return annotation is date
    if kind == "bool":
        return annotation is bool
    if kind == "choice":
        return annotation is str or (isinstance(annotation, type) and issubclass(annotation, Enum))
    if kind == "multi":
        return origin is list and args == (str,)
    if kind == "list":
        return origin is list and args == (LIST_ITEMS[arg],)
    return False


def _check_widget(form_id: str, where: str, widget: str) -> None:
    kind, _, arg = widget.partition(":")
    ok = kind in WIDGET_KINDS and (
        (kind == "choice" and arg in CHOICE_CATALOGS)
        or (kind == "multi" and arg in MULTI_CATALOGS)
        or (kind == "list" and arg in LIST_ITEMS)
        or (kind == "identifier" and arg in IDENTIFIERS)
        or (kind not in {"choice", "multi", "list", "identifier"} and not arg)
    )
    if not ok:
        raise FormError(f"表单 {form_id} 的向导字段“{where}”的控件类型未知：{widget}", form=form_id, section="pages")


def _parse_field(
    raw: Any, form_id: str, model: type[BaseModel], *, prefix: str = "", default_section: str = ""
) -> PageField:
    if not isinstance(raw, Mapping) or set(raw) - FIELD_KEYS or not {"path", "widget", "label"} <= set(raw):
        raise FormError(f"表单 {form_id} 的向导字段定义有误：{raw}", form=form_id, section="pages")
    path, widget, label = str(raw["path"]), str(raw["widget"]), str(raw["label"])
    where = prefix + path
    _check_widget(form_id, where, widget)
    if not _PATH.match(path):
        raise FormError(f"表单 {form_id} 的向导字段路径有误：{where}", form=form_id, section="pages", variable=where)
    try:
        annotation = case_field_annotation(path, model)
    except KeyError:
        raise FormError(
            f"表单 {form_id} 的向导字段“{label}”指向案件中不存在的数据项：{where}",
            form=form_id,
            section="pages",
            variable=where,
        ) from None
    kind, _, arg = widget.partition(":")
    if not _fits(kind, arg, annotation):
        raise FormError(
            f"表单 {form_id} 的向导字段“{label}”（{where}）不能用控件 {widget} 编辑",
            form=form_id,
            section="pages",
            variable=where,
        )
    kinds = tuple(str(k) for k in raw.get("only_kinds", []))
    if set(kinds) - SUBJECT_KINDS:
        raise FormError(f"表单 {form_id} 的向导字段“{label}”的主体类别有误：{kinds}", form=form_id, section="pages")
    items: tuple[PageField, ...] = ()
    if widget == "list:instruments":
        items = tuple(
            _parse_field(item, form_id, BasisInstrument, prefix=f"{where}[].") for item in raw.get("items", [])
        )
        if not items:
            raise FormError(f"表单 {form_id} 的向导字段“{label}”须列出文书的各项（items）", form=form_id,
                            section="pages")
    elif "items" in raw:
        raise FormError(f"表单 {form_id} 的向导字段“{label}”不是列表，不能有 items", form=form_id, section="pages")
    return PageField(
        path=path,
        widget=widget,
        label=label,
        mandated=bool(raw.get("mandated", False)),
        help=str(raw.get("help", "")),
        section=str(raw.get("section", default_section)),
        only_kinds=kinds,
        items=items,
    )


def parse_pages(raw_pages: Any, form_id: str, section_keys: frozenset[str] = frozenset()) -> tuple[WizardPage, ...]:
    """Check and build the ``[[pages]]`` of a form; a form without pages has no wizard (empty tuple).

    Args:
        section_keys: the form's section keys; a field's ``section`` must be one of them or ``party``.

    Raises:
        FormError: unknown key, unknown case field path, a widget that cannot edit the field, an unknown
            rule ID, a duplicate page key or field path, or a review page that is missing or not last.
    """
    if not raw_pages:
        return ()
    if not isinstance(raw_pages, list):
        raise FormError(f"表单 {form_id} 的 pages 应为列表", form=form_id, section="pages")
    pages: list[WizardPage] = []
    seen_keys: set[str] = set()
    seen_paths: set[str] = set()
    for raw in raw_pages:
        if not isinstance(raw, Mapping) or set(raw) - PAGE_KEYS or not {"key", "title"} <= set(raw):
            raise FormError(f"表单 {form_id} 的向导页定义有误：{raw}", form=form_id, section="pages")
        key = str(raw["key"])
        if key in seen_keys:
            raise FormError(f"表单 {form_id} 的向导页“{key}”重复", form=form_id, section="pages")
        seen_keys.add(key)
        rules = tuple(str(r) for r in raw.get("rules", []))
        bad = [r for r in rules if not _RULE_ID.match(r)]
        if bad:
            raise FormError(f"表单 {form_id} 的向导页“{key}”的规则编号有误：{'、'.join(bad)}", form=form_id,
                            section="pages")
        section = str(raw.get("section", ""))
        fields = tuple(_parse_field(f, form_id, Case, default_section=section) for f in raw.get("fields", []))
        for f in fields:
            if f.path in seen_paths:
                raise FormError(f"表单 {form_id} 的向导字段“{f.path}”出现在多个页面", form=form_id, section="pages")
            seen_paths.add(f.path)
            if section_keys and f.section and f.section not in section_keys | {"party"}:
                raise FormError(
                    f"表单 {form_id} 的向导字段“{f.label}”所属段落“{f.section}”不存在", form=form_id, section="pages"
                )
        review = bool(raw.get("review", False))
        if review and fields:
            raise FormError(f"表单 {form_id} 的核对页“{key}”不能有字段", form=form_id, section="pages")
        pages.append(WizardPage(key, str(raw["title"]), str(raw.get("intro", "")), rules, fields, review))
    if not pages[-1].review or sum(p.review for p in pages) != 1:
        raise FormError(f"表单 {form_id} 的向导须以唯一的核对页（review = true）结束", form=form_id, section="pages")
    return tuple(pages)
