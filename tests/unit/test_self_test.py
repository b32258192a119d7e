"""``credit-desk --self-test`` from the source tree: every check passes, and a broken install is reported."""

from __future__ import annotations

import io

import pytest

from credit_desk import cli, paths, self_test


def test_self_test_passes_from_source(qapp, tmp_path):
    out = io.StringIO()
    assert self_test.run_self_test(out=out, work_dir=tmp_path) == 0
    report = out.getvalue()
    assert report.count("✓") == len(self_test.CHECKS)
    assert "自检通过" in report
    # the letters were really written and read back
    assert (tmp_path / "D-03.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "D-08.pdf").stat().st_size > 10_000
    assert "列入市场监督管理严重违法失信名单决定书" in report


def test_missing_bundle_file_fails_with_a_chinese_message(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "bundle_root", lambda: tmp_path)
    out = io.StringIO()
    assert self_test.run_self_test(out=out, work_dir=tmp_path / "work") == 1
    report = out.getvalue()
    assert "✗ 程序文件：安装不完整，缺少文件" in report
    assert "forms/D-03.toml" in report
    assert "自检失败" in report


def test_cli_flag_runs_the_self_test(qapp, monkeypatch):
    calls = []
    monkeypatch.setattr(self_test, "run_self_test", lambda: calls.append(1) or 0)
    assert cli.main(["--self-test"]) == 0
    assert calls == [1]


@pytest.mark.parametrize("form_id", ["D-03", "D-08"])
def test_each_letter_check_names_the_letter(form_id, tmp_path):
    run = self_test.SelfTestRun(tmp_path)
    check = self_test.check_d03 if form_id == "D-03" else self_test.check_d08
    line = check(run)
    assert line.startswith(form_id)
    pdf, expected = run.letters[form_id]
    assert pdf.is_file() and "示例县康源食品有限公司" in expected
