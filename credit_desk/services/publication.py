"""The publication register (公示, SPEC §7) and its export for the website, under R-14.

What goes public is built here once and reused: :func:`public_fields` gives the columns of a listing
as a website shows them, :func:`default_public_text` the text ``services.lifecycle.publish`` stores,
:func:`publication_rows` the register, :func:`export_publications` the CSV/XLSX file. A natural
person's name, ID number and address are masked unless the case records the person's consent or a
legal basis (R-14, 49号 三(四)); trade secrets never appear, not even inside the 事由. An export
re-checks every row with ``check_publication_text`` and refuses the whole file if one row would
expose personal data: a partial file on the website could be taken for the complete list.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.dates import cn_date
from credit_desk.domain.findings import Finding
from credit_desk.domain.masking import mask_address, mask_id_number, mask_name, public_text_for_subject
from credit_desk.domain.model import Case, Decision, Office, Publication, Subject, SubjectKind
from credit_desk.domain.rules.letter import check_publication_text
from credit_desk.services.workspace import Workspace
from credit_desk.store import publications as pub_store

ExportFormat = Literal["csv", "xlsx"]
ExportEncoding = Literal["utf-8-sig", "gb18030"]

#: The status of a publication on a given day.
STATUS_CURRENT = "公示中"
STATUS_WITHDRAWN = "已撤下"
STATUS_EXPIRED = "已期满未撤下"  # the period ended but nobody took it down: the officer must act

#: Put where a trade secret stood in a text that goes public (R-14: trade secrets are never published).
TRADE_SECRET_PLACEHOLDER = "（涉及商业秘密的内容不予公开）"

#: Keys of :func:`public_fields`, in the order a website shows them.
FIELD_NAME = "主体名称"
FIELD_ID_LABEL = "证件类型"
FIELD_ID = "证件号码"
FIELD_REPRESENTATIVE = "法定代表人/负责人"
FIELD_LIST = "名单名称"
FIELD_REASON = "列入事由"
FIELD_BODY = "认定机关"
FIELD_DECISION_NUMBER = "决定文书号"
FIELD_DECISION_DATE = "决定日期"
FIELD_START = "公示起始日期"
FIELD_END = "公示截止日期"
FIELD_CHANNELS = "公示渠道"


# --- what may be published ---------------------------------------------------------------------------


def _discloses(case: Case) -> bool:
    """Whether the case records the person's consent or a legal basis for unmasked publication (R-14)."""
    return case.publication_consent or bool(case.publication_legal_basis.strip())


def _trade_secret_fragments(notes: str) -> list[str]:
    """The notes whole and item by item (an officer lists secrets as 配方；工艺参数), longest first."""
    whole = notes.strip()
    if not whole:
        return []
    parts = [p.strip() for p in re.split(r"[；;，,、\n]+", whole)]
    return sorted({whole, *(p for p in parts if len(p) >= 2)}, key=len, reverse=True)


def redact(text: str, case: Case) -> str:
    """``text`` (e.g. the conduct summary) as it may go public: trade secrets replaced, and a natural
    person's full name, ID number and address masked unless consent or a legal basis is recorded."""
    s = case.subject
    for secret in _trade_secret_fragments(s.trade_secret_notes):
        text = text.replace(secret, TRADE_SECRET_PLACEHOLDER)
    if s.kind is SubjectKind.NATURAL_PERSON and not _discloses(case):
        for raw, masked in (
            (s.id_number, mask_id_number(s.id_number)),
            (s.address, mask_address(s.address)),
            (s.name, mask_name(s.name)),
        ):
            if raw.strip():
                text = text.replace(raw, masked)
    return text


def _one_sentence(text: str) -> str:
    """The first sentence of ``text``, ending with 。 (the 事由 of a listing is one sentence)."""
    text = " ".join(text.split())
    if not text:
        return ""
    head = re.split(r"(?<=[。！？!?])", text, maxsplit=1)[0].strip()
    return head if head.endswith(("。", "！", "？", "!", "?")) else head.rstrip("；;，,") + "。"


def _list_name(case: Case, catalogs: Catalogs) -> str:
    std = catalogs.standards.get(case.standard_code)
    return std.name if std else case.standard_code


def _reason(case: Case, catalogs: Catalogs) -> str:
    """The conduct in one sentence, or the criterion the case matched when no summary is written."""
    sentence = _one_sentence(case.conduct_summary)
    if not sentence:
        std = catalogs.standards.get(case.standard_code)
        crit = next((c for c in std.criteria if c.code == case.criterion_code), None) if std else None
        sentence = _one_sentence(crit.text) if crit else ""
    return redact(sentence, case)


