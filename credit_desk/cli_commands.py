"""The ``credit-desk`` subcommands: thin wrappers that call services and print in Chinese."""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

from credit_desk.cli import CliError, print_json
from credit_desk.domain.case_file import CaseFileError
from credit_desk.domain.dates import cn_date
from credit_desk.domain.model import Case
from credit_desk.paths import DB_ENV, db_url
from credit_desk.services import cases as case_service
from credit_desk.services.catalog_view import catalog_rows
from credit_desk.services.checking import check_case
from credit_desk.services.workspace import Workspace, open_workspace, shipped_catalogs


def _read_case(path: Path) -> Case:
    try:
        return case_service.read_case_file(path)
    except CaseFileError as exc:
        raise CliError("案件文件有误，未做任何处理：\n" + "\n".join(f"  - {p}" for p in exc.problems)) from None


def _workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """Open the database named by --db, CREDIT_DESK_DB or the default.

    Only a command that adds to the office's data (``import-case``) may create the database: every other
    command reads an existing one, and a mistyped path must not pass for an empty, blameless register.
    """
    from credit_desk.store.db import StoreError

    url = _db_url_of(args)
    if not create:
        _require_database(args, url)
    try:
        return open_workspace(url)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def _db_source(args: argparse.Namespace) -> str:
    """Where the database path came from, as the officer would fix it."""
    if getattr(args, "db", None):
        return "命令行参数 --db"
    if os.environ.get(DB_ENV):
        return f"环境变量 {DB_ENV}"
    return "默认数据库"


def _require_database(args: argparse.Namespace, url: str) -> None:
    """Refuse an SQLite file that is not there (a server database is checked by connecting to it).

    Raises:
        CliError: "数据库不存在：<path>", exit 2.
    """
    from sqlalchemy.exc import ArgumentError

    from credit_desk.store.dialect import sqlite_file

    try:
        file = sqlite_file(url)
    except ArgumentError:  # not a URL at all: opening it gives the message
        return
    if file is None or Path(file).is_file():
        return
    path = Path(file)
    if path.is_dir():
        raise CliError(f"数据库路径是文件夹，不是数据库文件：{path}（来自{_db_source(args)}）")
    hint = ("新的数据库在首次启动程序或用 import-case 导入第一件案件时建立。" if _db_source(args) == "默认数据库"
            else f"请检查{_db_source(args)} 中的路径；新的数据库在用 import-case 导入第一件案件时建立。")
    raise CliError(f"数据库不存在：{path}\n{hint}")


def _file_context(args: argparse.Namespace):
    """Catalogs, calendar and settings for a file command: the database's if one is named, else shipped."""
    if args.db or os.environ.get(DB_ENV):
        ws = _workspace(args)
        return ws.catalogs, ws.calendar, ws.settings
    from credit_desk.domain.calendar import WorkCalendar

    cats = shipped_catalogs()
    return cats, WorkCalendar(), dict(cats.settings)


