"""Letter forms as data: ``forms/<id>.toml`` (fields, sections, Jinja2 bodies in Chinese), checked at load.

A form declares its fields (dotted context paths with a Chinese label and whether the letter needs
them) and its sections (key, heading, mandated, and a Jinja2 ``body`` or a ``body_file`` beside the
TOML). Bodies are split into paragraphs at blank lines. At load every template is compiled in a
StrictUndefined environment and its variables are checked against the context (context.CONTEXT_SCHEMA):
an unknown variable, filter or attribute, a syntax error, or a missing mandated section is a FormError
that names the form, the section and the variable. An office may put its own version of a form in
``<user config>/forms/``; it replaces the shipped form with the same id and is checked the same way.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta
from jinja2 import nodes

from credit_desk import paths
from credit_desk.documents.context import CONTEXT_NAMES, CONTEXT_SCHEMA
from credit_desk.documents.errors import DocumentError, FormError
from credit_desk.documents.form_pages import WizardPage, parse_pages
from credit_desk.documents.letter import LEAD_END, LEAD_START, cn_numeral

# Sections a form must have, mandated (R-12: 49号 四(八) for the decision; 22号 for the repair notice).
REQUIRED_SECTIONS: dict[str, tuple[str, ...]] = {
    "D-03": ("reason", "basis", "sanctions", "removal", "remedy"),
    "D-08": ("when", "conditions", "materials", "where", "time_limit", "free"),
}
FORM_KEYS = {
    "id",
    "name",
    "title",
    "number_key",
    "rule",
    "citation",
    "fields",
    "sections",
    "closing",
    "attachments",
    "notes",
    "pages",  # the drafting wizard's pages (form_pages.py)
}
FIELD_KEYS = {"name", "label", "mandated", "rule"}
SECTION_KEYS = {"key", "heading", "mandated", "numbered", "body", "body_file"}


def lead(text: str) -> str:
    """Template function: mark the opening run of a paragraph to be set in 楷体 ("（一）申请时间。")."""
    return f"{LEAD_START}{text}{LEAD_END}"


def _join_cn(items: Any, sep: str = "、") -> str:
    return sep.join(str(i) for i in items if str(i))


def _sentence(text: Any) -> str:
    """End a clause with a full stop unless it already ends a sentence."""
    s = str(text).strip()
    return s if not s or s[-1] in "。！？；：”’）" else s.rstrip("，、,;；") + "。"


def make_environment() -> jinja2.Environment:
    """The one Jinja2 environment of letters: strict (unknown names fail), no HTML escaping (the PDF
    renderer draws text literally), block tags do not leave blank lines behind."""
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["cn_num"] = cn_numeral
    env.filters["join_cn"] = _join_cn
    env.filters["sentence"] = _sentence
    env.globals["lead"] = lead
    return env


ENV = make_environment()
_GLOBAL_NAMES = frozenset(ENV.globals)


@dataclass(frozen=True, slots=True)
class FormField:
    name: str  # dotted context path, e.g. "subject.name"
    label: str  # Chinese label for messages and the wizard
    mandated: bool = True
    rule: str = ""


@dataclass(frozen=True, slots=True)
class FormSection:
    key: str
    heading: str
    mandated: bool
    source: str  # the Jinja2 body
    numbered: bool = True


@dataclass(frozen=True, slots=True)
class RenderedSection:
    section: FormSection
    paragraphs: list[str]


@dataclass(frozen=True, eq=False)
class Form:
    """A checked form with its compiled templates."""

    id: str
    name: str
    title: str
    number_key: str
    fields: tuple[FormField, ...]
    sections: tuple[FormSection, ...]
    closing: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    rule: str = "R-12"
    citation: str = ""
    path: Path | None = None
    dependencies: tuple[Path, ...] = ()  # body files read by the form
    pages: tuple[WizardPage, ...] = ()  # the drafting wizard, if the form declares one
    _templates: dict[str, jinja2.Template] = field(default_factory=dict, repr=False)

    def _render(self, key: str, context: Mapping[str, Any]) -> str:
        try:
            return self._templates[key].render(context)
        except jinja2.UndefinedError as exc:
            raise DocumentError(f"{self.id}“{key}”引用了案件资料中没有的数据项：{exc.message}", field=key) from exc

    def render_title(self, context: Mapping[str, Any]) -> str:
        return "".join(split_paragraphs(self._render("title", context)))

    def render_sections(self, context: Mapping[str, Any]) -> list[RenderedSection]:
        return [RenderedSection(s, split_paragraphs(self._render(f"section:{s.key}", context))) for s in self.sections]

    def render_list(self, kind: str, context: Mapping[str, Any]) -> list[str]:
        """closing, attachments or notes, each entry a one-line template; empty results are dropped."""
        out = []
        for i in range(len(getattr(self, kind))):
            text = "".join(split_paragraphs(self._render(f"{kind}:{i}", context)))
            if text:
                out.append(text)
        return out


_SPACE = " \t\r\u3000\xa0"


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; lines inside a paragraph join without a space (Chinese)."""
    out = []
    for block in re.split(r"\n[ \t\u3000]*\n", text):
        para = "".join(line.strip(_SPACE) for line in block.split("\n"))
        if not para.startswith(LEAD_START):
            para = para.replace(LEAD_START, "").replace(LEAD_END, "")
        if para.replace(LEAD_START, "").replace(LEAD_END, ""):
            out.append(para)
    return out


