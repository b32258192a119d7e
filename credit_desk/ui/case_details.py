"""The case's data as rich text for the case page: party, list and criterion, instruments, sanctions, procedure.

Only presentation: every value comes from the ``CaseOverview`` the services computed, escaped before it
becomes HTML (a party's name is user text). Labels are English sources translated by Qt; values are
the Chinese data as entered or as the catalogs word them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from PySide6.QtCore import QObject

from credit_desk.domain.dates import cn_date
from credit_desk.domain.model import INSTRUMENT_TYPE_LABELS, SUBJECT_KIND_LABELS, Case
from credit_desk.services.lifecycle import sanctions_suspended
from credit_desk.services.register import GRAVITY_LABELS, OBJECTION_RESULT_LABELS, CaseOverview

_STYLE = """
<style>
h3 { color: #1d3f66; margin-top: 14px; margin-bottom: 4px; }
td.k { color: #555555; padding-right: 12px; white-space: nowrap; }
td { padding-top: 2px; padding-bottom: 2px; vertical-align: top; }
p.none { color: #777777; }
p.basis { color: #555555; margin-top: 0px; margin-left: 18px; }
</style>
"""


class CaseDetails(QObject):
    """Builds the rich text; a QObject only so that its labels are translated under one context."""

    def _rows(self, pairs: Iterable[tuple[str, str]]) -> str:
        cells = "".join(
            f'<tr><td class="k" width="150">{escape(k)}</td><td>{escape(v)}</td></tr>'
            for k, v in pairs
            if v not in ("", None)
        )
        label = self.tr("Not entered yet")
        return f"<table>{cells}</table>" if cells else f'<p class="none">{escape(label)}</p>'

    @staticmethod
    def _day(d: date | None) -> str:
        return cn_date(d)

    @staticmethod
    def _section(title: str, body: str) -> str:
        return f"<h3>{escape(title)}</h3>{body}"

    def _party(self, case: Case) -> str:
        s = case.subject
        person = s.kind.value == "natural_person"
        return self._section(
            self.tr("Party"),
            self._rows(
                [
                    (self.tr("Name"), s.name),
                    (self.tr("Kind"), SUBJECT_KIND_LABELS[s.kind]),
                    (self.tr("ID number"), s.id_number) if person else (self.tr("Unified social credit code"), s.uscc),
                    (self.tr("Legal representative"), s.legal_representative),
                    (self.tr("Address"), s.address),
                ]
            ),
        )

    def _listing(self, ov: CaseOverview) -> str:
        case, std = ov.case, ov.standard
        basis = f"《{std.instrument.name}》{std.instrument.number}" if std else ""
        return self._section(
            self.tr("List and criterion"),
            self._rows(
                [
                    (self.tr("List"), std.name if std else case.standard_code),
                    (self.tr("Standard rests on"), basis),
                    (self.tr("Criterion"), ov.criterion_text or case.criterion_code),
                    (self.tr("Date of conduct"), self._day(case.conduct_date)),
                    (self.tr("Gravity"), GRAVITY_LABELS.get(case.gravity.value, case.gravity.value)),
                    (self.tr("Facts"), case.conduct_summary),
                ]
            ),
        )

    def _instruments(self, case: Case) -> str:
        if not case.basis_instruments:
            label = self.tr("None yet")
            none = f'<p class="none">{escape(label)}</p>'
            return self._section(self.tr("Instruments proving the conduct"), none)
        parts = []
        for i, inst in enumerate(case.basis_instruments, 1):
            head = f"{i}. {inst.title or INSTRUMENT_TYPE_LABELS[inst.type]} {inst.number}".strip()
            parts.append(f"<p><b>{escape(head)}</b></p>")
            parts.append(
                self._rows(
                    [
                        (self.tr("Kind"), INSTRUMENT_TYPE_LABELS[inst.type]),
                        (self.tr("Issued by"), inst.issuing_body),
                        (self.tr("Issued on"), self._day(inst.issue_date)),
                        (self.tr("Effective on"), self._day(inst.effective_date)),
                        (self.tr("Named by"), inst.named_by_law),
                    ]
                )
            )
        return self._section(self.tr("Instruments proving the conduct"), "".join(parts))

    def _sanctions(self, ov: CaseOverview) -> str:
        if not ov.sanctions:
            title, none = self.tr("Sanctions"), self.tr("None chosen yet")
            return self._section(title, f'<p class="none">{escape(none)}</p>')
        parts = []
        # while an objection to listed information is verified, every sanction is suspended
        suspended = ""
        if sanctions_suspended(ov.case):
            mark = self.tr("Suspended")
            suspended = f' <b style="color:#b3261e">【{escape(mark)}】</b>'
            note = self.tr("Suspended while the objection is verified (R-07).")
            parts.append(f'<p style="color:#b3261e">{escape(note)}</p>')
        for i, s in enumerate(ov.sanctions, 1):
            severity = f"（{s.severity}）" if s.severity else ""
            parts.append(f"<p>{i}. {escape(s.text)}{escape(severity)}{suspended}</p>")
            if s.basis:
                label = self.tr("Basis:")
                parts.append(f'<p class="basis">{escape(label)} {escape(s.basis)}</p>')
        if ov.case.free_text_sanctions:
            label = self.tr("Typed as free text (refused by R-09):")
            parts.append(f"<p><b>{escape(label)}</b></p>")
            parts.extend(f"<p>· {escape(t)}</p>" for t in ov.case.free_text_sanctions)
        return self._section(self.tr("Sanctions"), "".join(parts))

    def _procedure(self, case: Case) -> str:
        parts = []
        n = case.notice
        if n is not None:
            label = self.tr("Pre-decision notice (D-01)")
            parts.append(f"<p><b>{escape(label)}</b></p>")
            parts.append(
                self._rows(
                    [
                        (self.tr("Number"), n.number),
                        (self.tr("Issued on"), self._day(n.issue_date)),
                        (self.tr("Delivered on"), self._day(n.delivered_date)),
                        (self.tr("Delivery"), n.delivery_method),
                        (self.tr("Waived in writing on"), self._day(n.waiver_date) if n.waived else ""),
                    ]
                )
            )
        for i, o in enumerate(case.objections, 1):
            label = self.tr("Objection %1")
            parts.append(f"<p><b>{escape(label.replace('%1', str(i)))}</b></p>")
            parts.append(
                self._rows(
                    [
                        (self.tr("Received on"), self._day(o.received_date)),
                        (self.tr("Objection"), o.summary),
                        (self.tr("Verified"), o.verification),
                        (self.tr("Result"), OBJECTION_RESULT_LABELS.get(o.result.value, "") if o.result else ""),
                        (self.tr("Replied on"), self._day(o.reply_date)),
                        (self.tr("Reply number"), o.reply_number),
                    ]
                )
            )
        d = case.decision
        if d is not None:
            label = self.tr("Listing decision (D-03)")
            parts.append(f"<p><b>{escape(label)}</b></p>")
            parts.append(
                self._rows(
                    [
                        (self.tr("Number"), d.number),
                        (self.tr("Decided on"), self._day(d.decision_date)),
                        (self.tr("Effective on"), self._day(d.effective_date)),
                        (self.tr("Delivered on"), self._day(d.delivered_date)),
                        (self.tr("Delivery"), d.delivery_method),
                        (self.tr("Published on"), "、".join(d.publication_channels)),
                    ]
                )
            )
        if not parts:
            label = self.tr("No letter issued yet")
            parts.append(f'<p class="none">{escape(label)}</p>')
        return self._section(self.tr("Notice, objections and decision"), "".join(parts))

    def _confirmations(self, case: Case) -> str:
        if not case.confirmations:
            return ""
        items = "".join(
            f"<p>{escape(c.rule)}：{escape(c.reason)}"
            + (f"（{escape(c.officer)}）" if c.officer else "")
            + "</p>"
            for c in case.confirmations
        )
        return self._section(self.tr("Warnings confirmed with reasons"), items)

    def html(self, ov: CaseOverview) -> str:
        """The whole left column of the case page."""
        case = ov.case
        return "".join(
            [
                _STYLE,
                self._party(case),
                self._listing(ov),
                self._instruments(case),
                self._sanctions(ov),
                self._procedure(case),
                self._confirmations(case),
            ]
        )


def case_details_html(ov: CaseOverview) -> str:
    """The whole left column of the case page for ``ov``."""
    return CaseDetails().html(ov)
