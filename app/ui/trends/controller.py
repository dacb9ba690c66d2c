"""The Trends view's controller: asks :class:`~app.services.trends.TrendsService` for a table on a
worker (fetching an extract waits on the network, reading the cache on the disk), names the series
from the local catalog there too, and hands the result to the view on the GUI thread. Exports are
written on a worker as well. A newer request makes an older answer stale: it is dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtGui import QImage, QImageWriter

from app.domain.trends import TrendScope, TrendTable

if TYPE_CHECKING:
    from app.services.trends import TrendsService
    from app.store.catalog import CatalogCache
    from app.workers.runner import Runner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrendRequest:
    scope: TrendScope
    since: dt.date
    until: dt.date
    by: str


@dataclass(frozen=True)
class ChartData:
    """What the chart draws: ``values[s, i]`` for series ``names[s]`` (display names) on ``days[i]``;
    ``keys`` are the series' values as the server sends them (DSP name, territory code, id)."""

    request: TrendRequest
    days: list[dt.date]
    keys: list[str]
    names: list[str]
    values: np.ndarray
    offline: bool
    fetched_at: float | None


class TrendsController(QObject):
    loaded = Signal(object)  # ChartData
    failed = Signal(object)  # the exception
    busy = Signal(bool)
    exported = Signal(str)  # the file written
    export_failed = Signal(object)

    def __init__(self, runner: Runner, service: TrendsService | None = None,
                 catalog: CatalogCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service = service
        self.catalog = catalog
        self._generation = 0
        self.last: ChartData | None = None

    def set_service(self, service: TrendsService | None, catalog: CatalogCache | None = None) -> None:
        old = self.service
        self.service = service
        self.catalog = catalog
        if old is not None and old is not service:
            self.runner.run_task(old.close, None)

    # ------------------------------------------------------------------------------------ loading
    def load(self, request: TrendRequest) -> None:
        service = self.service
        if service is None:
            return
        self._generation += 1
        generation = self._generation
        catalog = self.catalog
        self.busy.emit(True)

        def work() -> ChartData:
            table = service.load(request.scope, request.since, request.until, request.by)
            return chart_data(request, table, _namer(catalog, request.by))

        def done(result: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer request was made meanwhile
            self.busy.emit(False)
            if error is not None:
                self.failed.emit(error)
                return
            self.last = result
            self.loaded.emit(result)

        self.runner.run_task(work, done)

    # ----------------------------------------------------------------------------------- exports
    def export_csv(self, path: str) -> None:
        data = self.last
        if data is None:
            return
        self._write(lambda: write_csv(Path(path), data), path)

    def export_png(self, image: QImage, path: str) -> None:
        def save() -> None:
            writer = QImageWriter(path)
            writer.setFormat(QByteArray(b"png"))
            if not writer.write(image):
                raise OSError(f"{path}: {writer.errorString()}")

        self._write(save, path)

    def _write(self, fn: Callable[[], None], path: str) -> None:
        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.export_failed.emit(error)
            else:
                self.exported.emit(path)

        self.runner.run_task(fn, done)


def chart_data(request: TrendRequest, table: TrendTable,
               namer: Callable[[str], str] | None = None) -> ChartData:
    keys = list(table.series)
    values = np.array([table.series[k] for k in keys], dtype=np.float64).reshape(len(keys), len(table.days))
    names = [namer(k) if namer is not None else k for k in keys]
    return ChartData(request, table.days, keys, names, values, table.offline, table.fetched_at)


def write_csv(path: Path, data: ChartData) -> None:
    """date, the dimension, streams: the columns ``releasedesk trends --csv`` writes."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", data.request.by, "streams"])
        for i, day in enumerate(data.days):
            for s, key in enumerate(data.keys):
                writer.writerow([day.isoformat(), key, int(data.values[s, i])])


def _namer(catalog: CatalogCache | None, by: str) -> Callable[[str], str] | None:
    """Products and tracks are named from the local catalog when it has them (else their id)."""
    if catalog is None or by not in ("product", "track"):
        return None

    def name(key: str) -> str:
        try:
            local = catalog.local_id_for(by, key)
            if local is None:
                return key
            values = catalog.values(local)
            text = values.get("name") if by == "product" else values.get("title")
            return str(text) if text else key
        except Exception:  # a name is a nicety; the id is still right
            log.debug("no catalog name for %s %s", by, key, exc_info=True)
            return key

    return name
