"""Catalogs (fields, standards, measures, provisions, settings) and holiday overrides in the database.

Catalog loading is a bulk write: Core ``insert()`` with a list of rows (about ten times faster than
the ORM for thousands of rows), all in one transaction, so a failed import leaves the old catalogs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from credit_desk import paths
from credit_desk.domain.catalog import (
    Catalogs,
    Criterion,
    ListField,
    Measure,
    Provision,
    Standard,
    load_catalogs,
)
from credit_desk.store import tables as t
from credit_desk.store.db import Database

_STANDARD_COLUMNS = ("code", "name", "field_code")


@contextmanager
def _transaction(db_or_session: Database | Session) -> Iterator[Session]:
    """Use a given session as it is, or run one transaction on a Database."""
    if isinstance(db_or_session, Database):
        with db_or_session.session() as session:
            yield session
    else:
        yield db_or_session


def _rows(catalogs: Catalogs) -> dict[type, list[dict[str, Any]]]:
    """The catalog as table rows (positions keep the catalog's order)."""
    fields = [{**f.model_dump(mode="json"), "position": i} for i, f in enumerate(catalogs.fields.values())]
    standards, criteria = [], []
    for i, s in enumerate(catalogs.standards.values()):
        data = s.model_dump(mode="json", exclude={"criteria", *_STANDARD_COLUMNS})
        standards.append({"code": s.code, "name": s.name, "field_code": s.field_code, "position": i, "data": data})
        criteria.extend(
            {**c.model_dump(mode="json"), "standard_code": s.code, "position": j} for j, c in enumerate(s.criteria)
        )
    measures = [{**m.model_dump(mode="json"), "position": i} for i, m in enumerate(catalogs.measures.values())]
    provisions = [{**p.model_dump(mode="json"), "position": i} for i, p in enumerate(catalogs.provisions.values())]
    settings = [{"key": k, "value": v} for k, v in catalogs.settings.items()]
    return {
        t.ListFieldRow: fields,
        t.ListingStandard: standards,
        t.Criterion: criteria,
        t.Measure: measures,
        t.Provision: provisions,
        t.SettingRow: settings,
    }


def load_catalogs_into_db(db_or_session: Database | Session, catalogs: Catalogs, *, replace: bool = True) -> None:
    """Write catalogs to the database in one transaction.

    Args:
        replace: True: the database catalogs become exactly ``catalogs``. False: only entries whose
            code (or setting key) is not yet in the database are added; the office's edits to
            existing entries are kept (used to add new shipped entries after an upgrade).
    """
    rows = _rows(catalogs)
    with _transaction(db_or_session) as session:
        if replace:
            for table in t.CATALOG_TABLES:  # criteria first: they refer to standards
                session.execute(delete(table))
        else:
            rows = _only_new(session, rows)
        for table in (t.ListFieldRow, t.ListingStandard, t.Criterion, t.Measure, t.Provision, t.SettingRow):
            if rows[table]:
                session.execute(insert(table), rows[table])


def _only_new(session: Session, rows: dict[type, list[dict[str, Any]]]) -> dict[type, list[dict[str, Any]]]:
    out: dict[type, list[dict[str, Any]]] = {}
    for table in (t.ListFieldRow, t.ListingStandard, t.Measure, t.Provision):
        have = set(session.scalars(select(table.code)))
        offset = session.scalar(select(func.coalesce(func.max(table.position) + 1, 0)))
        out[table] = [{**r, "position": r["position"] + offset} for r in rows[table] if r["code"] not in have]
    new_standards = {r["code"] for r in out[t.ListingStandard]}
    out[t.Criterion] = [r for r in rows[t.Criterion] if r["standard_code"] in new_standards]
    have_keys = set(session.scalars(select(t.SettingRow.key)))
    out[t.SettingRow] = [r for r in rows[t.SettingRow] if r["key"] not in have_keys]
    return out


def _dump(row: Any, *, drop: Iterable[str] = ("id", "position")) -> dict[str, Any]:
    d = row.model_dump()
    for k in drop:
        d.pop(k, None)
    return d


def catalogs_from_db(session: Session) -> Catalogs:
    """The catalogs stored in the database (equal to what :func:`load_catalogs_into_db` wrote)."""

    def ordered(table: Any) -> list[Any]:
        return list(session.scalars(select(table).order_by(table.position, table.id)))

    criteria: dict[str, list[Criterion]] = {}
    for c in ordered(t.Criterion):
        criteria.setdefault(c.standard_code, []).append(
            Criterion.model_validate(_dump(c, drop=("id", "position", "standard_code")))
        )
    standards = {}
    for s in ordered(t.ListingStandard):
        data = {
            **s.data,
            "code": s.code,
            "name": s.name,
            "field_code": s.field_code,
            "criteria": criteria.get(s.code, []),
        }
        standards[s.code] = Standard.model_validate(data)
    return Catalogs(
        fields={f.code: ListField.model_validate(_dump(f)) for f in ordered(t.ListFieldRow)},
        standards=standards,
        measures={m.code: Measure.model_validate(_dump(m)) for m in ordered(t.Measure)},
        provisions={p.code: Provision.model_validate(_dump(p)) for p in ordered(t.Provision)},
        settings={r.key: r.value for r in session.scalars(select(t.SettingRow).order_by(t.SettingRow.id))},
    )


def catalogs_empty(session: Session) -> bool:
    """True when no catalog entry of any kind is stored yet."""
    return all(
        session.scalar(select(func.count()).select_from(table)) == 0
        for table in (t.ListFieldRow, t.ListingStandard, t.Measure, t.Provision)
    )


def ensure_seed_catalogs(db: Database, directory: Path | None = None) -> bool:
    """Load the shipped catalogs (``resources/catalogs``) when the database has none yet.

    Returns:
        True if the catalogs were loaded now, False if the database already had catalogs.

    Raises:
        ValueError: a catalog file is missing or malformed (from ``domain.catalog.load_catalogs``).
    """
    with db.session() as session:
        if not catalogs_empty(session):
            return False
        catalogs = load_catalogs(directory or paths.resource("catalogs"))
        load_catalogs_into_db(session, catalogs, replace=True)
        return True


# --- holiday overrides --------------------------------------------------------------------------


def holiday_overrides(session: Session) -> tuple[dict[date, tuple[bool, str]], set[int]]:
    """The office's calendar data: {day: (is working day, name)} and the years it entered in full."""
    days = {
        r.day: (r.workday, r.name) for r in session.scalars(select(t.HolidayOverride).order_by(t.HolidayOverride.day))
    }
    years = set(session.scalars(select(t.HolidayYear.year)))
    return days, years


def set_holiday_year(session: Session, year: int, days: Mapping[date, tuple[bool, str]], *, source: str = "") -> None:
    """Replace the overrides of one year and mark the year as covered (the State Council notice).

    Raises:
        ValueError: a day lies outside ``year``.
    """
    stray = sorted(d for d in days if d.year != year)
    if stray:
        raise ValueError(f"日期 {stray[0].isoformat()} 不属于 {year} 年。")
    session.execute(delete(t.HolidayOverride).where(t.HolidayOverride.year == year))
    session.execute(delete(t.HolidayYear).where(t.HolidayYear.year == year))
    if days:
        session.execute(
            insert(t.HolidayOverride),
            [{"day": d, "workday": w, "name": n, "year": year} for d, (w, n) in sorted(days.items())],
        )
    session.execute(insert(t.HolidayYear), [{"year": year, "entered_at": t.utcnow(), "source": source}])
