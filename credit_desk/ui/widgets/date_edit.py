"""A date field with a calendar picker that can also be empty ("未填写"), as many case dates are at first.

``QDateEdit`` always holds a date; an empty field is modelled the usual Qt way, as the minimum date
shown with the special-value text, plus a clear button. The popup of an empty field opens on the
current month rather than on the sentinel year 1900.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

#: The sentinel that stands for "no date" (never a real case date: identifiers refuse births before 1900).
EMPTY = QDate(1900, 1, 1)
DISPLAY_FORMAT = "yyyy-MM-dd"


class _PopupDateEdit(QDateEdit):
    """QDateEdit whose calendar opens on today's month while the field is empty, and into which a date
    can be typed while it shows "未填写" (the first digit starts from today's date, year selected)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.date() == EMPTY and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == EMPTY and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


class DateEdit(QWidget):
    """An optional date: ``value()`` is a ``datetime.date`` or None.

    Signals:
        valueChanged(object): the officer picked, typed or cleared a date (not emitted by ``setValue``).
    """

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _PopupDateEdit(self)
        self.edit.setObjectName("date_input")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DISPLAY_FORMAT)
        self.edit.setMinimumDate(EMPTY)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(EMPTY)
        self.edit.setMinimumWidth(150)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("date_clear")
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._loading = False
        self.edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(self._clear)

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == EMPTY else date(d.year(), d.month(), d.day())

    def setValue(self, value: date | None) -> None:
        """Show ``value`` (None: empty) without emitting ``valueChanged``."""
        target = EMPTY if value is None else QDate(value.year, value.month, value.day)
        if target == self.edit.date():
            return
        self._loading = True
        try:
            self.edit.setDate(target)
        finally:
            self._loading = False

    def _clear(self) -> None:
        self.edit.setDate(EMPTY)

    def _changed(self, _d: QDate) -> None:
        if not self._loading:
            self.valueChanged.emit(self.value())
