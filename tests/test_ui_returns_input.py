"""The review queue driven by real input only: rows selected by clicking them, the narrative typed with the
keyboard, Approve and sign / Export pressed with the mouse or their shortcut, the confirmation answered on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from returns_store_fixtures import ReturnsStore, build_returns_store, copy_store, open_as, ret_clock

from desktop.app.root import build_context
from desktop.ui.returns.model import RETURN_ID_ROLE
from desktop.ui.returns.view import ReturnsView
from desktop.ui.runner import BackgroundRunner

pytestmark = pytest.mark.slow  # signing starts worker processes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-input") / "template")


@pytest.fixture
def manager_view(template: ReturnsStore, tmp_path: Path, qtbot: QtBot) -> Iterator[ReturnsView]:
    rs = copy_store(template, tmp_path / "store")
    store = open_as(rs, "manager")
    runner = BackgroundRunner()
    view = ReturnsView(build_context(store, runner, ret_clock))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.controller.session is not None, timeout=20_000)
    yield view
    view.controller.shutdown()
    runner.shutdown()
    store.close()


def click_row(qtbot: QtBot, view: ReturnsView, return_id: str) -> None:
    """Click the row of `return_id` in the queue and wait for its preview."""
    proxy = view.proxy
    index = next(
        proxy.index(r, 0)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(RETURN_ID_ROLE) == return_id
    )
    view.table.scrollTo(index)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    qtbot.waitUntil(
        lambda: (
            view.controller.current is not None
            and view.controller.current.id == return_id
            and view.document.pageCount() > 0
        ),
        timeout=20_000,
    )


def answer_next_question(qtbot: QtBot, seen: list[str], yes: bool = True) -> None:
    """When the next message box is on screen (within 5 s), remember its text and press Yes (or No) on it."""
    tries = [100]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, poll)
            return
        seen.append(box.text())
        button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, poll)


def state_of(view: ReturnsView, return_id: str) -> str:
    return view.controller.returns.get(return_id).state


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def monthly_ids(view: ReturnsView) -> list[str]:
    return [r.id for r in view.model.rows() if r.kind == "monthly_progress"]


def test_typed_narrative_survives_changing_selection_and_is_signed(
    manager_view: ReturnsView, qtbot: QtBot
) -> None:
    view = manager_view
    first, second = monthly_ids(view)[:2]
    click_row(qtbot, view, first)
    view.narrative.setFocus()
    qtbot.keyClicks(view.narrative, "Attended every session this month.")
    click_row(qtbot, view, second)
    assert view.narrative.toPlainText() != "Attended every session this month."
    assert view.has_unsaved_changes()  # the first return's text is kept, not thrown away
    click_row(qtbot, view, first)
    assert view.narrative.toPlainText() == "Attended every session this month."

    seen: list[str] = []
    answer_next_question(qtbot, seen)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(view, first) == "signed", timeout=60_000)
    assert "not saved yet" in seen[0] and "Attended every session this month." in seen[0]
    stored = view.controller.returns.get(first)
    assert stored.narrative == "Attended every session this month."
    assert stored.pdf is not None and "Attended every session this month." in pdf_text(stored.pdf)
    qtbot.waitUntil(lambda: not view.has_unsaved_changes(), timeout=10_000)


def test_declining_the_confirmation_signs_nothing_and_keeps_the_text(
    manager_view: ReturnsView, qtbot: QtBot
) -> None:
    view = manager_view
    rid = monthly_ids(view)[0]
    click_row(qtbot, view, rid)
    view.narrative.setFocus()
    qtbot.keyClicks(view.narrative, "Draft words")
    seen: list[str] = []
    answer_next_question(qtbot, seen, yes=False)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert state_of(view, rid) == "draft" and view.narrative.toPlainText() == "Draft words"


def test_export_button_and_shortcut_write_the_signed_pdf(
    manager_view: ReturnsView, qtbot: QtBot, tmp_path: Path
) -> None:
    view = manager_view
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    view.controller._ctx.store.set_setting("outbox_dir", str(outbox))
    rid = monthly_ids(view)[0]
    click_row(qtbot, view, rid)
    seen: list[str] = []
    answer_next_question(qtbot, seen)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(view, rid) == "signed", timeout=60_000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=20_000)

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported 1 return" in view.status.text(), timeout=20_000)
    assert "unsupported operand" not in view.status.text()
    files = sorted(outbox.glob("*.pdf"))
    signed = view.controller.returns.get(rid).pdf
    assert len(files) == 1 and files[0].read_bytes() == signed  # the signed file itself, not a print

    files[0].unlink()  # the same file twice is one file: remove it and export again from the keyboard
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5_000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: files[0].exists(), timeout=20_000)
    assert files[0].read_bytes() == signed


def test_a_notice_for_someone_who_re_engaged_is_withdrawn_when_approved(
    manager_view: ReturnsView, qtbot: QtBot
) -> None:
    from datetime import datetime

    from desktop.domain import Appointment, AppointmentOutcome

    view = manager_view
    notice = next(r for r in view.model.rows() if r.kind == "non_compliance")
    store = view.controller._ctx.store
    for day in (18, 19, 20, 24):  # Noah comes back: four attended after his three misses
        appt = store.cases.schedule_appointment(Appointment(notice.person_id, datetime(2026, 11, day, 10)))
        store.cases.record_outcome(appt, AppointmentOutcome.ATTENDED, "")
    click_row(qtbot, view, notice.id)
    boxes: list[object] = []
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)

    def withdrawn_without_asking() -> bool:
        boxes.append(QApplication.activeModalWidget())
        return state_of(view, notice.id) == "withdrawn" and "Withdrawn" in view.status.text()

    qtbot.waitUntil(withdrawn_without_asking, timeout=20_000)
    qtbot.wait(200)
    # No confirmation: a withdrawn notice is never offered for signing.
    assert QApplication.activeModalWidget() is None and not any(isinstance(b, QMessageBox) for b in boxes)
    assert "no longer not complying" in view.status.text()
    assert view.controller.returns.get(notice.id).pdf is None
    click_row(qtbot, view, notice.id)
    assert "Withdrawn, never signed" in view.details.text() and not view.sign_button.isEnabled()


def test_the_manager_sees_what_changed_since_drafting_before_signing(
    manager_view: ReturnsView, qtbot: QtBot
) -> None:
    from datetime import date

    from desktop.domain import ConditionType, Evidence

    view = manager_view
    row = next(
        r for r in view.model.rows() if r.kind == "monthly_progress" and r.person_name.startswith("Olivia")
    )
    click_row(qtbot, view, row.id)
    store = view.controller._ctx.store
    hours = next(
        c for c in store.cases.load_case(row.person_id).conditions if c.type is ConditionType.COMMUNITY_HOURS
    )
    store.cases.add_condition_progress(hours, 3, Evidence(date(2026, 10, 20), "3 hours at the food bank"))

    seen: list[str] = []
    answer_next_question(qtbot, seen, yes=False)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "Changed since it was drafted" in seen[0]
    assert "Complete voluntary community work: 0 of 18 hours \u2192 3 of 18 hours" in seen[0]
    assert state_of(view, row.id) == "draft"

    click_row(qtbot, view, row.id)
    answer_next_question(qtbot, seen)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(view, row.id) == "signed", timeout=60_000)
    assert "Changed since" not in seen[1]  # already shown, and nothing moved since
    pdf = view.controller.returns.get(row.id).pdf
    assert pdf is not None and "3 of 18 hours" in pdf_text(pdf)


def test_export_asks_for_the_outbox_the_first_time_and_remembers_it(
    manager_view: ReturnsView, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    view = manager_view
    outbox = tmp_path / "chosen outbox"
    outbox.mkdir()
    assert not view.controller._ctx.store.setting("outbox_dir")
    rid = monthly_ids(view)[0]
    click_row(qtbot, view, rid)
    seen: list[str] = []
    answer_next_question(qtbot, seen)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(view, rid) == "signed", timeout=60_000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=20_000)

    chosen: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, choose)
            return
        line = dialog.findChild(QLineEdit)
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, str(outbox))
        chosen.append(dialog.windowTitle())
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported 1 return" in view.status.text(), timeout=20_000)
    assert chosen == ["Choose the outbox folder"]
    assert [f.read_bytes() for f in outbox.glob("*.pdf")] == [view.controller.returns.get(rid).pdf]
    assert view.controller._ctx.store.setting("outbox_dir") == str(outbox)
