"""The “办理” (Process) area of the case page: one button per step that exists from the case's state.

The moves come from ``domain.process.allowed_actions``; beside them stand the recorded facts that do
not move the case (the delivery of an issued letter, an objection to listed information and its
answer, the acceptance of a repair application). Which buttons show is only an offer: the use case
checks the move and the rules again and refuses with its reasons.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from credit_desk.domain.process import Action, CaseState, allowed_actions
from credit_desk.services.lifecycle import POST_DECISION_STATES
from credit_desk.services.register import CaseOverview

#: Step keys in the order the buttons stand (the order a case runs).
STEP_ORDER = (
    "issue_notice", "deliver", "period_ended", "record_objection", "answer_objection", "decide",
    "publish", "apply_repair", "accept_repair", "grant_repair", "refuse_repair", "expire", "revoke",
    "close_without_listing",
)


def available_steps(ov: CaseOverview) -> list[str]:
    """The step keys to offer for the case as loaded (see ``step_forms.DIALOGS``)."""
    case, state = ov.case, ov.state
    keys = {a.value for a in allowed_actions(state)}
    if state is CaseState.NOTIFIED:  # ``lifecycle.decide`` ends the statement period first (R-05 checks it)
        keys.add(Action.DECIDE.value)
    delivered = {d.document_number for d in case.deliveries}
    superseded = {d.supersedes_id for d in ov.documents if d.supersedes_id}
    if any(d.number not in delivered and d.id not in superseded and d.doc_type != "D-06" for d in ov.documents):
        keys.add("deliver")
    if state in POST_DECISION_STATES:
        keys.add("record_objection")
        if any(o.reply_date is None for o in case.objections):
            keys.add(Action.ANSWER_OBJECTION.value)
    if state is CaseState.REPAIR_REQUESTED and any(r.accepted is None and r.outcome is None for r in case.repairs):
        keys.add("accept_repair")
    return [k for k in STEP_ORDER if k in keys]


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
