"""Use cases of the usage log (R-17): record views, prints and exports; read and export the log.

49号 七(十三) asks for a registered record of every use of credit information. Every place that shows,
prints or exports a subject's personal data calls one of the ``log_*`` functions, each one short
transaction of its own. Exports of personal data need a stated purpose: without one the export is
refused (:class:`PurposeRequired`, an R-17 finding) before anything is written.
"""

from __future__ import annotations

import csv
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from credit_desk.domain.findings import Finding
from credit_desk.domain.rules.citations import finding
from credit_desk.services.workspace import Workspace
from credit_desk.store import documents as doc_store
from credit_desk.store import usage_log as log_store
from credit_desk.store.usage_log import LogEntry, LogFilter

__all__ = [
    "ACTION_LABELS",
    "BACKUP",
    "EXPORT",
    "EXPORT_LOG",
    "PRINT",
    "RESTORE",
    "VIEW",
    "LogEntry",
    "LogFilter",
    "LogPage",
    "PurposeRequired",
    "count",
    "day_range",
    "export_for_inspector",
    "filter_choices",
    "log",
    "log_export",
    "log_print",
    "log_view",
    "object_label",
    "query",
    "system_officer",
]

VIEW = "view"
PRINT = "print"
EXPORT = "export"
BACKUP = "backup"
RESTORE = "restore"
EXPORT_LOG = "export_log"

#: What the officer and the inspector read for each action.
ACTION_LABELS: dict[str, str] = {
    VIEW: "查看",
    PRINT: "打印",
    EXPORT: "导出",
    BACKUP: "备份",
    RESTORE: "恢复",
    EXPORT_LOG: "导出使用记录",
}

#: Column headings of the inspector's export.
EXPORT_HEADINGS = ("序号", "时间（UTC）", "经办人", "操作", "对象", "用途", "说明", "前一条哈希", "本条哈希")


class PurposeRequired(ValueError):
    """An export of personal data without a stated purpose (R-17)."""

    def __init__(self) -> None:
        self.finding: Finding = finding("R-17", "导出含个人信息的内容须填写用途。", "purpose")
        super().__init__(str(self.finding))
        self.message_cn = self.finding.message


def system_officer() -> str:
    """The officer when nobody logged in (the CLI, and the GUI until log-in lands): the OS account."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry / no login name
        return "unknown"


def log(ws: Workspace, officer: str, action: str, obj: str, *, purpose: str = "", details: str = "") -> LogEntry:
    """Append one entry in its own transaction (write lock from the start, so the chain stays linear)."""
    with ws.db.session() as s:
        doc_store.begin_write(s)
        return log_store.append(s, officer=officer or system_officer(), action=action, object=obj,
                                purpose=purpose.strip(), details=details)


def case_object(case_id: int | None) -> str:
    """How a case is named in the log: ``case:12`` (``case:draft`` before it is first saved)."""
    return f"case:{case_id}" if case_id is not None else "case:draft"


_OBJECT_KINDS = {"case": "案件", "document": "文书", "file": "文件"}


def object_label(obj: str) -> str:
    """How the viewer shows an object: ``case:12`` → 案件 12, ``case:draft`` → 案件（未保存）."""
    kind, _, rest = obj.partition(":")
    if kind not in _OBJECT_KINDS or not rest:
        return obj
    return f"{_OBJECT_KINDS[kind]}（未保存）" if rest in {"draft", "None"} else f"{_OBJECT_KINDS[kind]} {rest}"


def log_view(ws: Workspace, officer: str, case_id: int | None, *, details: str = "") -> LogEntry:
    """The officer was shown a subject's personal data (the case page, a letter preview)."""
    return log(ws, officer, VIEW, case_object(case_id), details=details)


def log_print(ws: Workspace, officer: str, obj: str, *, details: str = "") -> LogEntry:
    """Something with personal data went to a printer."""
    return log(ws, officer, PRINT, obj, details=details)


def log_export(ws: Workspace, officer: str, obj: str, purpose: str, *, details: str = "") -> LogEntry:
    """Personal data left the program as a file; ``purpose`` is required.

    Raises:
        PurposeRequired: ``purpose`` is blank.
    """
    if not purpose or not purpose.strip():
        raise PurposeRequired()
    return log(ws, officer, EXPORT, obj, purpose=purpose, details=details)


