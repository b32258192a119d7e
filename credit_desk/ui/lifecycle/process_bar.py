"""The “办理” (Process) area of the case page: one button per step offered for the case.

Which steps are offered is ``services.lifecycle.available_steps`` (the moves of ``domain.process`` and the
recorded facts that do not move the case); the use case checks the move and the rules again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from credit_desk.services.lifecycle import STEP_ORDER, available_steps

__all__ = ["STEP_ORDER", "ProcessBar", "available_steps"]

class ProcessBar(QWidget):
    """A row of step buttons, named ``step-<key>``.

    Signals:
        step_requested(str): the officer clicked the button of this step key.
    """

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-process")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Process:"), self)
        self.label.setObjectName("case-process-label")
        bold = self.label.font()
        bold.setBold(True)
        self.label.setFont(bold)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}

    def labels(self) -> dict[str, str]:
        return {
            "issue_notice": self.tr("Issue notice…"),
            "deliver": self.tr("Record delivery…"),
            "period_ended": self.tr("Statement period ended / waived…"),
            "record_objection": self.tr("Record objection…"),
            "answer_objection": self.tr("Answer objection…"),
            "decide": self.tr("Decide to list…"),
            "publish": self.tr("Publish…"),
            "apply_repair": self.tr("Repair application…"),
            "accept_repair": self.tr("Accept repair application…"),
            "supplement_repair": self.tr("Materials brought later…"),
            "grant_repair": self.tr("Grant repair…"),
            "refuse_repair": self.tr("Refuse repair…"),
            "expire": self.tr("Remove at period end…"),
            "revoke": self.tr("Revoke listing…"),
            "close_without_listing": self.tr("Close without listing…"),
        }

    def set_steps(self, keys: list[str]) -> None:
        """Show one button per step key, in the given order; none says so."""
        for button in self.buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.buttons = {}
        labels = self.labels()
        for key in keys:
            button = QPushButton(labels[key], self)
            button.setObjectName(f"step-{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.step_requested.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons[key] = button
        self.label.setText(self.tr("Process:") if keys else self.tr("Process: nothing left to do in this case."))


__all__ = ["STEP_ORDER", "ProcessBar", "available_steps"]
