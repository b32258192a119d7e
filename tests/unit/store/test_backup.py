"""Backups and restore (issue 5 item 3) and environment failures while writing (item 5)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from credit_desk.services import backup as backup_svc
from credit_desk.services import cases as case_svc
from credit_desk.services.workspace import open_workspace
from credit_desk.store import backup as bk
from credit_desk.store import local_settings
from credit_desk.store import tables as t
from credit_desk.store.db import StoreError, open_database

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def dump(path: Path) -> list[str]:
    """Every schema statement and row of a database file, in order (what "identical" means)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def records(path: Path) -> list[str]:
    """The dump without the usage log: a backup and a restore are themselves logged (R-17) after the copy."""
    return [line for line in dump(path) if "usage_log" not in line]


def logged(path: Path, action: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT object, details FROM usage_log WHERE action = ?", (action,)).fetchall()
    finally:
        conn.close()


def case_count(ws) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(t.Case))


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(f"sqlite:///{tmp_path / 'db' / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


@pytest.fixture
def saved(ws, samr_case):
    """A workspace holding two saved cases; the app's connections stay open (WAL not checkpointed)."""
    for _ in range(2):
        case_svc.save_case(ws, samr_case.model_copy(update={"id": None}), officer="李明")
    return ws


def db_path(ws) -> Path:
    return backup_svc.database_file(ws.db.url)


def test_backup_then_restore_gives_an_identical_database(saved, tmp_path, samr_case):
    folder = tmp_path / "stick"
    info = backup_svc.backup_now(saved.db.url, folder, now=NOW)
    assert info.path.parent == folder and info.reason == "manual"
    assert bk.verify_backup(info.path) == bk.verify_backup(info.path) != ""
    saved.db.dispose()
    before = records(db_path(saved))
    assert records(info.path) == before  # the copy holds everything committed, even what was still in -wal
    assert logged(db_path(saved), "backup") == [(f"file:{info.path}", "原因：manual")]

    case_svc.save_case(saved, samr_case.model_copy(update={"id": None}))  # a change after the backup
    assert case_count(saved) == 3
    result = backup_svc.restore_workspace(saved, info.path, officer="李明")
    assert case_count(saved) == 2
    saved.db.dispose()
    assert records(db_path(saved)) == before
    assert logged(info.path, "restore") == []  # the backup file itself is never written to
    (restored,) = logged(db_path(saved), "restore")
    assert restored[0] == f"file:{info.path}" and str(result.kept_aside) in restored[1]
    assert result.kept_aside is not None and (result.kept_aside / "cd.sqlite3").is_file()
    assert len(dump(result.kept_aside / "cd.sqlite3")) > len(before)  # the replaced database, 3 cases


@pytest.mark.parametrize("damage", ["flip_bytes", "truncate", "not_a_database", "foreign_sqlite"])
def test_a_corrupt_backup_is_refused_and_nothing_is_replaced(saved, tmp_path, damage):
    info = backup_svc.backup_now(saved.db.url, tmp_path / "b", now=NOW)
    data = bytearray(info.path.read_bytes())
    if damage == "flip_bytes":
        for offset in range(4096, len(data), 4096):  # the header survives; every other page is garbage
            data[offset + 10 : offset + 60] = bytes(50)
            data[offset] ^= 0xFF
        info.path.write_bytes(bytes(data))
    elif damage == "truncate":
        info.path.write_bytes(bytes(data[: len(data) // 3]))
    elif damage == "not_a_database":
        info.path.write_bytes("这不是数据库".encode() * 500)
    else:
        info.path.unlink()
        other = sqlite3.connect(info.path)
        other.execute("CREATE TABLE notes(x)")
        other.commit()
        other.close()
    before = case_count(saved)
    with pytest.raises(bk.BackupError) as refused:
        backup_svc.restore_workspace(saved, info.path)
    assert "未做任何恢复" in refused.value.message_cn
    assert case_count(saved) == before
    assert not list(db_path(saved).parent.glob("replaced-*"))


def test_backup_name_list_and_latest_good(saved, tmp_path):
    folder = tmp_path / "b"
    first = backup_svc.backup_now(saved.db.url, folder, now=NOW - timedelta(days=2))
    second = backup_svc.backup_now(saved.db.url, folder, now=NOW)
    assert [b.path for b in bk.list_backups(folder)] == [second.path, first.path]
    assert second.path.name == "credit_desk-20261123T080000000000Z-manual.sqlite3"
    second.path.write_bytes(b"garbage" * 100)
    assert bk.latest_good_backup(folder)[0].path == first.path
    assert not list(folder.glob(".*partial"))


def test_rotation_keeps_seven_daily_and_four_weekly():
    start = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # a Monday
    times = [start + timedelta(days=d, hours=h) for d in range(70) for h in (0, 3)]
    backups = [bk.BackupInfo(Path(bk.backup_name(at, "daily")), at, "daily") for at in times]
    keep = bk.to_keep(backups)
    kept = sorted(b.made_at for b in backups if b.path in keep)
    newest_day = start + timedelta(days=69, hours=3)
    assert kept[-7:] == [newest_day - timedelta(days=d) for d in range(6, -1, -1)]  # newest of each of 7 days
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert len({w.isocalendar()[:2] for w in weekly}) == 4
    assert len(keep) == 11


def test_rotation_keeps_the_newest_pre_migration_backup(tmp_path):
    old = bk.BackupInfo(tmp_path / "m", NOW - timedelta(days=400), "migration")
    daily = [bk.BackupInfo(tmp_path / f"d{i}", NOW - timedelta(days=i), "daily") for i in range(40)]
    assert old.path in bk.to_keep([old, *daily])


def test_rotate_deletes_files_on_disk(saved, tmp_path):
    folder = tmp_path / "b"
    for d in range(12):
        backup_svc.backup_now(saved.db.url, folder, reason="daily", now=NOW - timedelta(days=d))
    names = {b.made_at.date() for b in bk.list_backups(folder)}
    # Nov 12–23: the 7 days 17–23, then the newest of the one earlier ISO week (Nov 15; the 16th shares
    # the week of the daily ones)
    assert len(names) == 7 + 1 and min(names).day == 15


def test_daily_backup_is_made_once_a_day_in_the_configured_folder(saved, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    assert backup_svc.set_backup_folder(saved.db.url, stick) == stick.resolve()
    assert local_settings.database_value(db_path(saved), bk.BACKUP_DIR_KEY) == str(stick.resolve())
    first = backup_svc.daily_backup_if_due(saved.db.url, now=NOW)
    assert first is not None and first.path.parent == stick.resolve() and first.reason == "daily"
    assert backup_svc.daily_backup_if_due(saved.db.url, now=NOW + timedelta(hours=20)) is None
    assert backup_svc.daily_backup_if_due(saved.db.url, now=NOW + timedelta(days=1, minutes=1)) is not None


def test_backup_folder_must_exist(saved, tmp_path):
    with pytest.raises(bk.BackupError, match="备份文件夹不存在"):
        backup_svc.set_backup_folder(saved.db.url, tmp_path / "no-stick")


def test_a_backup_is_made_before_a_migration(tmp_path):
    from alembic import command

    from credit_desk.store.db import alembic_config, file_head_revision

    path = tmp_path / "old.sqlite3"
    with open_database(str(path), migrate=False) as old, old.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    assert not bk.list_backups(bk.default_folder(path))
    with open_database(str(path)):
        pass
    made = bk.list_backups(bk.default_folder(path))
    assert [b.reason for b in made] == ["migration"]
    assert bk.verify_backup(made[0].path) == "0003"  # the state before the upgrade
    assert file_head_revision() != "0003"


def test_a_new_database_needs_no_pre_migration_backup(tmp_path):
    with open_database(str(tmp_path / "new.sqlite3")):
        pass
    assert not (tmp_path / "backups").exists()


def test_a_full_backup_disk_leaves_no_partial_file(saved, tmp_path, monkeypatch):
    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(bk, "copy_database", full)
    folder = tmp_path / "b"
    with pytest.raises(bk.BackupError, match="磁盘空间已满"):
        backup_svc.backup_now(saved.db.url, folder)
    assert list(folder.iterdir()) == []


def test_postgres_has_no_file_to_back_up():
    with pytest.raises(bk.BackupError, match="pg_dump"):
        backup_svc.database_file("postgresql+psycopg://u@localhost/cd")


# --- environment failures while the officer works ------------------------------------------------


def test_disk_full_while_saving_is_a_chinese_message_and_nothing_is_half_written(saved, samr_case):
    """SQLite's own SQLITE_FULL, produced by capping the file at its current size."""
    before = case_count(saved)
    saved.db.dispose()

    @event.listens_for(saved.db.engine, "connect")
    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    big = samr_case.model_copy(update={"id": None, "conduct_summary": "事实" * 200_000})
    with pytest.raises(StoreError) as failed:
        case_svc.save_case(saved, big)
    assert "磁盘空间已满" in failed.value.message_cn
    event.remove(saved.db.engine, "connect", cap)
    saved.db.dispose()
    assert case_count(saved) == before


def test_a_read_only_database_is_a_chinese_message(saved, samr_case):
    path = db_path(saved)
    saved.db.dispose()
    ro = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with pytest.raises(StoreError, match="只读"), ro.session() as s:
            s.add(t.Officer(name="王五"))
    finally:
        ro.dispose()


def test_a_database_locked_by_another_program_is_reported_after_the_busy_timeout(saved, samr_case):
    path = db_path(saved)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        short = open_database(str(path), timeout=0.2)
        try:
            with pytest.raises(StoreError, match="占用"), short.session() as s:
                s.add(t.Officer(name="王五"))
        finally:
            short.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()


# --- command line ---------------------------------------------------------------------------------


def test_cli_backup_and_restore(saved, tmp_path, capsys, samr_case):
    from credit_desk.cli import main

    path = db_path(saved)
    assert main(["--db", str(path), "backup", "--to", str(tmp_path / "stick")]) == 0
    [made] = bk.list_backups(tmp_path / "stick")
    assert str(made.path) in capsys.readouterr().out
    case_svc.save_case(saved, samr_case.model_copy(update={"id": None}))
    saved.db.dispose()
    assert main(["--db", str(path), "restore", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "已从备份恢复" in out and "被替换的数据库已另存" in out
    assert case_count(saved) == 2


def test_cli_refuses_a_corrupt_backup_and_a_database_in_use(saved, tmp_path, capsys):
    from credit_desk.cli import main
    from credit_desk.store.instance_lock import InstanceLock

    path = db_path(saved)
    bad = tmp_path / "credit_desk-20261123T080000000000Z-manual.sqlite3"
    bad.write_bytes(b"\x00" * 8192)
    assert main(["--db", str(path), "restore", str(bad)]) == 2
    assert "未做任何恢复" in capsys.readouterr().err
    good = backup_svc.backup_now(saved.db.url, tmp_path / "b")
    with InstanceLock.for_url(saved.db.url) as running:  # the desk is open on this database
        assert running.acquire()
        assert main(["--db", str(path), "restore", str(good.path)]) == 3
    assert "先关闭程序" in capsys.readouterr().err
