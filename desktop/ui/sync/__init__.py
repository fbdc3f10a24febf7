"""Sync with the force in the app: partner set-up, Sync now with a preview, automatic sync, the status figure.

The main window needs one line, `self.sync = SyncHookup(self)` (wiring.py), which builds a SyncController
(the Sync menu's actions, automatic sync) and a SyncStatusWidget in the status bar and connects them.
"""

from __future__ import annotations

from .controller import SyncController
from .log_dialog import SyncLogDialog
from .partner_dialog import PartnerDialog
from .preview_dialog import ImportPreviewDialog
from .status_widget import SyncStatusWidget
from .wiring import SyncHookup

__all__ = [
    "ImportPreviewDialog",
    "PartnerDialog",
    "SyncController",
    "SyncHookup",
    "SyncLogDialog",
    "SyncStatusWidget",
]
