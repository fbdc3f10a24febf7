"""The returns review screen under pytest-qt, on real encrypted stores: the queue loads (drafting what is due),
a selected return's preview loads into QtPdf, a manager signs with the progress dialog, prints, exports and
corrects; a keyworker edits the narrative but cannot sign; the first-time signing key set-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from returns_store_fixtures import ReturnsStore, build_returns_store, copy_store, open_as, ret_clock
from sqlalchemy import delete

from desktop.app.root import build_context
from desktop.storage.return_records import ReturnIdentityRecord
from desktop.storage.store import CaseStore
from desktop.ui.returns.model import RETURN_ID_ROLE, STATE
from desktop.ui.returns.setup_dialog import IdentityChoice
from desktop.ui.returns.view import ReturnsView
from desktop.ui.runner import BackgroundRunner

pytestmark = pytest.mark.slow  # signing starts worker processes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ReturnsStore:
    return build_returns_store(tmp_path_factory.mktemp("returns-ui") / "template")


@pytest.fixture
def rs(template: ReturnsStore, tmp_path: Path) -> ReturnsStore:
    return copy_store(template, tmp_path / "store")


class Opened:
    def __init__(self, rs: ReturnsStore, username: str) -> None:
        self.store = open_as(rs, username)
        self.runner = BackgroundRunner()
        self.ctx = build_context(self.store, self.runner, ret_clock)

    def close(self) -> None:
        self.runner.shutdown()
        self.store.close()


@pytest.fixture
def open_view(qtbot: QtBot) -> Iterator[object]:
    opened: list[tuple[Opened, ReturnsView]] = []

    def make(rs: ReturnsStore, username: str) -> tuple[Opened, ReturnsView]:
        o = Opened(rs, username)
        view = ReturnsView(o.ctx)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitUntil(
            lambda: view.model.rowCount() > 0 and view.controller.has_identity is not None, timeout=20_000
        )
        opened.append((o, view))
        return o, view

    yield make
    for o, view in opened:
        view.controller.shutdown()
        o.close()


def _select(qtbot: QtBot, view: ReturnsView, pick: object) -> str:
    row = next(r for r in view.model.rows() if pick(r))  # type: ignore[operator]
    view.controller.select(row.id)
    qtbot.waitUntil(
        lambda: (
            view.document.pageCount() > 0
            and view.controller.current is not None
            and view.controller.current.id == row.id
        ),
        timeout=20_000,
    )
    return row.id


def _state(view: ReturnsView, return_id: str) -> str:
    index = view.model.row_of(return_id)
    assert index is not None
    return view.model.row_at(index).state


def test_manager_previews_and_signs_with_the_progress_dialog(
    rs: ReturnsStore, open_view: object, qtbot: QtBot
) -> None:
    o, view = open_view(rs, "manager")  # type: ignore[operator]
    assert (
        view.model.rowCount() == 5
    )  # drafted on opening: two start notices, two monthly, one non-compliance
    assert view.proxy.index(0, STATE).data().startswith("\u270e Draft")
    rid = _select(qtbot, view, lambda r: r.kind == "non_compliance")
    assert view.document.pageCount() >= 1 and "Unsigned preview" in view.details.text()
    assert view.sign_button.isEnabled() and not view.print_button.isEnabled()

    view.narrative.setPlainText("Three appointments missed in November; letters sent.")
    assert view.save_narrative_button.isEnabled() and view.has_unsaved_changes()
    qtbot.mouseClick(view.save_narrative_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.has_unsaved_changes() and view.document.pageCount() > 0, timeout=20_000)

    asked: list[str] = []
    view.controller.confirm = lambda text: asked.append(text) or True
    qtbot.waitUntil(lambda: view.sign_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.controller.progress is not None, timeout=20_000)
    progress = view.controller.progress
    assert progress is not None and progress.maximum() == 1 and progress.isVisible()
    assert "as Morgan Reid" in asked[0]
    qtbot.waitUntil(lambda: _state(view, rid) == "signed", timeout=60_000)
    assert view.controller.progress is None
    assert "Signed 1 return" in view.status.text()
    stored = view.controller.returns.get(rid)
    assert stored.narrative == "Three appointments missed in November; letters sent." and stored.pdf
    qtbot.waitUntil(lambda: view.print_button.isEnabled(), timeout=20_000)
    assert view.narrative.isReadOnly() and view.correct_button.isEnabled()
    assert "code " in view.details.text()


def test_signing_several_can_be_cancelled_from_the_dialog(
    rs: ReturnsStore, open_view: object, qtbot: QtBot
) -> None:
    o, view = open_view(rs, "manager")  # type: ignore[operator]
    view.controller.confirm = lambda text: True
    view.table.selectAll()
    qtbot.waitUntil(lambda: view.sign_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.controller.progress is not None, timeout=20_000)
    assert view.controller.progress.maximum() == 5  # type: ignore[union-attr]
    cancel = view.controller.progress.findChild(QPushButton)  # type: ignore[union-attr]
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert view.controller.session is not None and view.controller.session._cancel.is_set()
    qtbot.waitUntil(
        lambda: view.controller.progress is None and "Loading" not in view.status.text(), timeout=60_000
    )
    assert "Cancelled" in view.status.text() or all(r.state == "signed" for r in view.model.rows())
    states = sorted(r.state for r in view.model.rows())
    # Whatever was already running is kept (signed); the rest stay approved, never half-signed.
    assert set(states) <= {"signed", "approved"}
    assert all(
        r.pdf
        for r in map(view.controller.returns.get, [r.id for r in view.model.rows() if r.state == "signed"])
    )


def test_manager_prints_exports_and_corrects_a_signed_return(
    rs: ReturnsStore, open_view: object, qtbot: QtBot, tmp_path: Path
) -> None:
    o, view = open_view(rs, "manager")  # type: ignore[operator]
    rid = next(r.id for r in view.model.rows() if r.kind == "monthly_progress")
    view.controller.sign([rid])
    qtbot.waitUntil(lambda: _state(view, rid) == "signed", timeout=60_000)
    _select(qtbot, view, lambda r: r.id == rid)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = view.controller.print_current(printer)
    assert pages == view.document.pageCount() and pages >= 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages

    view.controller.export_selected(tmp_path / "outbox")
    qtbot.waitUntil(lambda: "Exported 1 return" in view.status.text(), timeout=20_000)
    files = list((tmp_path / "outbox").glob("*.pdf"))
    assert len(files) == 1 and files[0].read_bytes() == view.controller.returns.get(rid).pdf
    assert o.store.setting("outbox_dir") == str(tmp_path / "outbox")
    qtbot.waitUntil(lambda: "return.print" in _actions(o.store), timeout=10_000)
    assert "return.export" in _actions(o.store)

    view.controller.correct_current("The October outcome of one session was wrong")
    qtbot.waitUntil(lambda: any(r.replaces_id == rid for r in view.model.rows()), timeout=20_000)
    correction = next(r for r in view.model.rows() if r.replaces_id == rid)
    assert correction.state == "draft" and _state(view, rid) == "signed"
    qtbot.waitUntil(
        lambda: view.controller.current is not None and view.controller.current.id == correction.id,
        timeout=20_000,
    )
    assert "(correction)" in view.proxy.index(view.table.currentIndex().row(), 2).data()


def _actions(store: CaseStore) -> list[str]:
    from desktop.storage.records import AuditRecord

    with store.session() as s:
        return [r.action for r in s.query(AuditRecord)]


def test_keyworker_edits_the_narrative_but_cannot_sign(
    rs: ReturnsStore, open_view: object, qtbot: QtBot
) -> None:
    o, view = open_view(rs, "alex")  # type: ignore[operator]
    assert {r.person_name for r in view.model.rows()} == {"Olivia Testcase"}
    rid = _select(qtbot, view, lambda r: r.kind == "monthly_progress")
    assert not view.sign_button.isEnabled()
    assert "Only a manager can sign" in view.sign_button.toolTip()
    assert not view.export_button.isEnabled() and not view.correct_button.isEnabled()
    assert not view.banner.isVisible() and view.controller.session is None
    view.controller.sign([rid])  # even asked directly, nothing happens
    view.narrative.setPlainText("Olivia has attended every session.")
    qtbot.mouseClick(view.save_narrative_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.has_unsaved_changes(), timeout=20_000)
    assert view.controller.returns.get(rid).narrative == "Olivia has attended every session."
    assert _state(view, rid) == "draft"


def test_first_time_setup_prompts_for_a_signing_key(
    rs: ReturnsStore, open_view: object, qtbot: QtBot
) -> None:
    with open_as(rs, "manager") as store, store.write() as s:
        s.execute(delete(ReturnIdentityRecord))
    o, view = open_view(rs, "manager")  # type: ignore[operator]
    assert view.banner.isVisible() and "No signing key yet" in view.banner.text()
    assert view.setup_button.isVisible() and not view.sign_button.isEnabled()
    view.controller.setup_identity(IdentityChoice(True, organisation="Northshire Recovery Partnership"))
    qtbot.waitUntil(
        lambda: not view.banner.isVisible() and view.controller.session is not None, timeout=30_000
    )
    assert "Signing key ready for Northshire Recovery Partnership" in view.status.text()
    assert view.controller.select(view.proxy.index(0, 0).data(RETURN_ID_ROLE))
    qtbot.waitUntil(lambda: view.sign_button.isEnabled(), timeout=10_000)
