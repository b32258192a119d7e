"""``verify``: can an inspector trust this database? Checks it and names exactly what is wrong.

Four checks, each reporting the record concerned:

1. the engine's own consistency check (SQLite ``quick_check``, ``integrity_check`` when ``thorough``;
   nothing to run on PostgreSQL);
2. foreign keys (SQLite ``foreign_key_check``; PostgreSQL enforces them always);
3. the usage-log hash chain (R-17, ``store.usage_log.verify_chain``);
4. every issued letter (R-16): its PDF bytes against the stored SHA-256, and — unless ``rerender`` is
   off — a fresh render from the stored field snapshot, compared byte for byte and, when the bytes
   differ (e.g. other fonts on this PC), by the text the two PDFs contain.

The CLI (``credit-desk verify``) and the GUI (记录 › 完整性校验…) call :func:`verify`.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.exc import DBAPIError

from credit_desk.domain.rules.citations import RULES
from credit_desk.services.workspace import Workspace
from credit_desk.store import dialect
from credit_desk.store import tables as t
from credit_desk.store import usage_log as log_store

__all__ = ["CHECK_LABELS", "Problem", "VerifyReport", "verify"]

#: The checks, as the report names them.
CHECK_LABELS: dict[str, str] = {
    "database": "数据库文件",
    "foreign_keys": "数据关联",
    "usage_log": "使用记录",
    "document_hash": "文书哈希",
    "document_render": "文书重新生成比对",
}

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong: which check found it, the record (``document#12``, ``usage_log#40``), and why."""

    check: str
    record: str
    message: str
    rule: str = ""

    @property
    def citation(self) -> str:
        return RULES[self.rule].citation if self.rule in RULES else ""

    def __str__(self) -> str:
        basis = f"（{self.rule}，依据：{self.citation}）" if self.rule else ""
        return f"[{CHECK_LABELS.get(self.check, self.check)}] {self.record}：{self.message}{basis}"


@dataclass
class VerifyReport:
    """What was checked and what is wrong; ``ok`` when nothing is."""

    problems: list[Problem] = field(default_factory=list)
    log_entries: int = 0
    log_head_id: int = 0
    log_head_hash: str = ""
    documents: int = 0
    rerendered: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        head = f"使用记录 {self.log_entries} 条（末条第 {self.log_head_id} 条，哈希 {self.log_head_hash[:16]}…）"
        docs = f"文书 {self.documents} 份（重新生成比对 {self.rerendered} 份）"
        verdict = "校验通过，未发现问题。" if self.ok else f"发现 {len(self.problems)} 处问题。"
        return f"已校验：数据库文件、数据关联、{head}、{docs}，用时 {self.seconds:.1f} 秒。{verdict}"

    def lines(self) -> list[str]:
        """The report as the CLI prints it and the GUI shows it: summary, then one line per problem."""
        return [self.summary(), *(f"  - {p}" for p in self.problems)]


