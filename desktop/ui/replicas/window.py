"""The Replicas window: this device and its peers, open conflicts with both values, and an exchange folder.

Store work runs on the background runner (desktop/services/replica); this module lays out and reacts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import replica

from ..context import AppContext
from ..dialogs.base import user_message
from .make_dialog import MakeReplicaDialog, ReplicaRequest

if TYPE_CHECKING:
    from desktop.services.replica.feature import ReplicaService
    from desktop.storage.replica_records import ReplicaDeviceRecord

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    name: str
    role: str
    status: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    me: str | None
    is_manager: bool
    devices: list[DeviceRow]
    conflicts: list[Any]
    keyworkers: list[Any]  # the Users a caseload replica can be made for


def load_snapshot(replicas: ReplicaService) -> Snapshot:
    """Runs on the runner: the device list and the open conflicts, as plain rows."""
    me = replicas.this_device()
    rows = [
        DeviceRow(
            d.id,
            d.name,
            ("this device" if d.is_self else "peer")
            + (", manager's" if d.is_manager else "")
            + (", one caseload" if d.caseload_user_id else ""),
            f"revoked {d.revoked_at:%d %b %Y}" if d.revoked_at else "active",
        )
        for d in replicas.devices()
    ]
    names = replicas.person_names()
    found = [(c, names.get(c.person_id or "", c.record_id[:8])) for c in replicas.conflicts()]
    return Snapshot(me.name if me else None, bool(me and me.is_manager), rows, found, replicas.keyworkers())


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(self._rows[index.row()], index.column())

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError


class DevicesTableModel(_RowsModel):
    HEADERS = ("Device", "Role", "Status")

    def cell(self, row: DeviceRow, column: int) -> str:
        return (row.name, row.role, row.status)[column]


def _value(values: list[Any], devices: list[str], i: int) -> str:
    if i >= len(values):
        return ""
    shown = "(empty)" if values[i] in ("", None) else str(values[i])
    return f"{shown}  — {devices[i]}" if i < len(devices) else shown


class ConflictsTableModel(_RowsModel):
    HEADERS = ("Record", "Field", "Value a", "Value b", "Found")

    def cell(self, pair: Any, column: int) -> str:
        row, who = pair
        return (
            f"{who} ({row.table.replace('_', ' ')})",
            row.field.replace("_", " "),
            _value(row.values, row.devices, 0),
            _value(row.values, row.devices, 1),
            f"{row.detected_at:%d %b %Y %H:%M}",
        )[column]


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


class ReplicasDialog(QDialog):
    """Devices (make a replica, revoke a lost one), conflicts (keep a or b), export to / import from a folder."""

    loaded = Signal()
    exchanged = Signal(str)  # what the exchange did, as shown
    made = Signal(str)  # the name of a replica just made

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Replicas"))
        self.resize(820, 560)
        self.device_label = QLabel()
        self.devices = DevicesTableModel(self)
        self.devices_table = _table(self.devices)
        self.revoke_button = QPushButton(self.tr("Revoke device\u2026"))
        self.make_button = QPushButton(self.tr("Make a replica\u2026"))
        self.make_button.setVisible(ctx.services.replicas.may_make)
        self.make_dialog: MakeReplicaDialog | None = None
        self._keyworkers: list[Any] = []
        self.conflicts = ConflictsTableModel(self)
        self.conflicts_table = _table(self.conflicts)
        self.keep_a = QPushButton(self.tr("Keep value a"))
        self.keep_b = QPushButton(self.tr("Keep value b"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Shared folder or USB stick, e.g. E:\\exchange"))
        self.export_button = QPushButton(self.tr("Export"))
        self.import_button = QPushButton(self.tr("Import"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.device_label)
        box = QGroupBox(self.tr("Devices"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.devices_table)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        inner.addLayout(row)
        layout.addWidget(box)
        box = QGroupBox(
            self.tr("Conflicts: a field changed on two replicas; both values are kept until you choose")
        )
        inner = QVBoxLayout(box)
        inner.addWidget(self.conflicts_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_a)
        row.addWidget(self.keep_b)
        inner.addLayout(row)
        layout.addWidget(box)
        box = QGroupBox(self.tr("Exchange"))
        exchange = QHBoxLayout(box)
        exchange.addWidget(self.folder_edit, 1)
        exchange.addWidget(self.export_button)
        exchange.addWidget(self.import_button)
        layout.addWidget(box)
        layout.addWidget(self.status_label)

        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.make_button.clicked.connect(self._on_make_clicked)
        self.keep_a.clicked.connect(lambda: self._resolve("a"))
        self.keep_b.clicked.connect(lambda: self._resolve("b"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.devices_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflicts_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._is_manager = False
        self._update_buttons()
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        replicas = self._ctx.services.replicas
        self._ctx.runner.run(lambda: load_snapshot(replicas), self._on_runner_loaded, self._on_runner_failed)

    def _on_runner_loaded(self, snap: Snapshot) -> None:
        self._is_manager = snap.is_manager
        if snap.me is None:
            self.device_label.setText(
                self.tr("This store is not a replica yet: Make a replica\u2026 makes this the manager's.")
            )
        else:
            kind = self.tr("the manager's replica") if snap.is_manager else self.tr("a replica")
            self.device_label.setText(self.tr("This device: {0} ({1})").format(snap.me, kind))
        self.devices.set_rows(snap.devices)
        self._keyworkers = snap.keyworkers
        self.conflicts.set_rows(snap.conflicts)
        self._update_buttons()
        self.loaded.emit()

    def _on_runner_failed(self, exc: BaseException) -> None:
        self.status_label.setText(user_message(exc))

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        device = self._selected(self.devices_table)
        revocable = (
            device is not None
            and self._is_manager
            and not self.devices.row_at(device).role.startswith("this device")
            and self.devices.row_at(device).status == "active"
        )
        self.revoke_button.setEnabled(revocable)
        picked = self._selected(self.conflicts_table) is not None
        self.keep_a.setEnabled(picked)
        self.keep_b.setEnabled(picked)

    # -- actions -----------------------------------------------------------------------------------------
    def _resolve(self, keep: str) -> None:
        row = self._selected(self.conflicts_table)
        if row is None:
            return
        conflict_id = self.conflicts.row_at(row)[0].id
        replicas = self._ctx.services.replicas
        self._ctx.write(
            lambda: replicas.resolve(conflict_id, keep), self._on_runner_resolved, self._on_runner_failed
        )

    def _on_runner_resolved(self, done: Any) -> None:
        self.status_label.setText(
            self.tr(
                "Resolved: {0} keeps the chosen value; the other replicas take it at the next exchange."
            ).format(done.field.replace("_", " "))
        )
        self.refresh()

    def _on_make_clicked(self) -> MakeReplicaDialog:
        dlg = MakeReplicaDialog(self._keyworkers, self)
        self.make_dialog = dlg
        dlg.accepted.connect(lambda: self._make(dlg.request()))
        dlg.open()
        return dlg

    def _make(self, req: ReplicaRequest) -> None:
        replicas = self._ctx.services.replicas
        self.status_label.setText(self.tr("Making the replica {0}\u2026").format(req.device_name))
        self.make_button.setEnabled(False)
        self._ctx.write(
            lambda: replicas.make(req.folder, req.device_name, req.passphrase, req.caseload),
            self._on_made,
            self._on_make_failed,
        )

    def _on_made(self, made: Any) -> None:
        self.make_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Made the replica {0} in {1}: %n person(s).", "", made.people)
            .replace("{0}", made.device_name)
            .replace("{1}", str(made.folder))
        )
        self.made.emit(made.device_name)
        self.refresh()

    def _on_make_failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self._on_runner_failed(exc)

    def _on_revoke_clicked(self) -> None:
        row = self._selected(self.devices_table)
        if row is None:
            return
        device = self.devices.row_at(row)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke device"),
            self.tr(
                "Refuse every bundle from {0} from now on? Use this for a lost or retired device."
            ).format(device.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._on_revoke_answered(result, device.id))
        box.open()

    def _on_revoke_answered(self, result: int, device_id: str) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        replicas = self._ctx.services.replicas
        self._ctx.runner.run(
            lambda: replicas.revoke(device_id),
            self._on_revoked,
            self._on_runner_failed,
        )

    def _on_revoked(self, rec: ReplicaDeviceRecord) -> None:
        self.status_label.setText(self.tr("Revoked {0}.").format(rec.name))
        self.refresh()

    def _folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        if not text:
            self.status_label.setText(self.tr("Give the exchange folder first."))
            return None
        return Path(text)

    def _on_export_clicked(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        replicas = self._ctx.services.replicas
        self._ctx.runner.run(
            lambda: replicas.export(folder),
            lambda paths: self._done(
                self.tr("Wrote %n bundle(s) to %1.", "", len(paths)).replace("%1", str(folder))
            ),
            self._on_runner_failed,
        )

    def _on_import_clicked(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        if not folder.is_dir():
            self.status_label.setText(self.tr("{0} is not a folder.").format(folder))
            return
        replicas = self._ctx.services.replicas
        self._ctx.write(
            lambda: replicas.import_from(folder), self._on_runner_imported, self._on_runner_failed
        )

    def _on_runner_imported(self, report: replica.ImportReport) -> None:
        s = report.stats
        text = " ".join(
            (
                self.tr("Applied %n bundle(s):", "", len(report.applied)),
                self.tr("%n record(s) changed,", "", s.rows_changed),
                self.tr("%n new conflict(s).", "", s.conflicts_opened),
            )
        )
        if report.replayed:
            text += " " + self.tr("%n refused as replays.", "", len(report.replayed))
        for name, reason in report.refused:
            text += " " + self.tr("Refused {0}: {1}").format(name, reason)
        self._done(text)

    def _done(self, text: str) -> None:
        self.status_label.setText(text)
        self.exchanged.emit(text)
        self.refresh()
