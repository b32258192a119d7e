"""Migration 0006: the repair notice's own number on the decision, filled in for cases decided before it."""

from __future__ import annotations

from datetime import date

from alembic import command

from credit_desk.domain import model as m
from credit_desk.services import cases as case_svc
from credit_desk.services import issuing
from credit_desk.services import lifecycle as lc
from credit_desk.services import office as office_svc
from credit_desk.services.workspace import open_workspace
from credit_desk.store.db import alembic_config

OFFICER = "李明"


def test_decided_cases_get_the_number_of_their_repair_notice_in_force(tmp_path, samr_case) -> None:
    url = f"sqlite:///{tmp_path / 'cd.sqlite3'}"
    ws = open_workspace(url)
    office_svc.save_office(ws, samr_case.office)
    draft = samr_case.model_copy(update={"id": None, "notice": None, "decision": None}, deep=True)
    case_id = case_svc.save_case(ws, draft, officer=OFFICER).case_id
    undecided = case_svc.save_case(ws, draft, officer=OFFICER).case_id
    lc.issue_notice(ws, case_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    lc.record_delivery(ws, case_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)), officer=OFFICER)
    lc.decide(ws, case_id, decision_date=date(2026, 10, 13), officer=OFFICER)
    d03 = next(d for d in issuing.issued_letters(ws, case_id) if d.doc_type == "D-03")
    corrected = issuing.correct_letter(ws, d03.id, None, issue_date=date(2026, 10, 14), officer=OFFICER,
                                       reason="地址笔误")
    in_force = corrected.companions[0].number  # the D-08 superseding the first one
    assert case_svc.load_case(ws, case_id).decision.repair_notice_number == in_force
    with ws.db.engine.begin() as conn:  # as the previous release left the database
        command.downgrade(alembic_config(conn), "0005")
    with ws.db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
        row = conn.exec_driver_sql("SELECT repair_notice_number FROM decision WHERE case_id = ?", (case_id,)).one()
    ws.db.dispose()
    assert row[0] == in_force == "青山县市监信修告〔2026〕2号"
    ws = open_workspace(url)
    try:
        assert case_svc.load_case(ws, case_id).decision.repair_notice_number == in_force
        assert case_svc.load_case(ws, undecided).decision is None
    finally:
        ws.db.dispose()
