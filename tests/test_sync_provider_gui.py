"""The sync GUI on real stores: partner dialog, Sync now with its preview, automatic sync, the status figure."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from store_fixtures import make_store
from sync_provider_support import FORCE, WHEN, ForceSide, csv_rows, provider_store, reoffending

from desktop.app.root import build_context
from desktop.domain import ContractState, Role, default_conditions
from desktop.services.sync import cert_pem, display_fingerprint
from desktop.services.sync_provider import (
    apply_import,
    ensure_identity,
    export_bundle,
    open_incoming,
    sync_status,
)
from desktop.storage.store import CaseStore
from desktop.storage.sync_repo import SyncRepository
from desktop.ui.runner import BackgroundRunner
from desktop.ui.sync import PartnerDialog, SyncController, SyncStatusWidget
from desktop.ui.sync.preview_model import CHANGE, CONFLICT
from desktop.ui.sync.words import status_text


@pytest.fixture
def runner(qtbot):
    r = BackgroundRunner()
    yield r
    r.shutdown()


@pytest.fixture
def force(tmp_path: Path):
    side = ForceSide(tmp_path / "force")
    yield side
    side.close()


@pytest.fixture
def ctx(tmp_path: Path, force: ForceSide, runner: BackgroundRunner):
    store = provider_store(tmp_path / "store", force)
    force.out = tmp_path / "inbox"  # the force drops its bundles straight into our inbox
    yield build_context(store, runner, lambda: WHEN)
    store.close()


def _wait_idle(qtbot, runner: BackgroundRunner) -> None:
    qtbot.waitUntil(lambda: runner._in_flight == 0, timeout=20_000)


def test_partner_dialog_shows_the_fingerprint_large_and_needs_the_phone_check(qtbot, tmp_path, runner, force):
    store = make_store(tmp_path / "fresh")
    try:
        ensure_identity(store, WHEN, bits=2048)
        dialog = PartnerDialog(build_context(store, runner, lambda: WHEN))
        qtbot.addWidget(dialog)
        junk = tmp_path / "junk.pem"
        junk.write_text("not a certificate")
        assert not dialog.load_certificate(junk)
        assert "the file is not a certificate" in dialog.fingerprint.text()
        assert not dialog.save_button.isEnabled()

        pem = tmp_path / "force.pem"
        pem.write_bytes(cert_pem(force.ident.cert))
        assert dialog.load_certificate(pem)
        shown = dialog.fingerprint.text().replace("\n", " ").replace(" ", ":")
        assert shown == display_fingerprint(force.ident.cert)
        assert dialog.fingerprint.font().pointSizeF() > dialog.name.font().pointSizeF() * 1.3
        assert dialog.name.text() == FORCE  # from the certificate, editable
        assert not dialog.save_button.isEnabled()  # not before the phone check
        dialog.inbox.setText(str(tmp_path / "in"))
        dialog.outbox.setText(str(tmp_path / "out"))
        dialog.checked.setChecked(True)
        assert dialog.save_button.isEnabled()
        dialog.show()
        dialog.grab().save(str(tmp_path / "partner-dialog.png"))
        with qtbot.waitSignal(dialog.partner_added, timeout=20_000) as added:
            dialog.save_button.click()
        assert added.args == [FORCE]
        [partner] = SyncRepository(store).partners()
        assert (partner.inbox, partner.outbox) == (str(tmp_path / "in"), str(tmp_path / "out"))
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        store.close()


def test_sync_now_previews_then_applies_and_sends_the_acknowledgement(qtbot, ctx, force, tmp_path):
    force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor")))
    window = _window(qtbot)
    sync = SyncController(ctx, window)
    sync.sync_now()
    qtbot.waitUntil(lambda: sync.preview_dialog is not None, timeout=20_000)
    dialog = sync.preview_dialog
    rows = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    assert [(r.kind, r.text) for r in rows] == [
        (CHANGE, "New referral: Sam Taylor (DUR/24/0001), Possession of cannabis")
    ]
    assert dialog.model.index(0, 1).data() == "Will change"
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert ctx.store.cases.caseload() == []  # nothing before the user says so
    with (
        qtbot.waitSignal(sync.sync_finished, timeout=20_000) as finished,
        qtbot.waitSignal(sync.people_changed, timeout=20_000) as changed,
    ):
        dialog.apply_button.click()
    assert finished.args[0] == "Sync done: 1 bundle applied, 1 sent"
    [row] = ctx.store.cases.caseload()
    assert row.name == "Sam Taylor" and changed.args[0] == [row.person_id]
    [ours] = (tmp_path / "outbox").glob("*.cpbundle")
    assert force.receive(ours).acks == 1  # our acknowledgement went out in the same sync
    assert SyncRepository(ctx.store).bundles(direction="received")[0].sequence == 1


def test_automatic_sync_applies_what_ownership_settles_and_leaves_conflicts(qtbot, ctx, force):
    force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor")))
    sync = SyncController(ctx, _window(qtbot))
    with qtbot.waitSignal(sync.sync_finished, timeout=20_000) as first:
        sync.sync_now(interactive=False)
    assert first.args[0].startswith("Sync done: 1 bundle applied")
    force.send(
        [reoffending(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "reoffending"
    )  # no contract yet
    with qtbot.waitSignal(sync.sync_finished, timeout=20_000) as second:
        sync.sync_now(interactive=False)
    assert "1 left for you to review (Sync now)" in second.args[0]
    assert [b.sequence for b in SyncRepository(ctx.store).bundles(direction="received")] == [1]
    sync.sync_now()
    qtbot.waitUntil(lambda: sync.preview_dialog is not None, timeout=20_000)
    kinds = [sync.preview_dialog.model.row_at(i).kind for i in range(sync.preview_dialog.model.rowCount())]
    assert kinds == [CONFLICT]
    assert sync.preview_dialog.model.index(0, 1).data() == "Conflict: not applied"


def test_automatic_sync_interval_comes_from_the_setting(qtbot, ctx, runner):
    sync = SyncController(ctx, _window(qtbot))
    _wait_idle(qtbot, runner)
    assert sync.timer.isActive() and sync.timer.interval() == 15 * 60_000
    sync.set_interval(0)
    assert not sync.timer.isActive()
    ctx.store.set_setting("sync_minutes", "2")
    again = SyncController(ctx, _window(qtbot))
    _wait_idle(qtbot, runner)
    assert again.timer.interval() == 2 * 60_000


def test_sync_is_for_managers_and_admins(qtbot, runner, tmp_path):
    with make_store(tmp_path / "kw") as admin:
        admin.add_user("kim", "Kim", Role.KEYWORKER, "kim passphrase")
    with CaseStore.open(tmp_path / "kw", "kim", "kim passphrase") as kim:
        sync = SyncController(build_context(kim, runner, lambda: WHEN), _window(qtbot))
        assert not sync.act_sync_now.isEnabled() and not sync.timer.isActive()
        assert sync.act_sync_now.toolTip() == "Sync is run by a manager or an admin"
        sync.sync_now()
        assert runner._in_flight == 0  # nothing started


def test_status_widget_says_last_sync_waiting_and_unacknowledged_in_words(
    qtbot, ctx, force, runner, tmp_path
):
    apply_import(
        ctx.store,
        open_incoming(ctx.store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))).read_bytes()),
        WHEN - timedelta(days=9),
    )
    [row] = ctx.store.cases.caseload()
    ctx.store.cases.sign_contract(row.person_id, date(2026, 11, 10), default_conditions(""))
    export_bundle(ctx.store, FORCE, tmp_path / "outbox", WHEN - timedelta(days=9))
    widget = SyncStatusWidget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.status is not None, timeout=20_000)
    text = widget.label.text()
    assert text.startswith("\u26a0 Synced 9 days ago")
    assert "nothing waiting to go" in text
    assert "1 bundle unacknowledged for over a week (9 days)" in text
    assert widget.property("warning") is True
    assert widget.label.toolTip().startswith("Bundle #1 to Durham Constabulary not acknowledged after 9 days")
    widget.show()
    widget.grab().save(str(tmp_path / "status.png"))


def test_status_words_without_a_partner_and_with_work_waiting(ctx):
    status = sync_status(ctx.store, WHEN)
    words = status_text(status, WHEN.replace(tzinfo=None))
    assert words.text == "Never synced \u00b7 nothing waiting to go" and not words.warning
    from dataclasses import replace

    assert status_text(replace(status, partners=0), WHEN).text == "Sync: no partner set up"
    busy = replace(status, waiting=3, inbox_new=1, last_sync=WHEN.replace(tzinfo=None) - timedelta(minutes=5))
    assert status_text(busy, WHEN.replace(tzinfo=None)).text == (
        "Synced 5 minutes ago \u00b7 3 records waiting to go \u00b7 1 bundle in the inbox to read"
    )


def _window(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_the_log_shows_bundles_and_lets_a_conflict_be_marked_dealt_with(qtbot, ctx, force, tmp_path):
    apply_import(
        ctx.store,
        open_incoming(ctx.store, force.refer(csv_rows(("DUR/24/0001", "Sam", "Taylor"))).read_bytes()),
        WHEN - timedelta(days=9),
    )
    [row] = ctx.store.cases.caseload()
    ctx.store.cases.sign_contract(row.person_id, date(2026, 11, 10), default_conditions(""))
    export_bundle(ctx.store, FORCE, tmp_path / "outbox", WHEN - timedelta(days=9))
    ctx.store.cases.close_contract(
        ctx.store.cases.load_case(row.person_id).contract, ContractState.COMPLETED, date(2026, 11, 20), ""
    )
    bundle = force.send([reoffending(force.referral_id("DUR/24/0001"), "DUR/24/0001")], "reoffending")
    apply_import(ctx.store, open_incoming(ctx.store, bundle.read_bytes()), WHEN)

    sync = SyncController(ctx, _window(qtbot))
    dialog = sync.show_log()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    texts = [[dialog.bundles.index(r, c).data() for c in range(6)] for r in range(dialog.bundles.rowCount())]
    assert [t[2:4] for t in texts] == [["Received", "#2"], ["Sent", "#1"], ["Received", "#1"]]
    assert texts[1][5] == "\u26a0 No, after 9 days"
    assert dialog.tabs.tabText(1) == "Conflicts (1)"
    assert dialog.conflicts.index(0, 3).data() == "\u26a0 Conflict"
    assert (
        "Sam Taylor" in dialog.conflicts.index(0, 4).data()
        and "completed" in dialog.conflicts.index(0, 4).data()
    )
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(tmp_path / "log.png"))
    with qtbot.waitSignal(dialog.conflict_resolved, timeout=20_000):
        dialog.resolve(0, "Phoned the force: the contract had already completed")
    assert SyncRepository(ctx.store).open_conflicts() == []
    assert [e.action for e in ctx.store.cases.timeline(row.person_id)][0] == "sync.conflict.resolve"
    qtbot.waitUntil(lambda: dialog.tabs.tabText(1) == "Conflicts (0)", timeout=20_000)
