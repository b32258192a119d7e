"""Officers of this workstation: log-in with an argon2 password, the idle auto-lock time (issue 5 item 6).

The name that logs in is the officer recorded on every action (case history, confirmations, usage
log). A single officer may choose no password: then there is no log-in dialog, and the log still names
them. As soon as a second officer exists, everyone needs a password (otherwise anyone could act under
the other's name). The accounts live in the workstation settings (``store.local_settings``), next to
the backup folder; only the argon2id hash is stored, never the password. The names are also written
to the database's ``officer`` table when they log in, so the records name people the database knows.
"""

from __future__ import annotations

import contextlib
import getpass
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from credit_desk.store import local_settings
from credit_desk.store import tables as t

from .workspace import Workspace

OFFICERS_KEY = "officers"
AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 480
MIN_PASSWORD_LENGTH = 6

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class OfficerError(ValueError):
    """Bad input for an officer setting: the field it concerns and the Chinese message shown beside it."""

    def __init__(self, field: str, message_cn: str) -> None:
        super().__init__(message_cn)
        self.field = field
        self.message_cn = message_cn


@dataclass(frozen=True)
class OfficerAccount:
    name: str
    has_password: bool


def _accounts() -> dict[str, dict[str, Any]]:
    raw = local_settings.load().get(OFFICERS_KEY, {})
    return raw if isinstance(raw, dict) else {}


def _save_accounts(accounts: dict[str, dict[str, Any]]) -> None:
    try:
        local_settings.update(OFFICERS_KEY, accounts)
    except OSError as exc:
        raise OfficerError("", f"无法保存设置（配置文件夹不可写入）：{exc}") from exc


def officers() -> list[OfficerAccount]:
    """Every officer of this workstation, by name."""
    return [OfficerAccount(name, bool(entry.get("hash"))) for name, entry in sorted(_accounts().items())]


def login_required() -> bool:
    """A log-in dialog is needed when any officer has a password."""
    return any(o.has_password for o in officers())


def default_officer() -> str:
    """Who works when no log-in is needed: the single officer set up, else the system user name."""
    accounts = officers()
    if len(accounts) == 1:
        return accounts[0].name
    return getpass.getuser()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise OfficerError("name", "请填写经办人姓名。")
    if len(name) > 40:
        raise OfficerError("name", "经办人姓名过长（最多 40 个字）。")
    return name


def set_officer(name: str, password: str | None, *, previous_name: str | None = None) -> OfficerAccount:
    """Add or change an officer; ``password`` None or "" means no password (only for a single officer).

    Raises:
        OfficerError: empty name, short password, or no password while other officers exist.
    """
    name = _check_name(name)
    accounts = _accounts()
    if previous_name and previous_name != name:
        if name in accounts:
            raise OfficerError("name", f"已有名为“{name}”的经办人。")
        accounts.pop(previous_name, None)
    others = {n: e for n, e in accounts.items() if n != name}
    if password:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise OfficerError("password", f"密码至少 {MIN_PASSWORD_LENGTH} 位。")
        accounts[name] = {"hash": _hasher.hash(password)}
    else:
        if others:
            raise OfficerError("password", "本机有多名经办人时，每人都必须设置密码。")
        accounts[name] = {"hash": ""}
    if password is not None and others and any(not e.get("hash") for e in others.values()):
        raise OfficerError("name", "请先为已有的经办人设置密码，再添加新的经办人。")
    _save_accounts(accounts)
    return OfficerAccount(name, bool(password))


def remove_officer(name: str) -> None:
    accounts = _accounts()
    accounts.pop(name, None)
    _save_accounts(accounts)


def verify_login(name: str, password: str) -> bool:
    """Whether ``password`` is the officer's; an officer without a password logs in with any input."""
    entry = _accounts().get(name)
    if entry is None:
        return False
    stored = entry.get("hash") or ""
    if not stored:
        return True
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(stored):  # parameters got stronger since: upgrade the stored hash
        accounts = _accounts()
        accounts[name] = {"hash": _hasher.hash(password)}
        with contextlib.suppress(OfficerError):  # still logged in; the old hash stays valid
            _save_accounts(accounts)
    return True


def auto_lock_minutes() -> int:
    """Idle minutes before the desk locks; 0 = never (only meaningful when a password is set)."""
    value = local_settings.load().get(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
    return value if isinstance(value, int) and 0 <= value <= MAX_AUTO_LOCK_MINUTES else DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(minutes: int) -> None:
    """Raises OfficerError outside 0…480."""
    if not 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise OfficerError("auto_lock", f"自动锁定时间应在 0 到 {MAX_AUTO_LOCK_MINUTES} 分钟之间（0 表示不锁定）。")
    try:
        local_settings.update(AUTO_LOCK_KEY, minutes)
    except OSError as exc:
        raise OfficerError("auto_lock", f"无法保存设置（配置文件夹不可写入）：{exc}") from exc


def record_officer(ws: Workspace, name: str) -> None:
    """Make sure the database knows the officer who logged in (the ``officer`` table)."""
    with ws.db.session() as s:
        if s.scalar(select(t.Officer.id).where(t.Officer.name == name)) is None:
            s.add(t.Officer(name=name))
