"""``credit-desk --self-test``: prove that an installed copy works, without a screen and without the office's data.

Why: an installer that copies files is not proof the app runs. A frozen build can miss a data file, a
Qt plugin, a translation or a font and still start; the officer would only find out when printing a
letter. The self-test walks the whole path a letter takes — bundled files, a fresh database migrated to
the current schema, the catalogs, the D-03 and D-08 forms, reportlab and the fonts, Qt's PDF engine —
and checks the text that comes out. It runs offscreen, in a temporary folder, and touches nothing of
the user's (the database is a temporary file; no log, no settings).

Exit code 0 when every check passes, 1 otherwise; each check prints one line in Chinese.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from credit_desk import __version__, paths

#: Files every build must carry (relative to the bundle root); a missing one means a broken build.spec.
REQUIRED_FILES = (
    "forms/D-03.toml",
    "forms/D-08.toml",
    "resources/catalogs/standards.json",
    "resources/catalogs/measures.json",
    "resources/catalogs/provisions.json",
    "resources/fonts/noto-serif-sc/NotoSerifSC_400Regular.ttf",
    "resources/fonts/noto-serif-sc/NotoSerifSC_700Bold.ttf",
    "resources/i18n/credit_desk_zh_CN.qm",
    "credit_desk/store/migrations/env.py",
)
D08_NUMBER = "示例县市监信修告〔2026〕1号"
D08_DATE = date(2026, 9, 1)
#: A source string of the app with its shipped translation, to prove the .qm is the real one.
TRANSLATION_PROBE = ("App", "Cannot open the database")


class SelfTestFailure(Exception):
    """One check failed; the message (Chinese) says what is wrong with the installation."""


@dataclass
class SelfTestRun:
    """The state the checks share: the temporary folder and the letters rendered so far."""

    work_dir: Path
    letters: dict[str, tuple[Path, list[str]]] = field(default_factory=dict)  # form → (pdf, expected text)


def check_bundle(run: SelfTestRun) -> str:
    root = paths.bundle_root()
    missing = [rel for rel in REQUIRED_FILES if not (root / rel).is_file()]
    if missing:
        raise SelfTestFailure(f"安装不完整，缺少文件：{'、'.join(missing)}（位于 {root}）")
    return f"程序文件齐全（{root}）"


def check_database(run: SelfTestRun) -> str:
    """A new database in the temporary folder, migrated to the current schema, seeded with the catalogs."""
    from credit_desk.services.workspace import open_workspace
    from credit_desk.store.db import file_head_revision, schema_version

    ws = open_workspace(paths.db_url(str(run.work_dir / "self-test.sqlite3")))
    try:
        version = schema_version(ws.db)
        head = file_head_revision()
        if version != head:
            raise SelfTestFailure(f"数据库结构版本为 {version or '空'}，应为 {head}：数据库升级脚本未正确安装")
        counts = {
            "认定标准": len(ws.catalogs.standards),
            "惩戒措施": len(ws.catalogs.measures),
            "法律条款": len(ws.catalogs.provisions),
        }
    finally:
        ws.db.dispose()
    empty = [name for name, n in counts.items() if n == 0]
    if empty:
        raise SelfTestFailure(f"目录为空：{'、'.join(empty)}")
    listed = "，".join(f"{name} {n} 条" for name, n in counts.items())
    return f"临时数据库已建立（结构版本 {version}），目录已载入：{listed}"


def _render(run: SelfTestRun, form_id: str, *, number: str, issue_date: date) -> str:
    from credit_desk.documents.render import render_document
    from credit_desk.documents.sample import sample_case, sample_catalogs

    case = sample_case()
    result = render_document(form_id, case, sample_catalogs(), number=number, issue_date=issue_date)
    expected = [result.letter.title, number, case.subject.name, case.office.deciding_body]
    missing = [t for t in expected if t not in result.text]
    if missing or not result.pdf.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{form_id} 生成的内容不完整，缺少：{'、'.join(missing) or 'PDF 文件头'}")
    out = run.work_dir / f"{form_id}.pdf"
    out.write_bytes(result.pdf)
    run.letters[form_id] = (out, expected)
    return f"{form_id}《{result.letter.title}》已生成（{len(result.pdf) // 1024} KB）"


def check_d03(run: SelfTestRun) -> str:
    from credit_desk.documents.sample import sample_case

    decision = sample_case().decision
    assert decision is not None  # the sample case is ready for the decision
    return _render(run, "D-03", number=decision.number, issue_date=decision.decision_date)


def check_d08(run: SelfTestRun) -> str:
    return _render(run, "D-08", number=D08_NUMBER, issue_date=D08_DATE)


def check_docx(run: SelfTestRun) -> str:
    """The Word/WPS copy: python-docx needs its XML templates in the bundle (a footer part is made from one)."""
    import io

    from docx import Document

    from credit_desk.documents.docx_export import render_docx
    from credit_desk.documents.render import render_document
    from credit_desk.documents.sample import sample_case, sample_catalogs

    case = sample_case()
    decision = case.decision
    assert decision is not None
    result = render_document("D-03", case, sample_catalogs(), number=decision.number,
                             issue_date=decision.decision_date)  # type: ignore[arg-type]
    try:
        data = render_docx(result.letter)
        text = "".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    except (OSError, KeyError, ValueError) as exc:
        raise SelfTestFailure(f"Word 文档（DOCX）无法生成：{exc}") from exc
    if decision.number not in "".join(text.split()):
        raise SelfTestFailure("Word 文档（DOCX）中读不出文号")
    out = run.work_dir / "D-03.docx"
    out.write_bytes(data)
    return f"D-03 的 Word 文档（DOCX）已生成并读回（{len(data) // 1024} KB）"


def check_xlsx(run: SelfTestRun) -> str:
    """The spreadsheet exports (publication register, usage log for an inspector) need openpyxl in the bundle."""
    from openpyxl import Workbook, load_workbook

    out = run.work_dir / "self-test.xlsx"
    book = Workbook()
    book.active.append(["主体名称", "统一社会信用代码"])
    book.active.append(["青山县味佳食品有限公司", "91411122358172640B"])
    book.save(out)
    back = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    if back[1] != ["青山县味佳食品有限公司", "91411122358172640B"]:
        raise SelfTestFailure("电子表格（XLSX）读回的内容与写入的不一致")
    return "电子表格（XLSX）导出可用"


def _qt_app():
    """The running QApplication, or a new offscreen one (the self-test never opens a window)."""
    from credit_desk.ui.qt_compat import protect_none

    protect_none()  # PySide6 6.12 on CPython 3.11: before the first Qt call, frozen or not
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "credit-desk"])
    return app


def check_pdf_text(run: SelfTestRun) -> str:
    """Read the written PDFs back with Qt's PDF engine (the preview's): the text must be there."""
    _qt_app()
    from PySide6.QtPdf import QPdfDocument

    if not run.letters:
        raise SelfTestFailure("没有可核对的文书（D-03、D-08 均未生成）")
    pages = 0
    for form_id, (pdf, expected) in run.letters.items():
        doc = QPdfDocument()
        error = doc.load(str(pdf))
        if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
            raise SelfTestFailure(f"Qt PDF 组件无法打开 {form_id}（{error.name}）：预览将不可用")
        text = "".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
        squeezed = "".join(text.split())
        missing = [t for t in expected if "".join(t.split()) not in squeezed]
        pages += doc.pageCount()
        doc.close()
        if missing:
            raise SelfTestFailure(f"{form_id} 的 PDF 中读不出：{'、'.join(missing)}（字体嵌入或字符映射有误）")
    return f"PDF 文字核对无误（{'、'.join(run.letters)}，共 {pages} 页）"


def check_translations(run: SelfTestRun) -> str:
    """Qt's own Chinese strings and the app's .qm: without them the interface would be in English."""
    _qt_app()
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if not qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
        raise SelfTestFailure(f"缺少 Qt 中文翻译 qtbase_zh_CN.qm（{qt_dir}）")
    own = QTranslator()
    qm = paths.resource("i18n", "credit_desk_zh_CN.qm")
    translated = own.translate(*TRANSLATION_PROBE) if own.load(str(qm)) else ""
    if not translated or translated == TRANSLATION_PROBE[1]:
        raise SelfTestFailure(f"界面翻译文件无效：{qm}")
    return f"界面中文翻译已载入（{translated}）"


def check_ui_fonts(run: SelfTestRun) -> str:
    """Qt draws the interface with the system's fonts: at least one must cover Simplified Chinese."""
    _qt_app()
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        raise SelfTestFailure("系统中没有简体中文字体，界面文字将无法显示：请安装 fonts-noto-cjk 或 fonts-wqy-microhei")
    return f"界面中文字体可用（{len(families)} 种，如 {families[0]}）"


