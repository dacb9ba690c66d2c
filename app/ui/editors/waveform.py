"""The picture of a master in the GUI: waveform, short-term loudness, clipping and silence, with the gain
each store's loudness normalisation applies beside it.

Only paints what :class:`app.media.picture.Picture` holds (made in the QC pass on a worker, never here):
painting 2,000 columns scaled to the widget's width is a few hundred lines per repaint.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

LOUDNESS_FLOOR = -40.0
LOUDNESS_TOP = 0.0

_PEAK = QColor(52, 101, 164)
_RMS = QColor(130, 170, 220)
_LOUDNESS = QColor(230, 120, 20)
_CLIP = QColor(204, 0, 0)
_SILENCE = QColor(128, 128, 128, 60)
_GRID = QColor(128, 128, 128, 70)


class WaveformView(QWidget):
    """Peaks (dark) and RMS (light) around the centre line, short-term loudness as an orange line on a
    LUFS scale (-40 to 0, right), clipped places as red ticks top and bottom, silence at either end
    shaded."""

    SCALE_WIDTH = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: Any = None
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Waveform and loudness over time"))

    def sizeHint(self) -> QSize:
        return QSize(520, 140)

    def set_picture(self, picture: Any) -> None:
        self.picture = picture
        self._describe()
        self.update()

    def _describe(self) -> None:
        p = self.picture
        if p is None:
            self.setToolTip("")
            return
        clipped = int(p.clipped.sum())
        tip = self.tr("Blue: peaks and RMS. Orange: short-term loudness (3 s), scale in LUFS at the right.")
        if clipped:
            tip += "\n" + self.tr("Red ticks: clipped samples.")
        if p.leading_silence_s > 0.5 or p.trailing_silence_s > 0.5:
            tip += "\n" + self.tr("Grey: silence at the start or end.")
        self.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(rect, self.palette().base())
        plot = rect.adjusted(4, 4, -self.SCALE_WIDTH, -4)
        mid = plot.center().y()
        half = plot.height() / 2
        painter.setPen(QPen(_GRID, 1))
        for level in (1.0, 0.5, 0.0, -0.5, -1.0):
            y = mid - level * half
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        for lufs in range(int(LOUDNESS_FLOOR), int(LOUDNESS_TOP) + 1, 10):
            y = _loudness_y(lufs, plot)
            painter.drawLine(QPointF(plot.right() + 1, y), QPointF(plot.right() + 4, y))
            painter.drawText(QRectF(plot.right() + 5, y - 8, self.SCALE_WIDTH - 5, 16),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(lufs))
        p = self.picture
        if p is None or p.columns == 0:
            return
        width = max(1, int(plot.width()))
        duration = max(float(p.duration_s), 1e-9)
        lead = plot.width() * min(1.0, p.leading_silence_s / duration)
        trail = plot.width() * min(1.0, p.trailing_silence_s / duration)
        if lead >= 1:
            painter.fillRect(QRectF(plot.left(), plot.top(), lead, plot.height()), _SILENCE)
        if trail >= 1:
            painter.fillRect(QRectF(plot.right() - trail, plot.top(), trail, plot.height()), _SILENCE)
        import numpy as np

        edges = np.linspace(0, p.columns, width + 1).astype(np.int64)
        starts = np.minimum(edges[:-1], p.columns - 1)
        high = np.clip(np.maximum.reduceat(p.high, starts), -1, 1)
        low = np.clip(np.minimum.reduceat(p.low, starts), -1, 1)
        rms = np.minimum(p.rms[starts], 1.0)
        clipped = np.logical_or.reduceat(p.clipped, starts)
        short = p.short_term[starts]
        left = plot.left()
        painter.setPen(QPen(_PEAK, 1))
        for x in range(width):
            painter.drawLine(QPointF(left + x, mid - float(high[x]) * half),
                             QPointF(left + x, mid - float(low[x]) * half))
        painter.setPen(QPen(_RMS, 1))
        for x in range(width):
            r = float(rms[x]) * half
            if r >= 0.5:
                painter.drawLine(QPointF(left + x, mid - r), QPointF(left + x, mid + r))
        painter.setPen(QPen(_CLIP, 1))
        for x in np.flatnonzero(clipped).tolist():
            painter.drawLine(QPointF(left + x, plot.top()), QPointF(left + x, plot.top() + 7))
            painter.drawLine(QPointF(left + x, plot.bottom() - 7), QPointF(left + x, plot.bottom()))
        painter.setPen(QPen(_LOUDNESS, 2))
        line = QPolygonF()
        for x in range(width):
            value = float(short[x])
            if math.isfinite(value):
                line.append(QPointF(left + x, _loudness_y(value, plot)))
            elif line.size() > 1:
                painter.drawPolyline(line)
                line = QPolygonF()
            else:
                line = QPolygonF()
        if line.size() > 1:
            painter.drawPolyline(line)


def _loudness_y(lufs: float, plot: QRectF) -> float:
    share = (min(max(lufs, LOUDNESS_FLOOR), LOUDNESS_TOP) - LOUDNESS_FLOOR) / (LOUDNESS_TOP - LOUDNESS_FLOOR)
    return plot.bottom() - share * plot.height()


class PicturePanel(QWidget):
    """The waveform, and beside it the gain each service's loudness normalisation applies to the master."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.media.normalization import SERVICES

        self.view = WaveformView(self)
        self.heading = QLabel(self.tr("As the stores play it"), self)
        self.heading.setToolTip(self.tr(
            "The gain each service's loudness normalisation applies to this master when it plays."))
        self.heading.setStyleSheet("font-weight: 600;")
        self.gains: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        for row, service in enumerate(SERVICES, start=1):
            name = QLabel(service.name, self)  # the service's own name: not translated
            value = QLabel("—", self)
            value.setObjectName(f"normalization_{service.key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(service.name)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.gains[service.key] = value
        side = QVBoxLayout()
        side.addLayout(grid)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)

    def set_picture(self, picture: Any) -> None:
        self.view.set_picture(picture)
        gains = dict(getattr(picture, "normalization", None) or {})
        for key, label in self.gains.items():
            gain = gains.get(key)
            if gain is None:
                label.setText("—")
                continue
            figure = "0.0" if gain == 0 else f"{gain:+.1f}".replace("-", "−")
            label.setText(self.tr("%1 dB").replace("%1", figure))
        self.setVisible(picture is not None)
