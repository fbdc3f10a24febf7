"""Fonts (DejaVu Sans, shipped and embedded), paragraph and table styles for returns. Black and white only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from desktop.resources import resource

REGULAR = "CheckpointSans"
BOLD = "CheckpointSans-Bold"

INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.88, 0.88, 0.88)  # header rows: light grey prints clearly and photocopies


@cache
def register_fonts() -> None:
    """Register the shipped TTFs once per process (ReportLab's font registry is process-wide)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    notice: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=9.5,
        leading=12.5,
        alignment=TA_LEFT,
        textColor=INK,
        spaceAfter=4,
    )
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14, spaceAfter=8),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.8, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=10.8, spaceAfter=0
        ),
        notice=ParagraphStyle("notice", parent=body, fontName=BOLD, fontSize=10, leading=13, spaceAfter=0),
    )


# Every table names our font: ReportLab's tables otherwise select Helvetica (not embedded) before each cell.
FONT_COMMANDS: tuple[tuple[object, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
)


def grid_style(header_rows: int = 1) -> TableStyle:
    """Ruled table with a shaded, bold header row: structure is carried by rules and weight, not colour."""
    commands: list[tuple[object, ...]] = [
        *FONT_COMMANDS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.2, INK))
    return TableStyle(commands)


def day(d: date | None) -> str:
    """`3 Mar 2026`, or an en dash when there is no date."""
    if d is None:
        return "\u2013"
    return f"{d.day} {d.strftime('%b %Y')}"


def moment(t: datetime) -> str:
    """`3 Mar 2026 14:05` (plus the zone's name when the time carries one)."""
    text = f"{day(t.date())} {t.strftime('%H:%M')}"
    zone = t.tzname()
    return f"{text} {zone}" if zone else text


def esc(text: str) -> str:
    """Escape text for a ReportLab Paragraph (its markup is XML-like)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
