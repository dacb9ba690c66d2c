"""The readiness checklist: one row per finding, blocking ones first, a one-click fix where safe.

It always shows the current state: it asks the controller for a fresh check when shown, after every
fix and after activation. "Activate…" is offered only when nothing blocks; it opens the artist
preview first, so the user sees which artist each credited name will land on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.findings import Finding
from app.domain.messages import msg
from app.domain.readiness import Release, can_activate
from app.platform.messages import render
from app.services.artists import ArtistMatch
from app.ui.delivery.controller import DeliveryController
from app.ui.delivery.models import COL_FIX, COL_PROBLEM, COL_SEVERITY, COL_WHERE, ReadinessModel


class ReadinessChecklist(QWidget):
    activation_requested = Signal(object)  # list[ArtistMatch], before the user confirms

    def __init__(self, controller: DeliveryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("readinessChecklist")
        self.setWindowTitle(self.tr("Readiness"))
        self.setAccessibleName(self.tr("Readiness checklist"))
        self.product_id: str | None = None
        self.target_dsp_ids: list[str] = []
        self.media: Mapping[str, Any] = {}
        self.release: Release | None = None
        self.model = ReadinessModel(self)
        self.fix_buttons: dict[int, QPushButton] = {}
        self._awaiting_preview = False

        self.headline = QLabel(self)
        self.headline.setObjectName("readinessHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)  # a product's name and the counts can be long in any language
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.table = QTableView(self)
        self.table.setObjectName("readinessTable")
        self.table.setAccessibleName(self.tr("Readiness findings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIX, QHeaderView.ResizeMode.ResizeToContents)
        self.check_button = QPushButton(self.tr("Check &Again"), self)
        self.check_button.setObjectName("checkAgain")
        self.activate_button = QPushButton(self.tr("&Activate…"), self)
        self.activate_button.setObjectName("activateProduct")
        self.activate_button.setAccessibleName(self.tr("Activate the product"))
        self.activate_button.setEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName("readinessMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.activate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.check_button.clicked.connect(self.refresh)
        self.activate_button.clicked.connect(self._activate)
        controller.readiness_ready.connect(self._show)
        controller.artists_ready.connect(self._artists_ready)
        controller.failed.connect(self.message.setText)
        controller.busy_changed.connect(self._busy)
        controller.product_changed.connect(self._product_changed)
        self._refresh_soon = QTimer(self)  # several saves in a row cost one check
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(150)
        self._refresh_soon.timeout.connect(self.refresh)

    def set_product(self, product_id: str, *, target_dsp_ids: Sequence[str] = (),
                    media: Mapping[str, Any] | None = None) -> None:
        self.product_id = product_id
        self.target_dsp_ids = list(target_dsp_ids)
        self.media = dict(media or {})
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.product_id is not None:
            self.message.setText(self.tr("Checking…"))
            self.controller.check(self.product_id, target_dsp_ids=self.target_dsp_ids, media=self.media)

    @Slot(str)
    def _product_changed(self, product_id: str) -> None:
        """Always current: an editor, a delivery or a fix elsewhere changed this product."""
        if self.product_id is not None and str(product_id) == str(self.product_id):
            self._refresh_soon.start()

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        for button in self.fix_buttons.values():
            button.setEnabled(not busy)

    @Slot(object, object)
    def _show(self, release: Release, findings: list[Finding]) -> None:
        if self.product_id is None or str(release.product.id) != str(self.product_id):
            return
        self.release = release
        self.model.set_findings(findings)
        self.fix_buttons.clear()
        for row, finding in enumerate(self.model.findings()):  # the model's order: by store
            if finding.fix is None:
                continue
            button = QPushButton(render(finding.fix.label), self.table)
            button.setObjectName(f"fix_{row}")
            button.setAccessibleName(self.tr("Fix: {label}").format(label=render(finding.fix.label)))
            button.clicked.connect(lambda _=False, f=finding: self.apply(f))
            self.table.setIndexWidget(self.model.index(row, COL_FIX), button)
            self.fix_buttons[row] = button
        self.table.resizeRowsToContents()
        blockers = sum(1 for f in findings if f.blocks)
        active = release.product.status == "active"
        if active:
            text = self.tr("“{name}” is active.").format(name=release.product.name or "")
        elif blockers:
            text = render(msg("count.blockers", n=blockers, name=release.product.name or ""))
        else:
            text = self.tr("“{name}” is ready to activate.").format(name=release.product.name or "")
        warnings = len(findings) - blockers
        if warnings:
            text += " " + render(msg("count.warnings", n=warnings))
        self.headline.setText(text)
        self.activate_button.setEnabled(not active and can_activate(findings))
        self.message.clear()

    def apply(self, finding: Finding) -> None:
        """The one-click fix: send it, then the checklist refreshes from the server."""
        if self.release is None or finding.fix is None:
            return
        self.message.setText(self.tr("Applying “{label}”…").format(label=render(finding.fix.label)))
        self.controller.apply_fix(self.release, finding.fix)

    @Slot()
    def _activate(self) -> None:
        if self.product_id is None:
            return
        self._awaiting_preview = True
        self.message.setText(self.tr("Looking up the artists…"))
        self.controller.preview_artists(self.product_id)

    @Slot(str, object)
    def _artists_ready(self, product_id: str, matches: list[ArtistMatch]) -> None:
        if not self._awaiting_preview or str(product_id) != str(self.product_id):
            return
        self._awaiting_preview = False
        self.message.clear()
        self.activation_requested.emit(matches)
        from app.ui.delivery.artist_preview import ArtistPreviewDialog

        dialog = ArtistPreviewDialog(self.controller, str(self.product_id), matches, self)
        dialog.accepted.connect(lambda: self.controller.activate(str(self.product_id)))
        dialog.open()
        self.preview_dialog = dialog