def public_fields(case: Case, catalogs: Catalogs) -> dict[str, str]:
    """The columns of the listing as published, masked per R-14; dates as ``yyyy-mm-dd``.

    Organisations and individual businesses keep name, 统一社会信用代码 and 法定代表人/负责人 (all
    registered and public under 企业信息公示暂行条例); only an operator's ID number standing in for a
    missing code is masked. ``trade_secret_notes`` never appears.
    """
    subject = public_text_for_subject(
        case.subject, consent=case.publication_consent, legal_basis=case.publication_legal_basis
    )
    person = case.subject.kind is SubjectKind.NATURAL_PERSON
    decision = case.decision or Decision()
    pub = case.publication
    channels = pub.channels if pub and pub.channels else decision.publication_channels
    return {
        FIELD_NAME: str(subject["name"]),
        FIELD_ID_LABEL: str(subject["id_label"]),
        FIELD_ID: str(subject["id"]),
        FIELD_REPRESENTATIVE: "" if person else redact(case.subject.legal_representative, case),
        FIELD_LIST: _list_name(case, catalogs),
        FIELD_REASON: _reason(case, catalogs),
        FIELD_BODY: case.office.deciding_body,
        FIELD_DECISION_NUMBER: decision.number,
        FIELD_DECISION_DATE: decision.decision_date.isoformat() if decision.decision_date else "",
        FIELD_START: pub.start_date.isoformat() if pub else "",
        FIELD_END: pub.end_date.isoformat() if pub and pub.end_date else "",
        FIELD_CHANNELS: "、".join(channels),
    }


def _period_text(case: Case, catalogs: Catalogs) -> str:
    pub = case.publication
    if pub is not None:
        if pub.end_date is None:
            return f"自{cn_date(pub.start_date)}起"
        return f"{cn_date(pub.start_date)}至{cn_date(pub.end_date)}"
    std = catalogs.standards.get(case.standard_code)
    effective = case.decision.effective_date if case.decision else None
    if std is not None and effective is not None:  # not yet published: the standard's period from the decision
        return f"自{cn_date(effective)}列入决定生效之日起{std.publication_period.label()}"
    return ""


def default_public_text(case: Case, catalogs: Catalogs) -> str:
    """The public text of the listing as a website shows it, one labelled line per item.

    Natural persons masked unless ``case.publication_consent`` or ``case.publication_legal_basis`` is
    recorded (R-14); trade secrets never appear. The result passes ``check_publication_text``.
    """
    f = public_fields(case, catalogs)
    decision_date = case.decision.decision_date if case.decision else None
    lines = [
        (FIELD_NAME, f[FIELD_NAME]),
        (f[FIELD_ID_LABEL], f[FIELD_ID]),
        (FIELD_REPRESENTATIVE, f[FIELD_REPRESENTATIVE]),
        (FIELD_LIST, f[FIELD_LIST]),
        (FIELD_REASON, f[FIELD_REASON]),
        (FIELD_BODY, f[FIELD_BODY]),
        (FIELD_DECISION_NUMBER, f[FIELD_DECISION_NUMBER]),
        (FIELD_DECISION_DATE, cn_date(decision_date)),
        ("公示期限", _period_text(case, catalogs)),
        (FIELD_CHANNELS, f[FIELD_CHANNELS]),
    ]
    return "\n".join(f"{label}：{value}" for label, value in lines if value)


# --- the register ------------------------------------------------------------------------------------


def publication_status(start: date, end: date | None, withdrawn: date | None, today: date) -> str:
    """公示中, 已撤下 (withdrawn on or before ``today``) or 已期满未撤下 (period over, still up)."""
    if withdrawn is not None and withdrawn <= today:
        return STATUS_WITHDRAWN
    if end is not None and end < today:
        return STATUS_EXPIRED
    return STATUS_CURRENT


@dataclass(frozen=True)
class PublicationRow:
    """One line of the publication register, masked as it may go public (R-14).

    ``case`` is the partial case the row was built from (subject, consent, legal basis, publication):
    the export re-checks R-14 on it. It holds the raw data, so it is kept out of ``repr``.
    """

    case_id: int
    subject_name: str
    id_label: str
    identifier: str
    legal_representative: str
    standard_name: str
    decision_number: str
    decision_date: date | None
    start_date: date
    end_date: date | None
    channels: str
    status: str
    withdrawn_date: date | None
    withdrawal_reason: str
    public_text: str
    masked: bool
    case: Case = field(repr=False, compare=False)


