"""Catalogs and holiday overrides in the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from credit_desk import paths
from credit_desk.domain.catalog import (
    CATALOG_FILES,
    Catalogs,
    Criterion,
    ListField,
    Measure,
    Provision,
    load_catalogs,
)
from credit_desk.store import tables as t
from credit_desk.store.catalog_store import (
    catalogs_empty,
    catalogs_from_db,
    ensure_seed_catalogs,
    holiday_overrides,
    load_catalogs_into_db,
    set_holiday_year,
)
from credit_desk.store.db import Database


def _write_catalog_dir(catalogs: Catalogs, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in CATALOG_FILES:
        if name == "settings":
            payload: object = catalogs.settings
        else:
            items = getattr(catalogs, name).values()
            payload = {name: [item.model_dump(mode="json") for item in items]}
        (folder / f"{name}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return folder


def test_round_trip(db: Database, catalogs: Catalogs) -> None:
    load_catalogs_into_db(db, catalogs)
    with db.session() as s:
        back = catalogs_from_db(s)
    assert back == catalogs
    assert list(back.standards) == list(catalogs.standards)  # order kept
    assert back.standards["SAMR-44"].criteria == catalogs.standards["SAMR-44"].criteria


@pytest.mark.parametrize(
    ("model", "table"),
    [(ListField, t.ListFieldRow), (Criterion, t.Criterion), (Measure, t.Measure), (Provision, t.Provision)],
)
def test_every_catalog_field_has_a_column(model, table) -> None:
    """A field added to a catalog type needs a column and a migration (standards use ``data``)."""
    assert set(model.model_fields) <= set(table.__table__.columns.keys())


def test_searchable_columns_are_real_columns(db: Database, catalogs: Catalogs) -> None:
    load_catalogs_into_db(db, catalogs)
    with db.session() as s:
        names = s.scalars(select(t.ListingStandard.name).where(t.ListingStandard.field_code == "F2")).all()
        assert "市场监督管理严重违法失信名单" in names
        crit = s.scalars(select(t.Criterion.text).where(t.Criterion.standard_code == "SAMR-44")).all()
        assert crit == ["实施食品安全领域违法行为", "实施破坏公平竞争秩序的违法行为"]


def test_replace_makes_db_equal_to_new_catalogs(db: Database, catalogs: Catalogs) -> None:
    load_catalogs_into_db(db, catalogs)
    smaller = catalogs.model_copy(
        update={"measures": {"M-GP": catalogs.measures["M-GP"]}, "settings": {}},
    )
    load_catalogs_into_db(db, smaller, replace=True)
    with db.session() as s:
        assert catalogs_from_db(s) == smaller


def test_add_only_keeps_office_edits(db: Database, catalogs: Catalogs) -> None:
    first = catalogs.model_copy(update={"measures": {"M-GP": catalogs.measures["M-GP"]}})
    load_catalogs_into_db(db, first)
    with db.session() as s:  # the office edits a measure in the app
        row = s.scalars(select(t.Measure).where(t.Measure.code == "M-GP")).one()
        row.text = "限制参加政府采购活动（本局修订）"
    shipped = catalogs.model_copy(update={"settings": {**catalogs.settings, "new_key": [1, 2]}})
    load_catalogs_into_db(db, shipped, replace=False)
    with db.session() as s:
        back = catalogs_from_db(s)
    assert back.measures["M-GP"].text == "限制参加政府采购活动（本局修订）"
    assert back.measures["M-CHECK"] == catalogs.measures["M-CHECK"]
    assert list(back.measures) == ["M-GP", "M-CHECK"]
    assert back.settings["new_key"] == [1, 2]
    assert back.standards == catalogs.standards


def test_failed_load_leaves_old_catalogs(db: Database, catalogs: Catalogs) -> None:
    load_catalogs_into_db(db, catalogs)
    samr = catalogs.standards["SAMR-44"]
    twice = samr.model_copy(update={"criteria": [samr.criteria[0], samr.criteria[0]]})  # same code twice
    broken = catalogs.model_copy(update={"standards": {"SAMR-44": twice}, "settings": {}})
    with pytest.raises(IntegrityError):
        load_catalogs_into_db(db, broken)
    with db.session() as s:
        assert catalogs_from_db(s) == catalogs


def test_bulk_load_many_measures(db: Database, catalogs: Catalogs) -> None:
    base = catalogs.measures["M-GP"]
    many = {f"M-{i:05d}": base.model_copy(update={"code": f"M-{i:05d}"}) for i in range(3000)}
    load_catalogs_into_db(db, catalogs.model_copy(update={"measures": many}))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Measure)) == 3000
        assert isinstance(catalogs_from_db(s).measures["M-02999"], Measure)


def test_ensure_seed_catalogs_loads_once(db: Database, catalogs: Catalogs, tmp_path: Path) -> None:
    folder = _write_catalog_dir(catalogs, tmp_path / "catalogs")
    with db.session() as s:
        assert catalogs_empty(s)
    assert ensure_seed_catalogs(db, folder) is True
    assert ensure_seed_catalogs(db, folder) is False
    with db.session() as s:
        assert catalogs_from_db(s) == load_catalogs(folder) == catalogs


@pytest.mark.skipif(
    not (paths.resource("catalogs") / "standards.json").exists(), reason="shipped catalogs not written yet"
)
def test_shipped_catalogs_round_trip(db: Database) -> None:
    assert ensure_seed_catalogs(db) is True
    with db.session() as s:
        assert catalogs_from_db(s) == load_catalogs(paths.resource("catalogs"))


def test_holiday_overrides(db: Database) -> None:
    with db.session() as s:
        assert holiday_overrides(s) == ({}, set())
        set_holiday_year(
            s,
            2027,
            {date(2027, 2, 6): (False, "春节"), date(2027, 2, 20): (True, "春节调休上班")},
            source="国务院办公厅通知",
        )
        set_holiday_year(s, 2028, {}, source="尚无调休")
    with db.session() as s:
        days, years = holiday_overrides(s)
    assert days == {date(2027, 2, 6): (False, "春节"), date(2027, 2, 20): (True, "春节调休上班")}
    assert years == {2027, 2028}
    with db.session() as s:  # entering a year again replaces it
        set_holiday_year(s, 2027, {date(2027, 10, 1): (False, "国庆节")})
        assert holiday_overrides(s)[0] == {date(2027, 10, 1): (False, "国庆节")}


def test_holiday_day_outside_year_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="不属于 2027 年"), db.session() as s:
        set_holiday_year(s, 2027, {date(2028, 1, 1): (False, "元旦")})
