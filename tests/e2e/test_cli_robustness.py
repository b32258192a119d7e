"""``credit-desk`` in the hands of a newcomer: a mistyped database path, a PostgreSQL URL without its driver or
server, and output piped into ``head``. Each ends in a Chinese message and an exit code, never a traceback,
and never in a new empty database that passes for the office's register."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from credit_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMR = ROOT / "tests" / "fixtures" / "cases" / "samr_company.json"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def missing(tmp_path) -> Path:
    """A database path whose folder does not exist either (a typo in the folder name)."""
    return tmp_path / "no" / "such" / "cd.sqlite3"


@pytest.fixture
def office_db(tmp_path, capsys) -> Path:
    """An office database with one imported case."""
    path = tmp_path / "office" / "cd.sqlite3"
    assert run(capsys, "--db", path, "import-case", SAMR)[0] == 0
    return path


# --- 1. commands that read the office's database do not create one ---------------------------------------


@pytest.mark.parametrize("command", [
    ["verify"],
    ["verify", "--no-render", "--json"],
    ["dashboard"],
    ["dashboard", "--json"],
    ["export-case", "1", "--out", "{tmp}/case.json"],
    ["backup", "--to", "{tmp}/stick"],
    ["check", str(SAMR)],
    ["deadlines", str(SAMR)],
    ["render", str(SAMR), "--doc", "D-03", "--out", "{tmp}/d3.pdf"],
    ["catalog", "list"],
])
def test_a_missing_database_is_reported_not_created(capsys, tmp_path, missing, command):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code, out, err = run(capsys, "--db", missing, *argv)
    assert code == 2, out
    assert f"数据库不存在：{missing}" in err and "--db" in err
    assert out == "" and "Traceback" not in err
    assert not (tmp_path / "no").exists()  # neither the file nor its folders
    assert not any(tmp_path.glob("case.json")) and not any(tmp_path.glob("d3.pdf"))


def test_db_after_the_command_is_checked_too(capsys, missing):
    code, _, err = run(capsys, "verify", "--db", missing)
    assert code == 2 and f"数据库不存在：{missing}" in err
    assert not missing.parent.exists()


def test_a_mistyped_environment_variable_is_named(capsys, tmp_path, monkeypatch):
    typo = tmp_path / "credit_desk.sqlite" / "x.sqlite3"
    monkeypatch.setenv("CREDIT_DESK_DB", str(typo))
    code, _, err = run(capsys, "dashboard")
    assert code == 2 and f"数据库不存在：{typo}" in err and "环境变量 CREDIT_DESK_DB" in err
    assert not typo.exists()


def test_a_folder_is_not_a_database(capsys, tmp_path):
    code, _, err = run(capsys, "--db", tmp_path, "verify")
    assert code == 2 and "不是数据库文件" in err


def test_the_default_database_is_created_by_import_case_only(capsys, tmp_path, monkeypatch):
    """As the installer test does: a fresh user's first ``import-case`` creates the default database."""
    monkeypatch.setenv("CREDIT_DESK_DATA_DIR", str(tmp_path / "data"))
    default = tmp_path / "data" / "credit_desk.sqlite3"
    code, _, err = run(capsys, "verify")
    assert code == 2 and f"数据库不存在：{default}" in err and "import-case" in err
    assert not default.exists()
    code, out, _ = run(capsys, "import-case", SAMR)
    assert code == 0 and "已导入为案件 1" in out and default.is_file()
    code, out, _ = run(capsys, "verify", "--no-render")
    assert code == 0 and "校验通过" in out


def test_import_case_creates_an_explicit_database_with_its_folders(capsys, missing):
    code, out, _ = run(capsys, "--db", missing, "import-case", SAMR)
    assert code == 0 and "已导入为案件 1" in out and missing.is_file()
    code, out, _ = run(capsys, "--db", missing, "dashboard")
    assert code == 0 and "未办结案件" in out


def test_an_existing_database_still_works(capsys, office_db, tmp_path):
    code, out, _ = run(capsys, "--db", office_db, "verify", "--no-render")
    assert code == 0 and "校验通过" in out
    code, out, _ = run(capsys, "--db", office_db, "backup", "--to", tmp_path / "stick")
    assert code == 0 and "已备份并校验" in out


