"""Settings → Backups and security (issue 5): backup folder, back up / restore now, auto-lock, officer password.

Thin: every check and every file operation is ``services.backup`` / ``services.officers``; bad input
shows its Chinese message beside its field; backup and restore run off the GUI thread with a progress
dialog and a Cancel button (``background.run_with_progress``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from credit_desk.services import backup as backup_service
from credit_desk.services import officers as officer_service
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import Task, db_lock, run_with_progress

log = logging.getLogger(__name__)


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _progress(task: Task, text: str):
    def report(done: int, total: int) -> None:
        task.check_cancelled()  # raising inside SQLite's backup step aborts it; no partial file is kept
        task.progress(done, total, text)

    return report


class SecurityDialog(QDialog):
    """Edit the workstation's backup and security settings; ``restored`` fires after a restore."""

    restored = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, officer: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("securityDialog")
        self.setWindowTitle(self.tr("Backups and security"))
        self.ws = ws
        self.url = ws.db.url
        self.officer = officer
        self.file_backups = True
        try:
            folder = str(backup_service.backup_folder(self.url))
        except backup_service.BackupError as exc:  # a database server: no file backups here
            self.file_backups = False
            folder = exc.message_cn

        # --- backups
        self._initial_folder = folder
        self.folder_edit = QLineEdit(folder, objectName="backupFolderEdit")
        self.folder_edit.setEnabled(self.file_backups)
        choose = QPushButton(self.tr("Choose…"), objectName="chooseFolderButton")
        choose.setEnabled(self.file_backups)
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.folder_error = _error_label("backupFolderError")
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="backupNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_list = QListWidget(objectName="backupList")
        self.backup_list.setMinimumHeight(110)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"), objectName="restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        for w in (self.backup_button, self.backup_list, self.restore_button):
            w.setEnabled(self.file_backups)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.backup_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.restore_button)
        backup_box = QGroupBox(self.tr("Backups (daily, before every upgrade; 7 daily and 4 weekly kept)"))
        bl = QVBoxLayout(backup_box)
        bl.addWidget(QLabel(self.tr("Backup folder (e.g. a USB stick):")))
        bl.addLayout(row)
        bl.addWidget(self.folder_error)
        bl.addWidget(self.backup_list)
        bl.addLayout(buttons_row)

        # --- security
        self.minutes = QSpinBox(objectName="autoLockMinutes")
        self.minutes.setRange(0, officer_service.MAX_AUTO_LOCK_MINUTES)
        self.minutes.setValue(officer_service.auto_lock_minutes())
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes_error = _error_label("autoLockError")
        self.name_edit = QLineEdit(officer, objectName="officerNameEdit")
        self.name_error = _error_label("officerNameError")
        self.password_edit = QLineEdit(objectName="newPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(objectName="repeatPasswordEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_error = _error_label("passwordError")
        self.no_password = QCheckBox(self.tr("No password (only when I am the only officer on this computer)"),
                                     objectName="noPasswordCheck")
        self.no_password.toggled.connect(lambda on: (self.password_edit.setDisabled(on),
                                                     self.repeat_edit.setDisabled(on)))
        self.add_officer = QCheckBox(self.tr("Add as another officer (the current one stays as is)"),
                                     objectName="addOfficerCheck")
        self.add_officer.toggled.connect(self._adding_toggled)
        self.officers_label = QLabel(objectName="officersLabel")
        self.officers_label.setWordWrap(True)
        self._show_officers()
        security_box = QGroupBox(self.tr("Log-in and lock"))
        form = QFormLayout(security_box)
        form.addRow(self.tr("Lock after idle:"), self.minutes)
        form.addRow("", self.minutes_error)
        form.addRow(self.tr("Officers on this computer:"), self.officers_label)
        form.addRow(self.tr("Officer:"), self.name_edit)
        form.addRow("", self.add_officer)
        form.addRow("", self.name_error)
        form.addRow(self.tr("New password:"), self.password_edit)
        form.addRow(self.tr("Repeat password:"), self.repeat_edit)
        form.addRow("", self.no_password)
        form.addRow("", self.password_error)
        known = {o.name: o for o in officer_service.officers()}
        if officer in known and not known[officer].has_password:
            self.no_password.setChecked(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSecurityButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(backup_box)
        layout.addWidget(security_box)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self.refresh_backups()

    # --- backups ---------------------------------------------------------------------------------

    def refresh_backups(self) -> None:
        self.backup_list.clear()
        if not self.file_backups:
            return
        for b in backup_service.list_backups(self.url):
            local = b.made_at.astimezone()
            reason = {"daily": self.tr("daily"), "manual": self.tr("manual"),
                      "migration": self.tr("before upgrade")}.get(b.reason, b.reason)
            item = QListWidgetItem(f"{local:%Y-%m-%d %H:%M:%S}  {reason}  {b.size / 1024:,.0f} KB  {b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self._apply_folder()

    def _apply_folder(self) -> bool:
        self.folder_error.setVisible(False)
        text = self.folder_edit.text().strip()
        try:
            used = backup_service.set_backup_folder(self.url, Path(text) if text else None)
        except backup_service.BackupError as exc:
            self.folder_error.setText(exc.message_cn)
            self.folder_error.setVisible(True)
            return False
        self.folder_edit.setText(str(used))
        self.refresh_backups()
        return True

    def back_up_now(self) -> None:
        if not self._apply_folder():
            return
        url = self.url
        title = self.tr("Backing up the database…")

        def work(task: Task):
            with db_lock:
                return backup_service.backup_now(url, progress=_progress(task, title), officer=self.officer)

        def done(info) -> None:
            self.refresh_backups()
            text = self.tr("Backup written and verified: %1").replace("%1", str(info.path))
            errors.show_status(self.parentWidget(), text)
            errors.inform(self, self.tr("Backup"), text)

        run_with_progress(self, title, work, on_done=done, on_error=self._failed)

    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        question = (self.tr("Replace the database by the backup %1?").replace("%1", path.name) + "\n\n"
                    + self.tr("The current database is kept aside, not deleted."))
        if not errors.ask(self, self.tr("Restore from backup"), question, default=False):
            return
        self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        ws = self.ws
        title = self.tr("Restoring the database…")

        def work(task: Task):
            with db_lock:
                return backup_service.restore_workspace(ws, path, progress=_progress(task, title), officer=self.officer)

        def done(result) -> None:
            where = str(result.kept_aside or "")
            text = (self.tr("The database was restored from %1.").replace("%1", result.restored_from.name) + "\n"
                    + self.tr("The replaced database was kept in: %1").replace("%1", where))
            errors.inform(self, self.tr("Restore from backup"), text)
            self.restored.emit()

        run_with_progress(self, title, work, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        from credit_desk.store.db import StoreError

        message = getattr(exc, "message_cn", None)
        if isinstance(exc, backup_service.BackupError | StoreError) and message:
            errors.environment_failure(self, self.tr("Backup and restore"), message)
        else:
            errors.report(exc, tb, self)
        self.refresh_backups()

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Apply every section; stays open with the messages beside the fields if anything is wrong."""
        for label in (self.minutes_error, self.name_error, self.password_error):
            label.setVisible(False)
        changed = self.folder_edit.text().strip() != self._initial_folder
        ok = self._apply_folder() if self.file_backups and changed else True
        try:
            officer_service.set_auto_lock_minutes(self.minutes.value())
        except officer_service.OfficerError as exc:
            self._show(self.minutes_error, exc.message_cn)
            ok = False
        ok = self._save_officer() and ok
        if ok:
            self.accept()
        return ok

    def _show_officers(self) -> None:
        names = [o.name for o in officer_service.officers()]
        self.officers_label.setText("、".join(names) if names else self.tr("none yet"))

    def _adding_toggled(self, adding: bool) -> None:
        """Adding someone: an empty name to type and a password to set (every officer has one then)."""
        self.name_edit.setText("" if adding else self.officer)
        if adding:
            self.no_password.setChecked(False)
            self.name_edit.setFocus()
        self.no_password.setDisabled(adding)

    def _save_officer(self) -> bool:
        password = self.password_edit.text()
        no_password = self.no_password.isChecked()
        known = {o.name: o for o in officer_service.officers()}
        name = self.name_edit.text().strip()
        adding = self.add_officer.isChecked()
        if adding and name in known:
            self._show(self.name_error, self.tr("There is already an officer of this name."))
            return False
        if adding and not password:
            return self._need_password()
        previous = None if adding else self.officer if self.officer in known and self.officer != name else None
        if not no_password:
            if not password:
                if name in known and known[name].has_password and previous is None:
                    return True  # password unchanged
                return self._need_password()
            if password != self.repeat_edit.text():
                self._show(self.password_error, self.tr("The two passwords differ."))
                return False
        try:
            officer_service.set_officer(name, None if no_password else password, previous_name=previous)
        except officer_service.OfficerError as exc:
            self._show(self.name_error if exc.field == "name" else self.password_error, exc.message_cn)
            return False
        if not adding:  # the officer at work changed their own account (name or password)
            self.officer = name
        self._show_officers()
        return True

    def _need_password(self) -> bool:
        self._show(self.password_error, self.tr("Type a password, or tick “No password”."))
        return False

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(True)