# --- reading ------------------------------------------------------------------------------------


def day_range(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """Local calendar days [first, last] as the UTC bounds of a :class:`LogFilter`."""
    tz = datetime.now().astimezone().tzinfo
    since = datetime.combine(first, time.min, tz).astimezone(UTC) if first else None
    until = datetime.combine(last + timedelta(days=1), time.min, tz).astimezone(UTC) if last else None
    return since, until


@dataclass(frozen=True, slots=True)
class LogPage:
    """One page of the viewer: the entries and how many match in all."""

    entries: list[LogEntry]
    total: int


def query(ws: Workspace, f: LogFilter | None = None, *, limit: int = 500, offset: int = 0) -> LogPage:
    """The newest ``limit`` entries matching ``f`` and the number that match."""
    with ws.db.session() as s:
        return LogPage(log_store.query(s, f, limit=limit, offset=offset), log_store.count_entries(s, f))


def count(ws: Workspace, f: LogFilter | None = None) -> int:
    with ws.db.session() as s:
        return log_store.count_entries(s, f)


def filter_choices(ws: Workspace) -> tuple[list[str], list[str]]:
    """(officers, actions) found in the log."""
    with ws.db.session() as s:
        return log_store.officers_and_actions(s)


def _row(e: LogEntry) -> list[object]:
    """One exported line. The time is the hashed text (UTC, microseconds) and the action its code with
    the Chinese label, so an inspector can recompute every hash from the file (docs/usage-log.md)."""
    action = f"{ACTION_LABELS[e.action]}（{e.action}）" if e.action in ACTION_LABELS else e.action
    return [e.id, log_store.canonical_time(e.at), e.officer, action, e.object, e.purpose, e.details,
            e.prev_hash, e.hash]


def export_for_inspector(
    ws: Workspace,
    path: Path,
    f: LogFilter | None = None,
    *,
    officer: str,
    purpose: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the matching entries, oldest first, to ``path`` (.csv for any tool, .xlsx for Excel/WPS),
    with both hashes so an inspector can re-check the chain; the export itself is logged.

    The file is written next to its target and renamed, so a failure leaves nothing half-written.
    Returns the number of entries written.

    Raises:
        PurposeRequired: no purpose stated.
        OSError: the file cannot be written.
    """
    if not purpose or not purpose.strip():
        raise PurposeRequired()
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with ws.db.session() as s:
        total = log_store.count_entries(s, f)
        entries = log_store.iter_entries(s, f)
        written = _write_xlsx(tmp, entries, total, progress, cancelled) if path.suffix.lower() == ".xlsx" \
            else _write_csv(tmp, entries, total, progress, cancelled)
    if written < 0:  # cancelled
        tmp.unlink(missing_ok=True)
        return 0
    tmp.replace(path)
    log(ws, officer, EXPORT_LOG, f"file:{path}", purpose=purpose, details=f"{written} 条")
    return written


def _write_csv(tmp: Path, entries, total: int, progress, cancelled) -> int:
    n = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel/WPS open it as UTF-8
        w = csv.writer(fh)
        w.writerow(EXPORT_HEADINGS)
        for e in entries:
            w.writerow(_row(e))
            n += 1
            if n % 5000 == 0:
                if cancelled is not None and cancelled():
                    return -1
                if progress is not None:
                    progress(n, total)
    return n


def _write_xlsx(tmp: Path, entries, total: int, progress, cancelled) -> int:
    from openpyxl import Workbook  # only when an .xlsx is asked for

    wb = Workbook(write_only=True)
    ws_ = wb.create_sheet("使用记录")
    ws_.append(list(EXPORT_HEADINGS))
    n = 0
    for e in entries:
        ws_.append(_row(e))
        n += 1
        if n % 5000 == 0:
            if cancelled is not None and cancelled():
                return -1
            if progress is not None:
                progress(n, total)
    with tmp.open("wb") as fh:
        wb.save(fh)
    return n
