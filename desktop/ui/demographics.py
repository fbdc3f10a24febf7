"""The demographic pickers the referral form and the Details tab share (values: desktop.domain.demographics)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.demographics import Disability, Ethnicity, GenderIdentity, Sex


def sex_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for s in Sex:
        combo.addItem(combo.tr(s.label), s.value)
    set_choice(combo, Sex.NOT_RECORDED.value)
    return combo


def gender_identity_combo(parent: QWidget) -> QComboBox:
    """Same as / different from the sex registered at birth; "Prefer not to say" is not "Not recorded"."""
    combo = QComboBox(parent)
    for g in GenderIdentity:
        combo.addItem(combo.tr(g.label), g.value)
    set_choice(combo, GenderIdentity.NOT_RECORDED.value)
    return combo


def disability_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for d in Disability:
        combo.addItem(combo.tr(d.label), d.value)
    set_choice(combo, Disability.NOT_RECORDED.value)
    return combo


def ethnicity_combo(parent: QWidget) -> QComboBox:
    """The ONS 2021 categories, "Prefer not to say" and "Not recorded"; typing a letter jumps as usual."""
    combo = QComboBox(parent)
    for e in Ethnicity:
        combo.addItem(combo.tr(e.label), e.value)
    set_choice(combo, Ethnicity.NOT_RECORDED.value)
    return combo


def set_choice(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
