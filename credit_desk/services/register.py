"""Use cases of the case register and the case page: search the cases, and everything about one case.

Searching 100 000 cases with ``LIKE`` over joined tables takes 140–260 ms in SQLite, too slow to run on
every keystroke. :class:`CaseRegister` therefore keeps a small in-memory index of each case's
searchable text, state and standard, in register order (most recently changed first), and asks the
database only for the page of lines to show. The index catches up with the database by a cheap
fingerprint (count and high-water marks) at most every ``max_age`` seconds, or at once after
:meth:`CaseRegister.refresh`. Matching is the same as ``store.register.list_cases``: every
whitespace-separated term must occur in the name, 统一社会信用代码, 身份证号码, case reference or a
letter number; on top of that, full-width characters typed through an input method match their
half-width forms.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from credit_desk.domain.catalog import SEVERITY_LABELS, Catalogs, Standard
from credit_desk.domain.deadlines import Deadline
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case, SubjectKind
from credit_desk.domain.process import ACTION_LABELS, OPEN_STATES, STATE_LABELS, Action, CaseState
from credit_desk.domain.rules.office import NUMBERED_LETTERS
from credit_desk.services.checking import check_case
from credit_desk.services.workspace import Workspace
from credit_desk.store import cases as case_store
from credit_desk.store import register as reg
from credit_desk.store.cases import CaseNotFound
from credit_desk.store.db import StoreError
from credit_desk.store.quick_read import FirstLine
from credit_desk.store.register import DateField, DocumentRow

__all__ = [
    "DATE_FIELD_LABELS",
    "GRAVITY_LABELS",
    "OBJECTION_RESULT_LABELS",
    "PAGE_SIZE",
    "CaseNotFound",
    "CaseOverview",
    "CaseRegister",
    "DateField",
    "DocumentRow",
    "HistoryLine",
    "RegisterLine",
    "RegisterQuery",
    "RegisterResult",
    "SanctionLine",
    "StoreError",
    "case_overview",
]

#: Lines fetched at a time: a screenful many times over, small enough to fetch in a few milliseconds.
PAGE_SIZE = 200

#: What the register's date range can apply to.
DATE_FIELD_LABELS: dict[str, str] = {
    "updated": "更新时间",
    "created": "立案时间",
    "conduct": "失信行为日期",
    "notice": "告知书日期",
    "decision": "决定日期",
}

#: How grave the conduct is (国办发〔2025〕22号), and what an objection's verification found.
GRAVITY_LABELS = {"slight": "轻微", "general": "一般", "serious": "严重"}
OBJECTION_RESULT_LABELS = {"upheld": "成立", "rejected": "不成立", "partly": "部分成立"}

#: History lines written by the store itself, not by a process action.
_STORE_ACTIONS = {"create": "创建案件", "save": "保存", "calendar_recomputed": "节假日安排变更，重新计算期限"}


@dataclass(frozen=True)
class RegisterQuery:
    """What the officer asks the register: search text and filters (empty means "any")."""

    text: str = ""
    states: tuple[CaseState, ...] = ()
    standard: str = ""
    date_from: date | None = None
    date_to: date | None = None
    date_field: DateField = "updated"

    @property
    def terms(self) -> list[str]:
        return [_fold(term) for term in self.text.split()]

    @property
    def has_dates(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.states and not self.standard and not self.has_dates


#: One line of the register, ready to show (the officer's own data, shown unmasked). The same class serves
#: the first screen read before the database stack loads (``store.quick_read``), so both are comparable.
RegisterLine = FirstLine


@dataclass(frozen=True)
class RegisterResult:
    """A search result: how many cases match, the first page, and how to fetch further pages.

    ``fetch(offset, limit)`` reads the database: call it where database work is allowed (a worker
    holding the database lock in the GUI).
    """

    query: RegisterQuery
    total: int
    lines: list[RegisterLine]
    fetch: Callable[[int, int], list[RegisterLine]]


def _fold(text: str) -> str:
    """Full-width forms to half-width (NFKC), letters upper-case: how both index and terms compare."""
    return unicodedata.normalize("NFKC", text).upper()


def _local(at: datetime) -> datetime:
    """A stored UTC timestamp in the officer's local time (a naive one is taken as UTC)."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()


def _line(row: reg.CaseRow, catalogs: Catalogs) -> RegisterLine:
    person = row.subject_kind == SubjectKind.NATURAL_PERSON.value
    std = catalogs.standards.get(row.standard_code)
    return RegisterLine(
        id=row.id,
        reference=row.reference,
        party=row.subject_name,
        natural_person=person,
        identifier=(row.id_number if person else row.uscc) or row.uscc or row.id_number,
        standard_code=row.standard_code,
        standard_name=std.name if std else row.standard_code,
        state=row.state,
        state_label=STATE_LABELS[row.state],
        notice_number=row.notice_number,
        decision_number=row.decision_number,
        updated_at=_local(row.updated_at),
    )


