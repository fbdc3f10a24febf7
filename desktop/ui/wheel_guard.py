"""The mouse wheel scrolls the form, not the value under the pointer: combo boxes, spin boxes and date edits
take wheel turns only once they have the keyboard focus (clicked or tabbed into). Issue 11: the wheel over
the referral form silently changed the referral date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:  # scroll the form instead
            QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guard every combo box, spin box and date edit under `root` (call once its widgets exist)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    for widget in (*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: a turn does not take the focus
        widget.installEventFilter(_GUARD)
