"""``credit-desk``: the command line. With no command it starts the desktop app.

Every command reports problems in Chinese and exits non-zero; none shows a traceback for bad input.
Exit codes: 0 done, 1 a rule blocks (check) or the work was refused, 2 bad input or environment,
141 the reader of the output went away (``credit-desk deadlines case.json | head -1``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from credit_desk import __version__


class CliError(Exception):
    """A problem to print for the officer, with the exit code to use."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式错误：{text}，应为 YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="credit-desk",
        description="信用认定工作台 Credit Desk：严重失信主体名单认定案件办理。不带子命令时启动图形界面。",
    )
    p.add_argument("--version", action="version", version=f"credit-desk {__version__}")
    p.add_argument("--db", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据目录中的 SQLite 数据库）")
    p.add_argument("--self-test", action="store_true",
                   help="自检：临时数据库、目录、生成并核对 D-03 和 D-08，通过时退出码为 0")
    sub = p.add_subparsers(dest="command", metavar="命令")

    c = sub.add_parser("check", help="按全部规则检查案件文件，有阻止项时退出码为 1")
    c.add_argument("file", type=Path)
    c.add_argument("--json", action="store_true", help="以 JSON 输出检查结果")
    c.add_argument("--step", choices=["draft", "notice", "decision"], help="按哪一步检查（默认：案件已到达的步骤）")
    c.add_argument("--today", type=_date, help="检查所用的当日日期（默认：今天）")

    r = sub.add_parser("render", help="把案件文件生成 PDF 文书")
    r.add_argument("file", type=Path)
    r.add_argument("--doc", required=True, choices=[f"D-0{i}" for i in range(1, 9)], help="文书类型")
    r.add_argument("--index", type=int, help="第几项异议（D-02）、修复申请（D-04/05）或送达（D-06），默认最后一项")
    r.add_argument("--out", required=True, type=Path, help="输出路径（.pdf，或 .docx 生成 Word/WPS 文档）")
    r.add_argument("--number", help="文号（默认取案件中记载的该文书文号）")
    r.add_argument("--date", type=_date, help="成文日期（默认取案件中记载的该文书日期）")

    i = sub.add_parser("import-case", help="导入案件文件到数据库（校验失败时不写入任何内容）")
    i.add_argument("file", type=Path)

    e = sub.add_parser("export-case", help="把数据库中的案件导出为案件文件")
    e.add_argument("id", type=int)
    e.add_argument("--out", required=True, type=Path)
    e.add_argument("--purpose", help="导出用途（记入使用记录，R-17；不填时记为“命令行导出（未另行说明用途）”）")

    v = sub.add_parser("verify", help="完整性校验：数据库、使用记录哈希链、每份已出具文书；发现问题时退出码为 1")
    v.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件路径或 SQLAlchemy URL")
    v.add_argument("--no-render", action="store_true", help="只核对文书哈希，不按存档字段重新生成比对（更快）")
    v.add_argument("--thorough", action="store_true", help="完整检查数据库文件（含全部索引，较慢）")
    v.add_argument("--json", action="store_true")

    d = sub.add_parser("deadlines", help="列出案件的全部期限及其计算过程")
    d.add_argument("file", type=Path)
    d.add_argument("--json", action="store_true")

    dash = sub.add_parser("dashboard", help="列出全部未办结案件的到期事项（逾期、今日到期、7日内到期、以后）")
    dash.add_argument("--today", type=_date, help="按哪一天计算（默认：今天）")
    # --db here too (``credit-desk dashboard --db X``); SUPPRESS keeps a --db given before the command
    dash.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件路径或 SQLAlchemy URL")
    dash.add_argument("--json", action="store_true")

    # --- backup and restore (issue 5) ---
    bk = sub.add_parser("backup", help="备份数据库（SQLite 备份接口，写入后校验，按 7 天 + 4 周轮换）")
    bk.add_argument("--to", type=Path, help="备份到哪个文件夹（如 U 盘；默认：设置中的备份文件夹）")
    rs = sub.add_parser("restore", help="从备份恢复数据库（先校验备份；被替换的数据库另存，不删除）")
    rs.add_argument("file", type=Path, help="备份文件")

    cat = sub.add_parser("catalog", help="目录（认定标准、惩戒措施、法律条款）")
    cat_sub = cat.add_subparsers(dest="catalog_command", metavar="操作")
    cl = cat_sub.add_parser("list", help="列出目录")
    cl.add_argument("--kind", choices=["standards", "measures", "provisions", "fields"], default="standards")
    cl.add_argument("--json", action="store_true")
    return p


#: exit code when stdout was closed by its reader: 128 + SIGPIPE, what a shell reports for ``cat`` or ``grep``
#: stopped the same way, so a script with ``set -o pipefail`` still sees that the output was cut short
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _main(argv)
        finally:
            if sys.stdout is not None:  # None in the Windows build, which has no console
                sys.stdout.flush()  # a pipe's buffered output is written here, inside the try, not at exit
    except BrokenPipeError:  # ``| head``, ``| less`` quit early: nothing more to say, and nobody to say it to
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _discard_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit does not fail a second time
    (the recipe in the documentation of the ``signal`` module)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests capture it): drop the object
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit, as stdout does
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from credit_desk.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from credit_desk.app import run_gui  # Qt only when the GUI starts

        return run_gui(db=args.db)
    from credit_desk import cli_commands

    handler = getattr(cli_commands, "cmd_" + args.command.replace("-", "_"))
    try:
        return handler(args)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
