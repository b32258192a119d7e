"""The case register as a lazily filled table model (STYLE practice 11: the data source comes in the constructor)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from credit_desk.domain.process import CaseState
from credit_desk.store.quick_read import PAGE_SIZE, FirstLine
from credit_desk.ui.table_model import HeaderedTableModel

if TYPE_CHECKING:  # the first frame shows quick_read's lines; the services (SQLAlchemy) load behind it
    from credit_desk.services.register import RegisterLine

Index = QModelIndex | QPersistentModelIndex
#: fetch(offset, limit) -> lines; may block on the database, so the widget runs it in a worker.
PageSource = Callable[[int, int], Sequence["RegisterLine"]]
#: run(job, on_done): run ``job()`` somewhere and hand its result to ``on_done`` on the GUI thread.
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NATURAL_PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

COL_REFERENCE, COL_PARTY, COL_IDENTIFIER, COL_STANDARD, COL_STATE, COL_DECISION, COL_UPDATED = range(7)

#: States that need the officer's attention, and closed ones, get a colour in the state column.
_STATE_COLOURS = {
    CaseState.DRAFT: "#6b6b6b",
    CaseState.NOTIFIED: "#1d5fa8",
    CaseState.OBJECTION: "#a15c00",
    CaseState.READY: "#1d5fa8",
    CaseState.LISTED: "#b3261e",
    CaseState.PUBLISHED: "#b3261e",
    CaseState.REPAIR_REQUESTED: "#a15c00",
    CaseState.REMOVED: "#2e7d32",
    CaseState.NOT_LISTED: "#2e7d32",
}


def state_colour(state: CaseState) -> str:
    """The colour a state is shown in (register column, case page badge)."""
    return _STATE_COLOURS.get(state, "#202020")



def _person_icon() -> QIcon:
    """A small round "人" badge: marks natural persons, whose data needs care when published (R-14)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1d5fa8"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 30, 30)
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "人")
    painter.end()
    return QIcon(pixmap)


def _line_key(line: RegisterLine | FirstLine) -> tuple:
    """What a register line shows (a start-up line and a live line compare by it)."""
    return (line.id, line.reference, line.party, line.natural_person, line.identifier, line.standard_name,
            line.state.value, line.state_label, line.decision_number, line.updated_at)


class CaseRegisterModel(HeaderedTableModel):
    """Register lines, most recently changed first, loaded a page at a time as the view scrolls.

    ``fetch_page(offset, limit)`` gives the lines; ``total`` says how many there are in all. With a
    ``runner`` the pages are fetched off the GUI thread and inserted when they arrive; a page that
    arrives after :meth:`reset_source` belongs to an old search and is dropped.
    """

    def __init__(
        self,
        fetch_page: PageSource | None = None,
        *,
        total: int = 0,
        first_page: Sequence[RegisterLine] | None = None,
        page_size: int = PAGE_SIZE,
        runner: Runner | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._runner = runner
        self._lines: list[RegisterLine] = []
        self._fetch: PageSource | None = None
        self._total = 0
        self._generation = 0
        self._loading = False
        self._person_icon: QIcon | None = None
        self._headers = [
            self.tr("Case no."),
            self.tr("Party"),
            self.tr("Credit code / ID number"),
            self.tr("List"),
            self.tr("State"),
            self.tr("Decision no."),
            self.tr("Updated"),
        ]
        self._set(fetch_page, total, first_page)

    # --- data source --------------------------------------------------------------------------------

    def reset_source(
        self, fetch_page: PageSource | None, *, total: int, first_page: Sequence[RegisterLine] | None = None
    ) -> None:
        """Show another search: ``total`` matching lines, optionally with the first page already fetched."""
        self.beginResetModel()
        self._set(fetch_page, total, first_page)
        self.endResetModel()

    def show_first_screen(self, lines: Sequence[FirstLine], *, total: int) -> None:
        """Show the start-up page read without the services (``store.quick_read``): ``total`` is the count the
        officer sees; no further pages load until :meth:`go_live` (or a new search) gives a source.
        """
        self.beginResetModel()
        self._set(None, len(lines), lines)
        self._total = total
        self.endResetModel()

    def go_live(self, fetch_page: PageSource, *, total: int, first_page: Sequence[RegisterLine]) -> None:
        """The live search result arrived: keep the rows on screen when they are the same, else replace them.

        Same lines means no reset, so the view keeps its scroll position and nothing flickers.
        """
        same = total == self._total and [_line_key(x) for x in self._lines] == [_line_key(x) for x in first_page]
        if same:  # the same rows: only the source changes, the view is not told (nothing to redraw)
            self._generation += 1
            self._loading = False
            self._fetch = fetch_page
            self._lines = list(first_page)
            return
        self.reset_source(fetch_page, total=total, first_page=first_page)

    def _set(self, fetch_page: PageSource | None, total: int, first_page: Sequence[RegisterLine] | None) -> None:
        self._generation += 1
        self._loading = False
        self._fetch = fetch_page
        self._total = total if fetch_page is not None else len(first_page or ())
        self._lines = list(first_page or ())[: self._total]

    @property
    def total(self) -> int:
        """How many cases the current search matched (loaded or not)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def line(self, row: int) -> RegisterLine:
        return self._lines[row]

    def row_of(self, case_id: int) -> int:
        """The loaded row showing ``case_id``, or -1."""
        return next((i for i, line in enumerate(self._lines) if line.id == case_id), -1)

    # --- lazy loading -----------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._fetch is None:
            return False
        return not self._loading and len(self._lines) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, offset, generation = self._fetch, len(self._lines), self._generation
        limit = min(self._page_size, self._total - offset)
        assert fetch is not None

        def job() -> Sequence[RegisterLine]:
            return fetch(offset, limit)

        def done(lines: Sequence[RegisterLine]) -> None:
            if generation != self._generation:  # a newer search replaced this one
                return
            self._append(lines)  # still "loading" while rows go in: views may ask for more meanwhile
            self._loading = False

        self._loading = True
        if self._runner is None:
            done(job())
        else:
            self._runner(job, done)

    def _append(self, lines: Sequence[RegisterLine]) -> None:
        room = self._total - len(self._lines)
        lines = list(lines)[:room]
        if not lines:
            self._total = len(self._lines)  # cases deleted meanwhile: stop asking
            return
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._lines.extend(lines)
        self.endInsertRows()

    # --- QAbstractTableModel --------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_PARTY and line.natural_person:
                return self.tr("Natural person: %1").replace("%1", line.party)
            return self._text(line, col) or None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_PARTY and line.natural_person:
            if self._person_icon is None:
                self._person_icon = _person_icon()
            return self._person_icon
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return QBrush(QColor(state_colour(line.state)))
        if role == CASE_ID_ROLE:
            return line.id
        if role == NATURAL_PERSON_ROLE:
            return line.natural_person
        if role == STATE_ROLE:
            return line.state.value
        return None

    @staticmethod
    def _text(line: RegisterLine, col: int) -> str:
        if col == COL_REFERENCE:
            return line.reference
        if col == COL_PARTY:
            return line.party
        if col == COL_IDENTIFIER:
            return line.identifier
        if col == COL_STANDARD:
            return line.standard_name
        if col == COL_STATE:
            return line.state_label
        if col == COL_DECISION:
            return line.decision_number
        if col == COL_UPDATED:
            return f"{line.updated_at:%Y-%m-%d %H:%M}"
        return ""
