"""Dates as Chinese letters write them: 2026年11月22日 (no zero padding, GB/T 9704)."""

from __future__ import annotations

from datetime import date


def cn_date(d: date | None) -> str:
    """``2026年9月1日``; "" for None. (strftime's ``%-m`` does not exist on Windows.)"""
    if d is None:
        return ""
    return f"{d.year}年{d.month}月{d.day}日"
