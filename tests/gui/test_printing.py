"""Printing at 100 % on A4 (through the exact print path, to a PDF file) and atomic PDF export."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from credit_desk.services import rendering
from credit_desk.ui import printing

pytestmark = pytest.mark.gui

DPI = 150  # printer resolution in the test: fine enough to compare, small enough to be quick
A4_PT = (595.28, 841.89)


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    """The official D-03 of the sample case (rendered once: the tests only read it)."""
    from credit_desk.domain.model import Case
    from credit_desk.services.workspace import shipped_catalogs

    data = json.loads((Path(__file__).parents[1] / "fixtures" / "cases" / "samr_company.json").read_text("utf-8"))
    return rendering.render_document(Case.model_validate(data["case"]), shipped_catalogs(), doc_id="D-03").pdf


def file_printer(path, dpi: int = DPI) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def page_image(pdf: bytes, page: int, dpi: int) -> QImage:
    """A page rendered by QtPdf at ``dpi``, flattened on white."""
    loaded = printing.load_pdf(pdf)
    try:
        points = loaded.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = loaded.document.render(page, size)
    finally:
        loaded.close()
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor(Qt.GlobalColor.white))
    p = QPainter(flat)
    p.drawImage(0, 0, image)
    p.end()
    return flat


def dark_box(image: QImage, threshold: int = 128) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels darker than ``threshold`` (the ink on the page)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    rows = [y for y in range(h) if min(data[y * stride : y * stride + w]) < threshold]
    assert rows, "the page is blank"
    left = min(next(x for x in range(w) if data[y * stride + x] < threshold) for y in rows)
    right = max(next(x for x in range(w - 1, -1, -1) if data[y * stride + x] < threshold) for y in rows)
    return left, rows[0], right, rows[-1]


def test_print_to_file_is_a4_same_pages_and_100_percent(qtbot, tmp_path, letter_pdf):
    out = tmp_path / "printed.pdf"
    assert printing.print_pdf(letter_pdf, printer=file_printer(out)) is True

    printed = pypdf.PdfReader(out)
    source = pypdf.PdfReader(io.BytesIO(letter_pdf))
    assert len(printed.pages) == len(source.pages) >= 2
    for page in printed.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(w - A4_PT[0]) <= 2 and abs(h - A4_PT[1]) <= 2, (w, h)

    printed_bytes = out.read_bytes()
    for page in (0, len(source.pages) - 1):  # first page (title block) and last (signature, date)
        want = dark_box(page_image(letter_pdf, page, DPI))
        got = dark_box(page_image(printed_bytes, page, DPI))
        assert all(abs(a - b) <= 3 for a, b in zip(want, got, strict=True)), (page, want, got)
    # the box is the GB/T 9704 text block, not the whole sheet: a scaled print would move its edges
    left, top, _, _ = dark_box(page_image(letter_pdf, 0, DPI))
    assert left > 100 and top > 100


def test_page_range_chosen_in_the_dialog_is_honoured(qtbot, tmp_path, letter_pdf):
    out = tmp_path / "range.pdf"
    printer = file_printer(out, dpi=72)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.print_pdf(letter_pdf, printer=printer)
    assert len(pypdf.PdfReader(out).pages) == 2


def test_print_dialog_carries_the_100_percent_note_and_cancel_prints_nothing(qtbot, monkeypatch, letter_pdf):
    seen = {}

    def fake_exec(dialog):
        seen["title"] = dialog.windowTitle()
        seen["printer"] = dialog.printer()
        seen["max"] = dialog.maxPage()
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert printing.print_pdf(letter_pdf) is False
    assert seen["title"] == printing.print_note() and "100%" in seen["title"]
    assert seen["max"] == len(pypdf.PdfReader(io.BytesIO(letter_pdf)).pages)
    printer = seen["printer"]
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.fullPage()


def test_cancelled_print_job_aborts(qtbot, tmp_path, letter_pdf):
    from credit_desk.ui.background import Cancelled

    class CancelledTask:
        cancelled = True

        def check_cancelled(self):
            raise Cancelled()

        def progress(self, *args):
            pass

    with pytest.raises(Cancelled):
        printing.print_document(letter_pdf, file_printer(tmp_path / "x.pdf", dpi=72), CancelledTask())


def test_unreadable_bytes_are_refused(qtbot):
    with pytest.raises(printing.PdfLoadError):
        printing.print_pdf(b"not a pdf", printer=QPrinter())


def test_export_is_atomic_and_replaces(tmp_path, letter_pdf):
    target = tmp_path / "决定书.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    assert printing.export_pdf(letter_pdf, target) == target
    assert target.read_bytes() == letter_pdf
    assert [p.name for p in tmp_path.iterdir()] == ["决定书.pdf"], "no temporary file left behind"
    if os.name == "posix":  # a replaced file keeps its permissions
        assert target.stat().st_mode & 0o777 == 0o640


def test_export_failure_leaves_nothing(tmp_path, letter_pdf, monkeypatch):
    target = tmp_path / "x.pdf"

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing.os, "replace", full_disk)
    with pytest.raises(OSError):
        printing.export_pdf(letter_pdf, target)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError):
        printing.export_pdf(letter_pdf, tmp_path / "missing" / "x.pdf")
