"""One small API for work off the GUI thread (STYLE practice 6, after Anki's CollectionOp).

``run_in_background(fn, on_done=..., on_error=..., progress=True)`` runs ``fn`` in a QThreadPool
worker and delivers its result, its progress and its failure on the GUI thread. Long work receives a
``Task`` and calls ``task.progress(done, total, text)`` and checks ``task.cancelled``; the caller may
show a ``QProgressDialog`` with a cancel button through ``run_with_progress``. Workers never touch
widgets; database work is serialized by the ``db_lock`` so one connection writes at a time.
"""

from __future__ import annotations

import inspect
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: Serializes database work from workers (SQLite allows one writer; keeps ordering predictable).
db_lock = threading.RLock()


class Cancelled(Exception):
    """Raised inside a worker by ``Task.check_cancelled`` when the officer pressed Cancel."""


@dataclass
class Task:
    """Handle a worker function receives to report progress and see cancellation."""

    _signals: _Signals
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    cancelled = Signal()


class _Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], task: Task, wants_task: bool):
        super().__init__()
        self.fn, self.task, self.wants_task = fn, task, wants_task
        self.setAutoDelete(True)

    def run(self) -> None:  # in the pool thread
        # Take the payload out of the runnable while this thread holds the GIL: Qt deletes the runnable
        # later *without* the GIL, and if that dropped the last reference to a Task or a closure holding
        # Qt objects, PySide would disconnect signals from C++ and wait for the GIL while holding Qt's
        # connection lock — a deadlock with a GUI thread that holds the GIL (seen closing a progress dialog).
        fn, task, wants_task = self.fn, self.task, self.wants_task
        self.fn = self.task = None  # type: ignore[assignment]
        signals = task._signals
        try:
            result = fn(task) if wants_task else fn()
        except Cancelled:
            signals.cancelled.emit()
        except Exception as exc:  # delivered to the GUI thread, which decides the error tier
            signals.failed.emit(exc, traceback.format_exc())
        else:
            signals.finished.emit(result)


_live: set[_Signals] = set()  # keep signal objects alive until their worker reports


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn`` (optionally taking a ``Task``) in the thread pool; callbacks run on the GUI thread.

    Without ``on_error`` a failure goes to the application's error handler (``errors.report``),
    never lost silently.
    """
    signals = _Signals()
    task = Task(signals)
    _live.add(signals)

    def done(result: Any) -> None:
        _live.discard(signals)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        _live.discard(signals)
        if on_error is not None:
            on_error(exc, tb)
        else:
            log.error("background work failed:\n%s", tb)
            from credit_desk.ui import errors

            errors.report(exc, tb)

    def cancelled() -> None:
        _live.discard(signals)
        if on_cancelled is not None:
            on_cancelled()

    conn = Qt.ConnectionType.QueuedConnection
    signals.finished.connect(done, conn)
    signals.failed.connect(failed, conn)
    signals.cancelled.connect(cancelled, conn)
    if on_progress is not None:
        signals.progress.connect(on_progress, conn)
    wants_task = _takes_argument(fn)
    (pool or QThreadPool.globalInstance()).start(_Worker(fn, task, wants_task))
    return task


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Task], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> tuple[Task, QProgressDialog]:
    """Long work with a progress bar and a Cancel (取消) button (batch export, backup, import)."""
    cancel = QCoreApplication.translate("Background", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finish(cb: Callable[..., None] | None) -> Callable[..., None]:
        def inner(*args: Any) -> None:
            dialog.reset()
            dialog.close()
            if cb is not None:
                cb(*args)

        return inner

    task = run_in_background(
        fn,
        on_done=finish(on_done),
        on_error=finish(on_error) if on_error else None,
        on_progress=progress,
        on_cancelled=finish(on_cancelled),
    )
    dialog.canceled.connect(task.cancel)
    dialog.task = task  # the Task lives as long as its dialog, on the GUI thread (see _Worker.run)
    return task, dialog


def _takes_argument(fn: Callable[..., Any]) -> bool:
    try:
        params = [
            p for p in inspect.signature(fn).parameters.values()
            if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
    except (TypeError, ValueError):
        return False
    return len(params) >= 1


__all__ = ["Cancelled", "Task", "db_lock", "run_in_background", "run_with_progress"]