def verify(
    ws: Workspace,
    *,
    rerender: bool = True,
    thorough: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Run every check and return the report (it never raises for what it finds; damaged data is a finding).

    ``progress(stage, done, total)`` reports each stage; ``cancelled()`` is polled between documents.
    """
    started = time.perf_counter()
    report = VerifyReport()
    say = progress or (lambda _stage, _done, _total: None)
    say("database", 0, 0)
    _check_database(ws, report, thorough=thorough)
    say("usage_log", 0, 0)
    with ws.db.session() as s:
        # one consistent view of entries and head: the officer may go on working (and logging) meanwhile
        s.connection(execution_options=dialect.snapshot_read_options(ws.db.engine.dialect.name))
        try:
            chain = log_store.verify_chain(s, progress=lambda d, n: say("usage_log", d, n))
        except DBAPIError as exc:
            report.problems.append(Problem("usage_log", "usage_log", f"无法读取使用记录：{exc.orig}", "R-17"))
        else:
            report.log_entries, report.log_head_id, report.log_head_hash = chain.entries, chain.head_id, chain.head_hash
            report.problems += [
                Problem("usage_log", f"usage_log#{p.entry_id}" if p.entry_id else "usage_log", p.message_cn, "R-17")
                for p in chain.problems
            ]
    _check_documents(ws, report, rerender=rerender, say=say, cancelled=cancelled)
    report.seconds = time.perf_counter() - started
    return report


def _check_database(ws: Workspace, report: VerifyReport, *, thorough: bool) -> None:
    try:
        with ws.db.engine.connect() as conn:
            found = dialect.integrity_problems(conn, thorough=thorough)
            report.problems += [Problem("database", "database", msg) for msg in found]
            report.problems += [
                Problem("foreign_keys", rec.split(" ")[0], f"引用的上级记录不存在（{rec}）")
                for rec in dialect.foreign_key_problems(conn)
            ]
    except DBAPIError as exc:
        report.problems.append(Problem("database", "database", f"数据库文件无法通过检查：{exc.orig}"))


def _check_documents(ws: Workspace, report: VerifyReport, *, rerender: bool, say: Progress,
                     cancelled: Callable[[], bool] | None, batch: int = 500) -> None:
    """Hash every stored PDF (streamed in batches: 100 000 letters do not fit in memory at once)."""
    table = t.Document.__tablename__
    with ws.db.session() as s:
        conn = s.connection()
        total = int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)
        last, done = 0, 0
        renderer = _Renderer(ws) if rerender else None
        while True:
            rows = conn.exec_driver_sql(
                f"SELECT id, number, sha256, pdf FROM {table} WHERE id > {last} ORDER BY id LIMIT {batch}"
            ).fetchall()
            if not rows:
                break
            for doc_id, number, digest, pdf in rows:
                pdf = bytes(pdf or b"")
                record = f"document#{doc_id}（{number}）"
                if hashlib.sha256(pdf).hexdigest() != digest:
                    message = "存档 PDF 与其 SHA-256 不符：文书内容被改动。"
                    report.problems.append(Problem("document_hash", record, message, "R-16"))
                if renderer is not None:
                    if cancelled is not None and cancelled():
                        renderer = None
                        stopped = "重新生成比对被中止，未全部完成。"
                        report.problems.append(Problem("document_render", "document", stopped))
                    else:
                        row = s.get(t.Document, doc_id)
                        assert row is not None
                        problem = renderer.compare(row, pdf)
                        report.rerendered += 1
                        if problem:
                            report.problems.append(Problem("document_render", record, problem, "R-16"))
                        s.expunge(row)  # the PDF bytes need not stay in the session
            done += len(rows)
            last = rows[-1][0]
            say("documents", done, total)
    report.documents = done


_SPACE = re.compile(r"\s+")


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF without whitespace (line breaks depend on fonts, the words do not)."""
    from pypdf import PdfReader  # only when the bytes differ

    reader = PdfReader(io.BytesIO(pdf))
    return _SPACE.sub("", "".join(page.extract_text() or "" for page in reader.pages))


class _Renderer:
    """Renders a stored letter again from its field snapshot (documents layer), forms and fonts cached."""

    def __init__(self, ws: Workspace) -> None:
        from credit_desk.documents.fonts import default_fonts

        configured = ws.settings.get("fonts") or {}
        self._fonts = default_fonts(configured if isinstance(configured, Mapping) else {})
        self._forms: dict[str, Any] = {}

    def _form(self, doc_type: str) -> Any:
        from credit_desk.documents.forms import load_form

        if doc_type not in self._forms:
            self._forms[doc_type] = load_form(doc_type)
        return self._forms[doc_type]

    def compare(self, row: t.Document, stored_pdf: bytes) -> str:
        """"" when the snapshot renders to the stored letter, else why not (in Chinese)."""
        from credit_desk.documents.errors import DocumentError, FormError
        from credit_desk.documents.render import build_letter, render_letter

        issue_date = row.issue_date if isinstance(row.issue_date, date) else date.fromisoformat(str(row.issue_date))
        try:
            letter = build_letter(self._form(row.doc_type), row.fields or {}, number=row.number, issue_date=issue_date)
            pdf, _ = render_letter(letter, self._fonts)
        except (DocumentError, FormError) as exc:
            return f"无法按存档字段重新生成文书：{exc}"
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            return f"存档字段不完整或已被改动，无法重新生成文书（{type(exc).__name__}: {exc}）。"
        if pdf == stored_pdf:
            return ""
        try:
            same = pdf_text(pdf) == pdf_text(stored_pdf)
        except Exception as exc:  # a damaged PDF is a finding, not a crash
            return f"存档 PDF 无法读取（{type(exc).__name__}）。"
        if same:
            return ""
        return ("按存档字段重新生成的文书文字与存档 PDF 不符：存档 PDF 或其字段被改动"
                "（若本机关修改过文书格式，也会出现此提示）。")