# --- checking --------------------------------------------------------------------------------------------


def _check_template(form_id: str, where: str, source: str, allowed: frozenset[str]) -> jinja2.Template:
    try:
        ast = ENV.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        raise FormError(
            f"表单 {form_id} 的“{where}”模板第{exc.lineno}行语法错误：{exc.message}", form=form_id, section=where
        ) from exc
    try:
        undeclared = jinja2.meta.find_undeclared_variables(ast)
    except jinja2.TemplateError as exc:  # unknown filter or test
        raise FormError(f"表单 {form_id} 的“{where}”模板有误：{exc}", form=form_id, section=where) from exc
    unknown = sorted(undeclared - allowed - _GLOBAL_NAMES)
    if unknown:
        raise FormError(
            f"表单 {form_id} 的“{where}”模板引用了未知变量：{'、'.join(unknown)}",
            form=form_id,
            section=where,
            variable=unknown[0],
        )
    stored = {n.name for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        target = node.node
        if not isinstance(target, nodes.Name) or target.name in stored:
            continue
        keys = CONTEXT_SCHEMA.get(target.name)
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            attr = node.arg.value
        else:
            continue
        if keys is not None and attr not in keys:
            raise FormError(
                f"表单 {form_id} 的“{where}”模板引用了未知变量：{target.name}.{attr}",
                form=form_id,
                section=where,
                variable=f"{target.name}.{attr}",
            )
    try:
        return ENV.from_string(source)
    except jinja2.TemplateError as exc:  # unknown filter or test
        raise FormError(f"表单 {form_id} 的“{where}”模板有误：{exc}", form=form_id, section=where) from exc


def _str(data: Mapping[str, Any], key: str, form_id: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise FormError(f"表单 {form_id} 缺少“{key}”或其值不是文字", form=form_id)
    return value


def _strings(data: Mapping[str, Any], key: str, form_id: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FormError(f"表单 {form_id} 的“{key}”应为文字列表", form=form_id)
    return tuple(value)


def parse_form(path: Path) -> Form:
    """Read and check one form file.

    Raises:
        FormError: the TOML is malformed, a key is unknown, a template is wrong, or a section the
            letter type requires is missing or not mandated.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FormError(f"表单文件无法读取：{path}：{exc}", form=path.stem) from exc
    form_id = _str(data, "id", path.stem)
    extra = set(data) - FORM_KEYS
    if extra:
        raise FormError(f"表单 {form_id} 含有未知项：{'、'.join(sorted(extra))}", form=form_id)

    fields = []
    for raw in data.get("fields", []):
        if not isinstance(raw, dict) or set(raw) - FIELD_KEYS or "name" not in raw or "label" not in raw:
            raise FormError(f"表单 {form_id} 的字段定义有误：{raw}", form=form_id)
        name = raw["name"]
        root, _, attr = name.partition(".")
        keys = CONTEXT_SCHEMA.get(root, frozenset())
        if root not in CONTEXT_NAMES or (keys is not None and attr.split(".")[0] not in keys):
            raise FormError(
                f"表单 {form_id} 的字段“{raw['label']}”指向未知变量：{name}",
                form=form_id,
                section="fields",
                variable=name,
            )
        fields.append(FormField(name, raw["label"], bool(raw.get("mandated", True)), str(raw.get("rule", ""))))
    allowed = CONTEXT_NAMES | {f.name.split(".")[0] for f in fields}

    templates: dict[str, jinja2.Template] = {}
    dependencies: list[Path] = []
    title = _str(data, "title", form_id)
    templates["title"] = _check_template(form_id, "title", title, allowed)

    sections = []
    seen: set[str] = set()
    for raw in data.get("sections", []):
        if not isinstance(raw, dict) or set(raw) - SECTION_KEYS or "key" not in raw:
            raise FormError(f"表单 {form_id} 的段落定义有误：{raw}", form=form_id)
        key = str(raw["key"])
        if key in seen:
            raise FormError(f"表单 {form_id} 的段落“{key}”重复", form=form_id, section=key)
        seen.add(key)
        if "body_file" in raw:
            body_path = (path.parent / str(raw["body_file"])).resolve()
            try:
                source = body_path.read_text(encoding="utf-8")
                dependencies.append(body_path)
            except OSError as exc:
                raise FormError(
                    f"表单 {form_id} 的段落“{key}”的模板文件无法读取：{body_path}", form=form_id, section=key
                ) from exc
        else:
            source = raw.get("body", "")
            if not isinstance(source, str):
                raise FormError(f"表单 {form_id} 的段落“{key}”缺少正文模板", form=form_id, section=key)
        section = FormSection(
            key, str(raw.get("heading", "")), bool(raw.get("mandated", False)), source, bool(raw.get("numbered", True))
        )
        templates[f"section:{key}"] = _check_template(form_id, section.heading or key, source, allowed)
        sections.append(section)

    by_key = {s.key: s for s in sections}
    for key in REQUIRED_SECTIONS.get(form_id, ()):
        s = by_key.get(key)
        if s is None or not s.mandated or not s.heading:
            raise FormError(
                f"表单 {form_id} 缺少法定必备段落“{key}”（须存在、有标题并标为必备）", form=form_id, section=key
            )

    lists = {k: _strings(data, k, form_id) for k in ("closing", "attachments", "notes")}
    for kind, items in lists.items():
        for i, source in enumerate(items):
            templates[f"{kind}:{i}"] = _check_template(form_id, kind, source, allowed)

    return Form(
        id=form_id,
        name=_str(data, "name", form_id, default=title),
        title=title,
        number_key=_str(data, "number_key", form_id, default=form_id),
        fields=tuple(fields),
        sections=tuple(sections),
        closing=lists["closing"],
        attachments=lists["attachments"],
        notes=lists["notes"],
        rule=_str(data, "rule", form_id, default="R-12"),
        citation=_str(data, "citation", form_id, default=""),
        path=path,
        dependencies=tuple(dependencies),
        pages=parse_pages(data.get("pages"), form_id, frozenset(by_key)),
        _templates=templates,
    )


# --- loading with override and cache ----------------------------------------------------------------------

_cache: dict[str, tuple[tuple[tuple[str, int, int], ...], Form]] = {}
_cache_lock = threading.Lock()


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


def _load_cached(path: Path) -> Form:
    """Parse a form unless the same files (the TOML and its body files, by mtime and size) were parsed."""
    with _cache_lock:
        hit = _cache.get(str(path))
    if hit is not None:
        stamps, form = hit
        if stamps == tuple(_stamp(p) for p in (path, *form.dependencies)):
            return form
    form = parse_form(path)
    with _cache_lock:
        _cache[str(path)] = (tuple(_stamp(p) for p in (path, *form.dependencies)), form)
    return form


def default_override_dir() -> Path:
    return paths.user_config_dir() / "forms"


def _form_files(folder: Path | None) -> dict[str, Path]:
    if folder is None or not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.toml"))}


def form_path(
    form_id: str, *, forms_dir: Path | None = None, override_dir: Path | None = None, use_override: bool = True
) -> Path:
    """The file a form is read from: the office's override if there is one, else the shipped form."""
    if use_override:
        override = _form_files(override_dir if override_dir is not None else default_override_dir())
        if form_id in override:
            return override[form_id]
    shipped = _form_files(forms_dir or paths.forms_dir())
    if form_id not in shipped:
        raise FormError(f"没有找到文书格式 {form_id}", form=form_id)
    return shipped[form_id]


def load_form(
    form_id: str, *, forms_dir: Path | None = None, override_dir: Path | None = None, use_override: bool = True
) -> Form:
    """A checked form by id (``D-03``), from the override folder if the office has its own version."""
    path = form_path(form_id, forms_dir=forms_dir, override_dir=override_dir, use_override=use_override)
    form = _load_cached(path)
    if form.id != form_id:
        raise FormError(f"表单文件 {path.name} 中的编号为 {form.id}，应为 {form_id}", form=form_id)
    return form


def load_forms(
    *, forms_dir: Path | None = None, override_dir: Path | None = None, use_override: bool = True
) -> dict[str, Form]:
    """Every form, shipped and overridden, checked (raises on the first bad one)."""
    ids = set(_form_files(forms_dir or paths.forms_dir()))
    if use_override:
        ids |= set(_form_files(override_dir if override_dir is not None else default_override_dir()))
    return {
        i: load_form(i, forms_dir=forms_dir, override_dir=override_dir, use_override=use_override) for i in sorted(ids)
    }
