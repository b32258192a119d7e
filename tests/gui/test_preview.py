"""The live preview pane: renders off the GUI thread, debounced, newest state only; print and export."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit
from qt_helpers import type_cjk

from credit_desk.services import rendering
from credit_desk.ui import printing
from credit_desk.ui.preview import PreviewPane

pytestmark = pytest.mark.gui

RENDER_TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def _no_workers_left(qapp):
    """Every background render finishes inside its test (its queued result is then dropped)."""
    yield
    QThreadPool.globalInstance().waitForDone()
    qapp.processEvents()


@pytest.fixture
def make_pane(qtbot, workspace):
    def make(doc_id: str = "D-03", **kw) -> PreviewPane:
        pane = PreviewPane(workspace, doc_id, **kw)
        qtbot.addWidget(pane)
        pane.resize(900, 700)
        pane.show()
        return pane

    return make


def page_text(pane: PreviewPane, page: int = 0) -> str:
    return "".join(pane.document().getAllText(page).text().split())


def all_text(pane: PreviewPane) -> str:
    return "".join(page_text(pane, p) for p in range(pane.document().pageCount()))


def render(qtbot, pane: PreviewPane, case) -> int:
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT) as blocker:
        pane.update_case(case)
    return blocker.args[0]


def test_sample_case_renders_every_page(qtbot, make_pane, samr_case):
    pane = make_pane(debounce_ms=50)
    pages = render(qtbot, pane, samr_case)
    assert pages >= 2 and pane.document().pageCount() == pages
    assert "青山县味佳食品有限公司" in page_text(pane, 0)
    assert "列入市场监督管理严重违法失信名单决定书" in page_text(pane, 0)
    assert pane.notice.isHidden(), "nothing blocks the sample case: no draft notice"
    assert "草稿" not in all_text(pane)
    assert pane.problem.isHidden()
    assert pane.result().pdf is not None and not pane.result().draft


def test_name_typed_elsewhere_is_in_the_new_preview(qtbot, make_pane, samr_case):
    pane = make_pane(debounce_ms=50)
    render(qtbot, pane, samr_case)
    name_edit = QLineEdit()  # stands in for the wizard's party page
    qtbot.addWidget(name_edit)

    def on_name(text: str) -> None:
        samr_case.subject.name = text
        pane.update_case(samr_case)

    name_edit.textChanged.connect(on_name)
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        type_cjk(name_edit, "青山县陈𠈌䶮食品有限公司")
    assert "当事人：青山县陈𠈌䶮食品有限公司" in page_text(pane, 0)


def test_burst_of_changes_renders_once_with_the_last_state(qtbot, make_pane, samr_case):
    pane = make_pane()  # the real 400 ms debounce
    started, shown = [], []
    pane.render_started.connect(started.append)
    pane.rendered.connect(shown.append)
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        for n in range(25):  # as fast as the officer can type: no event loop turn in between
            case = samr_case.model_copy(deep=True)
            case.subject.name = f"青山县第{n}号食品有限公司"
            pane.update_case(case)
    assert len(started) == 1 and len(shown) == 1
    assert "青山县第24号食品有限公司" in page_text(pane, 0)


def test_change_during_a_render_drops_the_stale_result(qtbot, make_pane, samr_case):
    pane = make_pane(debounce_ms=0)
    started, shown = [], []
    pane.render_started.connect(started.append)
    pane.rendered.connect(shown.append)
    with qtbot.waitSignal(pane.render_started, timeout=RENDER_TIMEOUT):
        pane.update_case(samr_case)
    late = samr_case.model_copy(deep=True)
    late.subject.name = "青山县后改名称有限公司"
    pane.update_case(late)  # the first render is still running
    qtbot.waitUntil(lambda: bool(shown) and not pane.is_rendering(), timeout=RENDER_TIMEOUT)
    assert len(started) == 2 and len(shown) == 1, "the stale result is never shown"
    assert "青山县后改名称有限公司" in page_text(pane, 0)


def test_switching_to_the_repair_notice(qtbot, make_pane, samr_case):
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.doc_switch.setCurrentIndex(1)
    assert pane.doc_id() == "D-08"
    assert "信用修复告知书" in page_text(pane, 0)
    assert "不收取任何费用" in all_text(pane)


def test_blocked_case_previews_as_a_draft_with_the_count(qtbot, make_pane, samr_case):
    samr_case.notice = None  # no pre-decision notice
    samr_case.decision.number = ""
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    assert pane.notice.isVisible()
    assert pane.notice.text().startswith("草稿预览：尚有 1 项阻止，不能正式出具")
    assert "R-05" in pane.notice.text() and "国办发〔2020〕49号" in pane.notice.toolTip()
    assert "草稿" in page_text(pane, 0), "the watermark is on the page"
    assert "（文号待定）" in page_text(pane, 0)


def test_empty_mandated_field_names_r12(qtbot, make_pane, samr_case):
    samr_case.conduct_summary = ""
    pane = make_pane(debounce_ms=0)
    with qtbot.waitSignal(pane.failed, timeout=RENDER_TIMEOUT) as blocker:
        pane.update_case(samr_case)
    assert "“失信事实”未填写" in blocker.args[0]
    assert pane.problem.isVisible()
    assert "失信事实" in pane.problem.text() and "R-12" in pane.problem.text()
    assert "case.conduct_summary" in pane.problem.toolTip()


def test_no_standard_yet_says_so_with_rule_and_citation(qtbot, make_pane, samr_case):
    samr_case.standard_code = ""
    pane = make_pane(debounce_ms=0)
    with qtbot.waitSignal(pane.failed, timeout=RENDER_TIMEOUT):
        pane.update_case(samr_case)
    text = pane.problem.text()
    assert "尚未选择认定标准" in text and "“”" not in text
    assert "R-01（国办发〔2020〕49号 四(六)(七)）" in text


def test_empty_mandated_section_names_r12(qtbot, make_pane, samr_case, monkeypatch, tmp_path):
    """An office's own form whose 救济措施 renders to nothing is refused by R-12, named in Chinese."""
    from credit_desk.paths import forms_dir

    monkeypatch.setenv("CREDIT_DESK_DATA_DIR", str(tmp_path))
    override = tmp_path / "config" / "forms"
    override.mkdir(parents=True)
    text = (forms_dir() / "D-03.toml").read_text(encoding="utf-8")
    head, sep, rest = text.partition('key = "remedy"')
    assert sep, "the shipped D-03 has a remedy section"
    body_start = rest.index('body = """') + len('body = """')
    body_end = rest.index('"""', body_start)
    rest = rest[:body_start] + "\n{% if false %}{{ remedy.court }}{% endif %}\n" + rest[body_end:]
    (override / "D-03.toml").write_text(head + sep + rest, encoding="utf-8")

    pane = make_pane(debounce_ms=0)
    with qtbot.waitSignal(pane.failed, timeout=RENDER_TIMEOUT) as blocker:
        pane.update_case(samr_case)
    message = blocker.args[0]
    assert "必备内容" in message and "为空" in message and "R-12" in message
    assert "R-12" in pane.problem.text() and "section:remedy" in pane.problem.toolTip()


