"""A copy of a signed return for the screen and the printer, with the signature's visible stamp drawn in.

QtPdf (PDFium) does not draw the appearance of a signature field, so a preview or a printout of the signed file
would show an empty signature box where Acrobat and poppler show "Digitally signed for ... by ...". This copy
adds one update that draws that same appearance (the field's own /AP stream) onto its page. It exists only in
memory, for QPdfDocument; the stored and exported file is never touched, and the paper code and QR code on each
page still identify the signed original.
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader


def with_visible_signature(pdf: bytes) -> bytes:
    """The PDF with each signature field's normal appearance drawn as page content; `pdf` itself if it has
    none (a draft) or cannot be read that way."""
    # The type: ignore[no-untyped-call]s below: these pyhanko pdf_utils functions have no annotations.
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        placements = []
        for index in range(int(reader.root["/Pages"]["/Count"])):
            page = reader.find_page_for_modification(index)[0].get_object()  # type: ignore[no-untyped-call]
            for annot in page.get("/Annots", generic.ArrayObject()):
                annot = annot.get_object()
                if annot.get("/FT") != "/Sig" or "/AP" not in annot:
                    continue
                normal = annot["/AP"].raw_get("/N")
                x, y = (float(v) for v in list(annot["/Rect"])[:2])
                placements.append((index, normal, x, y))
        if not placements:
            return pdf
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        for n, (index, appearance, x, y) in enumerate(placements):
            name = f"/CpdSignatureStamp{n}"
            content = generic.StreamObject(
                stream_data=f"q 1 0 0 1 {x:.2f} {y:.2f} cm {name} Do Q".encode("ascii")
            )
            resources = generic.DictionaryObject(  # type: ignore[no-untyped-call]
                {
                    generic.NameObject("/XObject"): generic.DictionaryObject(  # type: ignore[no-untyped-call]
                        {generic.NameObject(name): appearance}
                    ),
                }
            )
            writer.add_stream_to_page(index, writer.add_object(content), resources=resources)  # type: ignore[no-untyped-call]
        out = io.BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
        return out.getvalue()
    except (PdfError, KeyError, ValueError, TypeError, IndexError):
        return pdf