# --- 1b. restore may create the database file, in a folder that exists -----------------------------------


@pytest.fixture
def backup_file(capsys, office_db, tmp_path) -> Path:
    assert run(capsys, "--db", office_db, "backup", "--to", tmp_path / "stick")[0] == 0
    [made] = (tmp_path / "stick").glob("*.sqlite3")
    return made


def test_restore_onto_a_new_computer_creates_the_database(capsys, tmp_path, backup_file):
    (tmp_path / "new-pc").mkdir()
    target = tmp_path / "new-pc" / "cd.sqlite3"
    code, out, err = run(capsys, "--db", target, "restore", backup_file)
    assert code == 0, err
    assert "已从备份恢复" in out and f"恢复到数据库：{target}（新建）" in out
    code, out, _ = run(capsys, "--db", target, "export-case", "1", "--out", tmp_path / "c.json")
    assert code == 0 and (tmp_path / "c.json").is_file()


def test_restore_refuses_a_missing_folder(capsys, missing, backup_file):
    code, out, err = run(capsys, "--db", missing, "restore", backup_file)
    assert code == 2 and out == ""
    assert f"数据库所在的文件夹不存在，未做任何恢复：{missing.parent}" in err
    assert not missing.parent.parent.exists()


def test_restore_over_an_existing_database_names_it(capsys, office_db, backup_file):
    code, out, _ = run(capsys, "--db", office_db, "restore", backup_file)
    assert code == 0 and f"恢复到数据库：{office_db}\n" in out and "（新建）" not in out
    assert "被替换的数据库已另存" in out


# --- 2. PostgreSQL: the optional driver, a server that is not there, a URL that is not one -----------------


def test_postgresql_without_its_driver_says_how_to_install_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # ``import psycopg`` fails as when it is not installed
    code, out, err = run(capsys, "--db", "postgresql+psycopg://u:s3cret@127.0.0.1:1/db", "verify")
    assert code == 2 and out == ""
    assert "未安装 PostgreSQL 数据库驱动（psycopg）" in err
    assert "pip install 'credit-desk[postgres]'" in err
    assert "s3cret" not in err and "Traceback" not in err and "ModuleNotFoundError" not in err


def test_the_install_hint_names_a_real_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    postgres = project["optional-dependencies"]["postgres"]
    assert any(req.startswith("psycopg[binary]") for req in postgres)


def test_a_refused_connection_is_a_chinese_message(capsys):
    pytest.importorskip("psycopg")
    code, out, err = run(capsys, "--db", "postgresql+psycopg://u:s3cret@127.0.0.1:1/db", "dashboard")
    assert code == 2 and out == ""
    assert "无法连接数据库服务器：postgresql+psycopg://u:***@127.0.0.1:1/db" in err
    assert "s3cret" not in err


@pytest.mark.parametrize("url", ["://nowhere", "foo://u:s3cret@host/db"])
def test_a_url_that_is_not_a_database_is_a_chinese_message(capsys, url):
    code, _, err = run(capsys, "--db", url, "verify")
    assert code == 2 and "无法识别的数据库地址" in err and "postgresql+psycopg://" in err
    assert "s3cret" not in err


# --- 3. output piped into a reader that stops early ---------------------------------------------------------


@pytest.mark.parametrize("argv", [["deadlines", str(SAMR)], ["catalog", "list", "--json"]])
def test_a_closed_stdout_ends_quietly(argv):
    """``credit-desk deadlines case.json | head -1``: the reader has gone, so the rest is dropped without a word
    and the exit code is 141, as for any Unix tool stopped by SIGPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already quit: every write to the pipe fails with EPIPE
    code = "import sys; from credit_desk.cli import main; sys.exit(main(sys.argv[1:]))"
    try:
        res = subprocess.run([sys.executable, "-c", code, *argv], stdout=write_end, stderr=subprocess.PIPE,
                             text=True, timeout=120)
    finally:
        os.close(write_end)
    assert res.returncode == 141  # 128 + SIGPIPE
    assert res.stderr == ""
