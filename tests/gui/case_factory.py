"""Many register cases fast, with Core inserts: for the register tests, screenshots and benchmarks.

Saving 100 000 cases one by one through ``store.cases.save_case`` would take minutes; the register
only reads the case, subject, notice and decision rows, so those are written in bulk. Names vary
(companies, individual businesses, natural persons with one-character given names such as 堃), the
identifiers carry valid check characters, and states, standards and dates are spread out.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from credit_desk.domain.identifiers import ric_check_digit, uscc_check_char
from credit_desk.domain.process import CaseState
from credit_desk.store import tables as t
from credit_desk.store.db import Database

STANDARDS = ("SAMR-44", "MEM-11", "MOHRSS-45", "STA-54", "HA-SCR")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁"
RARE_GIVEN = "堃昇喆镕珺婧彧䶮"
PLACES = ("青山", "绿水", "云岭", "白沙", "东湖", "南桥", "西坪", "北山")
TRADES = ("食品", "建筑劳务", "商贸", "物流", "餐饮", "化工", "医药", "农业科技", "机械制造", "家政服务")
FORMS = ("有限公司", "股份有限公司", "合作社")
STATES = tuple(CaseState)
#: Base of the ``updated_at`` spread: case i is updated i minutes before this moment.
NEWEST = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

OFFICE = {
    "deciding_body": "青山县市场监督管理局",
    "abbreviation": "青山县市监",
    "level": "county",
    "handling_unit": "",
    "address": "青山县城关镇人民路88号",
    "contact_person": "李明",
    "phone": "0395-6000000",
    "reconsideration_body": "青山县人民政府",
    "court": "青山县人民法院",
    "number_patterns": {},
}


def make_uscc(rng: random.Random) -> str:
    """A 统一社会信用代码 with a valid 18th character (the organisation-code part is not checked)."""
    body = "913" + "".join(rng.choice("0123456789") for _ in range(5)) + "MA" + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)
    )
    return body + uscc_check_char(body)


def make_ric(rng: random.Random, index: int) -> str:
    """A 居民身份证号码 with a real birth date and a valid check digit."""
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
    body = f"411122{birth:%Y%m%d}{index % 1000:03d}"
    return body + ric_check_digit(body)


def _party(rng: random.Random, i: int) -> dict[str, Any]:
    roll = i % 10
    if roll < 4:  # natural person; cases 0, 10, 20… get a rare given name in turn (堃 at 0, 80, 160…)
        given = RARE_GIVEN[(i // 10) % len(RARE_GIVEN)] if roll == 0 else rng.choice(GIVEN)
        name = rng.choice(SURNAMES) + given + (rng.choice(GIVEN) if i % 3 == 0 else "")
        return {"kind": "natural_person", "name": name, "uscc": "", "id_number": make_ric(rng, i)}
    if roll < 6:
        name = f"{rng.choice(PLACES)}县{rng.choice(SURNAMES)}记{rng.choice(TRADES)}店"
        return {"kind": "individual_business", "name": name, "uscc": make_uscc(rng), "id_number": ""}
    name = f"{rng.choice(PLACES)}县{rng.choice(GIVEN)}{rng.choice(GIVEN)}{rng.choice(TRADES)}{rng.choice(FORMS)}"
    return {"kind": "legal_person", "name": name, "uscc": make_uscc(rng), "id_number": ""}


def insert_cases(db: Database, n: int, *, seed: int = 0, batch: int = 5000) -> list[int]:
    """Insert ``n`` register cases in bulk; returns their ids, newest (most recently updated) first.

    Case ``i`` (0-based) is updated ``i`` minutes before :data:`NEWEST`, so the register order is the
    insertion order; its state is ``STATES[i % 9]`` and its standard ``STANDARDS[i % 5]``.
    """
    rng = random.Random(seed)
    with db.session() as s:
        office_id = s.execute(insert(t.Office).values(**OFFICE, created_at=NEWEST)).inserted_primary_key[0]
        first_subject = (s.scalar(select(func.max(t.Subject.id))) or 0) + 1
        first_case = (s.scalar(select(func.max(t.Case.id))) or 0) + 1
    ids: list[int] = []
    for start in range(0, n, batch):
        subjects, cases, notices, decisions, events = [], [], [], [], []
        for i in range(start, min(n, start + batch)):
            subject_id, case_id = first_subject + i, first_case + i
            party = _party(rng, i)
            subjects.append({"id": subject_id, **party, "legal_representative": "", "address": "",
                             "trade_secret_notes": ""})
            state = STATES[i % len(STATES)]
            updated = NEWEST - timedelta(minutes=i)
            conduct = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 600))
            cases.append({
                "id": case_id, "reference": f"青山县市监信〔{2024 + i % 3}〕案字第{i + 1}号", "state": state.value,
                "office_id": office_id, "subject_id": subject_id, "standard_code": STANDARDS[i % len(STANDARDS)],
                "criterion_code": "", "conduct_date": conduct, "conduct_summary": "", "gravity": "serious",
                "leniency": {}, "free_text_sanctions": [], "removal_conditions": [], "removal_procedure": "",
                "publication_consent": False, "publication_legal_basis": "",
                "created_at": updated - timedelta(days=30), "updated_at": updated,
            })
            events.append({"case_id": case_id, "at": updated - timedelta(days=30), "officer": "李明",
                           "action": "create", "from_state": None, "to_state": "draft", "findings": []})
            if state is not CaseState.DRAFT:
                notices.append({"case_id": case_id, "number": f"青山县市监信告〔2026〕{i + 1}号",
                                "issue_date": conduct + timedelta(days=40), "delivered_date": None,
                                "delivery_method": "", "waived": False, "waiver_date": None})
            if state in (CaseState.LISTED, CaseState.PUBLISHED, CaseState.REPAIR_REQUESTED, CaseState.REMOVED):
                decisions.append({"case_id": case_id, "number": f"青山县市监信列〔2026〕{i + 1}号",
                                  "decision_date": conduct + timedelta(days=70), "effective_date": None,
                                  "delivered_date": None, "delivery_method": "", "publication_channels": []})
            ids.append(case_id)
        with db.session() as s:
            s.execute(insert(t.Subject), subjects)
            s.execute(insert(t.Case), cases)
            s.execute(insert(t.CaseEvent), events)
            if notices:
                s.execute(insert(t.Notice), notices)
            if decisions:
                s.execute(insert(t.Decision), decisions)
    return ids
