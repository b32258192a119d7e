"""``verify`` and the usage-log use cases: tampering with the log or a stored letter is found and named,
the CLI exits 1 with the record, exports need a purpose (R-17) and the inspector's export is complete."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from credit_desk.cli import main
from credit_desk.services import cases as case_svc
from credit_desk.services import issuing, usage_log
from credit_desk.services import office as office_svc
from credit_desk.services.usage_log import LogFilter, PurposeRequired
from credit_desk.services.verify import verify
from credit_desk.store.usage_log import entry_hash

DAY = date(2026, 11, 2)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cd.sqlite3"


@pytest.fixture
def ws(db_path: Path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{db_path}")
    yield workspace
    workspace.db.dispose()


@pytest.fixture
def issued(ws, samr_case) -> list[int]:
    """Two issued letters (D-01, D-03) and a few log entries."""
    office_svc.save_office(ws, samr_case.office)
    case_id = case_svc.save_case(ws, samr_case.model_copy(update={"id": None})).case_id
    ids = [issuing.issue_letter(ws, case_id, d, issue_date=DAY, officer="李明").id for d in ("D-01", "D-03")]
    usage_log.log_view(ws, "李明", case_id)
    usage_log.log_print(ws, "李明", f"document:{ids[0]}", details="D-01 2 页")
    usage_log.log_export(ws, "王芳", usage_log.case_object(case_id), "移送法院", details="案件文件")
    return ids


def cli_verify(capsys, db_path: Path, *extra: str) -> tuple[int, str]:
    code = main(["verify", "--db", str(db_path), *extra])
    return code, capsys.readouterr().out


def test_a_clean_database_passes(ws, issued, db_path, capsys) -> None:
    report = verify(ws)
    assert report.ok, report.lines()
    assert (report.documents, report.rerendered, report.log_entries) == (2, 2, 3)
    code, out = cli_verify(capsys, db_path)
    assert code == 0 and "校验通过" in out and "使用记录 3 条" in out


def test_the_check_reads_one_snapshot_while_the_officer_goes_on_working(ws, issued) -> None:
    """The GUI runs verify without the database lock: entries logged while it reads the chain belong to the
    next check, never to a mismatch between the chain and its head."""
    logged: list[int] = []

    def officer_works(stage: str, done: int, total: int) -> None:
        if stage == "usage_log" and done and not logged:  # after the chain's first batch was read
            logged.append(usage_log.log_print(ws, "李明", f"document:{issued[0]}", details="又打印 1 份").id)
            usage_log.log_view(ws, "王芳", None)

    report = verify(ws, rerender=False, progress=officer_works)
    assert report.ok, report.lines()
    assert report.log_entries == 3 and report.log_head_id == 3  # the state when the check began
    again = verify(ws, rerender=False)
    assert again.ok and again.log_entries == 5 and logged == [4]


def test_one_changed_byte_of_a_stored_pdf_is_named(ws, issued, db_path, capsys) -> None:
    con = sqlite3.connect(db_path)
    pdf = bytearray(con.execute("SELECT pdf FROM document WHERE id = ?", (issued[1],)).fetchone()[0])
    pdf[len(pdf) // 2] ^= 0x01
    con.execute("UPDATE document SET pdf = ? WHERE id = ?", (bytes(pdf), issued[1]))
    con.commit()
    con.close()
    report = verify(ws, rerender=False)
    assert [(p.check, p.record.split("（")[0], p.rule) for p in report.problems] == [
        ("document_hash", f"document#{issued[1]}", "R-16")
    ]
    code, out = cli_verify(capsys, db_path, "--no-render")
    assert code == 1 and f"document#{issued[1]}" in out and "SHA-256 不符" in out


def test_a_letter_replaced_together_with_its_hash_fails_the_re_render(ws, issued, db_path) -> None:
    con = sqlite3.connect(db_path)
    pdf, digest = con.execute("SELECT pdf, sha256 FROM document WHERE id = ?", (issued[0],)).fetchone()
    con.execute("UPDATE document SET pdf = ?, sha256 = ? WHERE id = ?", (pdf, digest, issued[1]))
    con.commit()
    con.close()
    report = verify(ws)
    assert [(p.check, p.record.split("（")[0]) for p in report.problems] == [
        ("document_render", f"document#{issued[1]}")
    ]
    assert "文字与存档 PDF 不符" in report.problems[0].message


def test_an_edited_field_snapshot_fails_the_re_render(ws, issued, db_path, samr_case) -> None:
    con = sqlite3.connect(db_path)
    fields = json.loads(con.execute("SELECT fields FROM document WHERE id = ?", (issued[0],)).fetchone()[0])
    assert fields["subject"]["name"] == samr_case.subject.name
    forged = json.dumps(fields, ensure_ascii=False).replace(samr_case.subject.name, "另一家公司")
    con.execute("UPDATE document SET fields = ? WHERE id = ?", (forged, issued[0]))
    con.commit()
    con.close()
    problems = verify(ws).problems
    assert [p.record.split("（")[0] for p in problems] == [f"document#{issued[0]}"]


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE usage_log SET purpose = '日常工作' WHERE id = 3", "usage_log#3"),
        ("DELETE FROM usage_log WHERE id = 2", "usage_log#3"),
        ("INSERT INTO usage_log (id, at, officer, action, object, purpose, details, prev_hash, hash) "
         "VALUES (4, '2026-11-03 00:00:00.000000', '李明', 'view', 'case:1', '', '', 'x', 'y')", "usage_log#4"),
    ],
    ids=["edit", "delete", "insert"],
)
def test_log_tampering_is_reported_by_the_cli(ws, issued, db_path, capsys, sql, named) -> None:
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER usage_log_no_update")
    con.execute("DROP TRIGGER usage_log_no_delete")
    con.execute(sql)
    con.commit()
    con.close()
    code, out = cli_verify(capsys, db_path, "--no-render")
    assert code == 1
    assert named in out and "R-17" in out and "七(十三)" in out


def test_damaged_foreign_keys_are_named(ws, issued, db_path) -> None:
    con = sqlite3.connect(db_path)  # foreign keys are off on a plain connection
    con.execute("UPDATE document SET supersedes_id = 999 WHERE id = ?", (issued[0],))
    con.commit()
    con.close()
    problems = verify(ws, rerender=False).problems
    assert [(p.check, p.record) for p in problems] == [("foreign_keys", "document#1")]


def test_export_of_personal_data_needs_a_purpose(ws) -> None:
    with pytest.raises(PurposeRequired) as info:
        usage_log.log_export(ws, "李明", "case:1", "  ")
    assert info.value.finding.rule == "R-17" and "用途" in info.value.message_cn
    assert usage_log.count(ws) == 0


def test_the_cli_export_and_render_are_logged(ws, issued, db_path, tmp_path, capsys) -> None:
    assert main(["--db", str(db_path), "export-case", "1", "--out", str(tmp_path / "c.json"),
                 "--purpose", "移交档案"]) == 0
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "cases" / "samr_company.json"
    assert main(["--db", str(db_path), "render", str(fixture), "--doc", "D-03", "--out", str(tmp_path / "l.pdf")]) == 0
    capsys.readouterr()
    entries = usage_log.query(ws, LogFilter(action=usage_log.EXPORT)).entries
    assert [(e.object, e.purpose) for e in entries[:2]] == [
        (f"file:{fixture}", "命令行导出（未另行说明用途）"),
        ("case:1", "移交档案"),
    ]
    assert verify(ws, rerender=False).ok


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_inspector_export_holds_every_matching_entry_and_is_logged(ws, issued, tmp_path, suffix) -> None:
    out = tmp_path / f"log{suffix}"
    n = usage_log.export_for_inspector(ws, out, LogFilter(officer="李明"), officer="张三", purpose="年度检查")
    assert n == 2
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
    else:
        book = load_workbook(out, read_only=True)
        rows = [list(r) for r in book["使用记录"].iter_rows(values_only=True)]
        book.close()
    assert rows[0][:4] == ["序号", "时间（UTC）", "经办人", "操作"]
    expected = [("1", "李明", "查看（view）"), ("2", "李明", "打印（print）")]
    assert [(str(r[0]), r[2], r[3]) for r in rows[1:]] == expected
    for r in rows[1:]:  # the inspector can recompute every hash from the file alone
        entry_id, at, officer, action, obj, purpose, details, prev, digest = (str(v or "") for v in r)
        code = action.split("（")[1].rstrip("）")
        assert entry_hash(int(entry_id), at, officer, code, obj, purpose, details, prev) == digest
    last = usage_log.query(ws, limit=1).entries[0]
    assert (last.officer, last.action, last.purpose) == ("张三", usage_log.EXPORT_LOG, "年度检查")
    assert not list(tmp_path.glob("*.part"))
