"""Printing a letter at 100 % on A4, and saving its PDF safely.

A letter laid out after GB/T 9704 (37 mm top, 28 mm left margin, 22 lines × 28 characters) is only
right on paper when printed at its physical size, so ``print_pdf`` never scales: the printer is set to
A4 portrait with ``fullPage`` (device coordinates start at the paper corner), each PDF page is rendered
by QtPdf at the printer's own resolution and painted at exactly its size in points. Pages are rendered
in horizontal strips so a 1200 dpi page never needs a 550 MB image. The officer is told, in the
print dialog's title and beside the 打印 button, not to choose "fit to page" or any scaling.

``export_pdf`` writes atomically (temporary file in the same folder, then ``os.replace``), so an
interrupted export never leaves half a letter under the officer's chosen name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from credit_desk.ui.background import Task

log = logging.getLogger(__name__)

#: Height of one rendered strip in device pixels (at 1200 dpi an A4 strip is ≈ 40 MB).
STRIP_HEIGHT = 1024

__all__ = [
    "LoadedPdf",
    "PdfLoadError",
    "choose_printer",
    "configure_a4",
    "export_pdf",
    "load_page_count",
    "load_pdf",
    "paint_pages",
    "print_document",
    "print_note",
    "print_pdf",
]


class PdfLoadError(RuntimeError):
    """QtPdf could not read the bytes (never expected for our own renderer's output)."""


def print_note() -> str:
    """The warning shown with every print: print at 100 %, never "fit to page"."""
    return QCoreApplication.translate("Printing", "Print at 100% — do not choose “Fit to page” or any scaling")


class LoadedPdf:
    """A QPdfDocument read from bytes, with the buffer it reads from kept alive as long as it is.

    Usable in a worker thread (QtPdf serializes PDFium itself); both objects belong to Python and go
    with it, so no event loop is needed to free them.
    """

    def __init__(self, pdf_bytes: bytes):
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(pdf_bytes))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)  # synchronous for an in-memory buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            error = self.document.error()
            self.close()
            raise PdfLoadError(f"QtPdf cannot read the document: {error}")

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def load_pdf(pdf_bytes: bytes) -> LoadedPdf:
    """Load PDF bytes into QtPdf (the caller closes the result)."""
    return LoadedPdf(pdf_bytes)


def configure_a4(printer: QPrinter) -> None:
    """A4 portrait, no margins, full page: device (0, 0) is the paper's top-left corner."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _page_numbers(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages to print, honouring a page range chosen in the dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def _strips(size: QSize) -> Iterator[QRect]:
    for top in range(0, size.height(), STRIP_HEIGHT):
        yield QRect(0, top, size.width(), min(STRIP_HEIGHT, size.height() - top))


def paint_pages(document: QPdfDocument, printer: QPrinter, task: Task | None = None) -> int:
    """Paint the document's pages on ``printer`` at 100 %; returns the number of pages painted.

    Safe in a worker thread (QPainter on a QPrinter is supported off the GUI thread). With a ``task``,
    progress is reported per page and a cancel aborts the print job.
    """
    pages = _page_numbers(printer, document.pageCount())
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    total = len(pages) * copies
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be started."))
    painted = 0
    try:
        for index in [i for _ in range(copies) for i in pages]:
            if task is not None:
                if task.cancelled:
                    printer.abort()
                    task.check_cancelled()
                task.progress(painted, total, "")
            if painted and not printer.newPage():
                raise OSError(QCoreApplication.translate("Printing", "The printer refused a new page."))
            points = document.pagePointSize(index)  # 1 pt = 1/72 inch: the physical size
            size = QSize(round(points.width() * dpi_x / 72), round(points.height() * dpi_y / 72))
            for strip in _strips(size):
                painter.drawImage(strip.topLeft(), _render_strip(document, index, size, strip))
            painted += 1
    finally:
        painter.end()
    return painted


def _render_strip(document: QPdfDocument, index: int, size: QSize, strip: QRect) -> QImage:
    """One strip of a page rendered at ``size``, flattened on white (QtPdf renders on transparency)."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    options.setScaledClipRect(strip)
    image = document.render(index, strip.size(), options)
    flat = QImage(strip.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor(Qt.GlobalColor.white))
    with _painting(flat) as p:
        p.drawImage(0, 0, image)
    return flat


@contextlib.contextmanager
def _painting(device) -> Iterator[QPainter]:
    p = QPainter(device)
    try:
        yield p
    finally:
        p.end()


def choose_printer(parent: QWidget | None, page_count: int) -> QPrinter | None:
    """The system print dialog on an A4, full-page printer; None when the officer cancels.

    The dialog's title carries the 100 % note, so it is in front of the officer while choosing.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(print_note())
    dialog.setMinMax(1, max(1, page_count))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(pdf_bytes: bytes, printer: QPrinter, task: Task | None = None) -> int:
    """Print ``pdf_bytes`` on a chosen printer at 100 % (worker-safe); returns the pages printed.

    Whatever paper the dialog left selected, the printer is switched to full page so device (0, 0) is
    the paper corner and nothing is scaled or shifted by printer margins.
    """
    pdf = load_pdf(pdf_bytes)
    try:
        printer.setFullPage(True)
        painted = paint_pages(pdf.document, printer, task)
        log.info("printed %d page(s) at %d dpi to %s", painted, printer.resolution(),
                 printer.outputFileName() or printer.printerName())
        return painted
    finally:
        pdf.close()


def print_pdf(pdf_bytes: bytes, parent: QWidget | None = None, *, printer: QPrinter | None = None) -> bool:
    """Print a letter at 100 % on A4 through the system print dialog, on the calling thread.

    With ``printer`` given (tests, or a printer the caller already chose) no dialog is shown; its
    output format, file name and resolution are kept and the page is set to A4, full page.

    Returns:
        True when the pages were sent, False when the officer cancelled the dialog.

    Raises:
        PdfLoadError: the bytes are not a PDF QtPdf can read.
        OSError: the printer could not be started (shown by the caller as an environment failure).
    """
    if printer is None:
        printer = choose_printer(parent, load_page_count(pdf_bytes))
        if printer is None:
            return False
    else:
        configure_a4(printer)
    print_document(pdf_bytes, printer)
    return True


def load_page_count(pdf_bytes: bytes) -> int:
    """Number of pages of a PDF (for the dialog's page range)."""
    pdf = load_pdf(pdf_bytes)
    try:
        return pdf.document.pageCount()
    finally:
        pdf.close()


def export_pdf(pdf_bytes: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``pdf_bytes`` to ``path`` atomically; returns the path written.

    Raises:
        OSError: the folder is not writable, the disk is full, the file is in use.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp creates the file private (0600); a letter the officer saves is an ordinary file
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf_bytes)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target
