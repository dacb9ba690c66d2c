"""Daily streaming trends and the extracts that export them (docs/API.md, "Choices: trends").

Nothing here is stored row by row: a product's streams on one DSP are a pure function of a seed (the
product, the DSP), its live window and the day, computed with numpy when an extract is downloaded.
The same day always has the same numbers, whatever range is asked for.

An extract is an asynchronous export job: created with ``POST <prefix>/extracts``, read with
``GET <prefix>/extracts/<id>`` until its ``status`` is ``completed`` and ``result-url`` is set, then
the CSV is downloaded from that URL (no token: the URL itself is the secret, like a signed link).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.sandbox.documents import JSONAPI, ApiError, fail, not_found, unprocessable
from app.sandbox.jsonbody import parse_whole
from app.sandbox.store import Row, Store, attr_expr, fk_expr, now_iso

EXTRACT_TYPES = ("daily-trends",)
STATUSES = ("pending", "processing", "completed")
CSV_COLUMNS = ("date", "product-id", "upc", "track-id", "isrc", "dsp", "territory", "streams")
# trend-3: a range covers at most two years; trend-8: the newest 200 extracts are kept.
MAX_RANGE_DAYS = 731
MAX_EXTRACTS = 200
HISTORY_DAYS = 365
EARLIEST = dt.date(2000, 1, 1)
SCOPE_KEYS = ("product-id", "artist-id", "label-id")
RESULT_NAME_LENGTH = 32
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# trend-5: where a catalog's listeners are, and how big each service is next to Spotify.
TERRITORIES: tuple[tuple[str, float], ...] = (
    ("US", 0.24), ("GB", 0.10), ("DE", 0.09), ("FR", 0.08), ("ES", 0.09), ("PT", 0.06),
    ("BR", 0.09), ("MX", 0.08), ("JP", 0.04), ("NL", 0.04), ("IT", 0.05), ("SE", 0.04),
)
DSP_SHARE = {
    "Spotify": 1.0, "Apple Music": 0.42, "YouTube Music": 0.3, "Amazon Music": 0.24, "Deezer": 0.16,
    "Tidal": 0.05, "SoundCloud": 0.08, "Anghami": 0.03, "Boomplay": 0.03, "Pandora": 0.06,
}
# Monday first: a release week peaks on Friday, and Sunday is quiet.
WEEKLY = np.array([0.93, 0.95, 0.97, 1.0, 1.12, 1.08, 0.95])


@dataclass(frozen=True)
class Series:
    """One product on one DSP: who it is, the tracks it has, and the days it is live."""

    product_id: str
    upc: str
    dsp: str
    dsp_id: str
    live: dt.date
    ends: dt.date | None  # the day a takedown completed, exclusive
    tracks: tuple[tuple[str, str], ...]  # (track id, isrc)


@dataclass
class Extract:
    id: int
    extract_type: str
    start: dt.date
    end: dt.date
    scope: dict[str, str]
    created: float
    ready_at: float
    result_name: str
    last: dt.date  # the end of the CSV: end-date, or yesterday when end-date is not over yet
    series: list[Series] = field(default_factory=list)


def day_of(stamp: str | None) -> dt.date | None:
    if not stamp or len(stamp) < 10:
        return None
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def _seed(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("/".join(parts).encode()).digest()[:8], "little")


def daily_streams(series: Series, start: dt.date, end: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """(days, streams) for ``series`` from ``start`` to ``end`` inclusive: ``days`` the ordinal of
    each day, ``streams`` an int array shaped (days, tracks, territories). Days outside the live window
    are left out. Deterministic: a day's numbers do not depend on the range asked for (trend-4)."""
    first = max(start, series.live)
    last = end if series.ends is None else min(end, series.ends - dt.timedelta(days=1))
    n_tracks = len(series.tracks)
    if last < first or n_tracks == 0:
        return np.empty(0, dtype=np.int64), np.empty((0, n_tracks, len(TERRITORIES)), dtype=np.int64)
    rng = np.random.default_rng(_seed("mix", series.product_id, series.dsp_id))
    base = 60.0 * rng.lognormal(0.0, 0.6) * DSP_SHARE.get(series.dsp, 0.04)
    track_weight = rng.dirichlet(np.full(n_tracks, 2.0)) * n_tracks
    territory_weight = np.array([w for _, w in TERRITORIES]) * rng.lognormal(0.0, 0.35, len(TERRITORIES))
    territory_weight *= len(TERRITORIES) / territory_weight.sum()
    peak = 6.0 + 6.0 * rng.random()  # release day: several times a normal day
    decay = 9.0 + 10.0 * rng.random()  # days for the release buzz to fall by e
    bumps = rng.integers(20, HISTORY_DAYS, size=2)  # playlist placements, days after going live
    bump_size = 1.0 + 2.0 * rng.random(2)
    ordinals = np.arange(first.toordinal(), last.toordinal() + 1)
    age = (ordinals - series.live.toordinal()).astype(np.float64)
    shape = 1.0 + peak * np.exp(-age / decay)
    for at, size in zip(bumps, bump_size, strict=True):
        after = age - at
        shape += np.where(after >= 0, size * np.exp(-np.clip(after, 0, None) / 21.0), 0.0)
    shape *= np.exp(-age / 900.0)  # the long tail
    weekday = (ordinals + 6) % 7  # date.fromordinal(1) is a Monday
    shape *= WEEKLY[weekday]
    mean = base * shape[:, None, None] * track_weight[None, :, None] * territory_weight[None, None, :]
    # Noise keyed by the absolute day, so any range reads the same numbers for the same day.
    noise = _day_noise(_seed("day", series.product_id, series.dsp_id), ordinals, mean.shape[1:])
    return ordinals, np.rint(mean * noise).astype(np.int64)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a well-spread 64-bit hash of each element."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    mixed: np.ndarray = x ^ (x >> np.uint64(31))
    return mixed


