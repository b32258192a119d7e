"""Use cases on stored cases: save a draft, import and export case files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from credit_desk.domain.case_file import CaseFileError, Problem, catalog_problems, dump_case_file, parse_case_file
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case
from credit_desk.domain.process import CaseState
from credit_desk.services.checking import check_case
from credit_desk.services.workspace import Workspace
from credit_desk.store import cases as case_store


@dataclass(frozen=True)
class SaveResult:
    case_id: int
    findings: list[Finding]


def read_case_file(path: Path) -> Case:
    """Read a case file from disk; every problem comes back as ``CaseFileError``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CaseFileError([Problem("", f"找不到文件：{path}")]) from None
    except UnicodeDecodeError:
        raise CaseFileError([Problem("", f"文件不是 UTF-8 编码的文本：{path}")]) from None
    except OSError as exc:
        raise CaseFileError([Problem("", f"无法读取文件 {path}：{exc.strerror}")]) from None
    return parse_case_file(text)


def save_case(ws: Workspace, case: Case, *, officer: str = "", state: CaseState | None = None) -> SaveResult:
    """Store a case (draft or further) in one transaction; rule findings come back, they never stop a save.

    Raises:
        CaseFileError: codes that point at nothing in the catalogs (the case would be dangling).
    """
    problems = catalog_problems(case, ws.catalogs)
    if problems:
        raise CaseFileError(problems)
    with ws.db.session() as s:
        case_id = case_store.save_case(s, case, state=state, officer=officer)
    report = check_case(case, ws.catalogs, calendar=ws.calendar, settings=ws.settings)
    return SaveResult(case_id=case_id, findings=report.findings)


def import_case_file(ws: Workspace, path: Path, *, officer: str = "") -> SaveResult:
    """Validate a case file completely, then store it as a new draft; nothing is written on error."""
    case = read_case_file(path).model_copy(update={"id": None})
    return save_case(ws, case, officer=officer, state=CaseState.DRAFT)


def load_case(ws: Workspace, case_id: int) -> Case:
    with ws.db.session() as s:
        return case_store.load_case(s, case_id)


def export_case_file(ws: Workspace, case_id: int, path: Path, *, officer: str = "") -> Path:
    """Write a stored case as a ``credit-desk/case@1`` file."""
    case = load_case(ws, case_id)
    path.write_text(dump_case_file(case, exported_by=officer), encoding="utf-8")
    return path
