"""The returns review screen: the queue beside a preview of the selected return, its narrative and the actions.

`ReturnsView(ctx)` is what the main window opens (Returns, Ctrl+Shift+R). The widgets are laid out here; what
they do is the controller's (controller.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..theme import is_dark
from .model import STATE, ReturnsTableModel
from .proxy import QueueFilter, ReturnsFilterProxy


class ReturnsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsView")
        self.model = ReturnsTableModel(dark=is_dark(self.palette()))
        self.proxy = ReturnsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("<b>Returns to the force</b>"), self)
        self.filter = QComboBox(self)
        for text, value in (
            (self.tr("All returns"), QueueFilter.ALL),
            (self.tr("To review and sign"), QueueFilter.TO_REVIEW),
            (self.tr("Signed"), QueueFilter.SIGNED),
        ):
            self.filter.addItem(text, value)
        self.filter.setAccessibleName(self.tr("Show"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a person, reference or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a return"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); }")

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 108, 146, 142, 140, 100)):  # fits the queue pane at 1400 px
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Returns"))
        self.table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)  # drafts first

        self.details = QLabel(self.tr("Select a return to preview it."), self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Selected return"))
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("Preview of the return"))
        self.narrative_label = QLabel(
            self.tr("&Narrative (printed on the return; editable while a draft):"), self
        )
        self.narrative = QPlainTextEdit(self)
        self.narrative.setPlaceholderText(
            self.tr(
                "The keyworker's summary of the period, in plain words for the "
                "force. No clinical detail unless the person consented."
            )
        )
        self.narrative.setMaximumHeight(96)
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.narrative_label.setBuddy(self.narrative)
        self.save_narrative_button = QPushButton(self.tr("Save narrative"), self)
        narrative_row = QHBoxLayout()
        narrative_row.addWidget(self.narrative, 1)
        narrative_row.addWidget(self.save_narrative_button, 0, Qt.AlignmentFlag.AlignBottom)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.pdf_view, 1)
        right_layout.addWidget(self.narrative_label)
        right_layout.addLayout(narrative_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([790, 610])

        self.sign_button = QPushButton(self.tr("&Approve and sign"), self)
        self.sign_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.print_button = QPushButton(self.tr("&Print\u2026"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.export_button = QPushButton(self.tr("&Export to outbox"), self)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.correct_button = QPushButton(self.tr("C&orrect\u2026"), self)
        self.setup_button = QPushButton(self.tr("Set up signing &key\u2026"), self)
        self.setup_button.setVisible(False)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        actions = QHBoxLayout()
        for button in (
            self.sign_button,
            self.print_button,
            self.export_button,
            self.correct_button,
            self.setup_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        from .controller import ReturnsController  # the controller needs the widgets above

        self.controller = ReturnsController(ctx, self)

    def make_progress(self, count: int) -> QProgressDialog:
        """The window-modal progress dialog of a signing batch: cancelling keeps what was already signed."""
        progress = QProgressDialog(
            self.tr("Signing %n return(s)\u2026", "", count), self.tr("Cancel"), 0, count, self
        )
        progress.setWindowTitle(self.tr("Approve and sign"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        return progress

    # -- the main window's protocol ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.controller.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.controller.has_unsaved_changes()
