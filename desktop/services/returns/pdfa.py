"""PDF/A-2b structure for a return drawn by ReportLab: XMP metadata naming the conformance, and an sRGB output
intent (every font is already embedded by the renderer).

The XMP repeats the document information (title, author, subject, keywords, tool, producer, dates), as PDF/A
asks; pyHanko updates the same XMP stream when it signs (its incremental update keeps /Metadata current).
The sRGB profile is LittleCMS's built-in one, made by Pillow (a ReportLab dependency): nothing to ship.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils.metadata.model import VENDOR
from reportlab.pdfbase.pdfdoc import PDFArray, PDFCatalog, PDFDictionary, PDFName, PDFStream, PDFString

# pyHanko writes its own name as the XMP producer when it signs, and adds it to /Info's unless it is there
# already: naming it from the start keeps the two equal, as PDF/A requires (the creator tool names us).
PRODUCER = VENDOR
SRGB = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    from PIL import ImageCms

    data: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return data


def _iso(moment: datetime) -> str:
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        if moment.tzinfo
        else moment.strftime("%Y-%m-%dT%H:%M:%S")
    )


def xmp(title: str, author: str, subject: str, keywords: str, creator: str, created: datetime) -> bytes:
    e, when = escape, _iso(created)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>
   <pdf:Keywords>{e(keywords)}</pdf:Keywords>
   <pdf:Producer>{e(PRODUCER)}</pdf:Producer>
   <xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def add_pdfa(
    canvas: Any, *, title: str, author: str, subject: str, keywords: str, creator: str, created: datetime
) -> None:
    """Give the canvas's document its XMP metadata and sRGB output intent (call before `save`)."""
    doc = canvas._doc
    canvas.setProducer(PRODUCER)
    metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        xmp(title, author, subject, keywords, creator, created),
        filters=[],
    )
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB),
            "Info": PDFString(SRGB),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    # The catalog writes only the keys it knows; this instance also knows /OutputIntents.
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
