"""What a form field holds, read without the renderer: shared by the letters and the wizard's checks.

Kept apart from ``documents.render`` so that the case page and the wizard can ask "is this empty?"
without importing reportlab at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def resolve(context: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path ("subject.name"), or None when a step is missing."""
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def is_empty(value: Any) -> bool:
    """Nothing typed or chosen: None, blank text, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, dict, set)):
        return not value
    return False
