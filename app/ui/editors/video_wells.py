"""The video well and the Motion Art wells: drop targets that show a poster frame, the video's
properties and its QC verdict.

Like the cover and audio wells they only lay out and report (``files_dropped``, ``pick_requested``);
``VideoWellsController`` (``video_controller.py``) reads, checks and stores on the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.editors.wells import _Well

translate = QCoreApplication.translate  # subclasses keep their base's context (lupdate reads the literal)

_PLACEHOLDER_STYLE = (
    "QLabel#poster { background: palette(alternate-base); color: palette(mid); "
    "border: 1px solid palette(mid); border-radius: 4px; }"
)


class VideoWell(_Well):
    """A music video: poster frame, file, resolution, frame rate, codec, duration, and QC."""

    ROWS = ("file", "resolution", "frame_rate", "codec", "duration_s")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        poster_size: QSize | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(title or translate("VideoWell", "Music video"), parent)
        self.poster_size = poster_size or QSize(256, 144)
        self.poster = QLabel(self)
        self.poster.setObjectName("poster")
        self.poster.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.poster.setFixedSize(self.poster_size)
        self.poster.setWordWrap(True)
        self.poster.setTextFormat(Qt.TextFormat.PlainText)
        self.poster.setAccessibleName(translate("VideoWell", "Poster frame"))
        names = {
            "file": translate("VideoWell", "File"),
            "resolution": translate("VideoWell", "Resolution"),
            "frame_rate": translate("VideoWell", "Frame rate"),
            "codec": translate("VideoWell", "Codec"),
            "duration_s": translate("VideoWell", "Duration"),
        }
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._fill_grid(grid, "video", list(self.ROWS), names)
        self.hint_text = hint or translate("VideoWell", "Drop an MP4 or MOV music video here")
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.poster, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(grid)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems)
        self.clear()

    def clear(self) -> None:
        self.show_placeholder(self.hint_text)
        for label in self.values.values():
            label.setText("—")
        self.set_verdict("", "ok", [])

    def show_placeholder(self, text: str) -> None:
        """A neutral box with ``text`` (the file's name and size) where the poster frame would be."""
        self.poster.clear()
        self.poster.setStyleSheet(_PLACEHOLDER_STYLE)
        self.poster.setText(text)

    def show_poster(self, image: QImage) -> None:
        """``image`` was decoded on a worker thread; the pixmap is made here (GUI thread)."""
        self.poster.setStyleSheet("QLabel#poster { background: black; border-radius: 4px; }")
        self.poster.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.poster_size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def show_properties(self, texts: dict[str, str]) -> None:
        for key, label in self.values.items():
            label.setText(texts.get(key, "—"))


class MotionArtWell(VideoWell):
    """Apple Motion Art of one kind: mobile (3:4) or desktop (1:1)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        mobile = kind.endswith("mobile")
        title = (
            translate("MotionArtWell", "Motion Art, mobile (3:4)")
            if mobile
            else translate("MotionArtWell", "Motion Art, desktop (1:1)")
        )
        hint = (
            translate("MotionArtWell", "Drop a 3:4 Motion Art loop here (MP4 or MOV, no sound)")
            if mobile
            else translate("MotionArtWell", "Drop a 1:1 Motion Art loop here (MP4 or MOV, no sound)")
        )
        size = QSize(108, 144) if mobile else QSize(144, 144)
        self.kind = kind
        super().__init__(parent, title=title, poster_size=size, hint=hint)
