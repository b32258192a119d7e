"""出具更正文书: a new numbered letter that supersedes an issued one (R-16), with the officer's reason.

The correction is rendered from the case *as stored now*: when the letter was wrong because the case
data was wrong, the officer edits the case first (编辑案件) and then corrects the letter; the dialog
says so. The old letter is never changed and stays printable. A refusal (a rule that blocks the new
letter, a letter that cannot be produced, a letter already superseded) stays in the dialog with its
rule ID, message and citation, like every step dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from credit_desk.domain.model import Confirmation
from credit_desk.domain.rules.citations import RULES, finding
from credit_desk.services import issuing
from credit_desk.services.lifecycle import StepRefused
from credit_desk.services.register import CaseOverview
from credit_desk.services.timeline import LETTER_LABELS
from credit_desk.services.workspace import Workspace
from credit_desk.store.documents import IssuedDocument
from credit_desk.store.register import DocumentRow
from credit_desk.ui.lifecycle.step_dialog import StepDialog, to_date

#: Letters that a correction cannot replace: the proof of delivery is no numbered letter.
NOT_CORRECTABLE = frozenset({"D-06"})


def refusal_of(exc: BaseException) -> StepRefused | None:
    """A correction's failure as the officer reads it (rule ID, message, citation); None for a bug."""
    if isinstance(exc, issuing.RenderRefused):
        return StepRefused("更正文书不能出具：", exc.findings)
    if isinstance(exc, issuing.DocumentFrozen):
        return StepRefused(exc.message_cn, [finding("R-16", "该文书已被更正文书替代，请更正最新的文书。")])
    if isinstance(exc, issuing.DocumentError):
        shown = [finding(exc.rule, exc.message, exc.field)] if exc.rule in RULES else []
        return StepRefused("更正文书不能出具：" + ("" if shown else exc.message), shown)
    if isinstance(exc, issuing.IssueRefused):
        shown = [finding(exc.rule, exc.message_cn)] if exc.rule in RULES else []
        return StepRefused("更正文书不能出具：", shown)
    if isinstance(exc, issuing.DocumentNotFound):
        return StepRefused(str(exc), citation=RULES["R-16"].citation)
    return None


class CorrectionDialog(StepDialog):
    """Issue date (today by default) and a required written reason; OK issues the correction.

    Signals:
        corrected(object): the new ``IssuedLetter``; the page reloads and shows it.
    """

    corrected = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        overview: CaseOverview,
        officer: str,
        document: DocumentRow | IssuedDocument,
        parent: QWidget | None = None,
    ) -> None:
        self.old = document
        self.letter: issuing.IssuedLetter | None = None
        super().__init__(workspace, overview, officer, parent)
        self.setObjectName("correct-letter")

    def build(self) -> None:
        doc = self.old
        name = LETTER_LABELS.get(doc.doc_type, doc.doc_type)
        self.set_texts(
            self.tr("Issue a corrected letter"),
            self.tr("Issue corrected letter"),
            self.tr(
                "A new letter with a new number replaces %1 (%2). It is issued from the case data as stored "
                "now: if the data was wrong, close this dialog and correct the case first with “Edit case…”. "
                "The old letter stays unchanged and can still be printed (R-16)."
            ).replace("%1", doc.number).replace("%2", name),
        )
        self.issue_date = self.date_field(self.tr("Issue date"), "issue_date")
        self.reason = self.text_field(self.tr("Reason for the correction"), "reason",
                                      placeholder=self.tr("e.g. the address of the party was misspelt"))

    def collect(self) -> Callable[[list[Confirmation]], issuing.IssuedLetter] | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.field_error("reason", self.tr("Write why the letter is corrected; it is kept in the case history."))
            return None
        issue_date = to_date(self.issue_date.date())
        if issuing.correction_date_problem(self.old.issue_date, issue_date):  # R-16, shown beside the field
            self.field_error("issue_date", self.tr("The correction cannot be dated before the letter it replaces "
                                                   "(%1).").replace("%1", self.old.issue_date.isoformat()))
            return None
        ws, doc_id, officer = self.ws, self.old.id, self.officer

        def call(_confirmations: list[Confirmation]) -> issuing.IssuedLetter:
            try:
                return issuing.correct_letter(ws, doc_id, None, issue_date=issue_date, officer=officer,
                                              reason=reason)
            except Exception as exc:
                refusal = refusal_of(exc)
                if refusal is None:
                    raise
                raise refusal from None

        return call  # type: ignore[return-value]  # runs like a step; the result is the new letter

    def _succeeded(self, result: object) -> None:
        self._busy(False)
        assert isinstance(result, issuing.IssuedLetter)
        self.letter = result
        self.corrected.emit(result)
        self.accept()


__all__ = ["NOT_CORRECTABLE", "CorrectionDialog", "refusal_of"]
