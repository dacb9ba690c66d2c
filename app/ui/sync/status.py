"""The status bar's permanent part: online state, pending changes, the Sync button and its progress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QWidget

_DOT = {"online": "#3c9a5f", "offline": "#c8423b", "connecting": "#d19a1e", "local": "#8a8f98"}


class SyncStatus(QWidget):
    sync_clicked = Signal()
    cancel_clicked = Signal()
    details_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel("●", self)
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionState")
        self.connection.setTextFormat(Qt.TextFormat.PlainText)
        self.connection.setAccessibleName(self.tr("Connection"))
        self.pending = QToolButton(self)
        self.pending.setObjectName("pendingCount")
        self.pending.setAutoRaise(True)
        self.pending.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.pending.clicked.connect(self.details_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel.clicked.connect(self.cancel_clicked)
        self.cancel.hide()
        self.sync = QPushButton(self.tr("Sync"), self)
        self.sync.setObjectName("syncButton")
        self.sync.setAccessibleName(self.tr("Send pending changes and refresh the catalog"))
        self.sync.setToolTip(self.tr("Send pending changes and refresh the catalog (F5)"))
        self.sync.clicked.connect(self.sync_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addWidget(self.pending)
        layout.addWidget(self.dot)
        layout.addWidget(self.connection)
        layout.addWidget(self.sync)
        self.set_connection("local", self.tr("Not connected"))
        self.sync.setEnabled(False)  # until a catalog is open
        self.pending.hide()  # until the store has been counted

    def set_connection(self, state: str, text: str) -> None:
        self.dot.setStyleSheet(f"color: {_DOT.get(state, '#8a8f98')};")
        self.connection.setText(text)
        self.connection.setProperty("state", state)

    def set_pending(self, count: int, problems: int = 0) -> None:
        self.pending.show()
        if count == 0 and problems == 0:
            self.pending.setText(self.tr("All changes sent"))
        else:
            text = self.tr("%1 pending").replace("%1", str(count))
            if problems:
                text += " · " + self.tr("%1 need attention").replace("%1", str(problems))
            self.pending.setText(text)
        self.pending.setProperty("count", count)

    def set_syncing(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel.setVisible(on)
        self.sync.setEnabled(not on)
        if on:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Syncing…"))

    @Slot(int, int, str)  # connected to a job's progress, emitted on a worker thread
    def set_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(text or self.tr("Syncing…"))
        self.progress.setToolTip(text)
