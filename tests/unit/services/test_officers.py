"""Officers: argon2 passwords, the single officer without a password, auto-lock minutes (issue 5 item 6)."""

from __future__ import annotations

import getpass
import json

import pytest
from sqlalchemy import select

from credit_desk.services import officers as off
from credit_desk.store import local_settings
from credit_desk.store import tables as t


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(local_settings, "settings_file", lambda: tmp_path / "workstation.json")


def test_no_officer_means_no_log_in_and_the_system_user_works():
    assert off.officers() == []
    assert not off.login_required()
    assert off.default_officer() == getpass.getuser()


def test_a_single_officer_without_password_is_named_without_log_in():
    off.set_officer("李明", None)
    assert not off.login_required()
    assert off.default_officer() == "李明"
    assert off.verify_login("李明", "")


def test_password_is_stored_as_argon2id_hash_only(tmp_path):
    off.set_officer("李明", "青山县2026")
    stored = (tmp_path / "workstation.json").read_text(encoding="utf-8")
    assert "青山县2026" not in stored
    assert json.loads(stored)["officers"]["李明"]["hash"].startswith("$argon2id$")
    assert off.login_required()
    assert off.verify_login("李明", "青山县2026")
    assert not off.verify_login("李明", "青山县2025")
    assert not off.verify_login("王五", "青山县2026")


def test_short_password_and_empty_name_are_refused_with_the_field():
    with pytest.raises(off.OfficerError) as short:
        off.set_officer("李明", "12345")
    assert short.value.field == "password" and "至少 6 位" in short.value.message_cn
    with pytest.raises(off.OfficerError) as empty:
        off.set_officer("  ", "123456")
    assert empty.value.field == "name"
    assert off.officers() == []


def test_a_second_officer_needs_everyone_to_have_a_password():
    off.set_officer("李明", None)
    with pytest.raises(off.OfficerError, match="先为已有的经办人设置密码"):
        off.set_officer("王五", "abcdef")
    off.set_officer("李明", "abcdef")
    off.set_officer("王五", "ghijkl")
    with pytest.raises(off.OfficerError, match="每人都必须设置密码"):
        off.set_officer("王五", "")
    assert [o.name for o in off.officers()] == sorted(["李明", "王五"])
    assert off.default_officer() == getpass.getuser()  # several officers: the log-in names who works


def test_rename_keeps_one_account():
    off.set_officer("李明", "abcdef")
    off.set_officer("李敏", "abcdef", previous_name="李明")
    assert [o.name for o in off.officers()] == ["李敏"]


def test_auto_lock_minutes_default_and_range():
    assert off.auto_lock_minutes() == off.DEFAULT_AUTO_LOCK_MINUTES
    off.set_auto_lock_minutes(3)
    assert off.auto_lock_minutes() == 3
    with pytest.raises(off.OfficerError) as bad:
        off.set_auto_lock_minutes(-1)
    assert bad.value.field == "auto_lock"
    assert off.auto_lock_minutes() == 3


def test_the_officer_who_logs_in_is_recorded_in_the_database(tmp_path):
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    try:
        off.record_officer(ws, "李明")
        off.record_officer(ws, "李明")
        with ws.db.session() as s:
            assert s.scalars(select(t.Officer.name)).all() == ["李明"]
    finally:
        ws.db.dispose()