def cmd_check(args: argparse.Namespace) -> int:
    from credit_desk.domain.rules import Step

    case = _read_case(args.file)
    catalogs, calendar, settings = _file_context(args)
    step = Step(args.step) if args.step else None
    report = check_case(case, catalogs, calendar=calendar, settings=settings, step=step, today=args.today)
    if args.json:
        print_json([f.to_dict() for f in report.findings])
    elif not report.findings:
        print("检查通过：未发现问题。")
    else:
        for f in report.findings:
            print(str(f))
        print(f"\n共 {len(report.blocking)} 项阻止、{len(report.warnings)} 项提示。")
    return 1 if report.blocked else 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    case = _read_case(args.file)
    catalogs, calendar, settings = _file_context(args)
    report = check_case(case, catalogs, calendar=calendar, settings=settings)
    if args.json:
        print_json(
            [
                {
                    "key": d.key,
                    "label": d.label,
                    "due": d.due.isoformat(),
                    "explanation": d.explanation.text(),
                    "findings": [f.to_dict() for f in d.findings],
                }
                for d in report.deadlines
            ]
        )
        return 0
    if not report.deadlines:
        print("案件中尚无可计算期限的事件（告知书送达、异议收到、决定送达等）。")
    for d in report.deadlines:
        print(f"{d.label}：{cn_date(d.due)}")
        for line in d.explanation.text().splitlines():
            print(f"    {line}")
        for f in d.findings:
            print(f"    ！{f}")
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    """Every due date of every open case, by bucket: the same items as the dashboard tab."""
    from datetime import date

    from credit_desk.services.dashboard import BUCKET_LABELS, dashboard

    ws = _workspace(args)
    today = args.today or date.today()
    try:
        board = dashboard(ws, today)
    except ValueError as exc:  # a malformed period in the settings catalog
        raise CliError(str(exc)) from None
    finally:
        ws.db.dispose()
    if args.json:
        print_json(
            {
                "today": today.isoformat(),
                "open_cases": board.open_cases,
                "items": [
                    {
                        "bucket": str(i.bucket),
                        "due": i.due.isoformat(),
                        "red": i.red,
                        "case_id": i.case_id,
                        "reference": i.reference,
                        "subject": i.subject_name,
                        "state": str(i.state),
                        "kind": str(i.kind),
                        "key": i.key,
                        "label": i.label,
                        "rule": i.rule,
                        "citation": i.citation,
                    }
                    for i in board.items
                ],
            }
        )
        return 0
    print(f"今天：{cn_date(today)}　未办结案件 {board.open_cases} 件，到期事项 {len(board.items)} 项，"
          f"其中逾期须办 {board.red_count} 项。")
    for bucket, items in board.by_bucket.items():
        if not items:
            continue
        print(f"\n【{BUCKET_LABELS[bucket]}】{len(items)} 项")
        for i in items:
            mark = "！" if i.red else "　"
            basis = f"　依据：{i.basis}" if i.basis else ""
            print(f"{mark}{cn_date(i.due)}　案件 {i.case_id}（{i.reference}）{i.subject_name}　"
                  f"{i.state_label}　{i.label}{basis}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from credit_desk.services.rendering import DocumentError, RenderRefused, render_document

    case = _read_case(args.file)
    catalogs, calendar, settings = _file_context(args)
    if args.index is not None:  # 1-based, as the officer counts: 第2项异议
        key = {"D-02": "objection_index", "D-04": "repair_index", "D-05": "repair_index", "D-06": "delivery_index"}
        if args.doc not in key or args.index < 1:
            raise CliError("--index 只用于 D-02、D-04、D-05、D-06，且从 1 开始。", code=2)
        settings = {**settings, key[args.doc]: args.index - 1}
    try:
        result = render_document(
            case, catalogs, doc_id=args.doc, number=args.number, issue_date=args.date,
            calendar=calendar, settings=settings,
        )
    except RenderRefused as exc:
        lines = "\n".join(f"  - {f}" for f in exc.findings)
        raise CliError(f"以下规则阻止生成 {args.doc}：\n{lines}", code=1) from None
    except DocumentError as exc:
        hint = "（用 --number 指定文号）" if exc.rule == "R-16" and not args.number else ""
        raise CliError(f"无法生成 {args.doc}：{exc}{hint}", code=1) from None
    data, kind = result.pdf, "PDF"
    if args.out.suffix.lower() == ".docx":  # the same letter for Word/WPS, East-Asian fonts set explicitly
        from credit_desk.documents.docx_export import render_docx

        data, kind = render_docx(result.letter), "DOCX"
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.out.with_name(args.out.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(args.out)
    except OSError as exc:
        raise CliError(f"无法写入 {args.out}：{exc.strerror}") from None
    _log_file_export(args, f"file:{args.file}", f"{args.doc} → {args.out}")
    digest = hashlib.sha256(data).hexdigest()  # of the file written, PDF or DOCX
    print(f"已生成 {args.doc}：{args.out}（{len(data) // 1024} KB，{kind} SHA-256 {digest[:16]}…）")
    return 0


def cmd_import_case(args: argparse.Namespace) -> int:
    ws = _workspace(args, create=True)  # the office's first case creates its database (the installer test)
    try:
        res = case_service.import_case_file(ws, args.file)
    except CaseFileError as exc:
        raise CliError("案件文件有误，未写入数据库：\n" + "\n".join(f"  - {p}" for p in exc.problems)) from None
    print(f"已导入为案件 {res.case_id}（草稿）。")
    for f in res.findings:
        print(f"  {f}")
    return 0


def cmd_export_case(args: argparse.Namespace) -> int:
    from credit_desk.store.cases import CaseNotFound

    ws = _workspace(args)
    try:
        path = case_service.export_case_file(ws, args.id, args.out)
    except CaseNotFound:
        raise CliError(f"数据库中没有编号为 {args.id} 的案件。") from None
    except OSError as exc:
        raise CliError(f"无法写入 {args.out}：{exc.strerror}") from None
    from credit_desk.services import usage_log

    usage_log.log_export(ws, usage_log.system_officer(), usage_log.case_object(args.id), _purpose(args),
                         details=f"案件文件 {path}")
    print(f"已导出案件 {args.id}：{path}")
    return 0


def _purpose(args: argparse.Namespace) -> str:
    """The stated purpose of a CLI export (R-17); without ``--purpose`` the log says none was given."""
    return (getattr(args, "purpose", None) or "").strip() or "命令行导出（未另行说明用途）"


def _log_file_export(args: argparse.Namespace, obj: str, details: str) -> None:
    """Log a letter rendered from a case file (R-17) in the database named by --db or the environment;
    with no database in use there is no log to write to."""
    if not (args.db or os.environ.get(DB_ENV)):
        return
    from credit_desk.services import usage_log

    ws = _workspace(args)
    try:
        usage_log.log_export(ws, usage_log.system_officer(), obj, _purpose(args), details=details)
    finally:
        ws.db.dispose()


def cmd_catalog(args: argparse.Namespace) -> int:
    if args.catalog_command != "list":
        raise CliError("用法：credit-desk catalog list [--kind standards|measures|provisions|fields] [--json]")
    catalogs, _, _ = _file_context(args)
    rows = catalog_rows(catalogs, args.kind)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print("  ".join(str(v) for v in row.values()))
    return 0


# --- backup and restore (issue 5) -----------------------------------------------------------------


def _db_url_of(args: argparse.Namespace) -> str:
    from credit_desk.paths import default_db_url

    return db_url(args.db) if getattr(args, "db", None) else default_db_url()


def cmd_backup(args: argparse.Namespace) -> int:
    from credit_desk.services import backup as backup_service

    url = _db_url_of(args)
    _require_database(args, url)
    try:
        info = backup_service.backup_now(url, args.to)
    except backup_service.BackupError as exc:
        raise CliError(exc.message_cn) from None
    print(f"已备份并校验：{info.path}（{info.size:,} 字节）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from credit_desk.services import backup as backup_service
    from credit_desk.store.instance_lock import InstanceLock

    url = _db_url_of(args)
    target = _restore_target(args, url)
    try:
        lock = InstanceLock.for_url(url)
    except OSError as exc:
        raise CliError(f"无法检查数据库是否正在使用：{exc}") from None
    if not lock.acquire():
        raise CliError("Credit Desk 正在使用该数据库，请先关闭程序再恢复。", code=3)
    existed = target is not None and target.is_file()
    try:
        result = backup_service.restore_database(url, args.file)
    except backup_service.BackupError as exc:
        raise CliError(exc.message_cn) from None
    finally:
        lock.release()
    print(f"已从备份恢复（数据结构版本 {result.revision}）：{result.restored_from}")
    if target is not None:
        print(f"恢复到数据库：{target}{'' if existed else '（新建）'}")
    if result.kept_aside is not None:
        print(f"被替换的数据库已另存：{result.kept_aside}")
    return 0


def _restore_target(args: argparse.Namespace, url: str) -> Path | None:
    """The database file a restore writes. Unlike the other commands, restore may create it: bringing the
    office's data back onto a new or reinstalled computer, where there is no database yet, is what a
    backup is for. Its folder must exist, though (the default data folder always does), so that a mistyped
    path is refused instead of growing folders; and the officer is told which file was written.

    Raises:
        CliError: the folder does not exist, or the path is a folder (exit 2).
    """
    from sqlalchemy.exc import ArgumentError

    from credit_desk.store.dialect import sqlite_file

    try:
        file = sqlite_file(url)
    except ArgumentError:
        raise CliError(f"无法识别的数据库地址（来自{_db_source(args)}）") from None
    if file is None:
        return None  # a server: restore_database explains that its own tools apply
    path = Path(file)
    if path.is_dir():
        raise CliError(f"数据库路径是文件夹，不是数据库文件：{path}（来自{_db_source(args)}）")
    if not path.parent.is_dir():
        raise CliError(f"数据库所在的文件夹不存在，未做任何恢复：{path.parent}\n"
                       f"请检查{_db_source(args)} 中的路径；恢复到新的数据库时，请先建立该文件夹。")
    return path


def cmd_verify(args: argparse.Namespace) -> int:
    """The integrity check (issue 5): exit 0 when all is well, 1 with the list of problems."""
    from credit_desk.services.verify import verify

    ws = _workspace(args)
    try:
        report = verify(ws, rerender=not args.no_render, thorough=args.thorough)
    finally:
        ws.db.dispose()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "log_entries": report.log_entries,
                "log_head": {"id": report.log_head_id, "hash": report.log_head_hash},
                "documents": report.documents,
                "rerendered": report.rerendered,
                "problems": [
                    {"check": p.check, "record": p.record, "message": p.message, "rule": p.rule,
                     "citation": p.citation}
                    for p in report.problems
                ],
            }
        )
    else:
        print("\n".join(report.lines()))
    return 0 if report.ok else 1
