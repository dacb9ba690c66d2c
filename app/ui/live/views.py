"""The after-delivery views: where the selected product is live, its tracks' playlist placements,
where an artist is (and linking it to its Spotify or Apple Music id), and the stuck and failed tasks
with a one-click redelivery.

Server text (URLs, reasons, names) is shown as plain text; links open in the browser through
``QDesktopServices`` and only when they are ``https://``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery import task_reason

if TYPE_CHECKING:
    from app.domain.resources import SendTask
    from app.services.live import LiveReport
    from app.store.live import ArtistPlace
    from app.ui.live.controller import LiveController

PROBLEM_BRUSH = QBrush(QColor(255, 224, 204))
STUCK_BRUSH = QBrush(QColor(255, 240, 180))
LIVE_COLOUR = QColor(30, 130, 60)


def open_link(url: str | None) -> bool:
    """Open an https link in the browser (nothing else: a server could send any scheme)."""
    if not url or not url.startswith("https://"):
        return False
    return QDesktopServices.openUrl(QUrl(url))


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _link_cell(table: QTableWidget, row: int, column: int, url: str | None, text: str, name: str) -> None:
    """An Open button for an https ``url`` (``text`` on it, ``name`` for screen readers), else nothing."""
    if url and url.startswith("https://"):
        button = QPushButton(text, table)
        button.setToolTip(url)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _c=False, link=url: open_link(link))
        table.setCellWidget(row, column, button)
    else:
        table.removeCellWidget(row, column)
        table.setItem(row, column, _item(""))


class _ReportPanel(QWidget):
    """What the Live-on and Playlists tabs share: a title beside a Refresh button, a note shown when the
    report comes from the cache, and a table. Both show the :class:`LiveReport` the controller reads
    (one read serves both). A subclass sets the texts (in its own translation context) and fills the
    table in ``show_report``."""

    def __init__(self, controller: LiveController, prefix: str, columns: int, stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.product_id: str | None = None
        self.name = ""
        self.title = QLabel(self)
        self.title.setObjectName(f"{prefix}Title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName(f"{prefix}Offline")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: palette(mid);")
        self.note.hide()
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName(f"{prefix}Refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.table = _table(self, [""] * columns, f"{prefix}Table")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        controller.states_ready.connect(self.show_report)

    def refresh(self) -> None:
        if self.product_id is not None:
            self.controller.load_live(self.product_id, self.name)

    def show_report(self, report: LiveReport) -> None:
        raise NotImplementedError


class LiveOnPanel(_ReportPanel):
    """"Live on": one row per service with its state, since when, territories and a link."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(controller, "live", 5, 3, parent)
        self.setObjectName("liveOnPanel")
        self.setWindowTitle(self.tr("Live on"))
        self.title.setText(self.tr("Select a delivered product to see where it is live."))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("State"), self.tr("Since"),
                                              self.tr("Territories"), self.tr("Link")])

    def set_product(self, product_id: str | None, name: str = "") -> None:
        self.product_id = product_id
        self.name = name
        if product_id is None:
            self.title.setText(self.tr("Select a delivered product to see where it is live."))
            self.table.setRowCount(0)
            return
        self.title.setText(self.tr("{name} — reading where it is live…").format(name=name or product_id))
        self.refresh()

    def show_report(self, report: LiveReport) -> None:
        if report.product_id != self.product_id:
            return
        live = sum(1 for s in report.states if s.state == "live")
        self.title.setText(self.tr("{name}: live on {live} of {known} services").format(
            name=report.product_name or report.product_id, live=live, known=len(report.states)))
        self.note.setVisible(report.offline)
        self.note.setText(self.tr("The server cannot be reached: these are the states last read."))
        self.table.setRowCount(len(report.states))
        states = {"live": self.tr("live"), "processing": self.tr("processing"),
                  "taken-down": self.tr("taken down")}
        for row, state in enumerate(report.states):
            self.table.setItem(row, 0, _item(state.dsp))
            status = _item(states.get(state.state, state.state))
            if state.state == "live":
                status.setForeground(QBrush(LIVE_COLOUR))
            self.table.setItem(row, 1, status)
            self.table.setItem(row, 2, _item((state.since or "")[:10]))
            self.table.setItem(row, 3, _item(", ".join(state.territories)))
            _link_cell(self.table, row, 4, state.url, self.tr("Open"),
                       self.tr("Open on {service}").format(service=state.dsp))


class PlaylistsView(_ReportPanel):
    """"Playlists": the selected product's tracks on DSP playlists, most followed first.

    It shows the :class:`LiveReport` the Live-on panel asked for (one read for both tabs); alone, its
    :meth:`refresh` asks for one.
    """

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(controller, "playlists", 7, 2, parent)
        self.setObjectName("playlistsView")
        self.setWindowTitle(self.tr("Playlists"))
        self.title.setText(self.tr("Select a delivered product to see its playlist placements."))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels([self.tr("Playlist"), self.tr("Service"), self.tr("Track"),
                                              self.tr("Position"), self.tr("Followers"),
                                              self.tr("Added on"), self.tr("Link")])

    def set_product(self, product_id: str | None, name: str = "", *, load: bool = True) -> None:
        """Follow ``product_id``; ``load=False`` when another view already asked for its report."""
        self.product_id, self.name = product_id, name
        self.table.setRowCount(0)
        self.note.hide()
        if product_id is None:
            self.title.setText(self.tr("Select a delivered product to see its playlist placements."))
            return
        self.title.setText(self.tr("{name} — reading its playlist placements…").format(
            name=name or product_id))
        if load:
            self.refresh()

    def show_report(self, report: LiveReport) -> None:
        if report.product_id != self.product_id:
            return
        name = report.product_name or report.product_id
        if report.playlists:
            self.title.setText(self.tr("{name} — playlist placements: {n}").format(
                name=name, n=len(report.playlists)))
        else:
            self.title.setText(self.tr("{name} is on no playlist yet.").format(name=name))
        self.note.setVisible(report.offline)
        self.note.setText(self.tr("The server cannot be reached: these are the placements last read."))
        self.table.setRowCount(len(report.playlists))
        locale = QLocale(self.locale())
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # 168,515: group digits
        for row, place in enumerate(report.playlists):
            self.table.setItem(row, 0, _item(place.name))
            self.table.setItem(row, 1, _item(place.dsp))
            self.table.setItem(row, 2, _item(place.track))
            position = _item("" if place.position is None else locale.toString(place.position))
            position.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, position)
            followers = _item("" if place.followers is None else locale.toString(place.followers))
            followers.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4, followers)
            self.table.setItem(row, 5, _item((place.added_on or "")[:10]))
            _link_cell(self.table, row, 6, place.url, self.tr("Open"),
                       self.tr("Open {playlist} on {service}").format(playlist=place.name, service=place.dsp))