def _day_noise(seed: int, ordinals: np.ndarray, cell_shape: tuple[int, ...]) -> np.ndarray:
    """Multiplicative log-normal noise (sigma 0.3, mean 1) per day and cell, a hash of the series seed, the
    day and the cell: no state, so a day's value is the same in every range."""
    cells = int(np.prod(cell_shape))
    keys = (ordinals.astype(np.uint64)[:, None] * np.uint64(cells * 2 + 1)
            + np.arange(cells * 2, dtype=np.uint64)[None, :])
    with np.errstate(over="ignore"):
        bits = _mix(keys ^ np.uint64(seed & 0xFFFFFFFFFFFFFFFF))
    uniform = ((bits >> np.uint64(11)).astype(np.float64) + 0.5) / float(1 << 53)
    u1, u2 = uniform[:, :cells], uniform[:, cells:]
    normal = np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)
    return np.exp(0.3 * normal - 0.045).reshape((len(ordinals), *cell_shape))


class Trends:
    """Which products stream where, read from the sandbox's catalog (trend-2)."""

    def __init__(self, store: Store, delivery_seconds: float) -> None:
        self.store = store
        self.delivery_seconds = delivery_seconds

    def series(self, scope: dict[str, str], today: dt.date) -> list[Series]:
        products = self._products(scope)
        if not products:
            return []
        ids = [p.id for p in products]
        marks = ",".join("?" * len(ids))
        tasks = self.store.select(
            "send-tasks",
            [
                (f"{fk_expr('product', 't')} IN ({marks})", list(ids)),
                (f"{attr_expr('status', 't')} = 'completed'", []),
            ],
        )
        duis = {row.id: row for row in self.store.select("dsp-upload-identifications")}
        dsps = {row.id: str(row.attrs.get("name") or row.id) for row in self.store.select("dsps")}
        windows: dict[tuple[str, str], list[dt.date | None]] = {}
        by_id = {p.id: p for p in products}
        for task in sorted(tasks, key=lambda t: self._completed(t)):
            pid = task.rel_id("product")
            dui = duis.get(task.rel_id("dsp-upload-identification") or "")
            if pid is None or pid not in by_id or dui is None:
                continue
            dsp_id = dui.rel_id("dsp") or dui.id
            key = (pid, dsp_id)
            done = dt.datetime.fromtimestamp(self._completed(task), dt.UTC).date()
            if task.attrs.get("delivery-type") == "delete":
                if key in windows and windows[key][1] is None:
                    windows[key][1] = done
                continue
            if key in windows and windows[key][1] is None:
                continue  # already live: an update or redelivery changes nothing
            live = self._live_day(by_id[pid], task, done, today)
            windows[key] = [live, None]
        tracks = self._tracks(ids)
        out = []
        order = sorted(windows.items(), key=lambda kv: (int(kv[0][0]), int(kv[0][1])))
        for (pid, dsp_id), (start, ends) in order:
            if start is None or not tracks.get(pid):
                continue
            product = by_id[pid]
            out.append(
                Series(pid, str(product.attrs.get("upc-code") or ""), dsps.get(dsp_id, dsp_id), dsp_id,
                       start, ends, tuple(tracks[pid]))
            )
        return out

    def _completed(self, task: Row) -> float:
        start = task.extra.get("start")
        if isinstance(start, (int, float)):
            return float(start) + float(task.extra.get("span", self.delivery_seconds))
        stamp = day_of(task.updated_at) or dt.date(2000, 1, 1)
        return dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC).timestamp()

    @staticmethod
    def _live_day(product: Row, task: Row, done: dt.date, today: dt.date) -> dt.date:
        release = day_of(product.attrs.get("release-date")) or done
        if _seeded_history(task, product):
            # A delivery started before its product existed is history the demo seeds (trend-2): the
            # demo's releases went live here on staggered days of the past year.
            offset = (int(product.id) * 53) % (HISTORY_DAYS - 60)
            return today - dt.timedelta(days=HISTORY_DAYS - offset)
        return max(release, done)

    def _products(self, scope: dict[str, str]) -> list[Row]:
        where: list[tuple[str, list[Any]]] = []
        if "product-id" in scope:
            where.append(("t.id = ?", [int(scope["product-id"])]))
        if "label-id" in scope:
            where.append((f"{fk_expr('label', 't')} = ?", [scope["label-id"]]))
        if "artist-id" in scope:
            where.append(
                ("EXISTS (SELECT 1 FROM json_each(json_extract(t.rels, '$.artists')) AS a "
                 "WHERE json_extract(a.value, '$.id') = ?)",
                 [scope["artist-id"]])
            )
        return self.store.select("products", where)

    def _tracks(self, product_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
        marks = ",".join("?" * len(product_ids))
        rows = self.store.select(
            "tracks",
            [(f"{fk_expr('product', 't')} IN ({marks})", list(product_ids))],
            order=f"{fk_expr('product', 't')}, {attr_expr('volume-number', 't')}, "
            f"{attr_expr('track-number', 't')}, t.id",
        )
        out: dict[str, list[tuple[str, str]]] = {}
        for row in rows:
            pid = row.rel_id("product")
            if pid is not None:
                out.setdefault(pid, []).append((row.id, str(row.attrs.get("isrc-code") or "")))
        return out


def _seeded_history(task: Row, product: Row) -> bool:
    """A delivery that started more than a day before its product's row existed: only the demo seeds
    those (a client cannot deliver a product that does not exist yet)."""
    start = task.extra.get("start")
    try:
        created = dt.datetime.strptime(product.created_at[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return False
    return isinstance(start, (int, float)) and start < created.timestamp() - 86400


def csv_chunks(series: list[Series], start: dt.date, end: dt.date) -> Iterator[bytes]:
    """The extract's CSV, one chunk per product and DSP: rows by date, track and territory, days
    without a stream left out (trend-6)."""
    yield (",".join(CSV_COLUMNS) + "\n").encode()
    territories = [code for code, _ in TERRITORIES]
    for one in series:
        ordinals, streams = daily_streams(one, start, end)
        if ordinals.size == 0:
            continue
        lines = []
        dsp = _csv_field(one.dsp)
        for i, ordinal in enumerate(ordinals):
            day = dt.date.fromordinal(int(ordinal)).isoformat()
            block = streams[i]
            for k, (track_id, isrc) in enumerate(one.tracks):
                head = f"{day},{one.product_id},{one.upc},{track_id},{isrc},{dsp},"
                for t, code in enumerate(territories):
                    value = int(block[k, t])
                    if value:
                        lines.append(f"{head}{code},{value}\n")
        yield "".join(lines).encode()


def _csv_field(text: str) -> str:
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


class Extracts:
    """The extracts of one sandbox run, kept in memory (trend-8)."""

    def __init__(self, trends: Trends, clock: Callable[[], float], delivery_seconds: float) -> None:
        self.trends = trends
        self.clock = clock
        self.delay = min(max(delivery_seconds * 0.2, 0.05), 5.0)  # trend-7
        self._lock = threading.Lock()
        self._items: OrderedDict[int, Extract] = OrderedDict()
        self._by_name: dict[str, Extract] = {}
        self._next = 1

    # -- the API ----------------------------------------------------------------------------------
    def create(self, document: Any, dialect: str) -> Extract:
        attrs = _attributes(document)
        problems: list[tuple[str, str]] = []
        kind = attrs.get("extract-type", "daily-trends")
        if kind not in EXTRACT_TYPES:
            problems.append(("/data/attributes/extract-type", "extract-type must be daily-trends."))
        start = _date(attrs.get("start-date"), "start-date", problems)
        end = _date(attrs.get("end-date"), "end-date", problems)
        today = self.today()
        if start and end:
            if end < start:
                problems.append(("/data/attributes/end-date", "end-date must not be before start-date."))
            elif (end - start).days + 1 > MAX_RANGE_DAYS:
                problems.append(
                    ("/data/attributes/end-date", f"An extract covers at most {MAX_RANGE_DAYS} days.")
                )
            if end > today + dt.timedelta(days=366):
                problems.append(("/data/attributes/end-date", "end-date is more than a year from today."))
        scope: dict[str, str] = {}
        for key in SCOPE_KEYS:
            value = attrs.get(key)
            if value is None:
                continue
            text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
            number = parse_whole(text, max_digits=18) if isinstance(text, str) else None
            if number is None:
                problems.append((f"/data/attributes/{key}", f"{key} must be an id (digits)."))
                continue
            rtype = {"product-id": "products", "artist-id": "artists", "label-id": "labels"}[key]
            if self.trends.store.get(rtype, str(number)) is None:
                problems.append((f"/data/attributes/{key}", f"There is no {rtype[:-1]} with id {number}."))
                continue
            scope[key] = str(number)
        if problems:
            raise unprocessable(problems)
        assert start is not None and end is not None
        now = self.clock()
        with self._lock:
            extract = Extract(
                self._next, str(kind), start, end, scope, now, now + self.delay,
                secrets.token_hex(RESULT_NAME_LENGTH // 2), min(end, today - dt.timedelta(days=1)),
            )
            self._next += 1
            self._items[extract.id] = extract
            self._by_name[extract.result_name] = extract
            while len(self._items) > MAX_EXTRACTS:
                _, old = self._items.popitem(last=False)
                self._by_name.pop(old.result_name, None)
        # What streams is read when the job is made; the numbers themselves when it is downloaded.
        extract.series = self.trends.series(scope, today)
        return extract

    def get(self, rid: str, dialect: str) -> Extract:
        number = parse_whole(rid, max_digits=18)
        with self._lock:
            found = self._items.get(number) if number is not None else None
        if found is None:
            raise not_found(dialect, f"There is no extract with id {rid}.")
        return found

    def by_name(self, name: str) -> Extract | None:
        if not name.endswith(".csv"):
            return None
        with self._lock:
            found = self._by_name.get(name[:-4])
        if found is None or self.clock() < found.ready_at:
            return None
        return found

    def today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC).date()

    def status(self, extract: Extract) -> str:
        elapsed = self.clock() - extract.created
        if elapsed >= self.delay:
            return "completed"
        return "processing" if elapsed >= self.delay / 2 else "pending"

    def resource(self, extract: Extract, base: str, prefix: str, *, created: bool = False) -> dict[str, Any]:
        # the answer to the create says what was created, a pending job, however long the server took
        # to build it (under load the job's first half-delay could pass before the answer was made)
        status = "pending" if created else self.status(extract)
        attrs: dict[str, Any] = {
            "extract-type": extract.extract_type,
            "start-date": extract.start.isoformat(),
            "end-date": extract.end.isoformat(),
            **{key: extract.scope.get(key) for key in SCOPE_KEYS},
            "status": status,
            "format": "csv",
            "result-url": (
                f"{base}/storage/extracts/{extract.result_name}.csv" if status == "completed" else None
            ),
            "created-at": now_iso(extract.created),
        }
        return {
            "type": "extracts",
            "id": str(extract.id),
            "attributes": attrs,
            "links": {"self": f"{base}{prefix}/extracts/{extract.id}"},
        }

    def document(self, extract: Extract, base: str, prefix: str, *, created: bool = False) -> dict[str, Any]:
        return {
            "data": self.resource(extract, base, prefix, created=created),
            "jsonapi": JSONAPI,
            "links": {"self": f"{base}{prefix}/extracts/{extract.id}"},
        }


def _attributes(document: Any) -> dict[str, Any]:
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        raise fail(400, "The request body must be a JSON:API document with a data object.", pointer="/data")
    data = document["data"]
    if data.get("type") != "extracts":
        raise ApiError(
            409, [{"status": "409", "title": "Conflict", "detail": "data.type must be extracts.",
                   "source": {"pointer": "/data/type"}}]
        )
    if "id" in data:
        raise fail(403, "Extract ids are given by the server.", pointer="/data/id")
    attrs = data.get("attributes", {})
    if not isinstance(attrs, dict):
        raise fail(400, "data.attributes must be an object.", pointer="/data/attributes")
    return attrs


def _date(value: Any, name: str, problems: list[tuple[str, str]]) -> dt.date | None:
    pointer = f"/data/attributes/{name}"
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        problems.append((pointer, f"{name} must be a date written YYYY-MM-DD."))
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        problems.append((pointer, f"{name} must be a date written YYYY-MM-DD."))
        return None
    if day < EARLIEST:
        problems.append((pointer, f"{name} must be {EARLIEST.isoformat()} or later."))
        return None
    return day
