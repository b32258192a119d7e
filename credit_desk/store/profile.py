"""The office's own profile: one ``office`` row marked current, kept apart from the rows cases point at.

Why not a ``setting`` row: settings are catalog data, and ``load_catalogs_into_db(replace=True)`` (a
catalog import or "restore shipped catalogs") deletes them all, which would send the officer back to
the first-run dialog. Why not a new column: schema 0001 has none, and a marker needs no migration.
The mark is a reserved key in the row's ``number_patterns`` JSON; this module is the only code that
knows it, and strips it before the profile becomes a domain ``Office``. Because the marked row never
equals a case's office value, ``store.cases.save_office`` never reuses it for a case, so editing the
profile in place never changes the office of a case already saved: cases keep their own snapshot,
while the profile row id stays stable (what document sequences can be keyed on).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from credit_desk.domain import model as m
from credit_desk.store import tables as t

#: Reserved key in ``office.number_patterns`` that marks the current profile row.
PROFILE_MARK = "@profile"
_CURRENT = "current"

__all__ = ["PROFILE_MARK", "current_profile_id", "load_profile", "save_profile"]


def _is_profile(row: t.Office) -> bool:
    return (row.number_patterns or {}).get(PROFILE_MARK) == _CURRENT


def _profile_row(session: Session) -> t.Office | None:
    # Office rows are few (one per distinct profile a case was saved with); newest first.
    for row in session.scalars(select(t.Office).order_by(t.Office.id.desc())):
        if _is_profile(row):
            return row
    return None


def current_profile_id(session: Session) -> int | None:
    """The id of the current profile row, or None before the first run is completed."""
    row = _profile_row(session)
    return row.id if row is not None else None


def load_profile(session: Session) -> m.Office | None:
    """The current profile as a domain ``Office`` (without the mark), or None if there is none."""
    row = _profile_row(session)
    if row is None:
        return None
    data: dict[str, Any] = row.model_dump(exclude={"id", "created_at"})
    data["number_patterns"] = {k: v for k, v in (row.number_patterns or {}).items() if k != PROFILE_MARK}
    return m.Office.model_validate(data)


def save_profile(session: Session, office: m.Office) -> int:
    """Store ``office`` as the current profile (updating the marked row in place) and return its id.

    The caller checks the profile first (``domain.rules.office.check_office``); the store keeps values.

    Raises:
        ValueError: a number pattern uses the reserved key.
    """
    if PROFILE_MARK in office.number_patterns:
        raise ValueError(f"文号格式的文书类型不能为 {PROFILE_MARK}。")
    data = office.model_dump(mode="json")
    data["number_patterns"] = {**data["number_patterns"], PROFILE_MARK: _CURRENT}
    row = _profile_row(session)
    if row is None:
        row = t.Office(**data)
        session.add(row)
    else:
        for key, value in data.items():
            setattr(row, key, value)
    session.flush()
    assert row.id is not None
    return row.id
