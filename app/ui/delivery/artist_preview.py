"""Before activation: which artist resource each credited name will resolve to.

The server links each name to the same-name artist with the highest priority, or creates a new one
(priority 1). This dialog shows that outcome with the artist's DSP ids, marks names that will create
new artists and names with several same-name artists, and lets the user create an artist or make
another same-name artist win before confirming.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.platform.messages import render
from app.services.artists import ArtistMatch
from app.ui.delivery.controller import DeliveryController
from app.ui.delivery.models import COL_CREDITS, COL_NAME, COL_RESOLVES, ArtistPreviewModel


class ArtistPreviewDialog(QDialog):
    def __init__(self, controller: DeliveryController, product_id: str, matches: list[ArtistMatch],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.product_id = product_id
        self.setObjectName("artistPreviewDialog")
        self.setWindowTitle(self.tr("Artists on activation"))
        self.setAccessibleName(self.tr("Artist preview"))
        self.resize(860, 380)
        self.model = ArtistPreviewModel(self)

        intro = QLabel(self.tr(
            "When the product goes active, each credited name is linked to the same-name artist with "
            "the highest priority, or a new artist is created. Check that each name lands on the "
            "right profile."), self)
        intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("artistSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setObjectName("artistTable")
        self.table.setAccessibleName(self.tr("Credited names and their artists"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RESOLVES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COL_CREDITS, 200)

        self.candidate = QComboBox(self)
        self.candidate.setObjectName("artistCandidate")
        self.candidate.setAccessibleName(self.tr("Same-name artist to use"))
        self.prefer_button = QPushButton(self.tr("&Use This Artist"), self)
        self.prefer_button.setObjectName("preferArtist")
        self.priority = QSpinBox(self)
        self.priority.setObjectName("newArtistPriority")
        self.priority.setAccessibleName(self.tr("Priority of the new artist"))
        self.priority.setRange(1, 1_000_000)
        self.priority.setValue(1)
        self.create_button = QPushButton(self.tr("&Create Artist"), self)
        self.create_button.setObjectName("createArtist")
        self.create_button.setToolTip(self.tr("Create an artist with the selected name now, with "
                                              "the priority on the left"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Same-name artists:"), self))
        tools.addWidget(self.candidate, 1)
        tools.addWidget(self.prefer_button)
        tools.addSpacing(16)
        tools.addWidget(QLabel(self.tr("Priority:"), self))
        tools.addWidget(self.priority)
        tools.addWidget(self.create_button)

        self.buttons = QDialogButtonBox(self)
        self.activate_button = self.buttons.addButton(self.tr("&Activate"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.activate_button.setObjectName("confirmActivation")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.prefer_button.clicked.connect(self._prefer)
        self.create_button.clicked.connect(self._create)
        controller.artists_ready.connect(self._artists_ready)
        controller.busy_changed.connect(self._busy)
        self.set_matches(matches)

    @Slot(str, object)
    def _artists_ready(self, product_id: str, matches: list[ArtistMatch]) -> None:
        if str(product_id) == str(self.product_id):
            self.set_matches(matches)

    def set_matches(self, matches: list[ArtistMatch]) -> None:
        self.model.set_matches(matches)
        new = [m.name for m in matches if m.creates_new]
        ambiguous = [m.name for m in matches if m.ambiguous]
        parts = [render(msg("count.credited_names", n=len(matches)))]
        if new:
            parts.append(self.tr("New artists will be created for: {names}.").format(
                names=", ".join(new)))
        if ambiguous:
            parts.append(self.tr("Several artists share the name: {names}.").format(
                names=", ".join(ambiguous)))
        self.summary.setText(" ".join(parts))
        self.table.resizeRowsToContents()
        if matches:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> ArtistMatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.match_at(rows[0].row()) if rows else None

    @Slot()
    def _selected(self, *_: object) -> None:
        match = self.selected()
        self.candidate.clear()
        if match is not None:
            for artist in match.candidates:
                self.candidate.addItem(self.tr("artist {id}, priority {p}").format(
                    id=artist.id, p=artist.priority if artist.priority is not None else "-"),
                    artist.id)
        self.prefer_button.setEnabled(match is not None and match.ambiguous)
        self.candidate.setEnabled(match is not None and match.ambiguous)
        self.create_button.setEnabled(match is not None)
        if match is not None and match.candidates:
            top = max(a.priority or 0 for a in match.candidates)
            self.priority.setValue(top + 1)
        else:
            self.priority.setValue(1)

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.activate_button.setEnabled(not busy)

    @Slot()
    def _prefer(self) -> None:
        match = self.selected()
        artist_id = self.candidate.currentData()
        if match is not None and artist_id:
            self.controller.prefer_artist(self.product_id, match, str(artist_id))

    @Slot()
    def _create(self) -> None:
        match = self.selected()
        if match is not None:
            self.controller.create_artist(self.product_id, match.name, self.priority.value())
