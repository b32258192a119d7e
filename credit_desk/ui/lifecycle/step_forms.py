"""The dialogs of the lifecycle steps (SPEC §4): one small form per step, each calling one use case.

Every form only gathers values and names the use case of ``services.lifecycle`` to call; the rules
(R-05 statement period, R-06 objections, R-14 masking, R-15 repair…) run in the service, whose refusal
the common frame (``StepDialog``) shows next to the fields. There is no fee field anywhere: credit
repair is free (R-15, 国办发〔2020〕49号 六(十二)).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.dates import cn_date
from credit_desk.domain.model import (
    DELIVERY_METHOD_LABELS,
    REPAIR_EFFECT_LABELS,
    REPAIR_MATERIAL_LABELS,
    Delivery,
    DeliveryMethod,
    Objection,
    ObjectionResult,
    RepairApplication,
    RepairEffect,
    RepairMaterial,
)
from credit_desk.domain.rules import Step
from credit_desk.services import lifecycle
from credit_desk.services.register import OBJECTION_RESULT_LABELS
from credit_desk.services.timeline import LETTER_LABELS
from credit_desk.ui.lifecycle.step_dialog import StepCall, StepDialog, lines_of, names_of, to_date
from credit_desk.ui.widgets.date_edit import DateEdit
from credit_desk.ui.widgets.rare_char import install_rare_char_helper


class ChannelsField(QWidget):
    """Publication channels: a box per known channel (all ticked), plus others typed, separated by 、."""

    def __init__(self, known: Sequence[str], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: list[QCheckBox] = []
        for i, name in enumerate(dict.fromkeys([*known, *chosen])):
            box = QCheckBox(name, self)
            box.setObjectName(f"channel-{i}")
            box.setChecked(name in chosen)
            layout.addWidget(box)
            self.boxes.append(box)
        self.other = QLineEdit(self)
        self.other.setObjectName("channels-other")
        self.other.setPlaceholderText(self.tr("Other channels, separated by 、"))
        install_rare_char_helper(self.other)
        layout.addWidget(self.other)

    def values(self) -> list[str]:
        picked = [b.text() for b in self.boxes if b.isChecked()]
        return list(dict.fromkeys([*picked, *names_of(self.other.text())]))


def _pick(combo: QComboBox) -> object:
    return combo.currentData() if combo.currentIndex() >= 0 else None


# --------------------------------------------------------------------------- before the decision


class NoticeDialog(StepDialog):
    """发出列入告知书 D-01 (every rule of the notice step; warnings need a written reason)."""

    def build(self) -> None:
        self.set_texts(self.tr("Issue the pre-decision notice"), self.tr("Issue notice"),
                       self.tr("The notice D-01 is numbered and frozen when issued; the case becomes “notified”."))
        self.issue_date = self.date_field(self.tr("Date of issue"), "issue_date")
        self.show_notes(lifecycle.notes_before(self.ws, self.case, Step.NOTICE))

    def collect(self) -> StepCall | None:
        when = to_date(self.issue_date.date())
        return lambda conf: lifecycle.issue_notice(self.ws, self.case_id, issue_date=when, officer=self.officer,
                                                   confirmations=conf)


class DeliveryDialog(StepDialog):
    """送达: how and when an issued letter reached the party (D-06); the delivery date starts its clocks."""

    def build(self) -> None:
        self.set_texts(self.tr("Record delivery"), self.tr("Record delivery"))
        self.letter = QComboBox(self)
        delivered = {d.document_number for d in self.case.deliveries}
        superseded = {d.supersedes_id for d in self.overview.documents if d.supersedes_id}
        for d in self.overview.documents:
            if d.number in delivered or d.id in superseded or d.doc_type == "D-06":
                continue
            name = LETTER_LABELS.get(d.doc_type, d.doc_type)
            self.letter.addItem(f"{d.number}　{name}（{cn_date(d.issue_date)}）", (d.doc_type, d.number))
        self.add_row(self.tr("Letter"), self.letter, "letter")
        self.method = QComboBox(self)
        for method, label in DELIVERY_METHOD_LABELS.items():
            self.method.addItem(label, method)
        self.add_row(self.tr("Method"), self.method, "method")
        self.delivered = self.date_field(self.tr("Delivered on"), "delivered_date")
        s = self.case.subject
        self.recipient = self.line_field(self.tr("Recipient"), "recipient", s.legal_representative or s.name)
        self.place = self.line_field(self.tr("Place"), "place", s.address)
        self.servers = self.line_field(self.tr("Served by"), "servers", placeholder=self.tr("Names, separated by 、"))
        self.proof = self.line_field(self.tr("Proof"), "proof",
                                     placeholder=self.tr("Signed receipt, postal tracking number, e-delivery record…"))

    def collect(self) -> StepCall | None:
        picked = _pick(self.letter)
        if picked is None:
            self.field_error("letter", self.tr("Every issued letter has its delivery recorded already."))
            return None
        doc_type, number = picked  # type: ignore[misc]
        delivery = Delivery(
            doc_type=doc_type, document_number=number, method=DeliveryMethod(self.method.currentData()),
            delivered_date=to_date(self.delivered.date()), recipient=self.recipient.text(),
            place=self.place.text(), servers=names_of(self.servers.text()), proof=self.proof.text(),
        )
        return lambda _conf: lifecycle.record_delivery(self.ws, self.case_id, delivery, officer=self.officer)


class ObjectionDialog(StepDialog):
    """登记异议: before the decision the case goes under verification (R-06); after it the sanctions are
    suspended while the objection is verified (R-07)."""

    def build(self) -> None:
        intro = ""
        if self.case.decision is not None and self.case.decision.decision_date is not None:
            intro = self.tr("An objection to listed information suspends the sanctions until it is answered (R-07).")
        self.set_texts(self.tr("Record an objection"), self.tr("Record objection"), intro)
        self.received = self.date_field(self.tr("Received on"), "received_date")
        self.summary = self.text_field(self.tr("Objection"), "summary",
                                       placeholder=self.tr("What the party objects to"))

    def collect(self) -> StepCall | None:
        summary = self.summary.toPlainText().strip()
        if not summary:
            self.field_error("summary", self.tr("Write what the party objects to."))
            return None
        objection = Objection(received_date=to_date(self.received.date()), summary=summary)
        return lambda _conf: lifecycle.record_objection(self.ws, self.case_id, objection, officer=self.officer)


class ObjectionReplyDialog(StepDialog):
    """异议核实答复 D-02: what was verified and the result (R-06)."""

    def build(self) -> None:
        self.set_texts(self.tr("Answer an objection"), self.tr("Issue reply"))
        self.objection = QComboBox(self)
        for i, o in enumerate(self.case.objections):
            if o.reply_date is None:
                text = f"第{i + 1}项（{cn_date(o.received_date)}收到）{o.summary[:30]}"
                self.objection.addItem(text, i)
        self.add_row(self.tr("Objection"), self.objection, "objection")
        self.verification = self.text_field(self.tr("Verified"), "verification",
                                            placeholder=self.tr("What was checked, with whom, and what was found"))
        self.outcome = QComboBox(self)
        for result in (ObjectionResult.REJECTED, ObjectionResult.UPHELD, ObjectionResult.PARTLY):
            self.outcome.addItem(OBJECTION_RESULT_LABELS[result.value], result)
        self.add_row(self.tr("Result"), self.outcome, "result")
        self.reply_date = self.date_field(self.tr("Reply date"), "reply_date")

    def collect(self) -> StepCall | None:
        index = _pick(self.objection)
        if index is None:
            self.field_error("objection", self.tr("No objection is waiting for an answer."))
            return None
        verification = self.verification.toPlainText().strip()
        if not verification:
            self.field_error("verification", self.tr("Write what was verified (R-06)."))
            return None
        result, when = ObjectionResult(self.outcome.currentData()), to_date(self.reply_date.date())
        return lambda _conf: lifecycle.answer_objection(
            self.ws, self.case_id, int(index), verification=verification, result=result,  # type: ignore[arg-type]
            reply_date=when, officer=self.officer)


class PeriodEndedDialog(StepDialog):
    """陈述申辩期届满, or the party waived it in writing: the case is ready for decision (R-05)."""

    def build(self) -> None:
        self.set_texts(self.tr("Statement period ended or waived"), self.tr("Record"))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.ended = QRadioButton(self.tr("The period has run out"), box)
        self.ended.setObjectName("period-ended")
        self.waived = QRadioButton(self.tr("The party waived it in writing"), box)
        self.waived.setObjectName("period-waived")
        self.ended.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.ended)
        group.addButton(self.waived)
        row.addWidget(self.ended)
        row.addWidget(self.waived)
        row.addStretch(1)
        self.add_row(self.tr("What happened"), box, "period-kind")
        self.when = self.date_field(self.tr("Date"), "period_date")

    def collect(self) -> StepCall | None:
        when = to_date(self.when.date())
        if self.waived.isChecked():
            return lambda _conf: lifecycle.record_waiver(self.ws, self.case_id, waiver_date=when,
                                                         officer=self.officer)
        return lambda _conf: lifecycle.end_statement_period(self.ws, self.case_id, today=when, officer=self.officer)


class DecisionDialog(StepDialog):
    """作出列入决定: the decision D-03 and the repair notice D-08, issued together and numbered."""

    def build(self) -> None:
        self.set_texts(self.tr("Decide to list"), self.tr("Issue decision"),
                       self.tr("The decision (D-03) and the credit-repair notice (D-08) are issued together."))
        self.decision_date = self.date_field(self.tr("Decision date"), "decision_date")
        self.show_notes(lifecycle.notes_before(self.ws, self.case, Step.DECISION))
        self.effective = DateEdit(self)
        self.effective.edit.setToolTip(self.tr("Leave empty: the decision takes effect when it is delivered."))
        self.add_row(self.tr("Effective on (optional)"), self.effective, "effective_date")
        std = self.overview.standard
        known = list(std.publication_channels) if std else []
        self.channels = ChannelsField(known, known, self)
        self.add_row(self.tr("Publication channels"), self.channels, "channels")

    def collect(self) -> StepCall | None:
        when, effective, channels = to_date(self.decision_date.date()), self.effective.value(), self.channels.values()
        return lambda conf: lifecycle.decide(self.ws, self.case_id, decision_date=when, effective_date=effective,
                                             publication_channels=channels, officer=self.officer, confirmations=conf)


class ClosingDialog(StepDialog):
    """不予列入 D-07, with its reasons (required) and what was found."""

    def build(self) -> None:
        self.set_texts(self.tr("Close without listing"), self.tr("Issue D-07"))
        self.closing_date = self.date_field(self.tr("Date"), "closing_date")
        self.reasons = self.text_field(self.tr("Reasons"), "reasons", placeholder=self.tr("One reason per line"))
        self.found = self.text_field(self.tr("Findings"), "findings",
                                     placeholder=self.tr("What was found, one per line"))

    def collect(self) -> StepCall | None:
        reasons, found = lines_of(self.reasons.toPlainText()), lines_of(self.found.toPlainText())
        if not reasons:
            self.field_error("reasons", self.tr("Write the reasons for not listing."))
            return None
        when = to_date(self.closing_date.date())
        return lambda _conf: lifecycle.close_without_listing(self.ws, self.case_id, closing_date=when,
                                                             reasons=reasons, findings=found, officer=self.officer)


# --------------------------------------------------------------------------- after the decision


def _default_public_text(dialog: StepDialog) -> str:
    try:
        from credit_desk.services.publication import default_public_text
    except ImportError:  # the publication service is not installed: the service will say so
        return ""
    return default_public_text(dialog.case, dialog.ws.catalogs)


class PublishDialog(StepDialog):
    """公示: the masked public text (R-14), read-only unless the case records consent or a legal basis."""

    def build(self) -> None:
        self.set_texts(self.tr("Publish"), self.tr("Publish"))
        self.start = self.date_field(self.tr("Publication starts"), "start_date")
        std = self.overview.standard
        known = list(std.publication_channels) if std else []
        chosen = self.case.decision.publication_channels if self.case.decision else known
        self.channels = ChannelsField(known, chosen, self)
        self.add_row(self.tr("Channels"), self.channels, "channels")
        self.may_unmask = bool(self.case.publication_consent or self.case.publication_legal_basis.strip())
        self.public_text = self.text_field(self.tr("Public text"), "public_text", _default_public_text(self), rows=7)
        self.public_text.setReadOnly(not self.may_unmask)
        if not self.may_unmask:
            self.public_text.setToolTip(self.tr("Masked as R-14 requires; editable only when the case records the "
                                                "party's consent or a legal basis."))
        basis = self.case.publication_legal_basis or ("当事人同意公开" if self.case.publication_consent else "")
        self.unmasked_reason = self.line_field(self.tr("Consent or legal basis"), "unmasked_reason", basis)
        self.unmasked_reason.setEnabled(self.may_unmask)

    def collect(self) -> StepCall | None:
        when, channels = to_date(self.start.date()), self.channels.values()
        if not channels:
            self.field_error("channels", self.tr("Choose at least one channel."))
            return None
        text = self.public_text.toPlainText() if self.may_unmask else None
        reason = self.unmasked_reason.text() if self.may_unmask else ""
        return lambda _conf: lifecycle.publish(self.ws, self.case_id, start_date=when, channels=channels,
                                               public_text=text, unmasked_reason=reason, officer=self.officer)


def _material_fields(dialog: StepDialog, label: str, other_label: str,
                     placeholder: str) -> tuple[dict[RepairMaterial, QCheckBox], QPlainTextEdit]:
    """A box per repair material and a box for other materials (labels translated by the calling dialog,
    whose class is the translation context)."""
    box = QWidget(dialog)
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    checks: dict[RepairMaterial, QCheckBox] = {}
    for material, text in REPAIR_MATERIAL_LABELS.items():
        check = QCheckBox(text, box)
        check.setObjectName(f"material-{material.value}")
        col.addWidget(check)
        checks[material] = check
    dialog.add_row(label, box, "materials")
    return checks, dialog.text_field(other_label, "other_materials", placeholder=placeholder, rows=2)


class RepairApplicationDialog(StepDialog):
    """登记信用修复申请 with the materials received. Repair is free: there is no fee field (R-15)."""

    def build(self) -> None:
        self.set_texts(self.tr("Record a credit-repair application"), self.tr("Record application"),
                       self.tr("Credit repair is free of charge (R-15)."))
        self.received = self.date_field(self.tr("Received on"), "received_date")
        self.materials, self.other = _material_fields(
            self, self.tr("Materials received"), self.tr("Other materials"), self.tr("One per line"))

    def collect(self) -> StepCall | None:
        application = RepairApplication(
            received_date=to_date(self.received.date()),
            materials=[m for m, check in self.materials.items() if check.isChecked()],
            other_materials=lines_of(self.other.toPlainText()),
        )
        return lambda _conf: lifecycle.apply_repair(self.ws, self.case_id, application, officer=self.officer)


class SupplementRepairDialog(StepDialog):
    """补正材料: what the party brings after applying is added to the application (R-15)."""

    def build(self) -> None:
        self.set_texts(self.tr("Materials brought later"), self.tr("Record materials"),
                       self.tr("Tick what the party has now handed in. Credit repair is free of charge (R-15)."))
        self.application = QComboBox(self)
        _applications(self, self.application, waiting_acceptance=False)
        self.add_row(self.tr("Application"), self.application, "application")
        self.received = self.date_field(self.tr("Received on"), "received_date")
        self.materials, self.other = _material_fields(
            self, self.tr("Materials received"), self.tr("Other materials"), self.tr("One per line"))
        self.application.currentIndexChanged.connect(self._show_held)
        self._show_held()

    def _show_held(self) -> None:
        """What the chosen application already holds is ticked and fixed (nothing is taken back here)."""
        index = _pick(self.application)
        held = set(self.case.repairs[int(index)].materials) if index is not None else set()
        for material, check in self.materials.items():
            check.setChecked(material in held)
            check.setEnabled(material not in held)

    def collect(self) -> StepCall | None:
        index = _pick(self.application)
        if index is None:
            self.field_error("application", self.tr("No application is waiting for a decision."))
            return None
        materials = [m for m, check in self.materials.items() if check.isChecked() and check.isEnabled()]
        other = lines_of(self.other.toPlainText())
        if not materials and not other:
            self.field_error("materials", self.tr("Tick or write what was handed in."))
            return None
        when = to_date(self.received.date())
        return lambda _conf: lifecycle.supplement_repair(  # type: ignore[return-value]
            self.ws, self.case_id, int(index), materials=materials, other_materials=other,  # type: ignore[arg-type]
            received_date=when, officer=self.officer)


def _applications(dialog: StepDialog, combo: QComboBox, *, waiting_acceptance: bool) -> None:
    for i, app in enumerate(dialog.case.repairs):
        if app.outcome is not None or (waiting_acceptance and app.accepted is not None):
            continue
        combo.addItem(f"第{i + 1}项（{cn_date(app.received_date)}收到）", i)


class AcceptRepairDialog(StepDialog):
    """受理: the application is complete; the standard's decision limit starts."""

    def build(self) -> None:
        self.set_texts(self.tr("Accept a credit-repair application"), self.tr("Accept"))
        self.application = QComboBox(self)
        _applications(self, self.application, waiting_acceptance=True)
        self.add_row(self.tr("Application"), self.application, "application")
        self.accepted_on = self.date_field(self.tr("Accepted on"), "acceptance_date")

    def collect(self) -> StepCall | None:
        index = _pick(self.application)
        if index is None:
            self.field_error("application", self.tr("No application is waiting for acceptance."))
            return None
        when = to_date(self.accepted_on.date())
        return lambda conf: lifecycle.accept_repair(self.ws, self.case_id, int(index),  # type: ignore[arg-type]
                                                    acceptance_date=when, officer=self.officer, confirmations=conf)