@dataclass
class _Index:
    """Index rows ``(updated timestamp, id, state, standard, folded text)``, register order."""

    rows: list[tuple[float, int, str, str, str]] = field(default_factory=list)
    by_id: dict[int, tuple[float, int, str, str, str]] = field(default_factory=dict)
    stamp: reg.RegisterStamp | None = None
    checked: float = 0.0

    def put(self, sources: Iterable[reg.SearchSource]) -> None:
        for s in sources:
            at = s.updated_at if s.updated_at.tzinfo else s.updated_at.replace(tzinfo=UTC)
            self.by_id[s.id] = (at.timestamp(), s.id, s.state, s.standard_code, _fold("\n".join(s.texts)))

    def order(self) -> None:
        self.rows = sorted(self.by_id.values(), reverse=True)


class CaseRegister:
    """The case register of one workspace: searches through the in-memory index, pages from the database.

    Not thread-safe by itself: the GUI calls it only from workers holding ``ui.background.db_lock``.
    """

    def __init__(self, ws: Workspace, *, max_age: float = 2.0) -> None:
        self._ws = ws
        self._max_age = max_age
        self._index = _Index()
        self._refreshes = 0  # refresh() calls so far
        self._seen_refreshes = 0  # refresh() calls the last sync started after

    @property
    def ready(self) -> bool:
        """Whether the index is built (until then an unfiltered search reads the database directly)."""
        return self._index.stamp is not None

    def refresh(self) -> None:
        """Make the next search check the database for changes (after a save, an import, a deletion).

        Safe to call from the GUI thread while a worker searches: a sync that started before the call
        does not count as having seen it.
        """
        self._refreshes += 1

    def prepare(self) -> None:
        """Build or update the index now (e.g. in the background right after start-up)."""
        self._sync(force=True)

    def search(self, query: RegisterQuery, *, limit: int = PAGE_SIZE) -> RegisterResult:
        """Cases matching ``query``, most recently changed first: the count and the first ``limit`` lines."""
        if query.is_empty and not self.ready:
            return self._unfiltered(query, limit)
        self._sync()
        ids = self._match(query)
        fetch = self._fetch_ids(ids)
        return RegisterResult(query=query, total=len(ids), lines=fetch(0, limit), fetch=fetch)

    # --- internals ---------------------------------------------------------------------------------

    def _unfiltered(self, query: RegisterQuery, limit: int) -> RegisterResult:
        """All cases straight from the database: fast for the first screen, before the index exists."""
        catalogs = self._ws.catalogs

        def fetch(offset: int, count: int) -> list[RegisterLine]:
            with self._ws.db.session() as s:
                return [_line(r, catalogs) for r in reg.list_cases(s, offset=offset, limit=count)]

        with self._ws.db.session() as s:
            total = reg.count_cases(s)
        return RegisterResult(query=query, total=total, lines=fetch(0, limit), fetch=fetch)

    def _fetch_ids(self, ids: Sequence[int]) -> Callable[[int, int], list[RegisterLine]]:
        catalogs = self._ws.catalogs

        def fetch(offset: int, count: int) -> list[RegisterLine]:
            wanted = ids[offset : offset + count]
            if not wanted:
                return []
            with self._ws.db.session() as s:
                return [_line(r, catalogs) for r in reg.rows_by_id(s, wanted)]

        return fetch

    def _match(self, query: RegisterQuery) -> list[int]:
        rows = self._index.rows
        for term in query.terms:  # the most selective filter first: the list shrinks quickly
            rows = [r for r in rows if term in r[4]]
        if query.states:
            wanted = {s.value for s in query.states}
            rows = [r for r in rows if r[2] in wanted]
        if query.standard:
            rows = [r for r in rows if r[3] == query.standard]
        if query.has_dates:
            with self._ws.db.session() as s:
                in_range = reg.ids_in_date_range(s, query.date_field, query.date_from, query.date_to)
            rows = [r for r in rows if r[1] in in_range]
        return [r[1] for r in rows]

    def _sync(self, *, force: bool = False) -> None:
        index = self._index
        now = time.monotonic()
        fresh = now - index.checked < self._max_age and self._seen_refreshes == self._refreshes
        if not force and index.stamp is not None and fresh:
            return
        seen = self._refreshes
        with self._ws.db.session() as s:
            stamp = reg.register_stamp(s)
            old = index.stamp
            if old is None:
                index.by_id.clear()
                index.put(reg.search_sources(s))
            elif stamp != old:
                index.put(
                    reg.search_sources(
                        s,
                        updated_since=old.last_update,
                        after_case_id=old.last_case_id,
                        after_document_id=old.last_document_id,
                    )
                )
                if len(index.by_id) != stamp.cases:  # a case was deleted: start again
                    index.by_id.clear()
                    index.put(reg.search_sources(s))
        if stamp != old:
            index.order()
        index.stamp, index.checked, self._seen_refreshes = stamp, now, seen


# --- the case page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SanctionLine:
    """A sanction of the case with the legal basis the letter prints (R-09)."""

    code: str
    text: str
    basis: str
    severity: str


@dataclass(frozen=True)
class HistoryLine:
    """One line of the case history, in words and local time."""

    at: datetime
    officer: str
    action: str
    from_state: str
    to_state: str
    findings: int
    step_date: date | None = None  # the step's own date (a letter's date, a delivery's), when recorded