def test_unknown_glyph_is_refused_naming_the_character(qtbot, make_pane, samr_case):
    samr_case.subject.name = "青山县\ue000食品有限公司"
    pane = make_pane(debounce_ms=0)
    with qtbot.waitSignal(pane.failed, timeout=RENDER_TIMEOUT) as blocker:
        pane.update_case(samr_case)
    assert "U+E000" in blocker.args[0]
    assert "U+E000" in pane.problem.text() and "无字形" in pane.problem.text()


def test_a_failed_letter_after_a_good_one_keeps_the_last_preview(qtbot, make_pane, samr_case):
    pane = make_pane(debounce_ms=0)
    pages = render(qtbot, pane, samr_case)
    broken = samr_case.model_copy(deep=True)
    broken.conduct_summary = ""
    with qtbot.waitSignal(pane.failed, timeout=RENDER_TIMEOUT):
        pane.update_case(broken)
    assert pane.document().pageCount() == pages
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.update_case(samr_case)
    assert pane.problem.isHidden()


def test_export_writes_the_official_bytes(qtbot, make_pane, samr_case, workspace, monkeypatch, tmp_path):
    target = tmp_path / "决定书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    with qtbot.waitSignal(pane.exported, timeout=RENDER_TIMEOUT) as blocker:
        qtbot.mouseClick(pane.export_button, _left())
    assert blocker.args == ["D-03", str(target)]
    official = rendering.render_document(
        samr_case, workspace.catalogs, doc_id="D-03", calendar=workspace.calendar, settings=workspace.settings
    )
    assert target.read_bytes() == official.pdf
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_as_word_document(qtbot, make_pane, samr_case, monkeypatch, tmp_path):
    """Choosing the Word filter writes the same letter as DOCX (opens in Word and WPS)."""
    import docx

    target = tmp_path / "决定书"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Word documents (*.docx)")))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    with qtbot.waitSignal(pane.exported, timeout=RENDER_TIMEOUT) as blocker:
        qtbot.mouseClick(pane.export_button, _left())
    written = tmp_path / "决定书.docx"
    assert blocker.args == ["D-03", str(written)]
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert samr_case.subject.name in text and samr_case.decision.number in text


