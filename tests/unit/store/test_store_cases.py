"""Cases in the database: exact round trip, updates, state and history, deletion of drafts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from credit_desk.domain import model as m
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.process import Action, CaseState
from credit_desk.store import tables as t
from credit_desk.store.cases import (
    CaseError,
    CaseNotFound,
    case_history,
    case_state,
    delete_case,
    load_case,
    save_case,
    set_state,
)
from credit_desk.store.db import Database, open_database


def _round_trip(db: Database, case: m.Case, **kw: object) -> tuple[int, m.Case]:
    with db.session() as s:
        case_id = save_case(s, case, **kw)
    with db.session() as s:
        return case_id, load_case(s, case_id)


def test_full_case_round_trip(db: Database, make_full_case) -> None:
    case = make_full_case()
    case_id, back = _round_trip(db, case)
    assert back == case.model_copy(update={"id": case_id})
    assert back.confirmations[0].at == case.confirmations[0].at  # same instant, returned in UTC
    assert back.confirmations[0].at.tzinfo is UTC


def test_minimal_draft_round_trip(db: Database, make_minimal_case) -> None:
    case = make_minimal_case()
    case_id, back = _round_trip(db, case)
    assert back == case.model_copy(update={"id": case_id})
    assert back.notice is None and back.decision is None
    with db.session() as s:
        assert case_state(s, case_id) is CaseState.DRAFT


def test_naive_confirmation_time_is_taken_as_utc(db: Database, make_minimal_case) -> None:
    case = make_minimal_case().model_copy(
        update={"confirmations": [m.Confirmation(rule="R-10", reason="理由", at=datetime(2026, 1, 2, 3, 4))]}
    )
    _, back = _round_trip(db, case)
    assert back.confirmations[0].at == datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("model", "table"),
    [
        (m.Office, t.Office),
        (m.Subject, t.Subject),
        (m.BasisInstrument, t.BasisInstrument),
        (m.Notice, t.Notice),
        (m.Objection, t.Objection),
        (m.Decision, t.Decision),
        (m.Delivery, t.Delivery),
        (m.Publication, t.Publication),
        (m.RepairApplication, t.RepairApplication),
        (m.Closing, t.Closing),
        (m.Confirmation, t.Confirmation),
    ],
)
def test_every_case_part_field_has_a_column(model, table) -> None:
    """A field added to the case model needs a column and a migration, or it would be lost."""
    assert set(model.model_fields) <= set(table.__table__.columns.keys())


def test_every_case_field_is_stored() -> None:
    in_child_tables = {
        "id", "office", "subject", "basis_instruments", "provision_codes", "sanction_codes",
        "notice", "objections", "decision", "deliveries", "publication", "repairs", "closing", "confirmations",
    }  # fmt: skip
    assert set(m.Case.model_fields) - in_child_tables <= set(t.Case.__table__.columns.keys())


def test_update_replaces_parts(db: Database, make_full_case) -> None:
    case = make_full_case()
    case_id, stored = _round_trip(db, case)
    changed = stored.model_copy(
        update={
            "subject": stored.subject.model_copy(update={"address": "新地址"}),
            "objections": stored.objections[:1],
            "sanction_codes": ["M-CHECK"],
            "decision": None,
            "basis_instruments": list(reversed(stored.basis_instruments)),
        }
    )
    again_id, back = _round_trip(db, changed)
    assert again_id == case_id
    assert back == changed
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Case)) == 1
        assert s.scalar(select(func.count()).select_from(t.Subject)) == 1
        assert s.scalar(select(func.count()).select_from(t.Decision)) == 0
        assert s.scalar(select(func.count()).select_from(t.Objection)) == 1


def test_update_sets_updated_at_and_keeps_state(db: Database, make_minimal_case) -> None:
    with db.session() as s:
        case_id = save_case(s, make_minimal_case(), state=CaseState.NOTIFIED)
        first = s.get(t.Case, case_id).updated_at
    with db.session() as s:
        save_case(s, load_case(s, case_id).model_copy(update={"reference": "R-2"}))
    with db.session() as s:
        row = s.get(t.Case, case_id)
        assert row.updated_at >= first and row.created_at <= row.updated_at
        assert case_state(s, case_id) is CaseState.NOTIFIED


def test_same_office_profile_shares_one_row(db: Database, make_full_case, make_minimal_case) -> None:
    with db.session() as s:
        save_case(s, make_full_case())
        save_case(s, make_minimal_case())
        assert s.scalar(select(func.count()).select_from(t.Office)) == 1
        other = make_minimal_case()
        other = other.model_copy(update={"office": other.office.model_copy(update={"phone": "110"})})
        other_id = save_case(s, other)
        assert s.scalar(select(func.count()).select_from(t.Office)) == 2
        assert load_case(s, other_id).office.phone == "110"


def test_unknown_case(db: Database, make_minimal_case) -> None:
    with db.session() as s:
        with pytest.raises(CaseNotFound, match="案件不存在"):
            load_case(s, 42)
        with pytest.raises(CaseNotFound):
            save_case(s, make_minimal_case().model_copy(update={"id": 42}))


def test_state_changes_are_recorded(db: Database, make_full_case) -> None:
    finding = Finding(rule="R-10", level=Level.WARN, message="措施偏重", citation="49号 五(十)", field="x")
    with db.session() as s:
        case_id = save_case(s, make_full_case(), officer="王五")
        set_state(s, case_id, CaseState.NOTIFIED, action=Action.ISSUE_NOTICE, officer="王五")
        set_state(s, case_id, CaseState.OBJECTION, action=Action.RECORD_OBJECTION, officer="李四", findings=[finding])
    with db.session() as s:
        assert case_state(s, case_id) is CaseState.OBJECTION
        history = case_history(s, case_id)
    assert [(e.action, e.from_state, e.to_state, e.officer) for e in history] == [
        ("create", None, CaseState.DRAFT, "王五"),
        ("issue_notice", CaseState.DRAFT, CaseState.NOTIFIED, "王五"),
        ("record_objection", CaseState.NOTIFIED, CaseState.OBJECTION, "李四"),
    ]
    assert history[-1].findings == [finding.to_dict()]
    assert all(e.at.tzinfo is UTC for e in history)


def test_save_with_new_state_records_it(db: Database, make_minimal_case) -> None:
    with db.session() as s:
        case_id = save_case(s, make_minimal_case())
        save_case(s, load_case(s, case_id), state=CaseState.NOT_LISTED, officer="王五")
        assert [e.to_state for e in case_history(s, case_id)] == [CaseState.DRAFT, CaseState.NOT_LISTED]


def test_delete_draft(db: Database, make_full_case, make_minimal_case) -> None:
    with db.session() as s:
        keep = save_case(s, make_minimal_case())
        case_id = save_case(s, make_full_case())
    with db.session() as s:
        delete_case(s, case_id)
    with db.session() as s:
        with pytest.raises(CaseNotFound):
            load_case(s, case_id)
        for table in (*t.CASE_CHILD_TABLES, t.CaseEvent):
            rows = s.scalar(select(func.count()).select_from(table).where(table.case_id == case_id))
            assert rows == 0, table.__tablename__
        assert s.scalar(select(func.count()).select_from(t.Subject)) == 1
        assert load_case(s, keep).subject.name == "王"


def test_only_drafts_can_be_deleted(db: Database, make_full_case) -> None:
    with db.session() as s:
        case_id = save_case(s, make_full_case(), state=CaseState.LISTED)
    with pytest.raises(CaseError, match="只能删除草稿案件"), db.session() as s:
        delete_case(s, case_id)
    with db.session() as s:
        assert load_case(s, case_id).subject.name == "某某食品有限公司"


def test_draft_with_issued_document_cannot_be_deleted(db: Database, make_minimal_case) -> None:
    with db.session() as s:
        case_id = save_case(s, make_minimal_case())
        s.add(t.Document(case_id=case_id, doc_type="D-07", number="N1", issue_date=date(2026, 1, 5), pdf=b"%PDF"))
    with pytest.raises(CaseError, match="文书"), db.session() as s:
        delete_case(s, case_id)


# --- property: whatever shape-valid case goes in comes out --------------------------------------

_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12).map(str.strip)
_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
_times = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)),
)


@st.composite
def cases(draw: st.DrawFn) -> m.Case:
    office = m.Office(
        deciding_body=draw(_text),
        level=draw(st.sampled_from(m.AdminLevel)),
        number_patterns=draw(st.dictionaries(st.sampled_from(["D-01", "D-02", "D-03"]), _text, max_size=2)),
    )
    subject = m.Subject(
        kind=draw(st.sampled_from(m.SubjectKind)), name=draw(_text), uscc=draw(_text), id_number=draw(_text)
    )
    instruments = draw(
        st.lists(
            st.builds(
                m.BasisInstrument,
                type=st.sampled_from(m.InstrumentType),
                number=_text,
                issue_date=_dates,
                effective_date=_dates,
            ),
            max_size=3,
        )
    )
    objections = draw(
        st.lists(
            st.builds(
                m.Objection,
                received_date=st.dates(),
                summary=_text,
                result=st.one_of(st.none(), st.sampled_from(m.ObjectionResult)),
                reply_date=_dates,
            ),
            max_size=3,
        )
    )
    notice = draw(st.one_of(st.none(), st.builds(m.Notice, number=_text, issue_date=_dates, waived=st.booleans())))
    decision = draw(
        st.one_of(
            st.none(),
            st.builds(m.Decision, number=_text, decision_date=_dates, publication_channels=st.lists(_text, max_size=2)),
        )
    )
    confirmations = draw(st.lists(st.builds(m.Confirmation, rule=st.just("R-11"), reason=_text, at=_times), max_size=2))
    return m.Case(
        reference=draw(_text),
        office=office,
        subject=subject,
        standard_code=draw(_text),
        conduct_date=draw(_dates),
        conduct_summary=draw(_text),
        gravity=draw(st.sampled_from(m.Gravity)),
        leniency=m.Leniency(force_majeure=draw(st.booleans()), notes=draw(_text)),
        basis_instruments=instruments,
        provision_codes=draw(st.lists(_text, max_size=3)),
        sanction_codes=draw(st.lists(_text, max_size=3)),
        free_text_sanctions=draw(st.lists(_text, max_size=2)),
        removal_conditions=draw(st.lists(_text, max_size=2)),
        publication_consent=draw(st.booleans()),
        notice=notice,
        objections=objections,
        decision=decision,
        confirmations=confirmations,
    )


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("prop") / "prop.sqlite3"
    database = open_database(str(path))
    yield database
    database.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases(), update=cases())
def test_any_case_round_trips(shared_db: Database, case: m.Case, update: m.Case) -> None:
    case_id, back = _round_trip(shared_db, case)
    assert back == case.model_copy(update={"id": case_id})
    _, back2 = _round_trip(shared_db, update.model_copy(update={"id": case_id}))
    assert back2 == update.model_copy(update={"id": case_id})
