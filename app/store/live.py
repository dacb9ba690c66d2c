"""Live states and artist places, cached in the catalog file so they read offline.

One row per product and DSP (``live_states``), per artist and DSP (``live_artist_places``), per
product and playlist placement (``live_playlists``) and per product and linked artist
(``live_product_artists``), replaced whole each time the server is read for that product or artist.
Tags need nothing here: they are an attribute of products and live in the objects table like every
other field.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.store.database import Database


@dataclass(frozen=True)
class TrackPlace:
    track_id: str
    external_id: str | None
    url: str | None


@dataclass(frozen=True)
class LiveState:
    product_id: str
    dsp: str
    state: str
    url: str | None
    since: str | None
    territories: tuple[str, ...] = ()
    external_id: str | None = None
    tracks: tuple[TrackPlace, ...] = field(default_factory=tuple)
    fetched: float = 0.0


@dataclass(frozen=True)
class ArtistPlace:
    artist_id: str
    dsp: str
    external_id: str | None
    url: str | None
    fetched: float = 0.0


@dataclass(frozen=True)
class PlaylistPlace:
    """A track of the product on a DSP's playlist (docs/API.md live-15)."""

    product_id: str
    playlist_id: str
    dsp: str
    name: str
    track_id: str | None
    track: str
    position: int | None
    followers: int | None
    added_on: str | None
    url: str | None
    fetched: float = 0.0


def _forget_products(db: sqlite3.Connection, table: str, product_ids: list[str]) -> None:
    """Delete ``table``'s rows of these products (500 ids a statement: SQLite's parameter limit)."""
    for start in range(0, len(product_ids), 500):
        chunk = product_ids[start:start + 500]
        db.execute(f"DELETE FROM {table} WHERE product_id IN ({','.join('?' * len(chunk))})", chunk)


class LiveCache:
    """Reads and replaces the cached live states of products and places of artists."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def replace_states(self, product_ids: Iterable[str], states: Sequence[LiveState]) -> None:
        """What the server said for these products, replacing what was cached for them."""
        now = time.time()
        ids = list(dict.fromkeys(product_ids))
        with self._database.tx() as db:
            _forget_products(db, "live_states", ids)
            db.executemany(
                "INSERT OR REPLACE INTO live_states (product_id, dsp, state, url, since, territories, "
                "external_id, tracks, fetched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(s.product_id, s.dsp, s.state, s.url, s.since, json.dumps(list(s.territories)),
                  s.external_id, json.dumps([[t.track_id, t.external_id, t.url] for t in s.tracks]), now)
                 for s in states])

    def states(self, product_id: str) -> list[LiveState]:
        rows = self._database.read(
            "SELECT product_id, dsp, state, url, since, territories, external_id, tracks, fetched "
            "FROM live_states WHERE product_id = ? ORDER BY dsp COLLATE NOCASE", (product_id,))
        return [_state(r) for r in rows]

    def known(self, product_id: str) -> bool:
        return self._database.read_one(
            "SELECT 1 FROM live_states WHERE product_id = ? LIMIT 1", (product_id,)) is not None

    def summaries(self) -> dict[str, tuple[int, int]]:
        """product server id -> (DSPs live, DSPs known): the catalog tree's badge."""
        rows = self._database.read(
            "SELECT product_id, sum(state = 'live'), count(*) FROM live_states GROUP BY product_id")
        return {str(r[0]): (int(r[1] or 0), int(r[2] or 0)) for r in rows}

    def replace_artist_places(self, artist_id: str, places: Sequence[ArtistPlace]) -> None:
        now = time.time()
        with self._database.tx() as db:
            db.execute("DELETE FROM live_artist_places WHERE artist_id = ?", (artist_id,))
            db.executemany(
                "INSERT OR REPLACE INTO live_artist_places (artist_id, dsp, external_id, url, fetched) "
                "VALUES (?, ?, ?, ?, ?)",
                [(artist_id, p.dsp, p.external_id, p.url, now) for p in places])

    def artist_places(self, artist_id: str) -> list[ArtistPlace]:
        rows = self._database.read(
            "SELECT artist_id, dsp, external_id, url, fetched FROM live_artist_places "
            "WHERE artist_id = ? ORDER BY dsp COLLATE NOCASE", (artist_id,))
        return [ArtistPlace(str(r[0]), str(r[1]), r[2], r[3], float(r[4])) for r in rows]

    def replace_playlists(self, product_ids: Iterable[str], playlists: Sequence[PlaylistPlace]) -> None:
        """The placements the server listed for these products, replacing what was cached for them."""
        now = time.time()
        ids = list(dict.fromkeys(product_ids))
        with self._database.tx() as db:
            _forget_products(db, "live_playlists", ids)
            db.executemany(
                "INSERT OR REPLACE INTO live_playlists (product_id, playlist_id, dsp, name, track_id, "
                "track, position, followers, added_on, url, fetched) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p.product_id, p.playlist_id, p.dsp, p.name, p.track_id, p.track, p.position,
                  p.followers, p.added_on, p.url, now) for p in playlists])

    def playlists(self, product_id: str) -> list[PlaylistPlace]:
        """A product's cached placements, most followed first."""
        rows = self._database.read(
            "SELECT product_id, playlist_id, dsp, name, track_id, track, position, followers, added_on, "
            "url, fetched FROM live_playlists WHERE product_id = ? "
            "ORDER BY coalesce(followers, 0) DESC, name COLLATE NOCASE, playlist_id", (product_id,))
        return [PlaylistPlace(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4] if r[4] else None,
                              str(r[5]), _int(r[6]), _int(r[7]), r[8] if r[8] else None,
                              r[9] if r[9] else None, float(r[10])) for r in rows]

    def replace_product_artists(self, product_id: str, artists: Sequence[tuple[str, str]]) -> None:
        """(artist id, name) of the artists the product links, in the server's order."""
        now = time.time()
        with self._database.tx() as db:
            db.execute("DELETE FROM live_product_artists WHERE product_id = ?", (product_id,))
            db.executemany(
                "INSERT OR REPLACE INTO live_product_artists (product_id, artist_id, name, position, "
                "fetched) VALUES (?, ?, ?, ?, ?)",
                [(product_id, artist_id, name, n, now) for n, (artist_id, name) in enumerate(artists)])

    def product_artists(self, product_id: str) -> list[tuple[str, str]]:
        rows = self._database.read(
            "SELECT artist_id, name FROM live_product_artists WHERE product_id = ? ORDER BY position",
            (product_id,))
        return [(str(r[0]), str(r[1])) for r in rows]


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None


def _state(r: tuple[object, ...]) -> LiveState:
    tracks = tuple(TrackPlace(str(t[0]), t[1], t[2]) for t in json.loads(str(r[7] or "[]")))
    return LiveState(
        product_id=str(r[0]), dsp=str(r[1]), state=str(r[2]), url=r[3] if r[3] else None,  # type: ignore[arg-type]
        since=r[4] if r[4] else None, territories=tuple(json.loads(str(r[5] or "[]"))),  # type: ignore[arg-type]
        external_id=r[6] if r[6] else None, tracks=tracks, fetched=float(r[8]))  # type: ignore[arg-type]