CHECKS: tuple[tuple[str, Callable[[SelfTestRun], str]], ...] = (
    ("程序文件", check_bundle),
    ("数据库和目录", check_database),
    ("D-03", check_d03),
    ("D-08", check_d08),
    ("PDF 文字", check_pdf_text),
    ("Word 文档", check_docx),
    ("电子表格", check_xlsx),
    ("中文翻译", check_translations),
    ("界面字体", check_ui_fonts),
)


def run_self_test(*, out: TextIO | None = None, work_dir: Path | None = None) -> int:
    """Run every check, print one line each; 0 when all pass, 1 otherwise.

    Args:
        out: where the report goes (default stdout; ``self-test.txt`` in the user data folder when the
            windowed Windows build has no stdout).
        work_dir: keep the database and PDFs there (default: a temporary folder removed afterwards).
    """
    if out is None and sys.stdout is None:  # Windows build without a console: write the report to a file
        with (paths.user_data_dir() / "self-test.txt").open("w", encoding="utf-8") as report:
            return run_self_test(out=report, work_dir=work_dir)
    out = out or sys.stdout
    print(f"Credit Desk {__version__} 自检{'（安装版）' if paths.is_frozen() else ''}：", file=out)
    with tempfile.TemporaryDirectory(prefix="credit-desk-self-test-") as tmp:
        run = SelfTestRun(work_dir or Path(tmp))
        run.work_dir.mkdir(parents=True, exist_ok=True)
        failed = 0
        for name, check in CHECKS:
            try:
                line = f"  ✓ {check(run)}"
            except SelfTestFailure as exc:
                failed += 1
                line = f"  ✗ {name}：{exc}"
            except Exception as exc:  # a bug or a broken build: report it as a failed check, keep going
                failed += 1
                line = f"  ✗ {name}：{type(exc).__name__}: {exc}"
            print(line, file=out, flush=True)
    print("自检通过。" if not failed else f"自检失败：{failed} 项未通过。", file=out)
    return 0 if not failed else 1
