"""Where things are: bundled resources (from source or frozen by PyInstaller) and the user's folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CreditDesk"
APP_AUTHOR = "CreditDesk"
DB_ENV = "CREDIT_DESK_DB"
DATA_ENV = "CREDIT_DESK_DATA_DIR"


def is_frozen() -> bool:
    """True in the PyInstaller build (the installed app), False when run from the source tree."""
    return bool(getattr(sys, "frozen", False) or getattr(sys, "_MEIPASS", None))


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``forms/``: the source tree, or PyInstaller's bundle.

    PyInstaller 6 puts the data files of a one-folder build in ``_internal/`` next to the executable and
    says where in ``sys._MEIPASS``; build.spec copies ``forms/`` and ``resources/`` there unchanged, so
    every ``resource()`` path is the same relative path frozen and from source.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource('catalogs', 'standards.json')``."""
    return bundle_root().joinpath("resources", *parts)


def forms_dir() -> Path:
    return bundle_root() / "forms"


def user_data_dir() -> Path:
    """The user's data folder (database, backups, logs); ``CREDIT_DESK_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    path = Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    """``CREDIT_DESK_DB`` (a path or an SQLAlchemy URL) or ``credit_desk.sqlite3`` in the data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return db_url(env)
    return db_url(str(user_data_dir() / "credit_desk.sqlite3"))


def db_url(path_or_url: str) -> str:
    """Turn a plain file path into an SQLite URL; leave URLs (postgresql+psycopg://…) alone."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())
