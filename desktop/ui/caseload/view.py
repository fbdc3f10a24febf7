"""The dashboard's layout: counters, search and filters, and the caseload table. No logic (see controller.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .model import Column
from .proxy import ComplianceFilter, StateFilter


class CounterTile(QFrame):
    """A big number over a caption, e.g. "7" / "At risk", and what it counts in small words under it (visible,
    not only a tooltip). `clicked` when pressed with the mouse, or Enter/Space once focused (Tab reaches it).
    `external`: another part of the window (the returns hookup) sets the number; the caseload leaves it alone."""

    clicked = Signal()

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("counterTile")
        self.number = QLabel("\u2013")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.detail = QLabel(tooltip)
        self.detail.setWordWrap(True)
        self.detail.setMaximumWidth(230)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.detail.setFont(small)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.external = False
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.setToolTip(text)

    def make_clickable(self) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        self.setAccessibleDescription(f"{value} {self.caption.text()}")


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active = CounterTile(self.tr("Active contracts"), self.tr("Contracts signed and not yet closed"))
        self.at_risk = CounterTile(
            self.tr("At risk or not complying"),
            self.tr("Active contracts whose compliance is at risk or not complying"),
        )
        self.ending = CounterTile(
            self.tr("Ending within 14 days"), self.tr("Active contracts ending in 14 days or less")
        )
        self.returns = CounterTile(
            self.tr("Returns due"),
            self.tr("Active contracts that were active last month: a monthly return is due"),
        )
        counters = QHBoxLayout()
        for tile in (self.active, self.at_risk, self.ending, self.returns):
            counters.addWidget(tile)
        counters.addStretch(1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name or reference (Ctrl+F; Enter opens the first; Esc clears)")
        )
        # No clear button: its fade-in animation repaints for ~150 ms after the first key, just when the first
        # search runs (measured: +20 ms to the first results on 10,000 people). Esc clears instead.
        clear = QAction(self.tr("Clear the search"), self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.to_results = QAction(
            self.tr("Go to the results"), self.search
        )  # Down: from the search to the rows
        self.to_results.setShortcut(QKeySequence(Qt.Key.Key_Down))
        self.to_results.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search.addAction(self.to_results)
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.search.setMinimumWidth(200)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Everyone"), "everyone")
        self.scope.addItem(self.tr("My caseload"), "mine")
        self.scope.addItem(self.tr("Unassigned"), "unassigned")
        self.scope.setAccessibleName(self.tr("Whose caseload"))
        self.scope_label = QLabel(self.tr("&Show:"))
        self.scope_label.setBuddy(self.scope)

        self.state = QComboBox()
        for label, value in (
            (self.tr("Current (not ended)"), StateFilter.CURRENT),
            (self.tr("All contracts"), StateFilter.ALL),
            (self.tr("Active"), StateFilter.ACTIVE),
            (self.tr("Offered, not signed"), StateFilter.OFFERED),
            (self.tr("Ended"), StateFilter.ENDED),
            (self.tr("No contract"), StateFilter.NO_CONTRACT),
        ):
            self.state.addItem(label, value.value)
        self.state.setAccessibleName(self.tr("Contract state filter"))
        state_label = QLabel(self.tr("Co&ntract:"))
        state_label.setBuddy(self.state)

        self.compliance = QComboBox()
        for label, level in (
            (self.tr("Any compliance"), ComplianceFilter.ALL),
            (self.tr("At risk or worse"), ComplianceFilter.AT_RISK_OR_WORSE),
            (self.tr("Not complying"), ComplianceFilter.NOT_COMPLYING),
            (self.tr("At risk"), ComplianceFilter.AT_RISK),
            (self.tr("On track"), ComplianceFilter.ON_TRACK),
        ):
            self.compliance.addItem(label, level.value)
        self.compliance.setAccessibleName(self.tr("Compliance filter"))
        compliance_label = QLabel(self.tr("C&ompliance:"))
        compliance_label.setBuddy(self.compliance)

        self.alerts_only = QCheckBox(self.tr("\u26a0 Sa&fety alerts"))
        self.alerts_only.setAccessibleName(self.tr("Show only people with a safety alert"))
        self.alerts_only.setToolTip(
            self.tr(
                "People with a safety concern (e.g. PHQ-9 item 9) that nobody has recorded an action for yet"
            )
        )

        self.shown = QLabel()
        self.shown.setAccessibleName(self.tr("People shown"))

        # Two rows: the search with the count and the keyworker button, then the filters. In one row the
        # Welsh (and any longer) labels made the window wider than a laptop screen (tests/test_i18n_pseudo.py).
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 2)
        search_row.addStretch(1)
        filters = QHBoxLayout()
        for buddy, combo in (
            (self.scope_label, self.scope),
            (state_label, self.state),
            (compliance_label, self.compliance),
        ):
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addWidget(self.alerts_only)
        filters.addStretch(1)
        search_row.addWidget(self.shown)
        # Managers and admins: the staff hookup (desktop/ui/staff) shows it and opens the keyworker picker.
        self.assign_button = QPushButton(self.tr("Assign &keyworker\u2026"))
        self.assign_button.setAccessibleName(self.tr("Assign a keyworker to the selected person"))
        self.assign_button.setVisible(False)
        search_row.addWidget(self.assign_button)
        # People newly put on the signed-in keyworker's caseload since their last sign-in.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Newly assigned to you"))
        self.notice.setStyleSheet(
            "color: #000000; background-color: #cfe3ff; border-radius: 3px; padding: 4px 8px;"
        )
        self.notice.setVisible(False)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.notice)
        layout.addLayout(counters)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def set_default_column_widths(self) -> None:
        widths = {
            Column.NAME: 190,
            Column.REFERENCE: 130,
            Column.KEYWORKER: 120,
            Column.STATE: 170,
            Column.DAY: 105,
            Column.NEXT_APPOINTMENT: 150,
            Column.LAST_ATTENDANCE: 110,
            Column.CONDITIONS: 115,
            Column.COMPLIANCE: 140,
        }
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
