"""Make resources/fonts/CheckpointStamp.ttf: DejaVu Sans cut to the Latin letters a name or a stamp needs and
scaled to 1000 units per em.

Why: pyHanko writes a TrueType font's glyph widths in the font's own units into the PDF's /W array, which the
PDF format reads as thousandths of an em; DejaVu Sans has 2048 units per em, so the signature stamp came out
letter-spaced and cut off. At 1000 units the widths are right. Run once after changing the ranges:

    .venv/bin/python scripts/make_stamp_font.py

Licence: DejaVu fonts are derived from Bitstream Vera; the Vera licence lets a modified font be shipped when its
name contains neither "Bitstream" nor "Vera" (resources/fonts/DejaVu-LICENSE.txt). This one is renamed.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
TARGET = ROOT / "resources" / "fonts" / "CheckpointStamp.ttf"
# Basic Latin, Latin-1 and Latin Extended-A (Welsh ŵ ŷ Ŵ Ŷ, Irish, Polish, Czech ...), Welsh ẁ ẃ ẅ ỳ (Latin
# Extended Additional), dashes, quotes and the euro sign. Small on purpose: pyHanko subsets the stamp font again
# for every signature (fontTools), and its cost grows with the font (about 50 ms with the whole Latin range).
RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x1E80, 0x1E85), (0x1EF2, 0x1EF3), (0x2013, 0x2026), (0x20AC, 0x20AC)]
FAMILY = "Checkpoint Stamp Sans"


def main() -> None:
    font = TTFont(str(SOURCE))
    options = subset.Options()
    options.layout_features = []  # no kerning: reading GPOS again for every signature cost ~40 ms
    options.hinting = False  # a stamp prints and zooms: no TrueType instructions needed
    options.drop_tables += ["MATH", "GSUB", "GPOS", "GDEF"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[u for a, b in RANGES for u in range(a, b + 1)])
    subsetter.subset(font)
    scale_upem(font, 1000)
    for table in ("FFTM",):  # FontForge's timestamps: fontTools cannot subset it again when signing
        if table in font:
            del font[table]
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 4, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(
                FAMILY.replace(" ", ""), record.nameID, record.platformID, record.platEncID, record.langID
            )
    font.save(str(TARGET))
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