def _case_of(rec: pub_store.PublicationRecord) -> Case:
    """The parts of the case the public fields and R-14 read, from one register record."""
    return Case(
        id=rec.case_id,
        reference=rec.reference,
        office=Office(deciding_body=rec.deciding_body),
        subject=Subject(
            kind=SubjectKind(rec.subject_kind),
            name=rec.subject_name,
            uscc=rec.uscc,
            id_number=rec.id_number,
            legal_representative=rec.legal_representative,
            address=rec.address,
            trade_secret_notes=rec.trade_secret_notes,
        ),
        standard_code=rec.standard_code,
        criterion_code=rec.criterion_code,
        conduct_summary=rec.conduct_summary,
        publication_consent=rec.publication_consent,
        publication_legal_basis=rec.publication_legal_basis,
        decision=Decision(
            number=rec.decision_number, decision_date=rec.decision_date, effective_date=rec.effective_date
        ),
        publication=Publication(
            start_date=rec.start_date,
            end_date=rec.end_date,
            channels=rec.channels,
            public_text=rec.public_text,
            unmasked_reason=rec.unmasked_reason,
            withdrawn_date=rec.withdrawn_date,
            withdrawal_reason=rec.withdrawal_reason,
        ),
    )


def _row(rec: pub_store.PublicationRecord, catalogs: Catalogs, today: date) -> PublicationRow:
    case = _case_of(rec)
    f = public_fields(case, catalogs)
    person_masked = case.subject.kind is SubjectKind.NATURAL_PERSON and not _discloses(case)
    return PublicationRow(
        case_id=rec.case_id,
        subject_name=f[FIELD_NAME],
        id_label=f[FIELD_ID_LABEL],
        identifier=f[FIELD_ID],
        legal_representative=f[FIELD_REPRESENTATIVE],
        standard_name=f[FIELD_LIST],
        decision_number=f[FIELD_DECISION_NUMBER],
        decision_date=rec.decision_date,
        start_date=rec.start_date,
        end_date=rec.end_date,
        channels=f[FIELD_CHANNELS],
        status=publication_status(rec.start_date, rec.end_date, rec.withdrawn_date, today),
        withdrawn_date=rec.withdrawn_date,
        withdrawal_reason=rec.withdrawal_reason,
        public_text=rec.public_text or default_public_text(case, catalogs),
        masked=person_masked,
        case=case,
    )


def publication_rows(
    ws: Workspace,
    *,
    include_withdrawn: bool = True,
    withdrawn_only: bool = False,
    text: str = "",
    today: date | None = None,
) -> list[PublicationRow]:
    """The publication register, newest start first, masked per R-14.

    Args:
        include_withdrawn: keep publications already taken down.
        withdrawn_only: only those taken down.
        text: search terms matched against the party's name and identifiers, the case reference and
            the decision number (the officer's own files; the rows shown stay masked).
        today: the day the statuses are computed for (default: today).
    """
    day = today or date.today()
    with ws.db.session() as s:
        records = pub_store.list_publications(
            s, include_withdrawn=include_withdrawn, withdrawn_only=withdrawn_only, text=text, today=day
        )
    return [_row(r, ws.catalogs, day) for r in records]


# --- export ------------------------------------------------------------------------------------------


