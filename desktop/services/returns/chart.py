"""A small attendance chart: per month, bars for attended, late and missed appointments.

Readable in black and white: each bar has a letter under it and its count above it, and the three fills
(solid, grey, outlined) differ in lightness as well, so nothing depends on colour.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from .model import AttendanceMonth
from .styles import BOLD, REGULAR, register_fonts

_SERIES = (
    ("A", "attended", colors.black, colors.black),
    ("L", "late", colors.Color(0.6, 0.6, 0.6), colors.black),
    ("M", "missed", colors.white, colors.black),
)
# Welsh letters and words for the same series: presennol, hwyr, colli.
_SERIES_CY = (("P", "yn bresennol"), ("H", "yn hwyr"), ("C", "wedi'u colli"))
_MONTHS_CY = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag")


def _month_label(month: str, language: str) -> str:
    first = date.fromisoformat(month + "-01")
    if language == "cy":
        return f"{_MONTHS_CY[first.month - 1]} {first.year}"
    if language == "cy+en":
        return f"{first.month:02d}/{first.year}"
    return first.strftime("%b %Y")


def attendance_chart(
    months: tuple[AttendanceMonth, ...], width: float, height: float, language: str = "en"
) -> Drawing:
    """The chart in English, Welsh ("cy") or both ("cy+en": Welsh letters, both words in the legend)."""
    series = [
        (cy[0] if language != "en" else letter, name if language == "en" else cy[1], fill, stroke)
        for (letter, name, fill, stroke), cy in zip(_SERIES, _SERIES_CY, strict=True)
    ]
    legends = [series]
    if language == "cy+en":  # a second legend row, the same letters in English words
        legends.append(
            [
                (letter, en[1], fill, stroke)
                for (letter, _cy, fill, stroke), en in zip(series, _SERIES, strict=True)
            ]
        )
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 6.5  # not ReportLab's default Helvetica
    legend_h, axis_h, top_pad = 12.0 if language != "cy+en" else 22.0, 22.0, 12.0
    plot_bottom = legend_h + axis_h
    plot_h = height - plot_bottom - top_pad
    peak = max((max(m.attended, m.late, m.missed) for m in months), default=0)
    scale = plot_h / max(peak, 1)
    slot = width / max(len(months), 1)
    bar_w = min(14.0, (slot - 10) / 3)
    drawing.add(Line(0, plot_bottom, width, plot_bottom, strokeColor=colors.black, strokeWidth=0.8))
    for i, month in enumerate(months):
        group_w = 3 * bar_w + 4
        x0 = i * slot + (slot - group_w) / 2
        values = (month.attended, month.late, month.missed)
        for j, ((letter, _name, fill, stroke), value) in enumerate(zip(series, values, strict=True)):
            x = x0 + j * (bar_w + 2)
            h = value * scale
            if h > 0:
                drawing.add(
                    Rect(x, plot_bottom, bar_w, h, fillColor=fill, strokeColor=stroke, strokeWidth=0.7)
                )
            drawing.add(
                String(
                    x + bar_w / 2,
                    plot_bottom + h + 2,
                    str(value),
                    fontName=REGULAR,
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
            drawing.add(
                String(
                    x + bar_w / 2,
                    plot_bottom - 8,
                    letter,
                    fontName=REGULAR,
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
        label = _month_label(month.month, language)
        drawing.add(
            String(
                i * slot + slot / 2, plot_bottom - 19, label, fontName=BOLD, fontSize=7, textAnchor="middle"
            )
        )
    for row, legend in enumerate(legends):
        x, y = 0.0, 1 + 10 * (len(legends) - 1 - row)
        for letter, name, fill, stroke in legend:
            drawing.add(Rect(x, y, 7, 7, fillColor=fill, strokeColor=stroke, strokeWidth=0.7))
            text = f"{letter} = {name}"
            drawing.add(String(x + 10, y + 1, text, fontName=REGULAR, fontSize=6.5))
            x += 18 + len(text) * 3.6
    return drawing
