"""Draw a return as PDF bytes with ReportLab: A4, embedded DejaVu Sans, header, footer, QR code on each page.

Every page carries the provider, the return type, the document ID, the generated time, "Page N of M", the short
code and a QR code of document ID + content hash. The last page ends with an empty signature box whose position
is reported, so the signer can put its visible signature field exactly there.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import qrcode
import qrcode.constants
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.wording.returns import Words

from .canonical import content_hash, qr_payload, short_code
from .model import ReturnContent
from .pdfa import add_pdfa
from .sections import build_story, words
from .styles import BOLD, REGULAR, RULE, moment, register_fonts

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 40 * mm
QR_SIZE = 22 * mm
SIGNATURE_W = 95 * mm
SIGNATURE_H = 30 * mm


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where the visible signature goes: 0-based page index and (x1, y1, x2, y2) in PDF points."""

    page_index: int
    rect: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class RenderedReturn:
    pdf: bytes
    content_hash: str
    short_code: str
    page_count: int
    signature_box: SignatureBox


@dataclass
class _Placement:
    page_index: int = -1
    rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    pages: int = 0


class SignatureSpace(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """An empty ruled box for the signature appearance; records where it landed on the page."""

    def __init__(self, placement: _Placement) -> None:
        super().__init__()
        self.width, self.height = SIGNATURE_W, SIGNATURE_H
        self._placement = placement

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab API)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.setDash(3, 2)
        canv.rect(0, 0, self.width, self.height)
        canv.setDash()
        self._placement.page_index = canv.getPageNumber() - 1
        inset = 2.0
        self._placement.rect = (x + inset, y + inset, x + self.width - inset, y + self.height - inset)