def test_export_is_refused_with_rule_and_citation(qtbot, make_pane, samr_case, monkeypatch, tmp_path,
                                                  _no_modal_dialogs):
    samr_case.notice = None
    target = tmp_path / "refused.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    pane.export_button.click()
    qtbot.waitUntil(lambda: pane.problem.isVisible() and pane.export_button.isEnabled(), timeout=RENDER_TIMEOUT)
    text = pane.problem.text()
    assert "R-05" in text and "国办发〔2020〕49号 四(八)" in text and "Traceback" not in text
    assert not target.exists()
    assert _no_modal_dialogs == [], "a refusal is an inline message, not a crash dialog"


def test_export_cancelled_does_nothing(qtbot, make_pane, samr_case, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    pane.export_button.click()
    assert pane.export_button.isEnabled() and pane.problem.isHidden()


def test_export_to_an_unwritable_folder_is_an_environment_failure(
    qtbot, make_pane, samr_case, monkeypatch, tmp_path, _no_modal_dialogs
):
    target = tmp_path / "missing-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    pane.export_button.click()
    qtbot.waitUntil(lambda: bool(_no_modal_dialogs), timeout=RENDER_TIMEOUT)
    assert _no_modal_dialogs[0][0] == "environment"


def test_print_button_prints_the_official_letter(qtbot, make_pane, samr_case, monkeypatch, tmp_path):
    out = tmp_path / "printed.pdf"

    def file_printer(parent, page_count):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        printing.configure_a4(printer)
        return printer

    monkeypatch.setattr(printing, "choose_printer", file_printer)
    pane = make_pane(debounce_ms=0)
    pages = render(qtbot, pane, samr_case)
    with qtbot.waitSignal(pane.printed, timeout=RENDER_TIMEOUT) as blocker:
        pane.print_button.click()
    assert blocker.args == ["D-03", pages]
    assert out.read_bytes().startswith(b"%PDF")


def test_print_refused_while_blocked_never_opens_the_dialog(qtbot, make_pane, samr_case, monkeypatch):
    samr_case.notice = None
    opened = []
    monkeypatch.setattr(printing, "choose_printer", lambda *a: opened.append(a))
    pane = make_pane(debounce_ms=0)
    render(qtbot, pane, samr_case)
    pane.print_button.click()
    qtbot.waitUntil(lambda: pane.problem.isVisible() and pane.print_button.isEnabled(), timeout=RENDER_TIMEOUT)
    assert "R-05" in pane.problem.text() and not opened


def test_pane_closed_during_a_render_is_left_alone(qtbot, workspace, samr_case):
    pane = PreviewPane(workspace, debounce_ms=0)
    with qtbot.waitSignal(pane.render_started, timeout=RENDER_TIMEOUT):
        pane.update_case(samr_case)
    pane.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(pane), timeout=RENDER_TIMEOUT)
    QThreadPool.globalInstance().waitForDone()  # the result arrives after the pane is gone and is dropped


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
