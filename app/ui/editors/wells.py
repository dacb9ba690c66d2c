"""The cover well and the audio well: drop targets that show a file and its QC verdict.

Both only lay out and report: ``files_dropped(list[Path])`` when files land on them and
``pick_requested()`` when the user clicks "Choose…". Reading, inspecting and storing happen in the
editor controller on the task runner; results come back through :meth:`show_report`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.drops import paths_from_mime

_VERDICT_STYLE = {
    "ok": "color: #3c9a5f; font-weight: 600;",
    "warning": "color: #b07d10; font-weight: 600;",
    "error": "color: #c8423b; font-weight: 600;",
    "busy": "color: palette(mid);",
}


class _Well(QFrame):
    files_dropped = Signal(object)
    pick_requested = Signal()

    values: dict[str, QLabel]  # the property rows of a well that has them (_fill_grid)

    def _fill_grid(self, grid: QGridLayout, prefix: str, keys: list[str], names: dict[str, str]) -> None:
        """One row per property: its name, and a selectable plain-text value kept in ``self.values``."""
        for row, key in enumerate(keys):
            value = QLabel("—", self)
            value.setObjectName(f"{prefix}_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(names[key])
            grid.addWidget(QLabel(names[key], self), row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("well")
        self.setAccessibleName(title)
        self._title = QLabel(title, self)
        self._title.setStyleSheet("font-weight: 600;")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.hide()
        # the base class names its own context: self.tr() would look under CoverWell / AudioWell
        self.pick = QPushButton(QCoreApplication.translate("Well", "Choose…"), self)
        self.pick.setAccessibleName(QCoreApplication.translate("Well", "Choose a file for %1")
                                    .replace("%1", title))
        self.pick.clicked.connect(self.pick_requested)
        self._set_highlight(False)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._title)
        row.addStretch(1)
        row.addWidget(self.pick)
        return row

    def _set_highlight(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"QFrame#well {{ border: 2px dashed {colour}; border-radius: 6px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()
            self._set_highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        paths = paths_from_mime(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def set_busy(self, text: str) -> None:
        self.verdict.setStyleSheet(_VERDICT_STYLE["busy"])
        self.verdict.setText(text)
        self.problems.hide()

    def set_verdict(self, text: str, level: str, problems: list[str]) -> None:
        self.verdict.setStyleSheet(_VERDICT_STYLE.get(level, ""))
        self.verdict.setText(text)
        if problems:
            self.problems.setText("\n".join(f"• {p}" for p in problems))
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()


class CoverWell(_Well):
    """The cover image, scaled; below it the QC verdict (size, format, problems)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cover"), parent)
        self.image = QLabel(self)
        self.image.setObjectName("coverImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(200, 200))
        self.image.setMaximumSize(QSize(260, 260))
        self.image.setAccessibleName(self.tr("Cover image"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems)
        self.clear()

    def clear(self) -> None:
        self.image.clear()
        self.image.setText(self.tr("Drop a cover image here\n(3000 × 3000 JPEG or PNG)"))
        self.image.setStyleSheet("color: palette(mid);")
        self.set_verdict("", "ok", [])

    def show_image(self, image: QImage | None) -> None:
        """``image`` was decoded and scaled on a worker thread; the pixmap is made here (GUI thread)."""
        if image is None or image.isNull():
            self.clear()
            return
        self.image.setStyleSheet("")
        pixmap = QPixmap.fromImage(image).scaled(
            self.image.maximumSize(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)


class AudioWell(_Well):
    """The master's file name, technical properties, loudness and QC problems."""

    PROPERTY_ROWS = (
        ("file", "File"),
        ("format", "Format"),
        ("sample_rate", "Sample rate"),
        ("bit_depth", "Bit depth"),
        ("channels", "Channels"),
        ("duration_s", "Duration"),
        ("lufs", "Loudness"),
        ("true_peak_dbtp", "True peak"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Master audio"), parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        names = {
            "file": self.tr("File"), "format": self.tr("Format"),
            "sample_rate": self.tr("Sample rate"), "bit_depth": self.tr("Bit depth"),
            "channels": self.tr("Channels"), "duration_s": self.tr("Duration"),
            "lufs": self.tr("Loudness"), "true_peak_dbtp": self.tr("True peak"),
        }
        self._fill_grid(grid, "audio", [key for key, _ in self.PROPERTY_ROWS], names)
        self.hint = QLabel(self.tr("Drop a FLAC or WAV master here"), self)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        from app.ui.editors.waveform import PicturePanel

        self.picture = PicturePanel(self)
        self.picture.hide()
        layout.addWidget(self.picture)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("—")
        self.hint.show()
        self.picture.set_picture(None)
        self.set_verdict("", "ok", [])

    def show_picture(self, picture: Any) -> None:
        """The master's waveform and loudness (None: hide it)."""
        self.picture.set_picture(picture)

    def show_properties(self, texts: dict[str, str]) -> None:
        self.hint.setVisible(not texts)
        for key, label in self.values.items():
            label.setText(texts.get(key, "—"))
