"""Fixtures for the store tests: a fresh SQLite database in tmp_path, small catalogs, sample cases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from credit_desk.domain import model as m
from credit_desk.domain.catalog import (
    Catalogs,
    Criterion,
    Instrument,
    InstrumentLevel,
    ListField,
    Measure,
    Period,
    PeriodUnit,
    Provision,
    Standard,
    Verification,
)
from credit_desk.store import tables as t
from credit_desk.store.db import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's data folder."""
    monkeypatch.setenv("CREDIT_DESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("CREDIT_DESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "credit_desk.sqlite3"


@pytest.fixture
def sqlite_db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database file (for SQLite-specific tests)."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


PG_URL = os.environ.get("CREDIT_DESK_TEST_PG_URL", "")


@pytest.fixture(params=["sqlite", *(["postgresql"] if PG_URL else [])])
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A fresh, migrated database: SQLite, and PostgreSQL too when ``CREDIT_DESK_TEST_PG_URL`` is set
    (a throwaway server, see platform-notes §9: its tables are dropped after each test)."""
    if request.param == "sqlite":
        database = open_database(str(db_path))
        yield database
        database.dispose()
        return
    database = open_database(PG_URL)
    try:
        yield database
    finally:
        with database.engine.begin() as conn:
            for table in reversed(t.metadata.sorted_tables):
                conn.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        database.dispose()


def build_catalogs() -> Catalogs:
    field = ListField(code="F2", name="严重破坏市场公平竞争秩序和社会正常秩序", description="国发〔2016〕33号")
    provisions = {
        "P-44-2": Provision(
            code="P-44-2",
            instrument="市场监督管理严重违法失信名单管理办法",
            number="国家市场监督管理总局令第44号",
            level=InstrumentLevel.DEPARTMENTAL_RULE,
            article="第二条",
            text="当事人违反法律、行政法规，性质恶劣、情节严重、社会危害较大……",
            verification=Verification.VERIFIED,
            law_file="zongjuling44.txt",
        ),
        "P-GP-77": Provision(
            code="P-GP-77",
            instrument="中华人民共和国政府采购法",
            level=InstrumentLevel.LAW,
            article="第七十七条",
            text="供应商有下列情形之一的……列入不良行为记录名单，在一至三年内禁止参加政府采购活动。",
        ),
    }
    standard = Standard(
        code="SAMR-44",
        name="市场监督管理严重违法失信名单",
        field_code="F2",
        instrument=Instrument(
            name="市场监督管理严重违法失信名单管理办法",
            number="国家市场监督管理总局令第44号",
            level=InstrumentLevel.DEPARTMENTAL_RULE,
            scope="national",
        ),
        deciding_body="作出行政处罚的市场监督管理部门",
        criteria=[
            Criterion(code="C1", text="实施食品安全领域违法行为", provision_codes=["P-44-2"]),
            Criterion(code="C2", text="实施破坏公平竞争秩序的违法行为", field_code="F1"),
        ],
        basis_provision_codes=["P-44-2"],
        notice_period=Period(count=5, unit=PeriodUnit.WORKING_DAYS),
        hearing_allowed=True,
        publication_period=Period(count=3, unit=PeriodUnit.YEARS),
        publication_channels=["国家企业信用信息公示系统"],
        earliest_removal=Period(count=1, unit=PeriodUnit.YEARS),
        removal_conditions=["已经自觉履行行政处罚决定中规定的义务", "已经主动消除危害后果和不良影响"],
        removal_procedure="当事人向认定部门申请提前移出",
        removal_time_limit=Period(count=15, unit=PeriodUnit.WORKING_DAYS),
        measure_codes=["M-GP"],
    )
    local = standard.model_copy(
        update={
            "code": "LOCAL-1",
            "name": "地方示例名单",
            "instrument": Instrument(name="某省社会信用条例", level=InstrumentLevel.LOCAL_REGULATION, scope="local"),
            "criteria": [Criterion(code="C1", text="地方条例规定的情形")],
        }
    )
    measure = Measure(
        code="M-GP",
        text="依法限制参加政府采购活动",
        category="rights",
        provision_codes=["P-GP-77"],
        implementing_body="财政部门",
        subject_kinds=["legal_person", "natural_person"],
        severity="heavy",
    )
    measure2 = Measure(
        code="M-CHECK",
        text="列为重点监管对象，提高抽查比例和频次",
        category="management",
        provision_codes=[],
        basis_text="国办发〔2020〕49号 五(九)",
        implementing_body="市场监督管理部门",
        subject_kinds=["legal_person"],
        severity="light",
        list_kind="local",
    )
    return Catalogs(
        fields={field.code: field},
        standards={standard.code: standard, local.code: local},
        measures={measure.code: measure, measure2.code: measure2},
        provisions=provisions,
        settings={"objection_reply_days": 10, "office": {"name": "某县市场监督管理局"}},
    )


@pytest.fixture
def catalogs() -> Catalogs:
    return build_catalogs()


OFFICE = m.Office(
    deciding_body="某县市场监督管理局",
    abbreviation="某市监",
    level=m.AdminLevel.COUNTY,
    handling_unit="某镇市场监管所",
    address="某县人民路1号",
    contact_person="李四",
    phone="0595-12345678",
    reconsideration_body="某县人民政府",
    court="某县人民法院",
    number_patterns={"D-01": "{abbr}信告〔{year}〕{seq}号", "D-03": "{abbr}信列〔{year}〕{seq}号"},
)


def full_case(name: str = "某某食品有限公司", uscc: str = "91350100M000100Y43") -> m.Case:
    """A case with every part filled in: notice, two objections, decision, confirmations."""
    return m.Case(
        reference="某市监信〔2026〕7号案",
        office=OFFICE,
        subject=m.Subject(
            kind=m.SubjectKind.LEGAL_PERSON,
            name=name,
            uscc=uscc,
            legal_representative="张三",
            address="某县工业园区𠈌路8号",
            trade_secret_notes="配方",
        ),
        standard_code="SAMR-44",
        criterion_code="C1",
        conduct_date=date(2026, 3, 2),
        conduct_summary="生产经营用非食品原料生产的食品，货值金额较大。",
        gravity=m.Gravity.GENERAL,
        leniency=m.Leniency(no_intent=True, notes="初次违法"),
        basis_instruments=[
            m.BasisInstrument(
                type=m.InstrumentType.PENALTY_DECISION,
                title="行政处罚决定书",
                number="某市监处罚〔2026〕12号",
                issuing_body="某县市场监督管理局",
                issue_date=date(2026, 4, 1),
                effective_date=date(2026, 5, 1),
            ),
            m.BasisInstrument(type=m.InstrumentType.JUDGMENT, number="（2026）闽0526行初3号"),
        ],
        provision_codes=["P-44-2", "P-GP-77"],
        sanction_codes=["M-GP", "M-CHECK"],
        free_text_sanctions=["禁止乘坐飞机"],
        removal_conditions=["已履行义务"],
        removal_procedure="书面申请",
        publication_consent=False,
        publication_legal_basis="市场监督管理行政处罚信息公示规定 第六条",
        notice=m.Notice(
            number="某市监信告〔2026〕3号",
            issue_date=date(2026, 9, 28),
            delivered_date=date(2026, 9, 29),
            delivery_method="直接送达",
        ),
        objections=[
            m.Objection(
                received_date=date(2026, 10, 9),
                summary="认为货值计算有误",
                verification="复核了货值清单",
                result=m.ObjectionResult.REJECTED,
                reply_date=date(2026, 10, 16),
                reply_number="某市监信复〔2026〕1号",
            ),
            m.Objection(received_date=date(2026, 10, 20), summary="补充意见"),
        ],
        decision=m.Decision(
            number="某市监信列〔2026〕5号",
            decision_date=date(2026, 11, 2),
            effective_date=date(2026, 11, 2),
            delivered_date=date(2026, 11, 3),
            delivery_method="邮寄送达",
            publication_channels=["国家企业信用信息公示系统", "信用中国（福建某县）"],
        ),
        deliveries=[
            m.Delivery(doc_type="D-01", document_number="某市监信告〔2026〕4号", method=m.DeliveryMethod.DIRECT,
                       delivered_date=date(2026, 10, 12), recipient="张三", servers=["李四", "王五"],
                       proof="当事人签收"),
            m.Delivery(doc_type="D-03", document_number="某市监信列〔2026〕5号", method=m.DeliveryMethod.MAIL,
                       delivered_date=date(2026, 11, 3), recipient="张三", proof="EMS 1234567890"),
        ],
        publication=m.Publication(
            start_date=date(2026, 11, 4), end_date=date(2029, 11, 2), channels=["信用中国（福建某县）"],
            public_text="某某公司被列入严重失信主体名单", withdrawn_date=date(2027, 12, 1),
            withdrawal_reason="信用修复",
        ),
        repairs=[
            m.RepairApplication(
                received_date=date(2027, 11, 20), materials=[m.RepairMaterial.APPLICATION, m.RepairMaterial.COMMITMENT],
                other_materials=["罚款缴纳凭证"], accepted=True, acceptance_date=date(2027, 11, 20),
                findings=["已履行行政处罚决定"], outcome=m.RepairOutcome.GRANTED, decision_date=date(2027, 11, 25),
                effects=[m.RepairEffect.REMOVE, m.RepairEffect.SHIELD], letter_number="某市监信修〔2027〕1号",
            ),
        ],
        closing=m.Closing(kind=m.ClosingKind.REPAIRED, closing_date=date(2027, 11, 25), reasons=["信用修复"],
                          letter_number="某市监信修〔2027〕1号"),
        confirmations=[
            m.Confirmation(
                rule="R-10",
                field="sanction_codes",
                reason="情节严重，依法适用",
                officer="王五",
                at=datetime(2026, 11, 1, 9, 30, tzinfo=timezone(timedelta(hours=8))),
            ),
            m.Confirmation(rule="R-11", reason="无主观故意但后果严重", at=datetime(2026, 11, 1, 2, tzinfo=UTC)),
        ],
    )


def minimal_case(name: str = "王", kind: m.SubjectKind = m.SubjectKind.NATURAL_PERSON) -> m.Case:
    return m.Case(office=OFFICE, subject=m.Subject(kind=kind, name=name))


@pytest.fixture
def make_full_case():
    return full_case


@pytest.fixture
def make_minimal_case():
    return minimal_case