def pdf_date(moment: datetime) -> str:
    """A PDF date string: UTC with its offset when `moment` carries a zone, else without one (unknown zone)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    return moment.strftime("D:%Y%m%d%H%M%S")


def _numbered_canvas(
    draw_page_number: Callable[[Canvas, int, int], None], created: str, archival: Callable[[Canvas], None]
) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "Page N of M". The document's creation
    and modification dates are `created` (the content's generated time), never ReportLab's 1 Jan 2000."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_ymdhms: created)

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                draw_page_number(self, number, total)
                super().showPage()
            archival(self)
            super().save()

    return NumberedCanvas


class _QrMark:
    """The QR code, encoded once per document and drawn as one form XObject that every page reuses."""

    def __init__(self, payload: str) -> None:
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        code.add_data(payload)
        code.make(fit=True)
        self._matrix: list[list[bool]] = code.get_matrix()
        self._defined = False

    def draw(self, canv: Canvas, x: float, y: float, size: float) -> None:
        n = len(self._matrix)
        if not self._defined:
            # One filled path of whole-module rectangles, written as integer PDF operators: drawing them
            # through the canvas API formats every number as a float, a tenth of the whole render time.
            runs = []
            for row, cells in enumerate(self._matrix):
                col = 0
                while col < n:
                    if not cells[col]:
                        col += 1
                        continue
                    start = col
                    while col < n and cells[col]:
                        col += 1
                    runs.append(f"{start} {n - row - 1} {col - start} 1 re")
            canv.beginForm("qr", lowerx=0, lowery=0, upperx=n, uppery=n)
            canv.addLiteral("0 g\n" + "\n".join(runs) + "\nf")
            canv.endForm()
            self._defined = True
        canv.saveState()
        canv.translate(x, y)
        canv.scale(size / n, size / n)
        canv.doForm("qr")
        canv.restoreState()


def render_return(content: ReturnContent, banner: str = "") -> RenderedReturn:
    """The return as PDF bytes (unsigned), with the facts the signer and the store need. `banner` (previews
    only, never signed) is boxed above everything, e.g. why a withdrawn draft will never be sent."""
    register_fonts()
    digest = content_hash(content)
    code = short_code(content.document_id, digest)
    qr = _QrMark(qr_payload(content.document_id, digest))
    placement = _Placement()
    w = words(content)
    generated = w.moment(content.generated_at) if content.language != "en" else moment(content.generated_at)
    kind_label = w.t(content.kind.label)

    def decorate(canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_H - 14 * mm
        canv.setFont(BOLD, 10)
        canv.drawString(MARGIN_X, top, content.provider)
        canv.drawRightString(PAGE_W - MARGIN_X, top, kind_label)
        canv.setFont(REGULAR, 7.5)
        confidential = "Confidential: personal data for {0} only"
        canv.drawRightString(
            PAGE_W - MARGIN_X, top - 11, w.labelled("Force reference {0}", content.force_reference)
        )
        rule = top - 16
        if content.language == "cy+en":  # the Welsh line, then the English, under each other
            canv.drawString(MARGIN_X, top - 11, Words("cy").t(confidential, content.force_name))
            canv.drawString(MARGIN_X, top - 19.5, confidential.format(content.force_name))
            rule = top - 24
        else:
            canv.drawString(MARGIN_X, top - 11, w.t(confidential, content.force_name))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, rule, PAGE_W - MARGIN_X, rule)
        base = 10 * mm
        canv.line(MARGIN_X, base + QR_SIZE + 3 * mm, PAGE_W - MARGIN_X, base + QR_SIZE + 3 * mm)
        qr.draw(canv, PAGE_W - MARGIN_X - QR_SIZE, base, QR_SIZE)
        canv.setFont(BOLD, 9)
        canv.drawString(MARGIN_X, base + QR_SIZE - 8, w.labelled("Code {0}", code))
        canv.setFont(REGULAR, 7.5)
        canv.drawString(MARGIN_X, base + QR_SIZE - 19, w.labelled("Document ID {0}", content.document_id))
        canv.drawString(MARGIN_X, base + QR_SIZE - 29, w.labelled("Generated {0}", generated))
        check = "Check this page: the code and QR code match the signed PDF of this document."
        if content.language == "cy+en":  # one line each, Welsh first; the lines above move up to make room
            canv.setFont(REGULAR, 6.5)
            canv.drawString(MARGIN_X, base + QR_SIZE - 39, Words("cy").t(check))
            canv.drawString(MARGIN_X, base + QR_SIZE - 47, check)
        else:
            canv.drawString(MARGIN_X, base + QR_SIZE - 39, w.t(check))
        canv.restoreState()

    def page_number(canv: Canvas, number: int, total: int) -> None:
        placement.pages = total
        canv.saveState()
        canv.setFont(BOLD, 9)
        canv.drawRightString(
            PAGE_W - MARGIN_X - QR_SIZE - 4 * mm, 10 * mm + QR_SIZE - 8, w.t("Page {0} of {1}", number, total)
        )
        canv.restoreState()

    buffer = io.BytesIO()
    title, subject = f"{kind_label} {content.force_reference}", f"Document {content.document_id}"
    keywords = qr_payload(content.document_id, digest)

    def archival(canv: Canvas) -> None:
        add_pdfa(
            canv,
            title=title,
            author=content.provider,
            subject=subject,
            keywords=keywords,
            creator="Checkpoint Desk",
            created=content.generated_at,
        )

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=content.provider,
        subject=subject,
        creator="Checkpoint Desk",
        keywords=keywords,  # what `verify` reads to print the document's code
        invariant=1,
        # Start in our own font, so the PDF does not reference a non-embedded Helvetica it never uses.
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        PAGE_W - 2 * MARGIN_X,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="return", frames=[frame], onPage=decorate)])
    story = build_story(content, frame.width, SignatureSpace(placement), banner)
    doc.build(story, canvasmaker=_numbered_canvas(page_number, pdf_date(content.generated_at), archival))
    if placement.page_index != placement.pages - 1:
        raise RuntimeError("the signature box did not land on the last page")
    return RenderedReturn(
        pdf=buffer.getvalue(),
        content_hash=digest,
        short_code=code,
        page_count=placement.pages,
        signature_box=SignatureBox(placement.page_index, placement.rect),
    )


__all__ = ["RenderedReturn", "SignatureBox", "render_return"]
