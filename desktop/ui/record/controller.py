"""The record's controller: loads the case off the GUI thread and opens the workflow dialogs; their writes (and
the Details tab's and the scans') go through `ctx.write`, which publishes the `Changes` each service method
returns, and the controller reloads when the bus names its person (its own writes included).

The first load is the audited opening of the record (`open_case`); reloads after a write only read."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain import Appointment, Case, ComplianceAssessment, Condition, Consent, Person, User
from desktop.domain.onward import OnwardReferral
from desktop.domain.safety import SafetyConcern
from desktop.domain.victims import VictimContact
from desktop.storage.audit import AuditEntry

from ..changes import Changes
from ..context import AppContext
from ..dialogs.assign import AssignKeyworkerDialog
from ..dialogs.base import user_message
from ..dialogs.close_contract import CloseContractDialog
from ..dialogs.condition import AddProgressDialog, ConditionStatusDialog
from ..dialogs.contract import SignContractDialog
from ..dialogs.onward import OnwardReferralDialog
from ..dialogs.safety import SafetyActionDialog
from ..dialogs.session import RecordSessionDialog, ScheduleSessionDialog
from ..dialogs.variation import VaryContractDialog
from ..dialogs.victim import VictimContactDialog


@dataclass(frozen=True)
class LoadedCase:
    case: Case
    keyworker_names: dict[str, str] = field(default_factory=dict)
    timeline: tuple[AuditEntry, ...] = ()
    suggested_conditions: tuple[Condition, ...] = ()  # from the latest pathway needs screen
    users: tuple[User, ...] = ()  # the store's staff, for the keyworker picker
    safety: tuple[SafetyConcern, ...] = ()  # open safety concerns (no action recorded yet)
    onward: tuple[OnwardReferral, ...] = ()  # referrals to other agencies, oldest first
    victims: dict[str, VictimContact] = field(default_factory=dict)  # by victim condition id
    scans: tuple[Any, ...] = ()  # storage.scans.ContractScan: scans of the signed contract, oldest first

    @property
    def keyworker_name(self) -> str:
        kw = self.case.person.keyworker_id
        return self.keyworker_names.get(kw or "", "") if kw else ""


class RecordController(QObject):
    loaded = Signal(object)  # LoadedCase
    failed = Signal(str)  # a message for the person at the keyboard
    case_changed = Signal(str)
    session_recorded = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.current: LoadedCase | None = None
        self._generation = 0
        self._opened = False
        ctx.changes.changed.connect(self._on_changes_changed)

    @property
    def case(self) -> Case | None:
        return self.current.case if self.current else None

    def now(self) -> datetime:
        return self.ctx.clock()

    def compliance(self) -> ComplianceAssessment | None:
        return self.case.compliance(self.now()) if self.case else None

    def person_name(self) -> str:
        return self.case.person.full_name if self.case else ""

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        services, generation, pid = self.ctx.services, self._generation, self.person_id
        cases, staff, needs = services.cases, services.staff, services.needs
        read = cases.load_case if self._opened else cases.open_case
        self._opened = True

        def work() -> LoadedCase:
            case = read(pid)
            users = tuple(staff.users())
            names = {u.id: u.display_name for u in users}
            suggested = tuple(needs.suggested_conditions(pid))
            safety = tuple(services.safety.open_alerts([pid]).get(pid, []))
            onward, victims = tuple(cases.onward_referrals(pid)), cases.victim_contacts(pid)
            scans = tuple(cases.scans(case.contract.id)) if case.contract else ()
            return LoadedCase(
                case, names, tuple(cases.timeline(pid)), suggested, users, safety, onward, victims, scans
            )

        self.ctx.runner.run(
            work,
            lambda result: self._on_runner_loaded(generation, result),
            lambda exc: self.failed.emit(user_message(exc)),
        )

    def _on_runner_loaded(self, generation: int, result: LoadedCase) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.current = result
        self.loaded.emit(result)

    # -- dialogs -------------------------------------------------------------------------------------------
    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _on_changes_changed(self, changes: Changes) -> None:
        if changes.touches_person(self.person_id) or changes.staff:
            self.reload()

    def open_schedule(self, parent: QWidget) -> ScheduleSessionDialog:
        dlg = ScheduleSessionDialog(self.ctx, self.person_id, self.person_name(), parent)
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_record_outcome(
        self, appointment: Appointment, parent: QWidget, walk_in: bool = False
    ) -> RecordSessionDialog:
        dlg = RecordSessionDialog(self.ctx, appointment, self.person_name(), parent, walk_in=walk_in)
        dlg.session_recorded.connect(self.session_recorded)
        self._show(dlg)
        return dlg

    def open_sign_contract(self, parent: QWidget) -> SignContractDialog:
        suggested = self.current.suggested_conditions if self.current else ()
        dlg = SignContractDialog(
            self.ctx, self.person_id, self.person_name(), parent, suggested, self.ctx.services.max_conditions
        )
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_close_contract(self, parent: QWidget) -> CloseContractDialog | None:
        contract = self.case.contract if self.case else None
        if contract is None:
            return None
        dlg = CloseContractDialog(self.ctx, contract, self.person_name(), parent)
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def can_assign(self) -> bool:
        return self.ctx.services.user.role.sees_everyone

    def open_assign_keyworker(self, parent: QWidget) -> AssignKeyworkerDialog | None:
        if self.current is None or not self.can_assign():
            return None
        person = self.current.case.person
        dlg = AssignKeyworkerDialog(
            self.ctx, person.id, person.full_name, person.keyworker_id, list(self.current.users), parent
        )
        dlg.assigned.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_safety_action(self, parent: QWidget) -> SafetyActionDialog | None:
        if self.current is None or not self.current.safety:
            return None
        dlg = SafetyActionDialog(self.ctx, self.person_id, self.person_name(), self.current.safety, parent)
        dlg.acknowledged.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_vary_contract(self, parent: QWidget) -> VaryContractDialog | None:
        case = self.case
        if case is None or case.contract is None:
            return None
        dlg = VaryContractDialog(self.ctx, case.contract, case.conditions, self.person_name(), parent)
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_onward_referral(
        self, parent: QWidget, referral: OnwardReferral | None = None
    ) -> OnwardReferralDialog:
        """Refer the person to another agency, or update a referral's answer and first attendance."""
        dlg = OnwardReferralDialog(self.ctx, self.person_id, self.person_name(), referral, parent)
        dlg.onward_saved.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_victim_contact(self, condition: Condition, parent: QWidget) -> VictimContactDialog:
        current = self.current.victims.get(condition.id) if self.current else None
        dlg = VictimContactDialog(self.ctx, self.person_id, condition, current, parent)
        dlg.victim_saved.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_condition_status(self, condition: Condition, parent: QWidget) -> ConditionStatusDialog:
        dlg = ConditionStatusDialog(self.ctx, self.person_id, condition, parent)
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    def open_add_progress(self, condition: Condition, parent: QWidget) -> AddProgressDialog:
        dlg = AddProgressDialog(self.ctx, self.person_id, condition, parent)
        dlg.case_changed.connect(self.case_changed)
        self._show(dlg)
        return dlg

    # -- scans of the signed contract (the Contract tab) ----------------------------------------------------
    def attach_scan(
        self, path: Path, on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        contract = self.case.contract if self.case else None
        if contract is None:
            on_error("Sign the contract before attaching its scan.")
            return
        cases, pid, cid = self.ctx.services.cases, self.person_id, contract.id
        self._save(lambda: cases.attach_scan(pid, cid, path.name, path.read_bytes()), on_done, on_error)

    def save_scan(
        self, scan_id: str, path: Path, on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        """A copy the user keeps, where they chose (0600, audited)."""
        cases, pid = self.ctx.services.cases, self.person_id
        self._save(lambda: cases.export_scan(pid, scan_id, path, "saved"), on_done, on_error)

    def open_scan(self, scan: Any, on_error: Callable[[str], None]) -> None:
        """Decrypt to a 0600 file in a fresh 0700 temporary folder and hand it to the desktop's viewer."""
        cases, pid = self.ctx.services.cases, self.person_id
        folder = Path(tempfile.mkdtemp(prefix="checkpoint-scan-"))  # 0700, this user's only
        atexit.register(
            shutil.rmtree, folder, True
        )  # the viewer may still read it: removed when the app ends
        path = folder / scan.file_name

        def done(_result: Any) -> None:
            if not self.open_file(path):
                on_error(f"No program could open {scan.file_name}; use Save as… instead.")

        self.ctx.write(
            lambda: cases.export_scan(pid, scan.id, path, "opened"),
            done,
            lambda exc: on_error(user_message(exc)),
        )

    @staticmethod
    def open_file(path: Path) -> bool:
        """The desktop's viewer for `path` (replaced in tests, which have no desktop)."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    # -- direct saves (the Details tab) --------------------------------------------------------------------
    def _save(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        self.ctx.write(work, on_done, lambda exc: on_error(user_message(exc)))

    def save_person(
        self, person: Person, on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        cases = self.ctx.services.cases
        self._save(lambda: cases.update_person(person), on_done, on_error)

    def save_consent(
        self, consent: Consent, on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        cases = self.ctx.services.cases
        self._save(lambda: cases.save_consent(consent), on_done, on_error)