class RepairDecisionDialog(StepDialog):
    """准予修复 D-04 (removed, publication withdrawn) or 不予修复 D-05 with reasons (R-15)."""

    def __init__(self, *args: Any, granted: bool = True, **kwargs: Any) -> None:
        self.granted_first = granted  # before the frame builds the form
        super().__init__(*args, **kwargs)

    def build(self) -> None:
        self.set_texts(self.tr("Decide on credit repair"), self.tr("Issue decision"))
        self.application = QComboBox(self)
        _applications(self, self.application, waiting_acceptance=False)
        self.add_row(self.tr("Application"), self.application, "application")
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.grant = QRadioButton(self.tr("Grant (D-04)"), box)
        self.grant.setObjectName("repair-grant")
        self.refuse = QRadioButton(self.tr("Refuse (D-05)"), box)
        self.refuse.setObjectName("repair-refuse")
        group = QButtonGroup(box)
        group.addButton(self.grant)
        group.addButton(self.refuse)
        row.addWidget(self.grant)
        row.addWidget(self.refuse)
        row.addStretch(1)
        self.add_row(self.tr("Decision"), box, "outcome")
        self.decided_on = self.date_field(self.tr("Decision date"), "decision_date")
        self.found = self.text_field(self.tr("Findings"), "findings",
                                     placeholder=self.tr("Conditions checked, one per line"))
        self.reasons = self.text_field(self.tr("Reasons"), "reasons",
                                       placeholder=self.tr("Required when refusing; one per line"))
        effects = QWidget(self)
        col = QVBoxLayout(effects)
        col.setContentsMargins(0, 0, 0, 0)
        self.effects: dict[RepairEffect, QCheckBox] = {}
        for effect, label in REPAIR_EFFECT_LABELS.items():
            check = QCheckBox(label, effects)
            check.setObjectName(f"effect-{effect.value}")
            check.setChecked(effect in (RepairEffect.REMOVE, RepairEffect.STOP_SHARING))
            col.addWidget(check)
            self.effects[effect] = check
        self.effects_box = effects
        self.add_row(self.tr("Effects"), effects, "effects")
        self.grant.toggled.connect(self.effects_box.setEnabled)
        (self.grant if self.granted_first else self.refuse).setChecked(True)
        self.effects_box.setEnabled(self.grant.isChecked())

    def collect(self) -> StepCall | None:
        index = _pick(self.application)
        if index is None:
            self.field_error("application", self.tr("No application is waiting for a decision."))
            return None
        granted = self.grant.isChecked()
        reasons, found = lines_of(self.reasons.toPlainText()), lines_of(self.found.toPlainText())
        if not granted and not reasons:
            self.field_error("reasons", self.tr("A refusal must state its reasons."))
            return None
        effects = [e for e, check in self.effects.items() if check.isChecked()]
        if granted and not effects:
            self.field_error("effects", self.tr("Choose at least one effect."))
            return None
        when = to_date(self.decided_on.date())
        return lambda _conf: lifecycle.decide_repair(
            self.ws, self.case_id, int(index), granted=granted, decision_date=when,  # type: ignore[arg-type]
            findings=found, reasons=reasons, effects=effects, officer=self.officer)


