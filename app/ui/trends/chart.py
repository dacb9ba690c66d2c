"""A line chart of daily series drawn with QPainter and numpy (docs/TRENDS.md says why this and not a
charting library: measured bundle size, start-up and redraw time).

Each series is one polyline. Its points are written straight into a ``QPolygonF``'s memory through a
numpy view (no ``QPointF`` per point), and when a series has more days than the plot has pixels it is
decimated to the minimum and maximum of each pixel column, so a drawn line never has more than two
points per pixel whatever the range. Hover shows a crosshair and a box with the day's values; the
wheel zooms the days around the pointer, dragging pans, a double click shows every day again.
Dates and numbers are written in the UI locale (``QLocale()``).
"""

from __future__ import annotations

import datetime as dt
import math
import time

import numpy as np
import shiboken6
from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

# Tableau 10 and two more: distinct for the usual handful of services or territories.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#8c564b")
MIN_VISIBLE_DAYS = 7
SETTLE_SECONDS = 0.2
TOOLTIP_ROWS = 12


def polygon(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
    """A QPolygonF of the points (xs[i], ys[i]), filled through a numpy view of its memory."""
    poly = QPolygonF()
    poly.resize(len(xs))
    if len(xs):
        memory = shiboken6.VoidPtr(poly.data(), len(xs) * 16, True)  # type: ignore[call-arg, arg-type]
        view = np.frombuffer(memory, np.float64).reshape(-1, 2)  # type: ignore[call-overload]
        view[:, 0] = xs
        view[:, 1] = ys
    return poly


def decimate(xs: np.ndarray, ys: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """At most two points per pixel column: each column's minimum and maximum, in order."""
    if len(xs) <= 2 * max(width, 1):
        return xs, ys
    columns = np.clip(((xs - xs[0]) / max(xs[-1] - xs[0], 1e-9) * (width - 1)).astype(np.int64), 0, width - 1)
    starts = np.flatnonzero(np.r_[True, columns[1:] != columns[:-1]])
    lows = np.minimum.reduceat(ys, starts)
    highs = np.maximum.reduceat(ys, starts)
    col_x = xs[starts]
    out_x = np.repeat(col_x, 2)
    out_y = np.empty(len(starts) * 2)
    out_y[0::2] = lows
    out_y[1::2] = highs
    return out_x, out_y


def nice_step(span: float, target: int) -> float:
    """A round tick step (1, 2 or 5 × 10^k) giving about ``target`` ticks over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / max(target, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


class TrendChart(QWidget):
    """Days across, streams up; one coloured line per series, a legend above."""

    hovered = Signal(int)  # the index of the day under the pointer, -1 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.days: list[dt.date] = []
        self.names: list[str] = []
        self.values = np.zeros((0, 0))
        self.view = (0.0, 0.0)  # first and last day index shown (floats while zooming)
        self.hover_index = -1
        self._drag: tuple[float, tuple[float, float]] | None = None
        self.empty_text = ""
        self.antialias_limit = 40  # series; more are drawn without antialiasing
        # While the user pans or zooms, lines are drawn thin and without antialiasing (several times
        # faster), and once more in full quality when the gesture pauses.
        self._fast_until = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(int(SETTLE_SECONDS * 1000))
        self._settle.timeout.connect(self.update)
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
        self._data_version = 0
        self._legend_cache: tuple[tuple[object, ...], list[list[tuple[int, float]]]] | None = None

    # ---------------------------------------------------------------------------------------- data
    def set_data(self, days: list[dt.date], names: list[str], values: np.ndarray) -> None:
        """``values[s, i]`` is series ``names[s]`` on ``days[i]``."""
        self.days = list(days)
        self.names = list(names)
        self.values = np.asarray(values, dtype=np.float64).reshape(len(names), len(days))
        self.view = (0.0, float(max(len(days) - 1, 0)))
        self.hover_index = -1
        self._data_version += 1
        self.update()

    def invalidate(self) -> None:
        """Draw everything again at the next paint (the layer under the pointer is kept otherwise)."""
        self._layer = None
        self.update()

    def series_count(self) -> int:
        return len(self.names)

    def color(self, index: int) -> QColor:
        color = QColor(PALETTE[index % len(PALETTE)])
        if index >= len(PALETTE):
            color = color.darker(100 + 40 * (index // len(PALETTE)))
        return color

    def values_at(self, index: int) -> list[tuple[str, int]]:
        """The series' values on day ``index``, largest first."""
        if not 0 <= index < len(self.days):
            return []
        pairs = [(name, int(self.values[s, index])) for s, name in enumerate(self.names)]
        return sorted(pairs, key=lambda p: -p[1])

    def hover_text(self, index: int) -> str:
        """What the hover box says about day ``index``: the date, then each series' value."""
        if not 0 <= index < len(self.days):
            return ""
        locale = QLocale()
        lines = [locale.toString(_qdate(self.days[index]), QLocale.FormatType.LongFormat)]
        for name, value in self.values_at(index)[:TOOLTIP_ROWS]:
            lines.append(f"{name}: {locale.toString(value)}")
        return "\n".join(lines)

    # ------------------------------------------------------------------------------------ geometry
    def _legend_rows(self, width: float) -> list[list[tuple[int, float]]]:
        key = (width, tuple(self.names), self.font().key())
        if self._legend_cache is not None and self._legend_cache[0] == key:
            return self._legend_cache[1]
        rows = self._layout_legend(width)
        self._legend_cache = (key, rows)
        return rows

    def _layout_legend(self, width: float) -> list[list[tuple[int, float]]]:
        metrics = QFontMetrics(self.font())
        rows: list[list[tuple[int, float]]] = [[]]
        x = 0.0
        for s, name in enumerate(self.names):
            item = 18 + metrics.horizontalAdvance(name) + 14
            if rows[-1] and x + item > width:
                rows.append([])
                x = 0.0
            rows[-1].append((s, item))
            x += item
        return rows if self.names else []

    def plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        top_max = self._y_max()
        label = QLocale().toString(int(top_max)) if top_max else "0"
        left = metrics.horizontalAdvance(label) + 16
        legend_height = len(self._legend_rows(self.width() - left - 12)) * (metrics.height() + 4)
        top = 10 + legend_height + (6 if legend_height else 0)
        return QRectF(left, top, max(self.width() - left - 14, 10), max(self.height() - top - 2.4 *
                                                                        metrics.height() - 6, 10))

    def _visible(self) -> tuple[int, int]:
        if not self.days:
            return 0, -1
        lo = max(int(math.floor(self.view[0])), 0)
        hi = min(int(math.ceil(self.view[1])), len(self.days) - 1)
        return lo, hi

    def _y_max(self) -> float:
        lo, hi = self._visible()
        if hi < lo or self.values.size == 0:
            return 0.0
        peak = float(self.values[:, lo : hi + 1].max())
        if peak <= 0:
            return 1.0
        step = nice_step(peak, 5)
        return step * math.ceil(peak / step)

    def x_of(self, index: float, rect: QRectF) -> float:
        span = max(self.view[1] - self.view[0], 1e-9)
        return rect.left() + (index - self.view[0]) / span * rect.width()

    def index_at(self, x: float) -> int:
        rect = self.plot_rect()
        if not self.days or not rect.left() <= x <= rect.right():
            return -1
        span = self.view[1] - self.view[0]
        index = round(self.view[0] + (x - rect.left()) / max(rect.width(), 1) * span)
        return int(min(max(index, 0), len(self.days) - 1))

    # -------------------------------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        if not self.days or not self.names:
            painter.fillRect(self.rect(), self.palette().base())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        rect = self.plot_rect()
        y_max = self._y_max()
        fast = self.interacting()
        key = (self.size().toTuple(), self.view, fast, self._data_version, self.devicePixelRatioF(),
               self.palette().cacheKey(), self.font().key())
        if self._layer is None or self._layer_key != key:
            # Axes, lines and legend are drawn once into a layer; the pointer's crosshair and box go on
            # top, so hovering costs a copy of the layer, not a redraw of every line.
            ratio = self.devicePixelRatioF()
            layer = QPixmap((self.size().toSizeF() * ratio).toSize())
            layer.setDevicePixelRatio(ratio)
            layer.fill(self.palette().base().color())
            layer_painter = QPainter(layer)
            self._paint_axes(layer_painter, rect, y_max)
            self._paint_series(layer_painter, rect, y_max)
            self._paint_legend(layer_painter, rect)
            layer_painter.end()
            self._layer, self._layer_key = layer, key
        painter.drawPixmap(0, 0, self._layer)
        self._paint_hover(painter, rect, y_max)
        painter.end()

    def _paint_axes(self, painter: QPainter, rect: QRectF, y_max: float) -> None:
        locale = QLocale()
        metrics = QFontMetrics(self.font())
        text = self.palette().text().color()
        base = self.palette().base().color()
        grid = _mix(base, text, 0.11)  # opaque: alpha-blended lines cost ten times more to draw
        step = nice_step(y_max, 5)
        value = 0.0
        while value <= y_max + 1e-9:
            y = rect.bottom() - value / max(y_max, 1e-9) * rect.height()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text)
            label = locale.toString(int(value))
            painter.drawText(QRectF(0, y - metrics.height() / 2, rect.left() - 8, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            value += step
        axis = _mix(base, text, 0.47)
        painter.setPen(QPen(axis, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        lo, hi = self._visible()
        for index, label in self._date_ticks(lo, hi, rect, metrics):
            x = self.x_of(index, rect)
            painter.setPen(QPen(axis, 1))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(text)
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, 0), self.width() - width - 2)
            painter.drawText(QPointF(left, rect.bottom() + 6 + metrics.ascent()), label)

    def _date_ticks(self, lo: int, hi: int, rect: QRectF, metrics: QFontMetrics) -> list[tuple[int, str]]:
        """Ticks on round days (Mondays, first of the month, first of a quarter) far enough apart for
        their labels; the year is added to the first tick and to each January."""
        if hi < lo:
            return []
        locale = QLocale()
        sample = metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 28), "d MMM yyyy")) + 16
        per_day = rect.width() / max(self.view[1] - self.view[0], 1e-9)
        room = sample / max(per_day, 1e-9)  # days one label needs
        ticks: list[tuple[int, str]] = []
        for every, kind in ((1, "day"), (2, "day"), (7, "week"), (14, "week"), (1, "month"), (2, "month"),
                            (3, "month"), (6, "month"), (12, "month")):
            length = every * (30 if kind == "month" else 1)
            if length >= room:
                break
        first = self.days[0].toordinal()
        last_year = None
        for index in range(lo, hi + 1):
            day = dt.date.fromordinal(first + index)
            if kind == "day":
                wanted = (day.toordinal() % every) == 0
            elif kind == "week":
                wanted = day.weekday() == 0 and (day.toordinal() // 7) % (every // 7) == 0
            else:
                wanted = day.day == 1 and (day.month - 1) % every == 0
            if not wanted:
                continue
            with_year = last_year is None or day.year != last_year
            last_year = day.year
            pattern = "d MMM yyyy" if with_year and kind != "month" else "d MMM"
            if kind == "month":
                pattern = "MMM yyyy" if with_year else "MMM"
            ticks.append((index, locale.toString(_qdate(day), pattern)))
        return ticks

    def _paint_series(self, painter: QPainter, rect: QRectF, y_max: float) -> None:
        lo, hi = self._visible()
        if hi < lo:
            return
        painter.save()
        painter.setClipRect(rect.adjusted(-1, -1, 1, 1))
        fast = self.interacting()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              not fast and len(self.names) <= self.antialias_limit)
        indexes = np.arange(lo, hi + 1, dtype=np.float64)
        span = max(self.view[1] - self.view[0], 1e-9)
        xs = rect.left() + (indexes - self.view[0]) / span * rect.width()
        scale = rect.height() / max(y_max, 1e-9)
        ys_all = rect.bottom() - self.values[:, lo : hi + 1] * scale
        width = int(rect.width())
        # Pens wider than one pixel send every polyline through Qt's stroker, which costs ~50 ms per
        # noisy year-long line (docs/TRENDS.md); a bolder line is two 1-pixel ones, 0.7 px apart.
        bold = len(self.names) <= len(PALETTE) and not fast
        for s in range(len(self.names)):
            px, py = decimate(xs, ys_all[s], width)
            pen = QPen(self.color(s), 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPolyline(polygon(px, py))
            if bold:
                painter.drawPolyline(polygon(px, py - 0.7))
        painter.restore()

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        y = 8.0
        painter.setPen(self.palette().text().color())
        for row in self._legend_rows(self.width() - rect.left() - 12):
            x = rect.left()
            for s, item in row:
                painter.fillRect(QRectF(x, y + metrics.height() / 2 - 5, 12, 10), self.color(s))
                painter.drawText(QPointF(x + 18, y + metrics.ascent()), self.names[s])
                x += item
            y += metrics.height() + 4

    def _paint_hover(self, painter: QPainter, rect: QRectF, y_max: float) -> None:
        index = self.hover_index
        lo, hi = self._visible()
        if not lo <= index <= hi:
            return
        x = self.x_of(index, rect)
        text = self.palette().text().color()
        line = QColor(text)
        line.setAlpha(110)
        painter.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scale = rect.height() / max(y_max, 1e-9)
        for s in range(min(len(self.names), 60)):
            y = rect.bottom() - self.values[s, index] * scale
            painter.setPen(QPen(self.palette().base().color(), 1.5))
            painter.setBrush(self.color(s))
            painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
        lines = self.hover_text(index).split("\n")
        metrics = QFontMetrics(self.font())
        width = max(metrics.horizontalAdvance(t) for t in lines) + 28
        height = len(lines) * metrics.height() + 12
        left = x + 14 if x + 14 + width < rect.right() else x - 14 - width
        box = QRectF(left, rect.top() + 6, width, height)
        back = QColor(self.palette().toolTipBase().color())
        back.setAlpha(240)
        painter.setPen(QPen(line, 1))
        painter.setBrush(back)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(self.palette().toolTipText().color())
        names = [name for name, _ in self.values_at(index)[:TOOLTIP_ROWS]]
        for row, content in enumerate(lines):
            baseline = box.top() + 6 + metrics.ascent() + row * metrics.height()
            if row > 0:
                s = self.names.index(names[row - 1])
                painter.fillRect(QRectF(box.left() + 8, baseline - metrics.ascent() / 2 - 3, 8, 8),
                                 self.color(s))
                painter.drawText(QPointF(box.left() + 20, baseline), content)
            else:
                painter.drawText(QPointF(box.left() + 8, baseline), content)

    # -------------------------------------------------------------------------------------- input
    def interacting(self) -> bool:
        return self._drag is not None or time.monotonic() < self._fast_until

    def _moved(self) -> None:
        self._fast_until = time.monotonic() + SETTLE_SECONDS
        self._settle.start()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if self._drag is not None:
            start_x, (v0, v1) = self._drag
            rect = self.plot_rect()
            shift = (start_x - x) / max(rect.width(), 1) * (v1 - v0)
            shift = min(max(shift, -v0), (len(self.days) - 1) - v1)
            self.view = (v0 + shift, v1 + shift)
            self._moved()
        index = self.index_at(x)
        if index != self.hover_index or self._drag is not None:
            self.hover_index = index
            self.hovered.emit(index)
            self.update()

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        self.hover_index = -1
        self.hovered.emit(-1)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().x(), self.view)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        self.unsetCursor()
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent | None) -> None:  # noqa: N802
        self.view = (0.0, float(max(len(self.days) - 1, 0)))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Left/Right move the day read out, +/- zoom, Home shows every day: the chart without a mouse."""
        if not self.days:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            start = self.hover_index if self.hover_index >= 0 else int(self.view[1])
            step = -1 if key == Qt.Key.Key_Left else 1
            self.hover_index = min(max(start + step, 0), len(self.days) - 1)
            lo, hi = self._visible()
            if not lo <= self.hover_index <= hi:
                self.pan(self.hover_index - (lo if self.hover_index < lo else hi))
            self.hovered.emit(self.hover_index)
            self.update()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.zoom(0.8 if key != Qt.Key.Key_Minus else 1.25, self.hover_index)
        elif key == Qt.Key.Key_Home:
            self.mouseDoubleClickEvent(None)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if not self.days or not steps:
            return
        self.zoom(0.8 ** steps, self.index_at(event.position().x()))

    def zoom(self, factor: float, around: float = -1) -> None:
        """Show ``factor`` times as many days, keeping the day ``around`` where it is."""
        last = float(len(self.days) - 1)
        v0, v1 = self.view
        if around < 0:
            around = (v0 + v1) / 2
        span = min(max((v1 - v0) * factor, min(MIN_VISIBLE_DAYS, last)), last)
        ratio = (around - v0) / max(v1 - v0, 1e-9)
        start = min(max(around - ratio * span, 0.0), last - span)
        self.view = (start, start + span)
        self._moved()

    def pan(self, days: float) -> None:
        v0, v1 = self.view
        shift = min(max(days, -v0), (len(self.days) - 1) - v1)
        self.view = (v0 + shift, v1 + shift)
        self._moved()


def _mix(under: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``under`` at ``amount`` opacity, as one opaque colour."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(
        (under.redF(), under.greenF(), under.blueF()), (over.redF(), over.greenF(), over.blueF()),
        strict=True)))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
