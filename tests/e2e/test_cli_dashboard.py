"""``credit-desk dashboard`` and ``credit-desk deadlines``: the due dates of the open cases on the command
line, the same as the dashboard tab and the case file's own dates (SPEC §5, R-06, R-15)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from credit_desk.cli import main
from credit_desk.domain.model import Decision, Notice, Objection, Publication, RepairApplication
from credit_desk.domain.process import CaseState


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cd.sqlite3")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _lifecycle_case(samr_case):
    """Listed long ago, published, a repair application accepted and not yet decided."""
    return samr_case.model_copy(update={
        "notice": Notice(number="青山县市监信告〔2025〕3号", issue_date=date(2025, 9, 25),
                         delivered_date=date(2025, 9, 26)),
        "decision": Decision(number="青山县市监信列〔2025〕5号", decision_date=date(2025, 10, 20),
                             effective_date=date(2025, 10, 20), delivered_date=date(2025, 10, 20)),
        "publication": Publication(start_date=date(2025, 10, 21), channels=["信用中国网站"]),
        "repairs": [RepairApplication(received_date=date(2026, 10, 19), accepted=True,
                                      acceptance_date=date(2026, 10, 20))],
    })


def _store(db: str, *cases_and_states) -> list[int]:
    from credit_desk.services.cases import save_case
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{db}")
    try:
        return [save_case(ws, case, officer="李明", state=state).case_id for case, state in cases_and_states]
    finally:
        ws.db.dispose()


def test_dashboard_lists_overdue_items_first_with_their_rule(capsys, db, samr_case):
    late = samr_case.model_copy(update={
        "decision": None,
        "notice": Notice(number="告1", issue_date=date(2026, 10, 28), delivered_date=date(2026, 10, 28)),
        "objections": [Objection(received_date=date(2026, 11, 2), summary="已履行")],
    })
    closed = late.model_copy(update={"subject": late.subject.model_copy(update={"name": "已办结的公司"})})
    _store(db, (late, CaseState.OBJECTION), (_lifecycle_case(samr_case), CaseState.REPAIR_REQUESTED),
           (closed, CaseState.NOT_LISTED))
    code, out, err = run(capsys, "dashboard", "--today", "2026-11-23", "--db", db)
    assert code == 0, err
    assert "今天：2026年11月23日" in out and "未办结案件 2 件" in out
    overdue = out.split("【逾期】")[1].split("【")[0]
    assert "！2026年11月16日　案件 1" in overdue and "第1项异议答复期限" in overdue and "依据：R-06" in overdue
    assert "第1项信用修复申请办理期限" in overdue and "R-15" in overdue
    assert "公示期届满，应移出" in out.split("【以后】")[1]
    assert "已办结的公司" not in out


def test_db_before_the_command_and_json(capsys, db, samr_case):
    [case_id] = _store(db, (_lifecycle_case(samr_case), CaseState.REPAIR_REQUESTED))
    code, out, _ = run(capsys, "--db", db, "dashboard", "--today", "2026-11-23", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["today"] == "2026-11-23" and data["open_cases"] == 1
    repair = next(i for i in data["items"] if i["key"] == "repair_decision:0")
    assert repair == {**repair, "case_id": case_id, "bucket": "overdue", "red": True, "rule": "R-15",
                      "due": "2026-11-17", "state": "repair_requested"}


def test_bad_date_is_a_chinese_message(capsys, db):
    with pytest.raises(SystemExit) as exc:
        main(["dashboard", "--today", "23.11.2026", "--db", db])
    assert exc.value.code == 2
    assert "日期格式错误" in capsys.readouterr().err


def test_deadlines_prints_every_lifecycle_date_of_a_case_file(capsys, db, samr_case, tmp_path):
    [case_id] = _store(db, (_lifecycle_case(samr_case), CaseState.REPAIR_REQUESTED))
    case_file = tmp_path / "case.json"
    assert run(capsys, "--db", db, "export-case", case_id, "--out", case_file)[0] == 0
    code, out, _ = run(capsys, "deadlines", case_file)
    assert code == 0
    for label in ("陈述申辩期届满", "申请行政复议期限届满", "提起行政诉讼期限届满", "公示期届满：2028年10月20日",
                  "最早可申请信用修复", "第1项信用修复申请办理期限：2026年11月17日"):
        assert label in out, label
    assert "起算事件：受理信用修复申请（2026年10月20日）" in out


def test_dashboard_and_deadlines_show_the_same_dates(capsys, db, samr_case, tmp_path):
    """One stored case exported as a case file: every date the dashboard shows is the file's date."""
    case = _lifecycle_case(samr_case).model_copy(update={
        "objections": [Objection(received_date=date(2026, 11, 18), summary="对公示内容有异议")],
    })
    [case_id] = _store(db, (case, CaseState.REPAIR_REQUESTED))
    case_file = tmp_path / "case.json"
    run(capsys, "--db", db, "export-case", case_id, "--out", case_file)
    _, out, _ = run(capsys, "--db", db, "deadlines", case_file, "--json")
    from_file = {d["key"]: d["due"] for d in json.loads(out)}
    _, out, _ = run(capsys, "--db", db, "dashboard", "--today", "2026-11-23", "--json")
    shown = {i["key"]: i["due"] for i in json.loads(out)["items"] if i["case_id"] == case_id}
    assert set(shown) == {"objection_reply:0", "repair_decision:0", "publication_end"}
    assert {k: from_file[k] for k in shown} == shown
