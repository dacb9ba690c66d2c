"""What the editor area shows when nothing is selected (kept apart: the first paint needs only this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyEditor(QWidget):
    """What the editor area shows when nothing is selected: how to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyEditor")
        text = QLabel(self.tr(
            "Select a product or a track in the catalog to edit it.\n\n"
            "Drop a release folder onto the catalog to import it as a new draft,\n"
            "audio files onto a product to add tracks, or a cover image onto a product."), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("color: palette(mid); font-size: 11pt;")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
