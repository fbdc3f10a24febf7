"""The dashboard's logic: loads the caseload off the GUI thread, search as you type, filters, counters."""

from __future__ import annotations

import gc
from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyle

from desktop.storage.errors import StoreError

from ..context import AppContext
from .counters import CaseloadCounts, count_caseload
from .loader import CaseloadSnapshot, load_caseload, search_caseload
from .model import PERSON_ID_ROLE, CaseloadTableModel, Column
from .proxy import CaseloadFilterProxy, ComplianceFilter, StateFilter
from .view import DashboardView

SEARCH_DEBOUNCE_MS = 150


class CaseloadController(QObject):
    person_activated = Signal(str)
    caseload_loaded = Signal(object)  # CaseloadCounts
    search_applied = Signal(str)  # the text whose results are now shown
    load_failed = Signal(str)

    def __init__(
        self, ctx: AppContext, view: DashboardView, dark: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent if parent is not None else view)
        self._ctx = ctx
        self.view = view
        self.model = CaseloadTableModel(self, dark=dark)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._mine: frozenset[str] = frozenset()
        self._counts = CaseloadCounts()
        self._search_generation = 0
        self._search_pending = False
        self._applied: tuple[str, list[str]] | None = None  # (text, ids in rank order) now shown
        self._open_when_done = ""  # Enter pressed before the results for this text came back
        self._today = ctx.clock().date()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        view.table.setModel(self.proxy)
        view.set_default_column_widths()
        view.table.sortByColumn(Column.COMPLIANCE, Qt.SortOrder.DescendingOrder)
        view.table.activated.connect(self._on_table_activated)
        view.search.textEdited.connect(self._on_search_text_edited)
        view.search.textChanged.connect(self._on_search_text_changed)
        view.search.returnPressed.connect(self._on_search_return_pressed)
        view.to_results.triggered.connect(self._on_to_results_triggered)
        view.scope.currentIndexChanged.connect(self._on_filters_changed)
        view.state.currentIndexChanged.connect(self._on_filters_changed)
        view.compliance.currentIndexChanged.connect(self._on_filters_changed)
        view.alerts_only.toggled.connect(self._on_alerts_only_toggled)
        self.model.set_alert_icon(view.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.proxy.rowsInserted.connect(self._on_proxy_rows_changed)
        self.proxy.rowsRemoved.connect(self._on_proxy_rows_changed)
        self.proxy.modelReset.connect(self._on_proxy_rows_changed)
        self.proxy.modelAboutToBeReset.connect(self._on_proxy_about_to_be_reset)
        self.proxy.modelReset.connect(self._on_proxy_reset)
        self._keep_current: str | None = None
        self.proxy.layoutChanged.connect(self._on_proxy_rows_changed)

        self.proxy.set_state_filter(StateFilter(view.state.currentData()))
        sees_everyone = ctx.services.user.role.sees_everyone
        view.scope.setVisible(sees_everyone)
        view.scope_label.setVisible(sees_everyone)

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.model.rowCount() == 0:
            self.view.empty.setText(self.tr("Loading the caseload\u2026"))
            self.view.empty.setVisible(True)
        services, now = self._ctx.services, self._ctx.clock()
        self._ctx.runner.run(lambda: load_caseload(services, now), self._on_load_done, self._on_load_error)

    def refresh_people(self, person_ids: Iterable[str]) -> None:
        """Reload only these people's rows (after a change signal from a record or dialog)."""
        ids = list(person_ids)
        if not ids:
            return self.refresh()
        services, now = self._ctx.services, self._ctx.clock()
        self._ctx.runner.run(
            lambda: load_caseload(services, now, only=ids),
            lambda snap: self._on_people_loaded(ids, snap),
            self._on_load_error,
        )

    def _on_load_done(self, snap: CaseloadSnapshot) -> None:
        self._mine = snap.mine_ids
        self.model.set_rows(snap.rows)
        self.model.set_alerts(snap.alerts)
        self.model.set_decisions(snap.decisions)
        self._apply_alert_filter()
        # Tens of thousands of long-lived row objects: keep the cyclic collector from walking them again on
        # every full collection (each walk was a 20-40 ms stall mid-keystroke at 10,000 people). No collect()
        # first: it would cost ~80 ms here, and rows hold no reference cycles, so they are still freed.
        gc.freeze()
        self._today = snap.today
        self._apply_scope()
        self._update_counts()
        if self.view.search.text().strip():
            self._start_search()

    def _on_people_loaded(self, ids: list[str], snap: CaseloadSnapshot) -> None:
        found = {r.person_id for r in snap.rows}
        self._mine = (self._mine - set(ids)) | snap.mine_ids
        self.model.update_rows(snap.rows, gone=[i for i in ids if i not in found])
        self.model.set_alerts(snap.alerts, only=ids)
        self.model.set_decisions(snap.decisions, only=ids)
        self._apply_alert_filter()
        self._today = snap.today
        self._apply_scope()
        self._update_counts()

    def _on_load_error(self, error: BaseException) -> None:
        message = (
            str(error) if isinstance(error, StoreError) else self.tr("The caseload could not be loaded.")
        )
        self.load_failed.emit(message)

    def _update_counts(self) -> None:
        self._counts = count_caseload(self.model.rows(), self._today)
        v = self.view
        v.active.set_value(self._counts.active)
        v.at_risk.set_value(self._counts.at_risk)
        v.ending.set_value(self._counts.ending_soon)
        if not v.returns.external:  # the returns hookup counts what the queue holds to sign
            v.returns.set_value(self._counts.returns_due)
        self._on_proxy_rows_changed()
        self.caseload_loaded.emit(self._counts)

    @property
    def counts(self) -> CaseloadCounts:
        return self._counts

    # -- search --------------------------------------------------------------------------------------------
    def _on_search_text_edited(self, _text: str) -> None:
        """The first keystroke searches at once; later ones within SEARCH_DEBOUNCE_MS are gathered into one
        search when the quiet period ends (leading and trailing edge), so typing never floods the database."""
        self._open_when_done = ""  # typing again after Enter: the person wants something else
        if self._debounce.isActive():
            self._search_pending = True
            return
        self._search_pending = False
        self._debounce.start()
        self._start_search()

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (also by the clear button): show everyone at once
            self._debounce.stop()
            self._search_pending = False
            self._search_generation += 1
            self._applied = None
            self._open_when_done = ""
            self.proxy.set_search_ids(None)
            self.search_applied.emit("")

    def _on_debounce_timeout(self) -> None:
        if self._search_pending:
            self._search_pending = False
            self._debounce.start()
            self._start_search()

    def search_now(self) -> None:
        """Skip the debounce (tests, benchmarks, Enter in the search box)."""
        self._debounce.stop()
        self._start_search()

    def _start_search(self) -> None:
        text = self.view.search.text()
        if not text.strip():
            return
        self._search_generation += 1
        generation = self._search_generation
        services, limit = self._ctx.services, self.model.rowCount() + 1
        # the read lane: a search typed while a step of the day's drafting holds the database thread
        self._ctx.runner.read(
            lambda: search_caseload(services, text, limit),
            lambda ids: self._on_search_done(generation, text, ids),
            self._on_load_error,
        )

    def _on_search_done(self, generation: int, text: str, ids: list[str]) -> None:
        if generation != self._search_generation:
            return  # a later keystroke has already asked again
        self._applied = (text, list(ids))
        self.proxy.set_search_ids(ids)
        self.search_applied.emit(text)
        if self._open_when_done and self._open_when_done == text:
            self._open_when_done = ""
            self._open_best_match()

    # -- filters and navigation ----------------------------------------------------------------------------
    def _on_filters_changed(self, _index: int) -> None:
        self.proxy.set_state_filter(StateFilter(self.view.state.currentData()))
        self.proxy.set_compliance_filter(ComplianceFilter(self.view.compliance.currentData()))
        self._apply_scope()

    def _on_alerts_only_toggled(self, _checked: bool) -> None:
        self._apply_alert_filter()

    def _apply_alert_filter(self) -> None:
        self.proxy.set_alert_ids(self.model.alert_ids() if self.view.alerts_only.isChecked() else None)
        count = len(self.model.alert_ids())
        self.view.alerts_only.setText(
            self.tr("\u26a0 Sa&fety alerts ({0})").format(count)
            if count
            else self.tr("\u26a0 Sa&fety alerts")
        )

    def _apply_scope(self) -> None:
        scope = self.view.scope.currentData() if self._ctx.services.user.role.sees_everyone else "everyone"
        if scope == "unassigned":  # referrals from the force arrive without a keyworker
            self.proxy.set_mine_ids(r.person_id for r in self.model.rows_view() if r.keyworker_id is None)
        else:
            self.proxy.set_mine_ids(self._mine if scope == "mine" else None)

    def _on_proxy_rows_changed(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.view.shown.setText(
            self.tr("%1 of %2 people").replace("%1", str(shown)).replace("%2", str(total))
        )
        empty = shown == 0
        if empty:
            self.view.empty.setText(
                self.tr("No one matches the search and filters.")
                if total
                else self.tr("No one on this caseload yet. Add a referral with Ctrl+N.")
            )
        self.view.empty.setVisible(empty)

    def _on_proxy_about_to_be_reset(self) -> None:
        self._keep_current = self.current_person_id()

    def _on_proxy_reset(self) -> None:
        """A filter changed: keep the same person selected if they are still shown."""
        if self._keep_current:
            self.select_person(self._keep_current)

    def _on_search_return_pressed(self) -> None:
        """Enter in the search box opens the best match for what is in the box NOW. If the rows shown are
        still those of an earlier prefix (typing outran the debounce or the database), search for the text as
        it is and open its best match when the answer comes, never the first row of the stale results."""
        text = self.view.search.text()
        if not text.strip():
            if self.proxy.rowCount():
                self._on_table_activated(self.proxy.index(0, 0))
            return
        if self._applied is not None and self._applied[0] == text and not self._search_pending:
            self._open_best_match()
            return
        self._open_when_done = text
        self.search_now()

    def _open_best_match(self) -> None:
        """The highest-ranked search result that the filters show; else the first row shown."""
        shown = set(self.proxy.person_ids())
        ranked = self._applied[1] if self._applied is not None else []
        best = next((pid for pid in ranked if pid in shown), None)
        if best is not None:
            self.person_activated.emit(best)
        elif self.proxy.rowCount():
            self._on_table_activated(self.proxy.index(0, 0))

    def _on_to_results_triggered(self) -> None:
        """Down in the search box moves to the first row, so the keyboard can go on from there."""
        if not self.proxy.rowCount():
            return
        table = self.view.table
        first = self.proxy.index(0, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().setCurrentIndex(first, flags)
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id:
            self.person_activated.emit(person_id)

    def current_person_id(self) -> str | None:
        index = self.view.table.currentIndex()
        return index.data(PERSON_ID_ROLE) if index.isValid() else None

    def move_selection(self, step: int) -> str | None:
        """Select the next (+1) or previous (-1) person in the table, as shown; returns their ID."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return None
        current = self.view.table.currentIndex()
        row = (current.row() + step) if current.isValid() else (0 if step > 0 else rows - 1)
        row = max(0, min(rows - 1, row))
        index = self.proxy.index(row, 0)
        self.view.table.setCurrentIndex(index)
        self.view.table.scrollTo(index)
        person_id: str | None = index.data(PERSON_ID_ROLE)
        return person_id

    def select_person(self, person_id: str) -> None:
        src = self.model.row_of(person_id)
        if src is None:
            return
        index = self.proxy.mapFromSource(self.model.index(src, 0))
        if index.isValid():
            self.view.table.setCurrentIndex(index)