@dataclass(frozen=True)
class CaseOverview:
    """Everything the case page shows about one case, computed by the rules and the store."""

    case: Case
    state: CaseState
    state_label: str
    standard: Standard | None
    criterion_text: str
    sanctions: list[SanctionLine]
    findings: list[Finding]
    deadlines: list[Deadline]
    documents: list[DocumentRow]
    history: list[HistoryLine]

    @property
    def natural_person(self) -> bool:
        return self.case.subject.kind is SubjectKind.NATURAL_PERSON


#: Recorded facts that do not move the case (lifecycle), and letter actions ("deliver:D-01", "issue:D-03").
_FACT_ACTIONS = {
    "record_objection": "登记异议（已列入信息）",
    "answer_objection": "答复异议（已列入信息）",
    "accept_repair": "受理信用修复申请",
    "supplement_repair": "补正信用修复申请材料",
}
def _settled(case: Case, key: str) -> bool:
    """A time limit the office has met: the objection answered, the repair application decided."""
    kind, _, index = key.partition(":")
    if not index.isdigit():
        return False
    i = int(index)
    if kind == "objection_reply" and i < len(case.objections):
        return case.objections[i].reply_date is not None
    if kind == "repair_decision" and i < len(case.repairs):
        return case.repairs[i].outcome is not None or case.repairs[i].accepted is False
    return False


#: Deadlines that are the party's (reconsideration, lawsuit), not the office's: still shown on a closed case.
_REMEDY_PERIODS = frozenset({"reconsideration_end", "litigation_end"})
#: States before the decision: an objection then is to the intended listing, not to listed information.
_BEFORE_DECISION = frozenset({CaseState.DRAFT, CaseState.NOTIFIED, CaseState.OBJECTION, CaseState.READY})
_LETTER_ACTIONS = {"deliver": "登记送达", "issue": "出具文书", "correct": "出具更正文书"}


def _action_label(action: str, from_state: CaseState | None = None) -> str:
    if action in _STORE_ACTIONS:
        return _STORE_ACTIONS[action]
    if action in _FACT_ACTIONS and not (from_state in _BEFORE_DECISION and action.endswith("_objection")):
        return _FACT_ACTIONS[action]
    verb, _, doc = action.partition(":")
    if doc and verb in _LETTER_ACTIONS:
        title = NUMBERED_LETTERS.get(doc.split("+")[0], "")
        return f"{_LETTER_ACTIONS[verb]}：{doc}{f' {title}' if title else ''}"
    try:
        return ACTION_LABELS[Action(action)]
    except ValueError:
        return action


def _sanctions(case: Case, catalogs: Catalogs) -> list[SanctionLine]:
    out = []
    for code in case.sanction_codes:
        m = catalogs.measures.get(code)
        if m is None:
            out.append(SanctionLine(code, "（目录中没有该措施）", "", ""))
            continue
        basis = "；".join(catalogs.provision_citation(p) for p in m.provision_codes) or m.basis_text
        out.append(SanctionLine(code, m.text, basis, SEVERITY_LABELS[m.severity]))
    return out


def case_overview(ws: Workspace, case_id: int, *, today: date | None = None) -> CaseOverview:
    """The case with its state, findings (all rules for the step it reached), deadlines, letters and history.

    Raises:
        credit_desk.store.cases.CaseNotFound: no such case (deleted meanwhile).
    """
    with ws.db.session() as s:
        case = case_store.load_case(s, case_id)
        state = case_store.case_state(s, case_id)
        documents = reg.case_documents(s, case_id)
        events = case_store.case_history(s, case_id)
    report = check_case(case, ws.catalogs, calendar=ws.calendar, settings=ws.settings, today=today)
    std = ws.catalogs.standards.get(case.standard_code)
    criterion = next((c for c in std.criteria if c.code == case.criterion_code), None) if std else None
    history = [
        HistoryLine(
            at=_local(e.at),
            officer=e.officer,
            action=_action_label(e.action, e.from_state),
            from_state=STATE_LABELS[e.from_state] if e.from_state else "",
            to_state=STATE_LABELS[e.to_state] if e.to_state else "",
            findings=len(e.findings),
            step_date=e.step_date,
        )
        for e in events
    ]
    deadlines, findings = [d for d in report.deadlines if not _settled(case, d.key)], report.findings
    if state not in OPEN_STATES:  # closed: the office's clocks stopped; only the party's remedy periods run on
        day = today or date.today()
        deadlines = [d for d in deadlines if d.key in _REMEDY_PERIODS and d.due >= day]
        kept = {d.key for d in deadlines}
        findings = [f for f in findings if not (f.rule == "R-18" and f.field not in kept)]
    return CaseOverview(
        case=case,
        state=state,
        state_label=STATE_LABELS[state],
        standard=std,
        criterion_text=criterion.text if criterion else "",
        sanctions=_sanctions(case, ws.catalogs),
        findings=findings,
        deadlines=deadlines,
        documents=documents,
        history=history,
    )
