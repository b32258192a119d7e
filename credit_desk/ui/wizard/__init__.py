"""The drafting wizard: pages declared in the form, findings inline, drafts kept safe, live preview.

Entry points for the main window and the start-up:

- ``DraftingWindow(workspace, case=None, officer=...)`` — a new case, or a stored one to edit;
- ``offer_pending_draft(workspace, parent)`` — after a crash or a kill, offer the unfinished draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from credit_desk.services.drafting import discard_draft, pending_draft
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors

if TYPE_CHECKING:  # the wizard window (forms, preview) loads when first used: the case page's
    # dialogs import small modules of this package (findings panel) at start-up
    from credit_desk.ui.wizard.window import DraftingWindow

__all__ = ["DraftingWindow", "offer_pending_draft"]


def __getattr__(name: str) -> Any:
    """``from credit_desk.ui.wizard import DraftingWindow`` imports the window module only then."""
    if name == "DraftingWindow":
        from credit_desk.ui.wizard.window import DraftingWindow

        return DraftingWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



def offer_pending_draft(workspace: Workspace, parent: QWidget | None = None, *, officer: str = "") -> (
        DraftingWindow | None):
    """If a draft was left unfinished, ask to continue it and return its window (shown), else None.

    "Later" keeps the draft for the next start; "Discard" deletes it. Without interaction (tests)
    the draft is continued.
    """
    draft = pending_draft(workspace)
    if draft is None:
        return None
    title = QCoreApplication.translate("DraftingWindow", "Unfinished draft")
    text = QCoreApplication.translate("DraftingWindow", "An unfinished draft was found. Continue editing it?")
    name = draft.case.subject.name or QCoreApplication.translate("DraftingWindow", "new case")
    saved = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    detail = QCoreApplication.translate("DraftingWindow", "%1, saved %2").replace("%1", name).replace("%2", saved)
    if errors.INTERACTIVE:
        box = QMessageBox(QMessageBox.Icon.Question, title, f"{text}\n\n{detail}", QMessageBox.StandardButton.NoButton,
                          parent)
        go = box.addButton(QCoreApplication.translate("DraftingWindow", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(QCoreApplication.translate("DraftingWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
        drop = box.addButton(QCoreApplication.translate("DraftingWindow", "Discard draft"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go)
        box.exec()
        clicked = box.clickedButton()
        if clicked is drop:
            discard_draft(workspace, draft.id)
            return None
        if clicked is later or clicked is not go:
            return None
    else:
        errors.shown.append(("question", title, f"{text}\n\n{detail}"))
    from credit_desk.ui.wizard.window import DraftingWindow

    window = DraftingWindow.from_draft(workspace, draft, officer=officer)
    window.show()
    return window
