"""Logging without Qt: named loggers and a rotating log file in the user data folder (STYLE practice 8).

The log file is what the crash dialog points the officer (and support) at, so it must exist before
anything else runs, never fill the disk (1 MB × 5 files), and never stop the app from starting: if
the folder cannot be written, logging goes to stderr only. Code logs through named loggers below
``credit_desk`` (``logging.getLogger(__name__)``, or the ones here); third-party libraries are kept
to warnings so the file stays readable.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from credit_desk import paths

LOG_FILE_NAME = "credit-desk.log"
FAULT_FILE_NAME = "faulthandler.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

#: The app's own loggers; modules may also use ``logging.getLogger(__name__)`` (also under ``credit_desk``).
app = logging.getLogger("credit_desk")
init = logging.getLogger("credit_desk.init")
qt = logging.getLogger("credit_desk.qt")
crash = logging.getLogger("credit_desk.crash")


def log_dir() -> Path:
    """``<user data dir>/logs`` (``CREDIT_DESK_DATA_DIR`` redirects it, as the tests do)."""
    return paths.user_data_dir() / "logs"


@dataclass
class LogSetup:
    """What :func:`configure` changed, so that it can be undone (tests, or a second configure)."""

    path: Path | None
    handlers: list[logging.Handler] = field(default_factory=list)
    _root_level: int = logging.WARNING
    _app_level: int = logging.NOTSET
    _captured_warnings: bool = False

    def close(self) -> None:
        """Remove the handlers and restore the previous levels."""
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        self.handlers.clear()
        root.setLevel(self._root_level)
        app.setLevel(self._app_level)
        if self._captured_warnings:
            logging.captureWarnings(False)


def rotate_at_start(target: Path, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """Rotate ``credit-desk.log`` → ``.1`` → … → ``.<backups>`` when it has grown past ``max_bytes``.

    Why at start and not per record (``logging.handlers.RotatingFileHandler``): a session of one officer logs
    little, and ``logging.handlers`` imports ``socket`` and ``pickle`` — about 10 ms of the start-up budget
    (issue 3) for handlers the app never uses.
    """
    try:
        if not target.is_file() or target.stat().st_size <= max_bytes:
            return
        for i in range(backups - 1, 0, -1):
            older = target.with_name(f"{target.name}.{i}")
            if older.is_file():
                older.replace(target.with_name(f"{target.name}.{i + 1}"))
        target.replace(target.with_name(f"{target.name}.1"))
    except OSError as exc:  # a locked or read-only old log must not stop the app
        print(f"credit-desk: cannot rotate the log file {target}: {exc}", file=sys.stderr)


def configure(
    *,
    directory: Path | None = None,
    level: int = logging.INFO,
    console: bool = False,
    capture_warnings: bool = False,
) -> LogSetup:
    """Send the app's log records to ``<directory>/credit-desk.log`` (rotated at start) and, if asked, stderr.

    Args:
        directory: where the log files go; default :func:`log_dir`.
        level: the lowest level of the app's own loggers (third-party ones log warnings and above).
        console: also write to stderr (``credit-desk --verbose``, development).
        capture_warnings: route ``warnings.warn`` into the log (the app; not the tests, where
            warnings are errors).

    Returns:
        The setup; ``path`` is None when the folder could not be written (then stderr is used).
    """
    root = logging.getLogger()
    setup = LogSetup(path=None, _root_level=root.level, _app_level=app.level)
    formatter = logging.Formatter(FORMAT)
    target = (directory or log_dir()) / LOG_FILE_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        rotate_at_start(target)
        file_handler: logging.Handler = logging.FileHandler(target, encoding="utf-8")
        setup.path = target
    except OSError as exc:
        print(f"credit-desk: cannot write the log file {target}: {exc}", file=sys.stderr)
        file_handler = logging.StreamHandler(sys.stderr)
    handlers = [file_handler]
    if console and setup.path is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    setup.handlers = handlers
    root.setLevel(logging.WARNING)
    app.setLevel(level)
    if capture_warnings:
        logging.captureWarnings(True)
        setup._captured_warnings = True
    init.info("log file: %s", setup.path or "(stderr)")
    return setup


def fault_log_path(directory: Path | None = None) -> Path:
    """Where ``faulthandler`` writes the Python stacks of a hard crash (segfault, abort)."""
    return (directory or log_dir()) / FAULT_FILE_NAME


def open_fault_log(directory: Path | None = None) -> tuple[Path, TextIO] | None:
    """Open the fault log for appending (rotated once past ``MAX_BYTES``); None if it cannot be written.

    The file stays open for the life of the process: faulthandler writes to its descriptor when the
    interpreter is already dying, with no chance to open anything.
    """
    path = fault_log_path(directory)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        return path, path.open("a", encoding="utf-8")
    except OSError as exc:
        init.warning("cannot write the fault log %s: %s", path, exc)
        return None
