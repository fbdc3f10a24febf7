"""One editor per item kind, chosen from the definition: radio buttons or a list for choices, yes/no buttons,
a spin box for numbers (its lowest position reads "Not answered"), a text field; and a "Declined" box."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.instruments import DECLINED, AnswerValue, Item, ItemKind

MAX_RADIOS = 6  # more options than this use a drop-down list
MAX_ROW_TEXT = 64  # options whose labels add up to more than this are stacked one per line
NUMBER_CEILING = 100_000


class ItemEditor(QWidget):
    """The item's text above its input; `answer_changed(item_id, value)` with None for unanswered."""

    answer_changed = Signal(str, object)

    def __init__(self, item: Item, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._loading = False
        text = f"<b>{number}.</b> {html.escape(item.text)}"
        if not item.required:
            text += " <i>" + self.tr("(optional)") + "</i>"
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        if item.help:
            self.label.setToolTip(item.help)
        self.row = QHBoxLayout()
        self.declined: QCheckBox | None = None
        if item.can_decline:
            self.declined = QCheckBox(self.tr("Declined"), self)
            self.declined.setAccessibleName(self.tr("Item {0} declined").format(number))
            self.declined.setToolTip(self.tr("The person chose not to answer this question"))
            self.declined.toggled.connect(self._on_declined_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        layout.addLayout(self.row)
        self.accessible = self.tr("Item {0}").format(number)

    def _finish_row(self, stretch: bool = True) -> None:
        if stretch:
            self.row.addStretch(1)
        if self.declined is not None:
            self.row.addWidget(self.declined)

    # -- for subclasses --------------------------------------------------------------------------------------
    def _input_value(self) -> AnswerValue | None:
        raise NotImplementedError

    def _set_input(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def _set_input_enabled(self, enabled: bool) -> None:
        raise NotImplementedError

    # -- behaviour -------------------------------------------------------------------------------------------
    def value(self) -> AnswerValue | None:
        if self.declined is not None and self.declined.isChecked():
            return DECLINED
        return self._input_value()

    def set_value(self, value: AnswerValue | None) -> None:
        self._loading = True
        try:
            if self.declined is not None:
                self.declined.setChecked(value is DECLINED)
            self._set_input(None if value is DECLINED else value)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        declined = self.declined is not None and self.declined.isChecked()
        self._set_input_enabled(not read_only and not declined)
        if self.declined is not None:
            self.declined.setEnabled(not read_only)

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.answer_changed.emit(self.item.id, self.value())

    def _on_declined_toggled(self, checked: bool) -> None:
        self._set_input_enabled(not checked)
        self._emit()


class RadioEditor(ItemEditor):
    """Choice and yes/no items with a few short options: one radio button per option."""

    def __init__(self, item: Item, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, number, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        stacked = sum(len(o.label) for o in item.options) > MAX_ROW_TEXT
        column = QVBoxLayout()
        for option in item.options:
            button = QRadioButton(option.label, self)
            button.setAccessibleName(f"{self.accessible}: {option.label}")
            self.group.addButton(button)
            self.buttons[option.value] = button
            if stacked:
                column.addWidget(button)
            else:
                self.row.addWidget(button)
        if stacked:
            self.row.addLayout(column)
        self.group.buttonToggled.connect(self._on_group_toggled)
        self._finish_row()

    def _on_group_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._emit()

    def _input_value(self) -> AnswerValue | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def _set_input(self, value: AnswerValue | None) -> None:
        self.group.setExclusive(False)
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        self.group.setExclusive(True)

    def _set_input_enabled(self, enabled: bool) -> None:
        for b in self.buttons.values():
            b.setEnabled(enabled)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for button in self.buttons.values():
            font = button.font()
            font.setBold(read_only and button.isChecked())
            button.setFont(font)

    def choose(self, value: str) -> None:
        """Pick an option as a click would (tests and keyboard shortcuts)."""
        self.buttons[value].click()


class ComboEditor(ItemEditor):
    """Choice items with many or long options: a drop-down list whose first entry is "not answered"."""

    def __init__(self, item: Item, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, number, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.accessible)
        self.combo.addItem(self.tr("— Not answered —"), None)
        for option in item.options:
            self.combo.addItem(option.label, option.value)
        self.combo.currentIndexChanged.connect(self._emit)
        self.row.addWidget(self.combo, 1)
        self._finish_row(stretch=False)

    def _input_value(self) -> AnswerValue | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def _set_input(self, value: AnswerValue | None) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(index, 0))

    def _set_input_enabled(self, enabled: bool) -> None:
        self.combo.setEnabled(enabled)

    def choose(self, value: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))


class NumberEditor(ItemEditor):
    """A spin box within the item's range; one step below the minimum reads "Not answered"."""

    def __init__(self, item: Item, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, number, parent)
        low = item.minimum if item.minimum is not None else 0
        high = item.maximum if item.maximum is not None else NUMBER_CEILING
        self.spin: QSpinBox | QDoubleSpinBox
        if item.integer:
            self.spin = QSpinBox(self)
            self.spin.setRange(int(low) - 1, int(high))
        else:
            self.spin = QDoubleSpinBox(self)
            self.spin.setDecimals(1)
            self.spin.setRange(low - 1, high)
        self.spin.setSpecialValueText(self.tr("Not answered"))
        self._set_input(None)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setAccessibleName(self.accessible)
        self.spin.setMinimumWidth(130)
        if item.unit:
            self.spin.setSuffix(f" {item.unit}")
        range_text = self.tr("{0:g} to {1:g}").format(low, high)
        self.spin.setToolTip(range_text)
        self.range_label = QLabel(range_text, self)
        self.spin.valueChanged.connect(self._emit)
        self.row.addWidget(self.spin)
        self.row.addWidget(self.range_label)
        self._finish_row()

    def _input_value(self) -> AnswerValue | None:
        if self.spin.value() == self.spin.minimum():
            return None
        value = self.spin.value()
        return int(value) if self.item.integer else float(value)

    def _set_input(self, value: AnswerValue | None) -> None:
        target = value if isinstance(value, int | float) else self.spin.minimum()
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(target))
        else:
            self.spin.setValue(float(target))

    def _set_input_enabled(self, enabled: bool) -> None:
        self.spin.setEnabled(enabled)


class TextEditor(ItemEditor):
    def __init__(self, item: Item, number: int, parent: QWidget | None = None) -> None:
        super().__init__(item, number, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.accessible)
        if item.max_length:
            self.edit.setMaxLength(item.max_length)
        self.edit.textChanged.connect(self._emit)
        self.row.addWidget(self.edit, 1)
        self._finish_row(stretch=False)

    def _input_value(self) -> AnswerValue | None:
        return self.edit.text() or None

    def _set_input(self, value: AnswerValue | None) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def _set_input_enabled(self, enabled: bool) -> None:
        self.edit.setEnabled(enabled)


def editor_for(item: Item, number: int, parent: QWidget | None = None) -> ItemEditor:
    """The editor that suits the item, read from its kind and options."""
    if item.kind in (ItemKind.CHOICE, ItemKind.YES_NO):
        if len(item.options) <= MAX_RADIOS:
            return RadioEditor(item, number, parent)
        return ComboEditor(item, number, parent)
    if item.kind is ItemKind.NUMBER:
        return NumberEditor(item, number, parent)
    return TextEditor(item, number, parent)
