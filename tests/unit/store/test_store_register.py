"""The case register: substring search (short Chinese names too), filters, counting, paging."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from credit_desk.domain import model as m
from credit_desk.domain.process import CaseState
from credit_desk.store.cases import count_cases, list_cases, save_case, set_state
from credit_desk.store.db import Database


@pytest.fixture
def register(db: Database, make_full_case, make_minimal_case) -> dict[str, int]:
    """Five cases: two companies, three natural persons with 1- and 2-character names."""
    ids: dict[str, int] = {}
    with db.session() as s:
        ids["food"] = save_case(s, make_full_case(), state=CaseState.LISTED)
        other = make_full_case(name="某县建筑劳务有限公司", uscc="91350526MA2XYZ1234")
        other = other.model_copy(
            update={
                "standard_code": "LOCAL-1",
                "reference": "",
                "notice": m.Notice(number="某市监信告〔2026〕9号", issue_date=date(2026, 5, 1)),
                "decision": None,
                "objections": [],
            }
        )
        ids["build"] = save_case(s, other, state=CaseState.NOTIFIED)
        ids["wang"] = save_case(s, make_minimal_case("王"))
        ids["zhang_kun"] = save_case(
            s,
            make_minimal_case("张堃").model_copy(
                update={"subject": m.Subject(kind="natural_person", name="张堃", id_number="11010519491231002X")}
            ),
        )
        ids["rare"] = save_case(s, make_minimal_case("𠈌明"))
    return ids


def _ids(db: Database, **kw) -> set[int]:
    with db.session() as s:
        rows = list_cases(s, **kw)
        assert count_cases(s, **kw) == len(rows)
        return {r.id for r in rows}


def test_one_character_name(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, text="王") == {register["wang"]}
    assert _ids(db, text="堃") == {register["zhang_kun"]}
    assert _ids(db, text="𠈌") == {register["rare"]}


def test_two_character_name(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, text="张堃") == {register["zhang_kun"]}
    assert _ids(db, text="食品") == {register["food"]}
    assert _ids(db, text="某县") == {register["build"]}


def test_by_identifier(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, text="91350100M000100Y43") == {register["food"]}
    assert _ids(db, text="91350526ma2xyz") == {register["build"]}  # letters in any case
    assert _ids(db, text="1949123100") == {register["zhang_kun"]}


def test_by_letter_numbers(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, text="某市监信列〔2026〕5号") == {register["food"]}  # decision
    assert _ids(db, text="信告〔2026〕9号") == {register["build"]}  # notice
    assert _ids(db, text="信复〔2026〕1号") == {register["food"]}  # objection reply
    assert _ids(db, text="某市监信〔2026〕7号案") == {register["food"]}  # case reference


def test_terms_combine_and_wildcards_are_literal(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, text="某县 食品") == set()
    assert _ids(db, text="有限公司 劳务") == {register["build"]}
    assert _ids(db, text="%") == set()
    assert _ids(db, text="_") == set()
    assert _ids(db, text="   ") == set(register.values())


def test_state_and_standard_filters(db: Database, register: dict[str, int]) -> None:
    assert _ids(db, state=CaseState.DRAFT) == {register["wang"], register["zhang_kun"], register["rare"]}
    assert _ids(db, state=[CaseState.LISTED, CaseState.NOTIFIED]) == {register["food"], register["build"]}
    assert _ids(db, standard="LOCAL-1") == {register["build"]}
    assert _ids(db, standard="SAMR-44", text="食品") == {register["food"]}
    assert _ids(db, standard="SAMR-44", state=CaseState.DRAFT) == set()


def test_date_filters(db: Database, register: dict[str, int]) -> None:
    today = date.today()
    assert _ids(db, date_from=today - timedelta(days=1), date_to=today + timedelta(days=1)) == set(register.values())
    assert _ids(db, date_to=today - timedelta(days=2)) == set()
    assert _ids(db, date_field="decision", date_from=date(2026, 11, 1)) == {register["food"]}
    assert _ids(db, date_field="notice", date_to=date(2026, 6, 1)) == {register["build"]}
    assert _ids(db, date_field="conduct", date_from=date(2026, 3, 2), date_to=date(2026, 3, 2)) == {
        register["food"],
        register["build"],
    }


def test_rows_order_and_paging(db: Database, register: dict[str, int]) -> None:
    with db.session() as s:
        set_state(s, register["wang"], CaseState.NOT_LISTED, action="close_without_listing")
    with db.session() as s:
        rows = list_cases(s)
        assert rows[0].id == register["wang"]  # most recently changed first
        assert rows[0].state is CaseState.NOT_LISTED
        page = list_cases(s, offset=1, limit=2)
        assert [r.id for r in page] == [r.id for r in rows[1:3]]
        food = next(r for r in rows if r.id == register["food"])
    assert food.subject_name == "某某食品有限公司"
    assert food.uscc == "91350100M000100Y43"
    assert food.decision_number == "某市监信列〔2026〕5号"
    assert food.notice_number == "某市监信告〔2026〕3号"
    assert food.decision_date == date(2026, 11, 2)
    assert food.standard_code == "SAMR-44"
    assert food.state is CaseState.LISTED
