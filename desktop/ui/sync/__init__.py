"""Sync with the force in the app: partner set-up, Sync now with a preview, automatic sync, the status figure.

Wiring into a main window:
    sync = SyncController(ctx, window)             # the Sync menu's actions: sync.actions
    status = SyncStatusWidget(ctx)                 # statusBar().addPermanentWidget(status)
    sync.sync_finished -> statusBar().showMessage and status.refresh; sync.people_changed -> caseload reload;
    status.clicked -> sync.show_log
"""

from __future__ import annotations

from .controller import SyncController
from .log_dialog import SyncLogDialog
from .partner_dialog import PartnerDialog
from .preview_dialog import ImportPreviewDialog
from .status_widget import SyncStatusWidget

__all__ = ["ImportPreviewDialog", "PartnerDialog", "SyncController", "SyncLogDialog", "SyncStatusWidget"]
