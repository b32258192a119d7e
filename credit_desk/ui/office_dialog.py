"""The office profile dialog (first run and settings): who issues the letters, remedies, document numbers.

Thin by design: every check is ``services.office.check_office`` (R-08, R-12, R-16), re-run on each
edit and shown beside the field it concerns with rule ID, message and citation; OK stays disabled
while anything blocks, and saving goes through ``services.office.save_office``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import ADMIN_LEVEL_LABELS, AdminLevel, Office
from credit_desk.domain.rules.office import COURT_HINT
from credit_desk.services import office as office_service
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.number_pattern_model import EXAMPLE, LETTER, PATTERN, NumberPatternModel

_BLOCK_COLOR = "#b00020"
_WARN_COLOR = "#8a5a00"
_HINT_STYLE = "color: #555;"
# Line edits by the Office field they edit; their findings label is named findings_<field>.
_TEXT_FIELDS = ("deciding_body", "abbreviation", "handling_unit", "address", "contact_person", "phone",
                "reconsideration_body", "court")
_OBJECT_NAMES = {
    "deciding_body": "decidingBody", "abbreviation": "abbreviation", "handling_unit": "handlingUnit",
    "address": "address", "contact_person": "contactPerson", "phone": "phone",
    "reconsideration_body": "reconsiderationBody", "court": "court",
}
_INLINE_FINDINGS = ("deciding_body", "abbreviation", "level", "reconsideration_body", "court")


class OfficeDialog(QDialog):
    """Edit the office profile; ``office`` holds what was saved once the dialog is accepted."""

    def __init__(self, workspace: Workspace, office: Office | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeDialog")
        self.setWindowTitle(self.tr("Office profile"))
        self._ws = workspace
        start = office or office_service.load_office(workspace) or office_service.blank_office()
        self.office: Office | None = None
        self.warnings: list[Finding] = []
        self.findings: list[Finding] = []
        self._auto_reconsideration = ""
        self.edits: dict[str, QLineEdit] = {}
        self.finding_labels: dict[str, QLabel] = {}
        self.patterns = NumberPatternModel(start.number_patterns, abbreviation=start.abbreviation, parent=self)

        intro = self._label(self.tr("Letters go out in the name of the deciding body. Enter it once here; "
                                    "every new case starts from this profile."), "intro")
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._body_group())
        left.addWidget(self._contact_group())
        left.addStretch(1)
        right.addWidget(self._remedy_group())
        right.addWidget(self._numbers_group())
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 7)
        content = QWidget()
        content.setLayout(columns)
        self._content = content
        scroll = QScrollArea(self)
        scroll.setObjectName("officeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.block_summary = self._label("", "blockSummary")
        self.block_summary.setStyleSheet(f"color: {_BLOCK_COLOR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.block_summary, 1)
        bottom.addWidget(self.buttons)

        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

        self._load(start)
        for edit in self.edits.values():
            edit.textChanged.connect(self._changed)
        self.edits["deciding_body"].textChanged.connect(self._suggest_remedy)
        self.level.currentIndexChanged.connect(self._suggest_remedy)
        self.level.currentIndexChanged.connect(self._changed)
        self.patterns.patterns_changed.connect(self._changed)
        self._suggest_remedy()
        self._changed()
        self.resize(self.size_for(self._available_size()))

    # --- building ----------------------------------------------------------------------------

    def _label(self, text: str, name: str, *, hint: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if hint:
            label.setStyleSheet(_HINT_STYLE)
        return label

    def _edit(self, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(_OBJECT_NAMES[field])
        edit.setPlaceholderText(placeholder)
        self.edits[field] = edit
        return edit

    def _findings_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"findings_{field}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setVisible(False)
        self.finding_labels[field] = label
        return label

    def _form(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _stack(self, *widgets: QWidget) -> QWidget:
        """A field with its hint and findings below it; hidden parts take no room."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for w in widgets:
            layout.addWidget(w)
        return box

    def _body_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Deciding body"), "decidingBodyGroup")
        example = self.tr("e.g. Qingshan County Market Regulation Bureau")
        form.addRow(self.tr("Deciding body:"),
                    self._stack(self._edit("deciding_body", example), self._findings_label("deciding_body")))
        self.abbreviation_example = self._label("", "abbreviationExample", hint=True)
        form.addRow(self.tr("Abbreviation:"),
                    self._stack(self._edit("abbreviation", self.tr("used in document numbers")),
                                self.abbreviation_example, self._findings_label("abbreviation")))
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        for level, label in ADMIN_LEVEL_LABELS.items():
            self.level.addItem(label, level.value)
        form.addRow(self.tr("Level:"), self._stack(self.level, self._findings_label("level")))
        return box

    def _contact_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Handling unit and contact"), "contactGroup")
        note = self._label(self.tr("Letters are issued in the name of the deciding body; a township unit may be "
                                   "the handling unit."), "handlingUnitNote", hint=True)
        form.addRow(self.tr("Handling unit:"),
                    self._stack(self._edit("handling_unit", self.tr("if cases are prepared elsewhere")), note))
        form.addRow(self.tr("Address:"), self._edit("address"))
        form.addRow(self.tr("Contact person:"), self._edit("contact_person"))
        form.addRow(self.tr("Phone:"), self._edit("phone"))
        return box

    def _remedy_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Remedies named in the decision"), "remedyGroup")
        self.reconsideration_hint = self._label("", "reconsiderationHint", hint=True)
        form.addRow(self.tr("Reconsideration body:"),
                    self._stack(self._edit("reconsideration_body"), self.reconsideration_hint,
                                self._findings_label("reconsideration_body")))
        form.addRow(self.tr("People's court:"),
                    self._stack(self._edit("court"), self._label(COURT_HINT, "courtHint", hint=True),
                                self._findings_label("court")))
        return box

    def _numbers_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document numbers"), self)
        box.setObjectName("numbersGroup")
        layout = QVBoxLayout(box)
        help_label = self._label(self.tr("Placeholders: {abbr} abbreviation, {year} year, {seq} sequence number. "
                                         "Double-click a pattern to change it."), "patternHelp", hint=True)
        reset = QPushButton(self.tr("Restore default patterns"), self)
        reset.setObjectName("resetPatterns")
        reset.clicked.connect(lambda: self.patterns.set_patterns(office_service.default_number_patterns()))
        top = QHBoxLayout()
        top.addWidget(help_label, 1)
        top.addWidget(reset, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        view = QTableView(self)
        view.setObjectName("numberPatterns")
        view.setModel(self.patterns)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATTERN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXAMPLE, QHeaderView.ResizeMode.Stretch)
        row_height = view.fontMetrics().height() + 10
        view.verticalHeader().setDefaultSectionSize(row_height)
        view.setFixedHeight(row_height * (self.patterns.rowCount() + 1) + 6)
        self.pattern_view = view
        layout.addWidget(view)
        self.pattern_findings = QLabel(self)
        self.pattern_findings.setObjectName("numberPatternFindings")
        self.pattern_findings.setWordWrap(True)
        self.pattern_findings.setTextFormat(Qt.TextFormat.RichText)
        self.pattern_findings.setVisible(False)
        layout.addWidget(self.pattern_findings)
        return box

    # --- values ------------------------------------------------------------------------------

    def _load(self, office: Office) -> None:
        for field in _TEXT_FIELDS:
            self.edits[field].setText(getattr(office, field))
        self.level.setCurrentIndex(max(0, self.level.findData(office.level.value)))
        suggestion = office_service.suggest_reconsideration_body(office.deciding_body, office.level)
        if suggestion and suggestion.body and suggestion.body == office.reconsideration_body:
            self._auto_reconsideration = suggestion.body

    def current_office(self) -> Office:
        """The profile as typed so far (not saved)."""
        values = {field: self.edits[field].text() for field in _TEXT_FIELDS}
        return Office(**values, level=AdminLevel(self.level.currentData()), number_patterns=self.patterns.patterns())

    # --- live behaviour ----------------------------------------------------------------------

    def _suggest_remedy(self) -> None:
        """Pre-fill the reconsideration body from the level (行政复议法 第二十四条), never over the officer's."""
        level = AdminLevel(self.level.currentData())
        suggestion = office_service.suggest_reconsideration_body(self.edits["deciding_body"].text(), level)
        edit = self.edits["reconsideration_body"]
        if suggestion is None:
            self.reconsideration_hint.setText("")
            self.reconsideration_hint.setVisible(False)
            return
        current = edit.text().strip()
        if suggestion.body and (not current or current == self._auto_reconsideration):
            self._auto_reconsideration = suggestion.body
            edit.setText(suggestion.body)
        if suggestion.body:
            text = self.tr("Suggested: {body}. {reason}").format(body=suggestion.body, reason=suggestion.reason)
        else:
            text = suggestion.reason
        self.reconsideration_hint.setText(text)
        self.reconsideration_hint.setVisible(True)

    def _changed(self) -> None:
        office = self.current_office()
        self.patterns.set_abbreviation(office.abbreviation)
        self.findings = office_service.check_office(office)
        by_field: dict[str, list[Finding]] = defaultdict(list)
        by_doc: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            field = f.field.removeprefix("office.")
            if field.startswith("number_patterns."):
                by_doc[field.removeprefix("number_patterns.")].append(f)
            else:
                by_field[field if field in _INLINE_FINDINGS else "deciding_body"].append(f)
        for field, label in self.finding_labels.items():
            self._show(label, by_field.get(field, []))
        self._show(self.pattern_findings, [f for fs in by_doc.values() for f in fs])
        self.patterns.set_findings(by_doc)
        example = self.patterns.example("D-03")
        self.abbreviation_example.setText(self.tr("Example: {number}").format(number=example) if example else "")
        self.abbreviation_example.setVisible(bool(example))
        blocks = sum(f.level is Level.BLOCK for f in self.findings)
        self.ok_button.setEnabled(blocks == 0)
        self.block_summary.setText(
            self.tr("{count} item(s) must be corrected before saving.").format(count=blocks) if blocks else ""
        )

    def _show(self, label: QLabel, findings: list[Finding]) -> None:
        label.setText("<br>".join(self._finding_html(f) for f in findings))
        label.setVisible(bool(findings))

    def _finding_html(self, f: Finding) -> str:
        block = f.level is Level.BLOCK
        color = _BLOCK_COLOR if block else _WARN_COLOR
        level = self.tr("blocks") if block else self.tr("warning")
        basis = self.tr("Basis: {citation}").format(citation=escape(f.citation))
        return (f'<span style="color:{color}"><b>{escape(f.rule)}</b> {level}：{escape(f.message)}</span>'
                f'<br><span style="color:#555">{basis}</span>')

    # --- saving and size ---------------------------------------------------------------------

    def accept(self) -> None:
        """Save through the service; a refusal stays inline, a database failure gets the tier-2 dialog."""
        office = self.current_office()
        try:
            self.warnings = office_service.save_office(self._ws, office)
        except office_service.OfficeRefused:
            self._changed()  # the findings are on screen already; OK is disabled again
            return
        except office_service.StoreError as exc:
            errors.environment_failure(self, self.tr("Office profile not saved"), exc.message_cn)
            return
        self.office = office
        errors.show_status(self.parentWidget(), self.tr("Office profile saved."))
        super().accept()

    def _available_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)

    def size_for(self, available: QSize) -> QSize:
        """The opening size on a screen of ``available`` size: all of the content, never past the screen edge.

        The scroll area only matters on small screens; its own size hint is capped by Qt, so the
        natural height is taken from the content.
        """
        width = min(1240, int(available.width() * 0.94))
        chrome = self.layout().sizeHint().height() - self.findChild(QScrollArea, "officeScroll").sizeHint().height()
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        content = self._content.heightForWidth(inner) if self._content.hasHeightForWidth() else -1
        natural = (content if content > 0 else self._content.sizeHint().height()) + chrome + 8
        return QSize(width, min(natural, int(available.height() * 0.92)))


def edit_office(workspace: Workspace, parent: QWidget | None = None) -> Office | None:
    """Open the dialog modally on the current profile; the saved profile, or None if cancelled."""
    dialog = OfficeDialog(workspace, parent=parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.office
        return None
    finally:
        dialog.deleteLater()


def make_office_action(workspace: Workspace, parent: QWidget, on_saved: Callable[[Office], None]) -> QAction:
    """The menu action "Office profile…": opens the dialog on the current profile, reports what was saved.

    The main window adds it to its settings menu; ``on_saved`` lets it leave read-only mode after a
    first run that was cancelled.
    """
    action = QAction(QCoreApplication.translate("OfficeDialog", "Office profile…"), parent)
    action.setObjectName("officeProfileAction")

    def open_dialog() -> None:
        office = edit_office(workspace, parent)
        if office is not None:
            on_saved(office)

    action.triggered.connect(open_dialog)
    return action