class ExpireDialog(StepDialog):
    """期满移出: after the publication period the subject leaves the list, publication withdrawn."""

    def build(self) -> None:
        self.set_texts(self.tr("Remove at the end of the period"), self.tr("Remove"))
        self.closing_date = self.date_field(self.tr("Date"), "closing_date")

    def collect(self) -> StepCall | None:
        when = to_date(self.closing_date.date())
        return lambda _conf: lifecycle.expire(self.ws, self.case_id, closing_date=when, officer=self.officer)


class RevokeDialog(StepDialog):
    """撤销列入: the listing was wrong; removed at once, with the reasons recorded (required)."""

    def build(self) -> None:
        self.set_texts(self.tr("Revoke the listing"), self.tr("Revoke"))
        self.closing_date = self.date_field(self.tr("Date"), "closing_date")
        self.reasons = self.text_field(self.tr("Reasons"), "reasons", placeholder=self.tr("One reason per line"))

    def collect(self) -> StepCall | None:
        reasons = lines_of(self.reasons.toPlainText())
        if not reasons:
            self.field_error("reasons", self.tr("Write the reasons for revoking."))
            return None
        when = to_date(self.closing_date.date())
        return lambda _conf: lifecycle.revoke(self.ws, self.case_id, closing_date=when, reasons=reasons,
                                              officer=self.officer)


