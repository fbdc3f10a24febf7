"""Colours and words for compliance, readable in light and dark mode; the app follows the system colour scheme.

Status is never shown by colour alone: every colour here goes with a word (`compliance_words`) and a symbol.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain import ComplianceLevel


@dataclass(frozen=True, slots=True)
class StatusColours:
    foreground: QColor
    background: QColor


# Light: dark text on a pale tint. Dark: pale text on a deep tint. Contrast ≥ 4.5:1 in both.
_LIGHT = {
    ComplianceLevel.ON_TRACK: ("#1b5e20", "#e3f2e5"),
    ComplianceLevel.AT_RISK: ("#7a4100", "#fff0d6"),
    ComplianceLevel.NOT_COMPLYING: ("#8e1c1c", "#fde3e3"),
}
_DARK = {
    ComplianceLevel.ON_TRACK: ("#a5dba9", "#1e3a22"),
    ComplianceLevel.AT_RISK: ("#ffd08a", "#4a3310"),
    ComplianceLevel.NOT_COMPLYING: ("#ffb0ab", "#561e1e"),
}
_SYMBOLS = {
    ComplianceLevel.ON_TRACK: "\u2714",  # check mark
    ComplianceLevel.AT_RISK: "\u26a0",  # warning sign
    ComplianceLevel.NOT_COMPLYING: "\u2716",  # heavy cross
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the system asks for dark mode (Qt 6.5+), or the window colour is dark."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if palette is None:
        if QGuiApplication.instance() is None:
            return False
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def compliance_colours(level: ComplianceLevel, dark: bool) -> StatusColours:
    fg, bg = (_DARK if dark else _LIGHT)[level]
    return StatusColours(QColor(fg), QColor(bg))


def compliance_symbol(level: ComplianceLevel) -> str:
    return _SYMBOLS[level]


def compliance_words(level: ComplianceLevel) -> str:
    """The level in words, translatable ('On track', 'At risk', 'Not complying')."""
    return QCoreApplication.translate("Compliance", level.label)


def compliance_text(level: ComplianceLevel) -> str:
    return f"{compliance_symbol(level)} {compliance_words(level)}"


def compliance_style(level: ComplianceLevel, dark: bool) -> str:
    """A style sheet fragment for a label showing a compliance badge."""
    c = compliance_colours(level, dark)
    return (
        f"color: {c.foreground.name()}; background: {c.background.name()}; border-radius: 4px;"
        " padding: 2px 8px; font-weight: 600;"
    )


def apply_theme(app: QApplication) -> None:
    """Fusion everywhere (same look on every OS); its palette follows the system light/dark scheme."""
    app.setStyle("Fusion")
    hints = app.styleHints()

    def follow(scheme: Qt.ColorScheme) -> None:
        app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())

    if hints.colorScheme() == Qt.ColorScheme.Dark:
        follow(Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.connect(follow)


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1f2125"), QColor("#2a2d32"), QColor("#e8e8e8")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#262930")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#33363c")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9da3")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
    ):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7d83"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7d83"))
    return p
