"""CSV cells a spreadsheet opens as text: labels people typed (a keyworker's or a provider's name) must not run
as formulas when a commissioner opens the file in Excel or LibreOffice."""

from __future__ import annotations


def safe_text(text: str) -> str:
    """Text starting with = + - @ or a tab or carriage return gets a leading apostrophe; numbers are left alone."""
    if text and text[0] in "=+-@\t\r":
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text
