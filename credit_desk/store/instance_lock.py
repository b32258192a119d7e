"""One running Credit Desk per database (issue 5 item 5): an OS file lock beside the database file.

Why an OS lock (``fcntl.flock`` / ``msvcrt.locking``) and not a marker file: the operating system drops
it when the process dies, even on SIGKILL or a power cut, so a crash never leaves a stale lock that
refuses the next start. No Qt here, so ``credit-desk restore`` checks the same lock the GUI holds. The
lock file sits beside an SQLite file (``credit_desk.sqlite3.lock``); for a server database, or when the
database folder cannot be written, it goes to the user data folder, named by a hash of the URL.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import IO

from credit_desk import paths
from credit_desk.store.quick_read import plain_sqlite_file


def lock_path_for(url: str) -> Path:
    file = plain_sqlite_file(url)  # the usual file URL without SQLAlchemy (start-up time, issue 3)
    if file is None:
        from credit_desk.store.dialect import sqlite_file

        file = sqlite_file(url)
    if file:
        folder = Path(file).parent
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder / (Path(file).name + ".lock")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return paths.user_data_dir() / f"instance-{digest}.lock"


def instance_key(url: str) -> str:
    """A short name for the database, the same for every process (the GUI's local-socket name)."""
    return "credit-desk-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


class InstanceLock:
    """An exclusive, non-blocking lock; ``acquire`` answers whether this process may use the database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    @classmethod
    def for_url(cls, url: str) -> InstanceLock:
        return cls(lock_path_for(url))

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it.

        Raises:
            OSError: the lock file cannot be created (the caller decides; the database open will
                report a read-only folder with its own message).
        """
        if self._fh is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n".encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
