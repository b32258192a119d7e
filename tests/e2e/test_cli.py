"""The ``credit-desk`` command as an officer or a script uses it: exit codes, Chinese messages, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from credit_desk.cli import main

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
SAMR = CASES / "samr_company.json"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cd.sqlite3")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_passes_the_sample_case_with_only_calendar_warnings(capsys):
    code, out, _ = run(capsys, "check", SAMR)
    assert code == 0
    assert "共 0 项阻止" in out and "R-18" in out


def test_check_json_lists_findings_with_citations(capsys, tmp_path):
    data = json.loads(SAMR.read_text(encoding="utf-8"))
    data["case"]["office"]["level"] = "township"
    data["case"]["free_text_sanctions"] = ["停水停电"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", bad, "--json")
    assert code == 1
    findings = json.loads(out)
    by_rule = {f["rule"]: f for f in findings}
    assert by_rule["R-08"]["level"] == "block" and by_rule["R-08"]["field"] == "office.level"
    assert by_rule["R-08"]["citation"] == "国办发〔2020〕49号 四(八)"
    assert by_rule["R-09"]["citation"] == "国办发〔2020〕49号 五(九)"
    assert set(by_rule["R-09"]) == {"rule", "level", "message", "citation", "field"}


def test_malformed_file_gives_a_chinese_message_and_exit_2(capsys, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "credit-desk/case@1", "case": ', encoding="utf-8")
    code, _out, err = run(capsys, "check", bad)
    assert code == 2 and "不是有效的 JSON" in err and "Traceback" not in err


def test_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "check", tmp_path / "nope.json")
    assert code == 2 and "找不到文件" in err


def test_import_export_round_trip(capsys, db, tmp_path):
    code, out, _ = run(capsys, "--db", db, "import-case", SAMR)
    assert code == 0 and "已导入为案件 1" in out
    out_file = tmp_path / "export.json"
    code, out, _ = run(capsys, "--db", db, "export-case", "1", "--out", out_file)
    assert code == 0
    original = json.loads(SAMR.read_text(encoding="utf-8"))["case"]
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["format"] == "credit-desk/case@1"
    assert exported["case"]["subject"] == original["subject"]
    assert exported["case"]["sanction_codes"] == original["sanction_codes"]


def test_import_with_unknown_codes_writes_nothing(capsys, db, tmp_path):
    data = json.loads(SAMR.read_text(encoding="utf-8"))
    data["case"]["sanction_codes"].append("M-999")
    data["case"]["criterion_code"] = "NOPE-C1"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import-case", bad)
    assert code == 2
    assert "未写入数据库" in err and "[R-09]" in err and "[R-04]" in err and "M-999" in err
    from credit_desk.store.cases import count_cases
    from credit_desk.store.db import open_database

    with open_database("sqlite:///" + db).session() as s:
        assert count_cases(s) == 0


def test_export_unknown_case(capsys, db, tmp_path):
    assert run(capsys, "--db", db, "import-case", SAMR)[0] == 0  # export-case reads an existing database
    code, _, err = run(capsys, "--db", db, "export-case", "42", "--out", tmp_path / "x.json")
    assert code == 2 and "没有编号为 42 的案件" in err


def test_deadlines_json_explains_each_date(capsys):
    code, out, _ = run(capsys, "deadlines", SAMR, "--json")
    assert code == 0
    rows = {r["key"]: r for r in json.loads(out)}
    assert rows["statement_end"]["due"] == "2026-10-10"
    assert "调休" in rows["statement_end"]["explanation"] or "2026年10月10日" in rows["statement_end"]["explanation"]
    assert rows["reconsideration_end"]["due"] == "2026-12-21"
    assert rows["litigation_end"]["findings"][0]["rule"] == "R-18"


def test_catalog_list_marks_unverified_texts(capsys):
    code, out, _ = run(capsys, "catalog", "list", "--kind", "provisions", "--json")
    assert code == 0
    rows = json.loads(out)
    marks = {r["mark"] for r in rows}
    assert "" in marks and any("尚未核对官方文本" in m for m in marks)


def test_console_script_runs_without_qt(tmp_path):
    """The installed command works as a subprocess and never imports Qt for CLI work."""
    code = (
        "import sys; from credit_desk.cli import main; rc = main(['check', sys.argv[1]]);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]; sys.exit(rc)"
    )
    res = subprocess.run([sys.executable, "-c", code, str(SAMR)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_render_pdf_and_docx(capsys, tmp_path):
    import docx

    pdf = tmp_path / "D-03.pdf"
    code, out, _ = run(capsys, "render", SAMR, "--doc", "D-03", "--out", pdf)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "已生成 D-03" in out
    word = tmp_path / "D-03.docx"
    code, _, _ = run(capsys, "render", SAMR, "--doc", "D-03", "--out", word)
    assert code == 0
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "青山县味佳食品有限公司" in text and "救济措施" in text


def test_render_refused_names_rule_and_citation(capsys, tmp_path):
    data = json.loads(SAMR.read_text(encoding="utf-8"))
    data["case"]["notice"] = None
    bad = tmp_path / "no-notice.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "render", bad, "--doc", "D-03", "--out", tmp_path / "x.pdf")
    assert code == 1 and "R-05" in err and "国办发〔2020〕49号 四(八)" in err
    assert not (tmp_path / "x.pdf").exists()
