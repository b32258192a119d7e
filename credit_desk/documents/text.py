"""Text as letters print it: user and catalog text cleaned, dates in Chinese, lists joined."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date

from credit_desk.documents.letter import format_date_cn

_TRAILING_PUNCT = "。；;，,、 "


def clean(text: object) -> str:
    """User or catalog text made printable: control characters dropped (newlines kept), ends stripped."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\t", " ")
    return "".join(ch for ch in s if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")).strip()


def bare(text: object) -> str:
    """Clean text without closing punctuation, to be embedded in a sentence."""
    return clean(text).rstrip(_TRAILING_PUNCT)


def date_cn(d: date | None) -> str:
    """2026年9月1日, or "" for no date."""
    return format_date_cn(d) if d else ""


def join_cn(items: Iterable[str], sep: str = "、") -> str:
    """Non-empty items joined with the Chinese enumeration comma."""
    return sep.join(i for i in items if i)
