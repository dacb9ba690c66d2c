"""The trends cache: fetched daily streams, kept next to the catalog (``trends.sqlite3`` in the
profile's folder) so trends already read can be shown offline (docs/API.md, trend-10).

A separate file: a year of a catalog's streams is hundreds of thousands of rows the catalog file has
no use for, and the cache can be deleted at any time without losing anything.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.trends import DIMENSIONS, TrendRow, TrendScope, TrendTable
from app.store.migrations import apply_migrations

FILE_NAME = "trends.sqlite3"
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE trend_streams (
        day INTEGER NOT NULL, product_id TEXT NOT NULL, track_id TEXT NOT NULL, dsp TEXT NOT NULL,
        territory TEXT NOT NULL, streams INTEGER NOT NULL,
        PRIMARY KEY (product_id, dsp, track_id, territory, day)
    ) WITHOUT ROWID;
    CREATE INDEX trend_streams_day ON trend_streams (day);
    CREATE TABLE trend_tracks (track_id TEXT PRIMARY KEY, product_id TEXT NOT NULL, isrc TEXT NOT NULL);
    CREATE TABLE trend_products (product_id TEXT PRIMARY KEY, upc TEXT NOT NULL);
    CREATE TABLE trend_scope_products (
        scope TEXT NOT NULL, product_id TEXT NOT NULL, PRIMARY KEY (scope, product_id)
    ) WITHOUT ROWID;
    CREATE TABLE trend_fetches (
        scope TEXT NOT NULL, since INTEGER NOT NULL, until INTEGER NOT NULL, fetched_at REAL NOT NULL,
        PRIMARY KEY (scope, since, until)
    ) WITHOUT ROWID;
    """,
)
_COLUMN = {"dsp": "s.dsp", "territory": "s.territory", "track": "s.track_id", "product": "s.product_id"}


class TrendCache:
    """Rows of daily-trends extracts, replaced range by range, and sums over them."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                        timeout=30.0)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            apply_migrations(self.conn, MIGRATIONS,
                             lambda version: UserError(msg("store.newer_schema", version=version)))
        except sqlite3.DatabaseError as exc:
            raise UserError(msg("store.unreadable", path=str(self.path), reason=str(exc))) from None

    @classmethod
    def beside(cls, catalog_path: Path) -> TrendCache:
        return cls(Path(catalog_path).with_name(FILE_NAME))

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> TrendCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------ writing
    def replace(self, scope: TrendScope, since: dt.date, until: dt.date, rows: Iterable[TrendRow],
                fetched_at: float | None = None) -> int:
        """Store one extract's rows for ``scope`` and the range, in one transaction; what the cache had
        for those products and days goes first (a day that no longer streams must not stay)."""
        first, last = since.toordinal(), until.toordinal()
        count = 0
        products: set[str] = set()
        tracks: set[str] = set()
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                old = self._scope_products(scope)
                if scope.kind == "catalog":
                    self.conn.execute("DELETE FROM trend_streams WHERE day BETWEEN ? AND ?", (first, last))
                elif old:
                    self._delete(old, first, last)
                batch: list[tuple[int, str, str, str, str, int]] = []
                for row in rows:
                    if row.product_id not in products:
                        products.add(row.product_id)
                        if scope.kind != "catalog" and row.product_id not in old:
                            self._delete([row.product_id], first, last)
                        self.conn.execute("INSERT OR REPLACE INTO trend_products VALUES (?, ?)",
                                          (row.product_id, row.upc))
                    batch.append((row.day.toordinal(), row.product_id, row.track_id, row.dsp,
                                  row.territory, row.streams))
                    if len(batch) >= 5000:
                        self._insert(batch)
                        count += len(batch)
                        batch = []
                    if row.track_id not in tracks:
                        tracks.add(row.track_id)
                        self.conn.execute("INSERT OR REPLACE INTO trend_tracks VALUES (?, ?, ?)",
                                          (row.track_id, row.product_id, row.isrc))
                self._insert(batch)
                count += len(batch)
                if scope.kind != "catalog":
                    self.conn.execute("DELETE FROM trend_scope_products WHERE scope = ?", (scope.key,))
                self.conn.executemany("INSERT OR IGNORE INTO trend_scope_products VALUES (?, ?)",
                                      [(scope.key, p) for p in sorted(products)])
                self.conn.execute("INSERT OR REPLACE INTO trend_fetches VALUES (?, ?, ?, ?)",
                                  (scope.key, first, last, time.time() if fetched_at is None else fetched_at))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return count

    def _insert(self, batch: Sequence[tuple[int, str, str, str, str, int]]) -> None:
        if batch:
            self.conn.executemany("INSERT OR REPLACE INTO trend_streams VALUES (?, ?, ?, ?, ?, ?)", batch)

    def _delete(self, products: Sequence[str], first: int, last: int) -> None:
        for start in range(0, len(products), 500):
            chunk = list(products[start : start + 500])
            marks = ",".join("?" * len(chunk))
            self.conn.execute(
                f"DELETE FROM trend_streams WHERE product_id IN ({marks}) AND day BETWEEN ? AND ?",
                (*chunk, first, last))

    def _scope_products(self, scope: TrendScope) -> list[str]:
        rows = self.conn.execute("SELECT product_id FROM trend_scope_products WHERE scope = ?",
                                 (scope.key,)).fetchall()
        return [str(r[0]) for r in rows]

    # ------------------------------------------------------------------------------------ reading
    def fetched_at(self, scope: TrendScope) -> float | None:
        """When this scope's newest extract was stored (the whole catalog's counts for every scope)."""
        with self._lock:
            found = self.conn.execute("SELECT MAX(fetched_at) FROM trend_fetches WHERE scope IN (?, ?)",
                                      (scope.key, "catalog")).fetchone()
        return None if found is None or found[0] is None else float(found[0])

    def table(self, scope: TrendScope, since: dt.date, until: dt.date, by: str) -> TrendTable:
        """Streams per day and per value of ``by`` (dsp, territory, track or product), every day of the
        range present (zero where nothing streamed)."""
        if by not in DIMENSIONS:
            raise ValueError(by)
        first, last = since.toordinal(), until.toordinal()
        where = "s.day BETWEEN ? AND ?"
        params: list[object] = [first, last]
        if scope.kind == "product":
            where += " AND s.product_id = ?"
            params.append(scope.id)
        elif scope.kind != "catalog":
            where += " AND s.product_id IN (SELECT product_id FROM trend_scope_products WHERE scope = ?)"
            params.append(scope.key)
        column = _COLUMN[by]
        with self._lock:
            rows = self.conn.execute(
                f"SELECT s.day, {column}, SUM(s.streams) FROM trend_streams AS s WHERE {where} "
                f"GROUP BY s.day, {column}", params).fetchall()
            fetched = self.fetched_at(scope)
        days = [dt.date.fromordinal(n) for n in range(first, last + 1)]
        series: dict[str, list[int]] = {}
        for day, name, streams in rows:
            values = series.get(str(name))
            if values is None:
                values = series[str(name)] = [0] * len(days)
            values[int(day) - first] = int(streams)
        ordered = dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
        return TrendTable(by=by, days=days, series=ordered, fetched_at=fetched)

    def isrc(self, track_id: str) -> str | None:
        with self._lock:
            found = self.conn.execute("SELECT isrc FROM trend_tracks WHERE track_id = ?",
                                      (track_id,)).fetchone()
        return None if found is None else str(found[0]) or None
