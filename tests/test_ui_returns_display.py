"""The on-screen and printed copy of a signed return shows the signature stamp QtPdf would leave out; the signed
file itself is untouched, and a draft is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from returns_helpers import content_for, identity, pdf_text

from desktop.services.returns import ReturnSigner, render_return, sign_return, verify_pdf
from desktop.services.returns.example import example_case
from desktop.ui.returns.display import with_visible_signature


def _dark_pixels(pdf: bytes, page: int) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(page, QSize(900, 1275), QPdfDocumentRenderOptions())
    ink = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            ink += colour.alpha() > 128 and colour.value() < 200
    return ink


def test_the_display_copy_draws_the_stamp_and_leaves_the_signed_file_alone(qapp: object) -> None:
    signed = sign_return(
        content_for(example_case()), ReturnSigner(identity()), "Dana Whitfield", "Service Manager"
    )
    original = bytes(signed.pdf)
    shown = with_visible_signature(signed.pdf)
    assert signed.pdf == original and shown != original
    assert "Digitally signed for" not in pdf_text(original)
    assert "Digitally signed for Wearside Recovery Partnership by Dana Whitfield" in pdf_text(shown)
    assert _dark_pixels(shown, 1) > _dark_pixels(original, 1)
    assert verify_pdf(original).intact


def test_a_draft_is_shown_as_it_is() -> None:
    draft = render_return(content_for(example_case())).pdf
    assert with_visible_signature(draft) is draft
    assert with_visible_signature(b"not a pdf") == b"not a pdf"
