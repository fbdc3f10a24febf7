"""A scan of the signed contract, through the Contract tab's own buttons and file dialogs: attached, listed,
opened from a 0600 decrypted copy, saved as a 0600 copy where the user types; a file that is not a scan is
refused in words. Every export is audited."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.ui.record.view import PersonRecordView

LEFT = Qt.MouseButton.LeftButton
PDF = b"%PDF-1.4\n% a signed contract, scanned\n%%EOF\n"


@pytest.fixture
def open_record(qtbot, ctx):
    def make(person_id: str) -> PersonRecordView:
        view = PersonRecordView(ctx, person_id)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        with qtbot.waitSignal(view.loaded, timeout=5000):
            view.show()
        return view

    return make


def _choose_file(qtbot, path: Path) -> None:
    """Paste the path into the file dialog on screen and press Enter, as a person would."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=5000)
    dlg = QApplication.activeModalWidget()
    edit = dlg.findChild(QLineEdit, "fileNameEdit")
    qtbot.mouseClick(edit, LEFT)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(str(path))  # pasted: typing "/" makes the dialog walk into folders
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_attach_open_and_save_a_scan_from_the_contract_tab(
    qtbot, open_record, record_store, person_factory, tmp_path
):
    person = person_factory("Sana", "Scanned", signed_days_ago=10)
    view = open_record(person.id)
    box = view.contract_tab.scans
    assert box.model.rowCount() == 0 and not box.open_button.isEnabled()

    not_a_scan = tmp_path / "notes.pdf"
    not_a_scan.write_text("just some notes")
    qtbot.mouseClick(box.attach_button, LEFT)
    _choose_file(qtbot, not_a_scan)
    qtbot.waitUntil(lambda: box.problem.isVisible(), timeout=5000)
    assert "must be a PDF, PNG or JPEG" in box.problem.text() and box.model.rowCount() == 0

    scan_file = tmp_path / "signed-contract.pdf"
    scan_file.write_bytes(PDF)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(box.attach_button, LEFT)
        _choose_file(qtbot, scan_file)
    assert box.model.rowCount() == 1 and box.model.index(0, 0).data() == "signed-contract.pdf"
    assert box.model.index(0, 1).data() == "PDF" and box.open_button.isEnabled()

    opened: list[Path] = []
    view.controller.open_file = lambda path: opened.append(path) or True  # no desktop viewer in a test
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(box.open_button, LEFT)
    [copy] = opened
    assert copy.read_bytes() == PDF and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700

    kept = tmp_path / "kept" / "contract-copy.pdf"
    kept.parent.mkdir()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(box.save_button, LEFT)
        _choose_file(qtbot, kept)
    assert kept.read_bytes() == PDF and stat.S_IMODE(kept.stat().st_mode) == 0o600
    exports = [e.detail for e in record_store.cases.timeline(person.id) if e.action == "contract.scan_export"]
    assert len(exports) == 2 and any(d.startswith("opened") for d in exports)
    assert all("kept" not in d and "Sana" not in d for d in exports)
    view.grab().save(str(tmp_path / "contract_scans.png"))