class PublicationExportError(Exception):
    """The export could not be written; ``message`` is the Chinese text to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PublicationExportRefused(PublicationExportError):
    """R-14 blocks the export: some rows would publish personal data or a trade secret.

    ``problems`` pairs each refused row's case id with its findings (rule ID, message, citation).
    """

    def __init__(self, problems: list[tuple[int, list[Finding]]]) -> None:
        lines = [f"案件 {case_id}：{finding}" for case_id, findings in problems for finding in findings]
        super().__init__(
            "以下公示记录未通过个人信息脱敏检查，已拒绝导出（未写入任何文件）：\n"
            + "\n".join(lines)
            + "\n请先修改公示内容或登记法律依据、本人同意后再导出。"
        )
        self.problems = problems


@dataclass(frozen=True)
class _Column:
    header: str
    kind: Literal["int", "text", "date"]
    get: Callable[[PublicationRow], Any]
    width: int  # XLSX column width in characters (a Chinese character counts about 2)


EXPORT_COLUMNS: tuple[_Column, ...] = (
    _Column("案件编号", "int", lambda r: r.case_id, 10),
    _Column("主体名称", "text", lambda r: r.subject_name, 34),
    _Column("证件类型", "text", lambda r: r.id_label, 18),
    _Column("证件号码", "text", lambda r: r.identifier, 22),
    _Column("法定代表人/负责人", "text", lambda r: r.legal_representative, 18),
    _Column("名单名称", "text", lambda r: r.standard_name, 36),
    _Column("决定文书号", "text", lambda r: r.decision_number, 28),
    _Column("决定日期", "date", lambda r: r.decision_date, 12),
    _Column("公示起始日期", "date", lambda r: r.start_date, 14),
    _Column("公示截止日期", "date", lambda r: r.end_date, 14),
    _Column("公示渠道", "text", lambda r: r.channels, 30),
    _Column("状态", "text", lambda r: r.status, 14),
    _Column("撤下日期", "date", lambda r: r.withdrawn_date, 12),
    _Column("撤下原因", "text", lambda r: r.withdrawal_reason, 20),
    _Column("公示内容", "text", lambda r: r.public_text, 70),
)

ENCODINGS: dict[str, str] = {"utf-8-sig": "UTF-8（带 BOM，网站用）", "gb18030": "GB18030"}
FORMATS: dict[str, str] = {"csv": "CSV", "xlsx": "Excel 工作簿（.xlsx）"}


def refused_rows(rows: Sequence[PublicationRow]) -> list[tuple[int, list[Finding]]]:
    """Rows whose exported cells, taken together, fail R-14 (``check_publication_text``)."""
    out = []
    for row in rows:
        text = "\n".join(str(c.get(row)) for c in EXPORT_COLUMNS if c.kind == "text")
        findings = check_publication_text(row.case, text)
        if findings:
            out.append((row.case_id, findings))
    return out


def _csv_cell(column: _Column, row: PublicationRow) -> str:
    value = column.get(row)
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _write_csv(rows: Sequence[PublicationRow], path: Path, encoding: str, tick: Callable[[int], None]) -> None:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.header for c in EXPORT_COLUMNS])
        for i, row in enumerate(rows, 1):
            writer.writerow([_csv_cell(c, row) for c in EXPORT_COLUMNS])
            tick(i)


def _write_xlsx(rows: Sequence[PublicationRow], path: Path, tick: Callable[[int], None]) -> None:
    from openpyxl import Workbook  # imported on first export: keeps start-up light
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "公示名单"
    sheet.append([c.header for c in EXPORT_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, 1):
        for n, col in enumerate(EXPORT_COLUMNS, 1):
            cell = sheet.cell(row=i + 1, column=n, value=col.get(row))
            if col.kind == "date":
                cell.number_format = "yyyy-mm-dd"
            elif col.kind == "text":
                cell.number_format = "@"  # identifiers stay text: Excel must not turn them into numbers
                if col.header == "公示内容":
                    cell.alignment = wrap
        tick(i)
    for n, col in enumerate(EXPORT_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(n)].width = col.width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def export_publications(
    rows: Sequence[PublicationRow],
    path: Path,
    *,
    fmt: ExportFormat = "csv",
    encoding: ExportEncoding = "utf-8-sig",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the rows for the website: CSV (UTF-8 with BOM, or GB18030) or XLSX, Chinese header.

    Every row is re-checked under R-14 first; if any fails, nothing is written. The file appears
    whole or not at all (written beside it, then renamed).

    Raises:
        PublicationExportRefused: a row would publish personal data or a trade secret (R-14).
        PublicationExportError: the file cannot be written (message in Chinese).
    """
    if fmt not in FORMATS:
        raise PublicationExportError(f"不支持的导出格式：{fmt}")
    if fmt == "csv" and encoding not in ENCODINGS:
        raise PublicationExportError(f"不支持的文字编码：{encoding}")
    problems = refused_rows(rows)
    if problems:
        raise PublicationExportRefused(problems)
    total = len(rows)

    def tick(done: int) -> None:
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)

    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        if fmt == "csv":
            _write_csv(rows, part, encoding, tick)
        else:
            _write_xlsx(rows, part, tick)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise PublicationExportError(f"无法写入文件 {path}：{exc.strerror or exc}") from exc
    except BaseException:  # cancelled by the officer (progress raised), or a bug: leave no half file
        part.unlink(missing_ok=True)
        raise
    return path
