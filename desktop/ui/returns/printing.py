"""Print a return: each page of the loaded QPdfDocument drawn onto the printer's pages with QPainter.

Pages are rendered at the printer's resolution (capped, so a 1200 dpi printer does not need a huge image) and
centred with their proportions kept. Nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen in the dialog); returns the number of pages sent."""
    count = document.pageCount()
    if count <= 0:
        return 0
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(count, printer.toPage() or count) - 1
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    dpi = min(printer.resolution(), MAX_DPI)
    sent = 0
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        target = QRect(0, 0, target.width(), target.height())
        for page in range(first, last + 1):
            if sent:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            options = QPdfDocumentRenderOptions()
            options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)  # the signature stamp
            image = document.render(page, size, options)
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            y = target.y() + (target.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
            sent += 1
    finally:
        painter.end()
    return sent


def prepare_printer(printer: QPrinter, title: str) -> None:
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
