"""Drawing the Trends chart: redraw times against the 100 ms / 200 ms budgets, pan/zoom frame times,
and the candidates' import cost, all beside references measured in the same run.

Cases (the chart at 1200 x 480, rendered into an image as a paint event does, median of the runs):
- 365 days x 20 series (budget 100 ms);
- 50 products x 365 days x 20 services summed to the 20 services and drawn (budget 200 ms), and the
  worst case of drawing all 1,000 product x service lines;
- 60 pan/zoom steps: the longest frame against 16.7 ms (60 frames a second).
References: painting an empty widget of the same size, and the same points drawn as plain
``QPainter.drawPolyline`` calls from lists of ``QPointF`` (what a chart without numpy does).

Charting libraries, when a folder holding them is given in ``TRENDS_CANDIDATES`` (a ``pip install
--target`` of pyqtgraph in ``pg/``, of matplotlib in ``mpl/``): their import time in a fresh process
and their redraw of the 365 x 20 case. docs/TRENDS.md keeps the figures and the choice.

    python -m tests.benchmarks trends
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

WIDTH, HEIGHT = 1200, 480
RUNS = 15


def _series(count: int, days: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    base = rng.lognormal(7, 1, size=(count, 1))
    week = 1 + 0.1 * np.sin(np.arange(days) * 2 * np.pi / 7)
    return base * week * rng.gamma(8, 1 / 8, size=(count, days))


def _median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()  # warm-up: fonts, glyph caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _import_ms(code: str, path: str | None = None) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if path:
        env["PYTHONPATH"] = path + os.pathsep + env.get("PYTHONPATH", "")
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); " + code
                              + "; print((time.perf_counter() - t) * 1000)"],
                             env=env, capture_output=True, text=True, check=True)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return min(runs)


def _size_mb(folder: Path, skip: tuple[str, ...] = ()) -> float:
    total = 0
    for path in folder.iterdir():
        if path.name.split("-")[0].lower() in skip or path.name.lower().startswith(skip):
            continue
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        total += sum(p.stat().st_size for p in files)
    return total / 1e6


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.trends.chart import TrendChart

    app = QApplication.instance() or QApplication(sys.argv[:1])
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def render(widget: QWidget) -> Callable[[], None]:
        def go() -> None:
            invalidate = getattr(widget, "invalidate", None)
            if invalidate is not None:
                invalidate()  # a full redraw, not the cached layer
            widget.render(image)
        return go

    class Filled(QWidget):
        def paintEvent(self, event: object) -> None:  # noqa: N802
            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor("white"))
            painter.end()

    empty = Filled()
    empty.resize(WIDTH, HEIGHT)
    empty_ms = _median_ms(render(empty))

    chart = TrendChart()
    chart.resize(WIDTH, HEIGHT)
    twenty = _series(20, 365)
    chart.set_data(days, [f"Service {i + 1}" for i in range(20)], twenty)
    chart_20_ms = _median_ms(render(chart))

    def plain_polylines(values: np.ndarray, width: float = 1) -> Callable[[], None]:
        """The same lines from Python lists of QPointF, with the chart's pen (or a wider one)."""
        def go() -> None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, values.shape[0] <= 40)
            top = float(values.max())
            for s in range(values.shape[0]):
                pen = QPen(QColor.fromHsv((s * 37) % 360, 200, 200), width)
                pen.setCosmetic(True)
                painter.setPen(pen)
                points = [QPointF(60 + i * (WIDTH - 80) / values.shape[1], HEIGHT - 40 - v / top * 400)
                          for i, v in enumerate(values[s].tolist())]
                painter.drawPolyline(points)
            painter.end()
        return go

    plain_20_ms = _median_ms(plain_polylines(twenty))
    wide_20_ms = _median_ms(plain_polylines(twenty, 1.6), runs=1)

    cube = _series(50 * 20, 365, seed=2).reshape(50, 20, 365)

    def summed_and_drawn() -> None:
        chart.set_data(days, [f"Service {i + 1}" for i in range(20)], cube.sum(axis=0))
        render(chart)()

    chart_cube_ms = _median_ms(summed_and_drawn)
    every = TrendChart()
    every.resize(WIDTH, HEIGHT)
    every.set_data(days, [f"P{p} S{s}" for p in range(50) for s in range(20)], cube.reshape(1000, 365))
    every.setFont(every.font())
    chart_1000_ms = _median_ms(render(every), runs=5)
    plain_1000_ms = _median_ms(plain_polylines(cube.reshape(1000, 365)), runs=5)

    chart.set_data(days, [f"Service {i + 1}" for i in range(20)], twenty)
    frames = []
    for step in range(60):
        start = time.perf_counter()
        if step % 3 == 0:
            chart.zoom(0.9 if step < 30 else 1.1, 180)
        else:
            chart.pan(4 if step % 2 else -3)
        chart.render(image)  # in a gesture: the lines drawn fast, then kept as the layer
        frames.append((time.perf_counter() - start) * 1000)
    hovers = []
    for step in range(60):
        start = time.perf_counter()
        chart.hover_index = 100 + step
        chart.render(image)  # the pointer moves: the layer is copied, the crosshair and box drawn
        hovers.append((time.perf_counter() - start) * 1000)

    print(f"reference: empty {WIDTH}x{HEIGHT} widget painted: {empty_ms:.1f} ms")
    print(f"365 days x 20 series: {chart_20_ms:.1f} ms (budget 100 ms: {chart_20_ms / 100:.0%} of it; "
          f"{chart_20_ms / max(empty_ms, 0.01):.1f}x the empty widget; plain QPointF polylines "
          f"{plain_20_ms:.1f} ms, chart/plain {chart_20_ms / plain_20_ms:.2f}; the same lines with a "
          f"1.6 px pen {wide_20_ms:.0f} ms)")
    print(f"50 products x 365 days x 20 services, summed to 20 lines and drawn: {chart_cube_ms:.1f} ms "
          f"(budget 200 ms: {chart_cube_ms / 200:.0%} of it)")
    print(f"all 1,000 product x service lines: {chart_1000_ms:.1f} ms (budget 200 ms: "
          f"{chart_1000_ms / 200:.0%}; plain QPointF polylines {plain_1000_ms:.1f} ms, "
          f"chart/plain {chart_1000_ms / plain_1000_ms:.2f})")
    print(f"pan/zoom, 60 frames of 365 x 20: median {statistics.median(frames):.1f} ms, longest "
          f"{max(frames):.1f} ms (a 60 Hz frame is 16.7 ms)")
    print(f"hover, 60 pointer moves: median {statistics.median(hovers):.1f} ms, longest {max(hovers):.1f} ms")
    own = _import_ms("import app.ui.trends.chart")
    base = _import_ms("import numpy, shiboken6, PySide6.QtWidgets")
    print(f"import: the chart module {own:.0f} ms, of which Qt widgets + numpy {base:.0f} ms "
          f"(already loaded by the app): {max(own - base, 0):.0f} ms added; bundle added: "
          f"{sum(p.stat().st_size for p in Path('app/ui/trends').glob('*.py')) / 1e3:.0f} KB of Python")
    _candidates(twenty, chart_20_ms, app)


