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


def attendance_chart(months: tuple[AttendanceMonth, ...], width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 6.5  # not ReportLab's default Helvetica
    legend_h, axis_h, top_pad = 12.0, 22.0, 12.0
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
        for j, ((letter, _name, fill, stroke), value) in enumerate(zip(_SERIES, values, strict=True)):
            x = x0 + j * (bar_w + 2)
            h = value * scale
            if h > 0:
                drawing.add(Rect(x, plot_bottom, bar_w, h, fillColor=fill, strokeColor=stroke, strokeWidth=0.7))
            drawing.add(String(x + bar_w / 2, plot_bottom + h + 2, str(value), fontName=REGULAR,
                               fontSize=6.5, textAnchor="middle"))
            drawing.add(String(x + bar_w / 2, plot_bottom - 8, letter, fontName=REGULAR, fontSize=6.5,
                               textAnchor="middle"))
        label = date.fromisoformat(month.month + "-01").strftime("%b %Y")
        drawing.add(String(i * slot + slot / 2, plot_bottom - 19, label, fontName=BOLD, fontSize=7,
                           textAnchor="middle"))
    x = 0.0
    for letter, name, fill, stroke in _SERIES:
        drawing.add(Rect(x, 1, 7, 7, fillColor=fill, strokeColor=stroke, strokeWidth=0.7))
        text = f"{letter} = {name}"
        drawing.add(String(x + 10, 2, text, fontName=REGULAR, fontSize=6.5))
        x += 18 + len(text) * 3.6
    return drawing
