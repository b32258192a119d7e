"""Settings of this workstation, kept in a small JSON file in the user's config folder, not in the database.

Why not the database: the backup folder must be known when the database itself is damaged (to offer
the latest good backup), a restore must not change where backups go or who may log in, and ``setting``
rows are catalog data that a catalog import replaces wholesale (and exports). So the backup folder (per
database file), the idle auto-lock minutes and the officers' password hashes live here. The file is
written atomically (temporary file, fsync, rename): a crash never leaves it half-written.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from credit_desk import paths

FILE_NAME = "workstation.json"


def settings_file() -> Path:
    """``<config dir>/workstation.json`` (``CREDIT_DESK_DATA_DIR`` redirects it, as the tests do)."""
    return paths.user_config_dir() / FILE_NAME


def load() -> dict[str, Any]:
    """The whole settings object; {} when the file is missing or unreadable (defaults then apply)."""
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    """Replace the settings atomically.

    Raises:
        OSError: the config folder cannot be written (the caller shows a Chinese message).
    """
    target = settings_file()
    fd, tmp = tempfile.mkstemp(prefix=".workstation-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(key: str, value: Any) -> None:
    """Set one top-level key (None removes it)."""
    data = load()
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    save(data)


def _db_key(db_file: Path | str) -> str:
    return str(Path(db_file).expanduser().resolve())


def database_value(db_file: Path | str, key: str, default: Any = None) -> Any:
    """A setting that belongs to one database file (e.g. its backup folder)."""
    per_db = load().get("databases", {})
    return per_db.get(_db_key(db_file), {}).get(key, default) if isinstance(per_db, dict) else default


def set_database_value(db_file: Path | str, key: str, value: Any) -> None:
    """Set (or, with None, remove) a setting of one database file."""
    data = load()
    per_db = data.setdefault("databases", {})
    entry = per_db.setdefault(_db_key(db_file), {})
    if value is None:
        entry.pop(key, None)
    else:
        entry[key] = value
    save(data)
