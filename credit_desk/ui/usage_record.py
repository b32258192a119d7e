"""Recording views, prints and exports in the usage log (R-17) from the widgets where they happen.

Why a module of its own: the places that show or output personal data (case page, preview, main
window) are owned by different people; each calls one function here, which names the officer, runs
the service off the GUI thread (under ``db_lock``) and reports a failure like any other. Also the
purpose dialog, asked before personal data is exported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from credit_desk.services import usage_log
from credit_desk.services.workspace import Workspace
from credit_desk.store.db import StoreError
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background


def officer_of(widget: QWidget | None) -> str:
    """The officer at the window holding ``widget`` (``MainWindow.officer``), else the OS login name."""
    window = widget.window() if widget is not None else None
    return str(getattr(window, "officer", "") or usage_log.system_officer())


def _record(widget: QWidget | None, fn: Callable[[], Any]) -> None:
    def work() -> Any:
        with db_lock:
            return fn()

    def failed(exc: BaseException, tb: str) -> None:
        if isinstance(exc, StoreError):  # the log could not be written: say so, the officer must know
            title = QCoreApplication.translate("UsageRecord", "Cannot write the usage log")
            errors.environment_failure(widget, title, exc.message_cn)
        else:
            errors.report(exc, tb, widget)

    run_in_background(work, on_error=failed)


def record_view(widget: QWidget | None, ws: Workspace, case_id: int | None, details: str = "") -> None:
    """The officer was shown a case's personal data."""
    officer = officer_of(widget)
    _record(widget, lambda: usage_log.log_view(ws, officer, case_id, details=details))


def record_print(widget: QWidget | None, ws: Workspace, obj: str, details: str = "") -> None:
    """Something with personal data was printed."""
    officer = officer_of(widget)
    _record(widget, lambda: usage_log.log_print(ws, officer, obj, details=details))


def record_export(widget: QWidget | None, ws: Workspace, obj: str, purpose: str, details: str = "") -> None:
    """Personal data was written to a file for ``purpose``."""
    officer = officer_of(widget)
    _record(widget, lambda: usage_log.log_export(ws, officer, obj, purpose, details=details))


class PurposeDialog(QDialog):
    """Asks why personal data is being exported (R-17); OK stays disabled until a purpose is typed.

    Signals:
        purpose_given(str): the officer confirmed; the purpose as typed (stripped).
    """

    purpose_given = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("purposeDialog")
        self.setWindowTitle(self.tr("Purpose of the export"))
        layout = QVBoxLayout(self)
        text = self.tr("%1 contains personal data. State the purpose of this export; it is recorded in the "
                       "usage log (R-17).").replace("%1", what)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("purposeEdit")
        self.edit.setPlaceholderText(self.tr("e.g. transfer to the court, annual inspection"))
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(lambda s: self.ok_button.setEnabled(bool(s.strip())))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(460, self.sizeHint().height())

    def purpose(self) -> str:
        return self.edit.text().strip()

    def _accept(self) -> None:
        if not self.purpose():
            return
        self.accept()
        self.purpose_given.emit(self.purpose())


def ask_purpose(parent: QWidget | None, what: str, then: Callable[[str], None]) -> PurposeDialog:
    """Open the purpose dialog (window-modal, not blocking) and call ``then(purpose)`` on OK."""
    dialog = PurposeDialog(what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.purpose_given.connect(then)
    dialog.open()
    return dialog