def _candidates(values: np.ndarray, own_ms: float, app: object) -> None:
    folder = os.environ.get("TRENDS_CANDIDATES")
    if not folder:
        print("candidates: set TRENDS_CANDIDATES to a folder with pg/ (pyqtgraph) and mpl/ (matplotlib)")
        return
    root = Path(folder)
    if (root / "pg").is_dir():
        sys.path.insert(0, str(root / "pg"))
        base = _import_ms("import numpy, PySide6.QtWidgets")
        pg_import = _import_ms("import PySide6.QtWidgets; import pyqtgraph", str(root / "pg"))
        import pyqtgraph as pg
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QWidget

        widget = pg.PlotWidget()
        widget.resize(WIDTH, HEIGHT)
        xs = np.arange(values.shape[1], dtype=np.float64)
        for s in range(values.shape[0]):
            widget.plot(xs, values[s], pen=pg.mkPen(pg.intColor(s, 20), width=1.6))
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

        def draw() -> None:
            QWidget.render(widget, image)  # the widget's paint, as our chart is measured

        pg_ms = _median_ms(draw)
        print(f"pyqtgraph: {_size_mb(root / 'pg'):.1f} MB on disk, import {pg_import - base:.0f} ms over "
              f"Qt + numpy, 365 x 20 redraw {pg_ms:.1f} ms (own chart {own_ms:.1f} ms)")
    if (root / "mpl").is_dir():
        skip = ("numpy", "pil", "pillow", "packaging", "bin", "__pycache__")
        base = _import_ms("import numpy, PySide6.QtWidgets")
        mpl_import = _import_ms("import PySide6.QtWidgets; import matplotlib; "
                                "matplotlib.use('QtAgg'); import matplotlib.pyplot", str(root / "mpl"))
        env = dict(os.environ, PYTHONPATH=str(root / "mpl"), QT_QPA_PLATFORM="offscreen")
        code = (
            "import time, numpy as np, matplotlib; matplotlib.use('QtAgg');"
            "from matplotlib.figure import Figure;"
            "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg;"
            "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            f"f = Figure(figsize=({WIDTH / 100}, {HEIGHT / 100}), dpi=100); c = FigureCanvasQTAgg(f);"
            "ax = f.add_subplot(); v = np.random.default_rng(1).lognormal(7, 1, (20, 365));"
            "[ax.plot(v[s]) for s in range(20)]; ax.legend([str(s) for s in range(20)]); c.draw();"
            "ts = [];\nfor _ in range(10):\n"
            " t = time.perf_counter(); c.draw(); ts.append(time.perf_counter() - t)\n"
            "ts.sort(); print(ts[5] * 1000)"
        )
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True)
        mpl_ms = float(out.stdout.strip().splitlines()[-1])
        size = _size_mb(root / "mpl", skip)
        print(f"matplotlib (QtAgg): {size:.1f} MB on disk without numpy/Pillow, import "
              f"{mpl_import - base:.0f} ms over Qt + numpy, 365 x 20 redraw {mpl_ms:.1f} ms "
              f"(own chart {own_ms:.1f} ms)")


if __name__ == "__main__":
    main()
