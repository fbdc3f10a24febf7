"""Journey: a PHQ-9 with item 9 answered positive (or declined) raises a safety alert in the record header and on
the caseload (icon and filter) until the keyworker records, by real clicks and keys, what was done; audited."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from instrument_helpers import shipped
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from ui_assessment_fixtures import give
from ui_input import shots_dir

from desktop.app.root import build_context
from desktop.domain import ELIGIBILITY_QUESTIONS, Consent, EligibilityAnswer, Person, Referral, Role
from desktop.domain.assessments import Stage, record_answers
from desktop.domain.clock import aware_utc
from desktop.domain.errors import DomainError
from desktop.domain.instruments import DECLINED
from desktop.domain.safety import SafetyAction
from desktop.services.safety import acknowledge, open_alerts
from desktop.storage.assessments import AssessmentRepository
from desktop.storage.safety import SafetyRepository
from desktop.storage.store import CaseStore
from desktop.ui.caseload.model import Column
from desktop.ui.dialogs.safety import SafetyActionDialog
from desktop.ui.main_window import MainWindow

NOW = datetime(2026, 11, 26, 11, 0)
PASS = "safety journey passphrase"
SHOTS = shots_dir()
PHQ_ITEMS = [f"q{i}" for i in range(1, 10)]


def clock() -> datetime:
    return NOW


def phq9(q9: object, rest: str = "1") -> dict[str, object]:
    return {**{q: rest for q in PHQ_ITEMS[:-1]}, "q9": q9}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=clock)
    try:
        alex = store.add_user("alex", "Alex Carter", Role.KEYWORKER, PASS)
        ids = {}
        for first, last in (("Bethany", "Morgan"), ("Connor", "Price"), ("Dana", "Quinn")):
            person = Person(first, last, date(1994, 2, 3), f"NS/26/{first[:3].upper()}", alex.id)
            answers = tuple(EligibilityAnswer(q.id, q.expected) for q in ELIGIBILITY_QUESTIONS)
            store.cases.add_referral(
                person,
                Referral(
                    person.id,
                    "Northshire Police",
                    "PC 12 Dale",
                    "Possession",
                    NOW.date() - timedelta(days=20),
                    NOW.date() - timedelta(days=9),
                    answers,
                ),
                Consent(person.id),
            )
            ids[first] = person.id
        on = NOW.date() - timedelta(days=1)
        give(store, ids["Bethany"], "phq9", Stage.START, on, answers=phq9("2"))  # thoughts of self-harm
        give(store, ids["Connor"], "phq9", Stage.START, on, answers=phq9(DECLINED))  # declined item 9
        give(store, ids["Dana"], "phq9", Stage.START, on, answers=phq9("0", rest="3"))  # severe, item 9 = 0
    finally:
        store.close()
    return folder


def test_alerts_for_positive_and_declined_item_9_only(folder):
    with CaseStore.open(folder, "alex", PASS, clock=clock) as store:
        alerts = open_alerts(store)
        names = {r.person_id: r.name for r in store.cases.caseload(NOW)}
        found = {names[pid]: [c.text for c in cs] for pid, cs in alerts.items()}
        assert set(found) == {"Bethany Morgan", "Connor Price"}
        assert "self-harm" in found["Bethany Morgan"][0]
        assert found["Connor Price"][0].startswith("Declined to answer")
        with pytest.raises(DomainError, match="why no action"):
            acknowledge(
                store, next(iter(alerts)), alerts[next(iter(alerts))], SafetyAction.NONE_NEEDED, " ", NOW
            )

        # A correction (item 9 entered by mistake as 2, really 0) replaces the assessment: the alert goes.
        bethany = next(pid for pid, name in names.items() if name == "Bethany Morgan")
        repo = AssessmentRepository(store, shipped().definitions)
        original = next(a for a in repo.list_for_person(bethany) if a.completed)
        definition = shipped().get("phq9")
        fixed = record_answers(repo.correct(original, "item 9 keyed wrongly"), definition, phq9("0"))
        assert bethany in open_alerts(store)  # a draft correction changes nothing yet
        repo.complete(fixed, definition)
        assert set(open_alerts(store)) == {pid for pid, name in names.items() if name == "Connor Price"}
        # Dana's severe total without item 9 raises no safety alert; a later positive one would.
        dana = next(pid for pid, name in names.items() if name == "Dana Quinn")
        give(store, dana, "phq9", Stage.REVIEW, NOW.date(), answers=phq9("1", rest="0"))
        assert dana in open_alerts(store)


def test_keyworker_sees_the_alert_filters_the_caseload_and_records_the_action(  # noqa: F811
    qtbot, folder, runner, ui_settings, monkeypatch
):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    store = CaseStore.open(folder, "alex", PASS, clock=clock)
    w = MainWindow(build_context(store, runner, clock), ui_settings)
    try:
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.caseload.caseload_loaded, timeout=10_000):
            w.show()
        w.resize(1280, 700)
        table, model = w.dashboard.table, w.dashboard.table.model()

        def shown() -> dict[str, object]:
            return {
                model.index(r, Column.NAME).data(): model.index(r, Column.NAME).data(
                    Qt.ItemDataRole.DecorationRole
                )
                for r in range(model.rowCount())
            }

        qtbot.waitUntil(lambda: len(shown()) == 3, timeout=5000)
        icons = shown()
        assert icons["Bethany Morgan"] is not None and icons["Connor Price"] is not None
        assert icons["Dana Quinn"] is None
        assert w.dashboard.alerts_only.text().replace("&", "") == "\u26a0 Safety alerts (2)"
        qtbot.mouseClick(w.dashboard.alerts_only, Qt.MouseButton.LeftButton)
        assert set(shown()) == {"Bethany Morgan", "Connor Price"}
        w.grab().save(str(SHOTS / "caseload-safety-alerts.png"))

        # Open Bethany's record from the filtered list (click, Enter).
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Bethany Morgan")
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center()
        )
        qtbot.keyClick(table, Qt.Key.Key_Return)
        record = w.tabs.currentWidget()
        header = record.header
        qtbot.waitUntil(header.safety.isVisible, timeout=5000)
        assert "self-harm" in header.safety_text.text()
        record.grab().save(str(SHOTS / "record-safety-alert.png"))

        qtbot.mouseClick(header.safety_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: isinstance(QApplication.activeModalWidget(), SafetyActionDialog), timeout=5000
        )
        dlg = QApplication.activeModalWidget()
        assert dlg.focusWidget() is dlg.action
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # nothing said yet: refused, stays open
        assert dlg.isVisible() and dlg.details_problem.text() == "Say what was done."
        assert dlg.focusWidget() is dlg.details
        qtbot.keyClicks(dlg.details, "Safety plan agreed with Bethany; GP surgery told; review Friday.")
        assert not dlg.details_problem.isVisible()  # the problem goes once something is said
        dlg.grab().save(str(SHOTS / "safety-action-dialog.png"))
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not header.safety.isVisible(), timeout=5000)

        pid = record.person_id
        acks = SafetyRepository(store).for_person(pid)
        assert [(a.action, a.recorded_by, a.recorded_at) for a in acks] == [
            (SafetyAction.SAFETY_PLAN, "alex", aware_utc(NOW))
        ]
        assert "GP surgery told" in acks[0].text
        entries = [e for e in store.cases.timeline(pid) if e.action == "safety.acknowledge"]
        assert len(entries) == 1 and entries[0].actor == "alex"
        assert entries[0].detail == "Safety plan made, for 1 assessment(s)"  # no client text in the audit
        record.tabs.setCurrentWidget(record.timeline_tab)
        timeline = record.timeline_tab.findChild(QTableView).model()
        qtbot.waitUntil(
            lambda: any(
                timeline.index(r, 1).data() == "Safety action recorded" for r in range(timeline.rowCount())
            ),
            timeout=5000,
        )
        # The caseload follows: Bethany leaves the filtered list, the count drops.
        qtbot.waitUntil(
            lambda: w.dashboard.alerts_only.text().replace("&", "") == "\u26a0 Safety alerts (1)",
            timeout=5000,
        )
        w.tabs.setCurrentIndex(0)
        assert set(shown()) == {"Connor Price"}
    finally:
        w.close()
        runner.shutdown()
        store.close()
