"""Autosave of the wizard's draft: at most a few seconds after the last change, off the GUI thread.

Two timers: a short debounce restarted by every change (the draft is written 1.5 s after the officer
pauses) and a longer one that is not restarted (someone typing without pause is still saved every 4 s),
so a change is on disk within 5 s. One save runs at a time; a change during a save is saved after it.
The crash path (``errors.draft_savers``) and closing the window save synchronously. After ``close``
nothing is written any more, not even by a save already queued: finishing a case removes its draft, and
no late autosave may bring it back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from credit_desk.domain.model import Case
from credit_desk.services import drafting
from credit_desk.services.drafting import StoreError
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1500
MAX_WAIT_MS = 4000

Snapshot = Callable[[], tuple[Case, str]]


class DraftKeeper(QObject):
    """Keeps the draft of one wizard in the ``wizard_draft`` table.

    Args:
        snapshot: returns (case, page key) as they are now; called on the GUI thread.

    Signals:
        saved(int, object): the draft id and the time (UTC) it was written.
        failed(str): the database refused the write (Chinese message); the next change retries.
    """

    saved = Signal(int, object)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        snapshot: Snapshot,
        *,
        draft_id: int | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self._snapshot = workspace, snapshot
        self._draft_id = draft_id
        self._dirty = False
        self._in_flight = False
        self._closed = threading.Event()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.max_wait = QTimer(self)
        self.max_wait.setSingleShot(True)
        self.max_wait.setInterval(max_wait_ms)
        self.debounce.timeout.connect(self._save_in_background)
        self.max_wait.timeout.connect(self._save_in_background)

    @property
    def draft_id(self) -> int | None:
        return self._draft_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        """Something changed: save soon."""
        if self._closed.is_set():
            return
        self._dirty = True
        self.debounce.start()
        if not self.max_wait.isActive():
            self.max_wait.start()

    def _write(self, case: Case, page: str) -> int | None:
        """Write under the database lock, unless the keeper was closed meanwhile (any thread)."""
        with db_lock:
            if self._closed.is_set():
                return None
            self._draft_id = drafting.save_draft(self.ws, case, page=page, draft_id=self._draft_id)
            return self._draft_id

    def _save_in_background(self) -> None:
        self.debounce.stop()
        self.max_wait.stop()
        if self._in_flight or not self._dirty or self._closed.is_set():
            return
        case, page = self._snapshot()
        snapshot = case.model_copy(deep=True)
        self._dirty = False
        self._in_flight = True
        run_in_background(lambda: self._write(snapshot, page), on_done=self._done, on_error=self._error)

    def _done(self, draft_id: int | None) -> None:
        if not isValid(self):  # the window went away while the save ran; the row is written
            return
        self._in_flight = False
        if draft_id is not None:
            self.saved.emit(draft_id, datetime.now().astimezone())
        if self._dirty and not self._closed.is_set():
            self.debounce.start()

    def _error(self, exc: BaseException, tb: str) -> None:
        if not isValid(self):
            errors.report(exc, tb)
            return
        self._in_flight = False
        self._dirty = True
        if isinstance(exc, StoreError):
            self.failed.emit(exc.message_cn)
            self.max_wait.start()  # retry, not faster than the long timer
            return
        errors.report(exc, tb)

    def save_now(self) -> int | None:
        """Write the draft now, on this thread (closing the window, the crash path, Ctrl+S).

        Raises:
            StoreError: the database cannot be written.
        """
        self.debounce.stop()
        self.max_wait.stop()
        case, page = self._snapshot()
        draft_id = self._write(case, page)
        if draft_id is not None:
            self._dirty = False
            self.saved.emit(draft_id, datetime.now().astimezone())
        return draft_id

    def close(self) -> None:
        """Stop saving for good (the wizard finished or was closed)."""
        with db_lock:
            self._closed.set()
        self.debounce.stop()
        self.max_wait.stop()

    def discard(self) -> None:
        """Stop saving and delete the draft (the officer chose not to keep it)."""
        self.close()
        if self._draft_id is not None:
            with db_lock:
                drafting.discard_draft(self.ws, self._draft_id)
            self._draft_id = None