#: The dialog of each step key (``services.lifecycle.available_steps``).
DIALOGS: dict[str, Callable[..., StepDialog]] = {
    "issue_notice": NoticeDialog,
    "deliver": DeliveryDialog,
    "record_objection": ObjectionDialog,
    "answer_objection": ObjectionReplyDialog,
    "period_ended": PeriodEndedDialog,
    "decide": DecisionDialog,
    "close_without_listing": ClosingDialog,
    "publish": PublishDialog,
    "apply_repair": RepairApplicationDialog,
    "accept_repair": AcceptRepairDialog,
    "supplement_repair": SupplementRepairDialog,
    "grant_repair": RepairDecisionDialog,
    "refuse_repair": partial(RepairDecisionDialog, granted=False),
    "expire": ExpireDialog,
    "revoke": RevokeDialog,
}

__all__ = [
    "DIALOGS",
    "AcceptRepairDialog",
    "ChannelsField",
    "ClosingDialog",
    "DecisionDialog",
    "DeliveryDialog",
    "ExpireDialog",
    "NoticeDialog",
    "ObjectionDialog",
    "ObjectionReplyDialog",
    "PeriodEndedDialog",
    "PublishDialog",
    "RepairApplicationDialog",
    "RepairDecisionDialog",
    "RevokeDialog",
    "SupplementRepairDialog",
]
