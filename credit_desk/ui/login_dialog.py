"""The log-in dialog (issue 5 item 6): at start when a password is set, and over the locked main window.

Thin: ``services.officers`` checks the password (argon2); the dialog shows who may log in, takes the
password and says in Chinese, beside the field, when it is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from credit_desk.services import officers as officer_service


class LoginDialog(QDialog):
    """Choose the officer, type the password; ``officer`` holds the name once accepted."""

    def __init__(self, parent: QWidget | None = None, *, locked: bool = False, current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.officer: str | None = None
        self.setWindowTitle(self.tr("Locked") if locked else self.tr("Log in"))
        self.setModal(True)
        self.setMinimumWidth(380)
        intro = QLabel(
            self.tr("Credit Desk was locked after a time without use. Log in to continue.")
            if locked else self.tr("Log in to Credit Desk.")
        )
        intro.setWordWrap(True)
        self.officer_box = QComboBox(objectName="officerBox")
        names = [o.name for o in officer_service.officers()]
        self.officer_box.addItems(names)
        if current in names:
            self.officer_box.setCurrentText(current)
        self.password = QLineEdit(objectName="passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="loginError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Officer:"), self.officer_box)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("loginButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit Credit Desk") if locked else self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.password.textEdited.connect(lambda _t: self.error.setVisible(False))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_log_in(self) -> None:
        name = self.officer_box.currentText()
        if not name:
            self._fail(self.tr("No officer is set up."))
            return
        if not officer_service.verify_login(name, self.password.text()):
            self._fail(self.tr("Wrong password. Please try again."))
            return
        self.officer = name
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.password.selectAll()
        self.password.setFocus()