class ArtistLiveView(QWidget):
    """Where an artist is live, and its links to a Spotify or Apple Music artist profile."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("artistLiveView")
        self.setWindowTitle(self.tr("Artist"))
        self.controller = controller
        self.artists = QComboBox(self)
        self.artists.setObjectName("artistChoice")
        self.artists.setAccessibleName(self.tr("Artist"))
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: palette(mid);")
        self.table = _table(self, [self.tr("Service"), self.tr("Artist id"), self.tr("Link")],
                            "artistPlaces")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.service = QComboBox(self)
        self.service.setObjectName("linkService")
        self.service.addItem("Spotify", "spotify")
        self.service.addItem("Apple Music", "apple")
        self.external = QLineEdit(self)
        self.external.setObjectName("linkId")
        self.external.setPlaceholderText(self.tr("Artist id or profile link"))
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.link_button.setObjectName("linkArtist")
        self.link_button.clicked.connect(self.link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.service)
        link_row.addWidget(self.external, 1)
        link_row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.artists)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(link_row)
        self.artists.currentIndexChanged.connect(self._chosen)
        controller.artist_ready.connect(self.show_places)
        controller.artist_linked.connect(lambda _a, _u: self.external.clear())

    def set_artists(self, artists: list[tuple[str, str]]) -> None:
        """(artist id, name) of the selected product's artists."""
        self.artists.blockSignals(True)
        self.artists.clear()
        for artist_id, name in artists:
            self.artists.addItem(name, artist_id)
        self.artists.blockSignals(False)
        self._chosen()

    def current_artist(self) -> str | None:
        data = self.artists.currentData()
        return str(data) if data else None

    def _chosen(self, *_: Any) -> None:
        artist = self.current_artist()
        self.table.setRowCount(0)
        if artist:
            self.controller.load_artist(artist)

    def link(self) -> None:
        artist = self.current_artist()
        if artist and self.external.text().strip():
            self.controller.link_artist(artist, str(self.service.currentData()), self.external.text())

    def show_places(self, artist_id: str, places: list[ArtistPlace], cached: bool) -> None:
        if artist_id != self.current_artist():
            return
        self.note.setText(self.tr("The server cannot be reached: these are the places last read.")
                          if cached else self.tr("Services where the artist is: {n}").format(n=len(places)))
        self.table.setRowCount(len(places))
        for row, place in enumerate(places):
            self.table.setItem(row, 0, _item(place.dsp))
            self.table.setItem(row, 1, _item(place.external_id or ""))
            if place.url:
                button = QPushButton(self.tr("Open"), self.table)
                button.setToolTip(place.url)
                button.clicked.connect(lambda _c=False, url=place.url: open_link(url))
                self.table.setCellWidget(row, 2, button)


class ProblemsView(QWidget):
    """Stuck and failed tasks, highlighted, each with its reason and a one-click redelivery."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsView")
        self.setWindowTitle(self.tr("Needs attention"))
        self.controller = controller
        self.tasks: list[SendTask] = []
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(lambda: controller.load_problems())
        self.table = _table(self, [self.tr("Product"), self.tr("Service"), self.tr("Status"),
                                   self.tr("Reason"), ""], "problemTasks")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        controller.problems_ready.connect(self.show_tasks)
        controller.redelivered.connect(self._redelivered)

    def show_tasks(self, tasks: list[SendTask]) -> None:
        self.tasks = list(tasks)
        self.summary.setText(self.tr("Stuck or failed tasks: {n}").format(n=len(self.tasks)))
        self.table.setRowCount(len(self.tasks))
        names = self.controller.product_names
        for row, task in enumerate(self.tasks):
            brush = STUCK_BRUSH if task.status == "stuck" else PROBLEM_BRUSH
            status = self.tr("stuck") if task.status == "stuck" else self.tr("failed")
            cells = [names.get(str(task.product_id), str(task.product_id)),
                     self.controller.dsp_names_by_dui.get(str(task.dsp_upload_identification_id), "?"),
                     status, task_reason(task)]
            for col, text in enumerate(cells):
                cell = _item(text)
                cell.setBackground(brush)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
            button = QPushButton(self.tr("Redeliver"), self.table)
            button.setObjectName(f"redeliver_{task.id}")
            button.clicked.connect(lambda _c=False, t=task: self._redeliver(t))
            self.table.setCellWidget(row, 4, button)

    def _redeliver(self, task: SendTask) -> None:
        self.controller.redeliver(task)

    def _redelivered(self, old: SendTask, _new: SendTask) -> None:
        self.show_tasks([t for t in self.tasks if t.id != old.id])
