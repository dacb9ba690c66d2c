"""The Trends view: whose streams (catalog, label, artist, product), summed by what (service,
territory, track, product), over which days, as a chart; export as CSV or PNG.

Layout only; :class:`~app.ui.trends.controller.TrendsController` loads on a worker.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.domain.trends import MAX_RANGE_DAYS, TrendScope
from app.platform.messages import render, render_error
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.trends.chart import TrendChart
from app.ui.trends.controller import ChartData, TrendRequest, TrendsController

SCOPES = (
    ("catalog", QT_TRANSLATE_NOOP("TrendsView", "Whole catalog")),
    ("label", QT_TRANSLATE_NOOP("TrendsView", "Label")),
    ("artist", QT_TRANSLATE_NOOP("TrendsView", "Artist")),
    ("product", QT_TRANSLATE_NOOP("TrendsView", "Product")),
)
DIMENSIONS = (
    ("dsp", QT_TRANSLATE_NOOP("TrendsView", "Service")),
    ("territory", QT_TRANSLATE_NOOP("TrendsView", "Territory")),
    ("track", QT_TRANSLATE_NOOP("TrendsView", "Track")),
    ("product", QT_TRANSLATE_NOOP("TrendsView", "Product")),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class TrendsView(QWidget):
    def __init__(self, controller: TrendsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsView")
        self.setWindowTitle(self.tr("Trends"))
        self.controller = controller
        self.choices: dict[str, list[tuple[str, str]]] = {}  # kind -> (server id, name)

        self.scope_kind = QComboBox(self)
        for key, text in SCOPES:
            self.scope_kind.addItem(self.tr(text), key)
        self.scope_kind.setAccessibleName(self.tr("Whose streams"))
        self.scope_id = QComboBox(self)
        self.scope_id.setEditable(True)
        self.scope_id.setMinimumContentsLength(18)
        self.scope_id.setAccessibleName(self.tr("Which one (name or server id)"))
        self.by = QComboBox(self)
        for key, text in DIMENSIONS:
            self.by.addItem(self.tr(text), key)
        self.by.setAccessibleName(self.tr("Streams by"))
        today = dt.date.today()
        self.since = QDateEdit(_qdate(today - dt.timedelta(days=90)), self)
        self.until = QDateEdit(_qdate(today - dt.timedelta(days=1)), self)
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setDefault(True)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.csv_button.setEnabled(False)
        self.png_button.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(self.scope_kind)
        row.addWidget(self.scope_id, 1)
        row.addWidget(QLabel(self.tr("by"), self))
        row.addWidget(self.by)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.until)
        row.addWidget(self.show_button)
        row.addStretch(0)
        row.addWidget(self.csv_button)
        row.addWidget(self.png_button)

        self.chart = TrendChart(self)
        self.chart.empty_text = self.tr("Choose a range and press Show.")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.total)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)

        self.scope_kind.currentIndexChanged.connect(self._scope_changed)
        self.show_button.clicked.connect(self.request)
        self.csv_button.clicked.connect(self._export_csv)
        self.png_button.clicked.connect(self._export_png)
        controller.loaded.connect(self.show_data)
        controller.failed.connect(self._failed)
        controller.busy.connect(self._busy)
        controller.exported.connect(
            lambda path: self.status.setText(self.tr("Saved {file}.").format(file=path)))
        controller.export_failed.connect(lambda error: self.status.setText(render_error(error)))
        self._scope_changed()

    # --------------------------------------------------------------------------------- the request
    def set_choices(self, kind: str, items: list[tuple[str, str]]) -> None:
        """Named scopes to pick from: (server id, name) for labels, artists or products."""
        self.choices[kind] = items
        if self.scope_kind.currentData() == kind:
            self._scope_changed()

    def select_scope(self, kind: str, server_id: str | None = None) -> None:
        self.scope_kind.setCurrentIndex(max(self.scope_kind.findData(kind), 0))
        if server_id is not None:
            index = self.scope_id.findData(server_id)
            if index >= 0:
                self.scope_id.setCurrentIndex(index)
            else:
                self.scope_id.setEditText(server_id)

    @Slot()
    def _scope_changed(self) -> None:
        kind = self.scope_kind.currentData()
        self.scope_id.clear()
        self.scope_id.setEnabled(kind != "catalog")
        for server_id, name in self.choices.get(kind, []):
            self.scope_id.addItem(f"{name} ({server_id})", server_id)

    def current_request(self) -> TrendRequest | None:
        """The request the controls describe, or None (with a sentence in the status line)."""
        kind = str(self.scope_kind.currentData())
        scope = TrendScope()
        if kind != "catalog":
            server_id = self.scope_id.currentData()
            if server_id is None or self.scope_id.currentText() != self.scope_id.itemText(
                    self.scope_id.currentIndex()):
                server_id = self.scope_id.currentText().strip()
            if not (isinstance(server_id, str) and server_id.isascii() and server_id.isdigit()):
                self.status.setText(render(msg("trends.bad_scope", value=str(server_id))))
                return None
            scope = TrendScope(kind, server_id)
        since, until = _day(self.since.date()), _day(self.until.date())
        if until < since:
            self.status.setText(render(msg("trends.range_reversed", since=since.isoformat(),
                                           until=until.isoformat())))
            return None
        if (until - since).days + 1 > MAX_RANGE_DAYS:
            self.status.setText(render(msg("trends.range_too_long", days=MAX_RANGE_DAYS)))
            return None
        return TrendRequest(scope, since, until, str(self.by.currentData()))

    @Slot()
    def request(self) -> None:
        request = self.current_request()
        if request is not None:
            self.controller.load(request)

    # ------------------------------------------------------------------------------- the answers
    @Slot(object)
    def show_data(self, data: ChartData) -> None:
        self.chart.empty_text = self.tr("No streams in this range.")
        self.chart.set_data(data.days, data.names, data.values)
        self.csv_button.setEnabled(bool(data.names))
        self.png_button.setEnabled(bool(data.names))
        locale = QLocale()
        when = ""
        if data.fetched_at is not None:
            when = locale.toString(QDateTime.fromSecsSinceEpoch(int(data.fetched_at)).date(),
                                   QLocale.FormatType.ShortFormat)
        code = "trends.offline" if data.offline else "trends.fetched"
        self.status.setText(render(msg(code, date=when)) if when else "")
        self.total.setText(self.tr("Total: {streams} streams").format(
            streams=locale.toString(int(data.values.sum()))))

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.status.setText(render_error(error))

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Fetching trends…"))

    def _export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export trends as CSV"), "trends.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.controller.export_csv(path)

    def _export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart as PNG"), "trends.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    def export_png(self, path: str) -> None:
        """The chart as it is drawn now; the file is written on a worker."""
        self.controller.export_png(self.chart.grab().toImage(), path)
