"""Read and write a case field by its dotted path (``subject.name``, ``basis_instruments[0].number``).

The wizard edits one ``Case`` in place through these two functions, so every page reads from and writes
to the same object and nothing is lost going Back and Forward. Paths are the ones the rules put in
``Finding.field``, so a finding can be shown next to the very widget that edits its field. Writes go
through pydantic's assignment validation (the case model validates on assignment): a value of the
wrong shape raises instead of reaching the case.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel

from credit_desk.documents.values import is_empty  # one definition of "nothing typed", shared with the forms
from credit_desk.domain.model import Case

__all__ = ["get_value", "is_empty", "is_under", "parse_path", "set_value"]

_TOKEN = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def parse_path(path: str) -> list[str | int]:
    """``basis_instruments[0].number`` → ``["basis_instruments", 0, "number"]``.

    Raises:
        ValueError: the path is not made of names, dots and ``[n]`` indices.
    """
    parts: list[str | int] = []
    pos = 0
    for m in _TOKEN.finditer(path):
        gap = path[pos:m.start()]
        if gap not in ("", "."):
            raise ValueError(f"bad case field path: {path!r}")
        parts.append(m.group(1) if m.group(1) else int(m.group(2)))
        pos = m.end()
    if not parts or pos != len(path):
        raise ValueError(f"bad case field path: {path!r}")
    return parts


def get_value(case: Case, path: str) -> Any:
    """The value at ``path``, or None where a part is missing (no notice yet, index past the end)."""
    value: Any = case
    for part in parse_path(path):
        if isinstance(part, int):
            if not isinstance(value, list) or part >= len(value):
                return None
            value = value[part]
        else:
            if value is None or not hasattr(value, part):
                return None
            value = getattr(value, part)
    return value


def _optional_model(owner: BaseModel, attr: str) -> type[BaseModel] | None:
    """The model class of an optional part (``Case.notice: Notice | None`` → Notice)."""
    annotation = type(owner).model_fields[attr].annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return None


def set_value(case: Case, path: str, value: Any) -> None:
    """Write ``value`` at ``path``, creating an optional part (the notice, the decision) on first use.

    Replacing a whole list (``sanction_codes``, ``basis_instruments``) moves the officer's written
    reasons with their items: a confirmation of ``sanction_codes[2]`` follows that measure to its new
    index, and goes when the measure is unchecked, so a reason never ends up attached to another item.

    Raises:
        ValueError: a bad path, or a value the case model refuses (pydantic ValidationError).
    """
    parts = parse_path(path)
    owner: Any = case
    for i, part in enumerate(parts[:-1]):
        nxt = owner[part] if isinstance(part, int) else getattr(owner, part)
        if nxt is None and isinstance(part, str):
            model = _optional_model(owner, part)
            if model is None:
                raise ValueError(f"cannot create {path!r} at {parts[: i + 1]}")
            setattr(owner, part, model())
            nxt = getattr(owner, part)
        owner = nxt
    last = parts[-1]
    if isinstance(last, int):
        owner[last] = value
        return
    old = getattr(owner, last)
    setattr(owner, last, value)
    if owner is case and isinstance(old, list) and isinstance(value, list):
        _move_confirmations(case, last, old, getattr(case, last))


def _move_confirmations(case: Case, name: str, old: list[Any], new: list[Any]) -> None:
    """Re-index confirmations of ``name[i]`` after the list changed (by value for text, by identity else)."""
    taken: set[int] = set()
    moved: dict[int, int | None] = {}

    def same(a: Any, b: Any) -> bool:
        return a is b if isinstance(a, BaseModel) else a == b

    for i, item in enumerate(old):
        j = next((k for k, x in enumerate(new) if k not in taken and same(item, x)), None)
        if j is not None:
            taken.add(j)
        moved[i] = j
    if all(moved[i] == i for i in moved) and len(old) == len(new):
        return
    prefix = re.compile(rf"^{re.escape(name)}\[(\d+)\]")
    kept = []
    for c in case.confirmations:
        m = prefix.match(c.field)
        if m is None:
            kept.append(c)
            continue
        target = moved.get(int(m.group(1)))
        if target is not None:
            kept.append(c.model_copy(update={"field": f"{name}[{target}]{c.field[m.end():]}"}))
    case.confirmations = kept




def is_under(field: str, path: str) -> bool:
    """Whether a finding's ``field`` concerns the widget at ``path``: the same field, a part of it
    (``basis_instruments[0].number`` under ``basis_instruments``), or the whole it belongs to
    (``notice`` for ``notice.number``)."""
    if not field:
        return False
    if field == path or field.startswith((path + ".", path + "[")):
        return True
    return path.startswith((field + ".", field + "["))
