"""The release calendar: a month grid with release and send days marked, the list of upcoming releases
with their send dates and lead-time warnings, planning a send date, and the ``.ics`` export.

It asks :class:`~app.services.calendar.CalendarService` through the task runner; nothing here touches
the disk on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.platform.messages import render, render_error
from app.services.calendar import CalendarService, PlannedRelease
from app.ui.common.buttons import close_only
from app.workers.runner import Runner

COLUMNS = 6
COL_RELEASE, COL_SEND, COL_LEAD, COL_NAME, COL_ARTISTS, COL_WARNING = range(COLUMNS)
RELEASE_COLOR = QColor("#2f6fb5")
SEND_COLOR = QColor("#2e8b57")
WARN_COLOR = QColor("#b7791f")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CalendarView(QWidget):
    def __init__(self, service_factory: Callable[[], CalendarService], runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseCalendar")
        self.setAccessibleName(self.tr("Release calendar"))
        self.service_factory = service_factory
        self.runner = runner
        self.releases: list[PlannedRelease] = []
        self._marked: list[QDate] = []

        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendarGrid")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.legend = QLabel(self)
        self.legend.setObjectName("calendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        self.legend.setText(self.tr("Blue: release days. Green: send days. A warning means fewer than "
                                    "7 days between sending and release: no editorial pitch."))
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("calendarTable")
        self.table.setAccessibleName(self.tr("Upcoming releases"))
        self.table.setHorizontalHeaderLabels([self.tr("Release"), self.tr("Send"), self.tr("Lead (days)"),
                                              self.tr("Title"), self.tr("Artists"), self.tr("Warning")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in (COL_RELEASE, COL_SEND, COL_LEAD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ARTISTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WARNING, QHeaderView.ResizeMode.Stretch)

        self.send_date = QDateEdit(self)
        self.send_date.setObjectName("sendDate")
        self.send_date.setCalendarPopup(True)
        self.send_date.setDisplayFormat("yyyy-MM-dd")
        self.set_send = QPushButton(self.tr("Plan &Send Date"), self)
        self.set_send.setObjectName("planSendDate")
        self.suggest = QPushButton(self.tr("Su&ggest"), self)
        self.suggest.setObjectName("suggestSendDate")
        self.export_button = QPushButton(self.tr("&Export .ics…"), self)
        self.export_button.setObjectName("exportIcs")
        self.message = QLabel(self)
        self.message.setObjectName("calendarMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setSizes([330, 700])
        plan = QHBoxLayout()
        plan.addWidget(QLabel(self.tr("Send the selected release on"), self))
        plan.addWidget(self.send_date)
        plan.addWidget(self.suggest)
        plan.addWidget(self.set_send)
        plan.addStretch(1)
        plan.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(plan)
        layout.addWidget(self.message)

        self.table.itemSelectionChanged.connect(self._selected)
        self.calendar.clicked.connect(self._day_clicked)
        self.set_send.clicked.connect(self._plan)
        self.suggest.clicked.connect(self._suggest)
        self.export_button.clicked.connect(self._pick_export)

    @Slot()
    def refresh(self) -> None:
        factory = self.service_factory
        self.message.setText(self.tr("Loading…"))
        self.runner.run_task(lambda: factory().releases(), self._loaded)

    def _loaded(self, releases: list[PlannedRelease] | None, error: BaseException | None) -> None:
        if error is not None:
            self.message.setText(render_error(error))
            return
        selected = self.current()
        self.releases = list(releases or [])
        self._fill()
        self.message.setText(self.tr("{count} upcoming release(s).").format(count=len(self.releases))
                             if self.releases else self.tr("No release is planned from today on."))
        if selected is not None:
            for row, r in enumerate(self.releases):
                if r.product_local_id == selected.product_local_id:
                    self.table.selectRow(row)

    def _fill(self) -> None:
        plain = QTextCharFormat()
        for old in self._marked:
            self.calendar.setDateTextFormat(old, plain)
        self._marked = []
        self.table.setRowCount(len(self.releases))
        bold = QFont()
        bold.setBold(True)
        for row, r in enumerate(self.releases):
            warning = "; ".join(render(f.sentence) for f in r.findings)
            lead = "" if r.lead_days is None else str(r.lead_days)
            values = [r.release_date.isoformat(), r.send_date.isoformat() if r.send_date else "—", lead,
                      r.name + (self.tr(" (draft)") if r.draft else ""), r.artists, warning]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == COL_WARNING and warning:
                    item.setForeground(QBrush(WARN_COLOR))
                    item.setToolTip(warning)
                self.table.setItem(row, col, item)
            days: list[tuple[dt.date | None, QColor]] = [(r.release_date, RELEASE_COLOR),
                                                         (r.send_date, SEND_COLOR)]
            for day, color in days:
                if day is None:
                    continue
                fmt = QTextCharFormat()
                fmt.setBackground(QBrush(color.lighter(170)))
                fmt.setForeground(QBrush(color.darker(130)))
                fmt.setFontWeight(QFont.Weight.Bold)
                if r.findings:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    fmt.setUnderlineColor(WARN_COLOR)
                marked = _qdate(day)
                self.calendar.setDateTextFormat(marked, fmt)
                self._marked.append(marked)
        self.table.resizeRowsToContents()

    def current(self) -> PlannedRelease | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.releases[row] if 0 <= row < len(self.releases) else None

    @Slot()
    def _selected(self) -> None:
        r = self.current()
        if r is None:
            return
        self.calendar.setSelectedDate(_qdate(r.release_date))
        self.send_date.setDate(_qdate(r.send_date or self.service_factory().suggested_send_date(
            r.release_date)))

    @Slot(QDate)
    def _day_clicked(self, day: QDate) -> None:
        picked = _pydate(day)
        for row, r in enumerate(self.releases):
            if picked in (r.release_date, r.send_date):
                self.table.selectRow(row)
                return

    @Slot()
    def _suggest(self) -> None:
        r = self.current()
        if r is not None:
            self.send_date.setDate(_qdate(self.service_factory().suggested_send_date(r.release_date)))

    @Slot()
    def _plan(self) -> None:
        r = self.current()
        if r is None:
            self.message.setText(self.tr("Select a release first."))
            return
        day = _pydate(self.send_date.date())
        factory, local_id = self.service_factory, r.product_local_id
        self.runner.run_task(lambda: factory().set_send_date(local_id, day),
                             lambda _r, error: self.message.setText(render_error(error)) if error
                             else self.refresh(), ordered=True)

    @Slot()
    def _pick_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the release calendar"),
                                              "releases.ics", self.tr("iCalendar (*.ics)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        releases, factory = list(self.releases), self.service_factory
        self.runner.run_task(lambda: factory().write_ics(path, releases), lambda _r, error: (
            self.message.setText(render_error(error) if error else self.tr(
                "Wrote {count} release(s) to {file}.").format(count=len(releases), file=path.name))))


class CalendarDialog(QDialog):
    def __init__(self, view: CalendarView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Release Calendar"))
        self.view = view
        close_only(self, view)
        self.resize(1100, 520)
