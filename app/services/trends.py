"""Trends: ask the server for a daily-trends extract, wait for it, download and read its CSV into the
trends cache, and sum it by service, territory, track or product. Both faces run this: the CLI's
``trends`` command and the GUI's Trends view (on a worker). What was fetched stays readable offline
(docs/API.md, "Choices: trends").
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.api.client import ApiClient
from app.api.errors import (
    AmbiguousRequest,
    ApiError,
    AuthExpired,
    NotLoggedIn,
    Offline,
    RateLimited,
    ServerUnavailable,
)
from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.resources import Artist
from app.domain.trends import ExtractJob, TrendRow, TrendScope, TrendTable, check_range
from app.store.trends import TrendCache

EXTRACT_TYPE = "daily-trends"
REQUIRED_COLUMNS = ("date", "product-id", "track-id", "dsp", "territory", "streams")
# A failure that leaves the cache as the best answer: the server cannot be reached or used now.
UNREACHABLE = (Offline, ServerUnavailable, AmbiguousRequest, RateLimited, NotLoggedIn, AuthExpired)


class ExtractClient(Protocol):
    def create_extract(self, extract_type: str, attributes: dict[str, str]) -> ExtractJob: ...
    def get_extract(self, extract_id: str) -> ExtractJob: ...
    def download(self, url: str, sink: Callable[[bytes], object],
                 cancel: Callable[[], bool] | None = None) -> None: ...


@dataclass(frozen=True)
class FetchResult:
    extract_id: str
    rows: int
    seconds: float


class TrendsService:
    """``fetch`` brings a range of one scope into the cache; ``table`` reads sums from it; ``load``
    does both and falls back to the cache when the server cannot be reached."""

    def __init__(self, cache: TrendCache, client: ExtractClient | None, *,
                 poll_interval: float = 0.25, timeout: float = 300.0,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.cache = cache
        self.client = client
        self.poll_interval = poll_interval
        self.timeout = timeout
        self._sleep = sleep
        self._clock = clock

    @classmethod
    def beside(cls, catalog_path: Path, client: ExtractClient | None, **options: float) -> TrendsService:
        """The service over the trends cache next to a profile's catalog file."""
        return cls(TrendCache.beside(catalog_path), client, **options)  # type: ignore[arg-type]

    def close(self) -> None:
        self.cache.close()

    def fetch(self, scope: TrendScope, since: dt.date, until: dt.date, *,
              cancel: Callable[[], bool] | None = None,
              progress: Callable[[str], None] | None = None) -> FetchResult:
        """Create an extract, poll it until its result is ready, download and store it."""
        check_range(since, until)
        if self.client is None:
            raise NotLoggedIn(msg("trends.no_connection"))
        started = self._clock()
        job = self.client.create_extract(
            EXTRACT_TYPE, {"start-date": since.isoformat(), "end-date": until.isoformat(),
                           **scope.attributes()})
        delay = self.poll_interval
        while job.result_url is None:
            if job.status in ("failed", "error"):
                raise ApiError(None, msg("trends.extract_failed", id=job.id))
            if cancel is not None and cancel():
                raise UserError(msg("api.cancelled"))
            if self._clock() - started > self.timeout:
                raise ApiError(None, msg("trends.extract_timeout", id=job.id, seconds=round(self.timeout)))
            if progress is not None:
                progress(job.status)
            self._sleep(delay)
            delay = min(delay * 1.5, 5.0)
            job = self.client.get_extract(job.id)
        if progress is not None:
            progress("download")
        # The CSV goes to a temporary file beside the cache as it arrives, then is read back in
        # pieces: memory stays flat whatever the range (a year of a catalog is tens of MB).
        with tempfile.TemporaryFile(dir=self.cache.path.parent, prefix="trends-") as spool:
            self.client.download(job.result_url, spool.write, cancel)
            spool.seek(0)
            rows = self.cache.replace(scope, since, until, parse_csv(iter(lambda: spool.read(1 << 16), b"")))
        return FetchResult(job.id, rows, self._clock() - started)

    def table(self, scope: TrendScope, since: dt.date, until: dt.date, by: str) -> TrendTable:
        check_range(since, until)
        return self.cache.table(scope, since, until, by)

    def load(self, scope: TrendScope, since: dt.date, until: dt.date, by: str, *,
             offline: bool = False, cancel: Callable[[], bool] | None = None,
             progress: Callable[[str], None] | None = None) -> TrendTable:
        """Fresh sums when the server answers; otherwise what the cache has, marked ``offline``."""
        check_range(since, until)
        if not offline and self.client is not None:
            try:
                self.fetch(scope, since, until, cancel=cancel, progress=progress)
            except UNREACHABLE:
                offline = True
        else:
            offline = True
        table = self.cache.table(scope, since, until, by)
        table.offline = offline
        if offline and table.fetched_at is None:
            raise UserError(msg("trends.nothing_cached"))
        return table


def artist_choices(client: ApiClient) -> list[tuple[str, str]]:
    """(server id, name) of the account's artists, by name: the artist scope's choices."""
    artists = [(str(a.id), a.name or str(a.id)) for a in client.list(Artist) if a.id is not None]
    return sorted(artists, key=lambda item: (item[1].casefold(), int(item[0]) if item[0].isdigit() else 0))


def parse_csv(chunks: Iterator[bytes]) -> Iterator[TrendRow]:
    """The rows of a daily-trends CSV, read as the chunks arrive; a malformed file is one sentence."""
    decoder = codecs.getincrementaldecoder("utf-8")()

    def lines() -> Iterator[str]:
        pending = ""
        for chunk in chunks:
            pending += decoder.decode(chunk)
            *complete, pending = pending.split("\n")
            for line in complete:
                yield line + "\n"
        pending += decoder.decode(b"", final=True)
        if pending:
            yield pending

    reader = csv.reader(lines())
    header = next(reader, None)
    if header is None:
        raise ApiError(None, msg("trends.bad_csv", line=1, reason="empty"))
    index = {name.strip(): i for i, name in enumerate(header)}
    missing = [name for name in REQUIRED_COLUMNS if name not in index]
    if missing:
        raise ApiError(None, msg("trends.bad_csv", line=1, reason="missing " + ", ".join(missing)))
    get = {name: index.get(name) for name in (*REQUIRED_COLUMNS, "upc", "isrc")}
    for number, fields in enumerate(reader, start=2):
        if not fields:
            continue
        try:
            yield TrendRow(
                day=dt.date.fromisoformat(fields[get["date"] or 0]),
                product_id=fields[get["product-id"] or 0],
                upc=fields[get["upc"]] if get["upc"] is not None else "",
                track_id=fields[get["track-id"] or 0],
                isrc=fields[get["isrc"]] if get["isrc"] is not None else "",
                dsp=fields[get["dsp"] or 0],
                territory=fields[get["territory"] or 0],
                streams=int(fields[get["streams"] or 0]),
            )
        except (ValueError, IndexError) as exc:
            raise ApiError(None, msg("trends.bad_csv", line=number, reason=str(exc)[:80])) from None
