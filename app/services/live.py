"""Where releases and artists are live, for both faces (docs/API.md#live-states-factories-and-tags).

:class:`LiveService` reads DSP states and availabilities from the server, keeps them in the catalog
file (:class:`app.store.live.LiveCache`) and answers from that cache when the server cannot be
reached, so every read also works offline. It links an artist to its Spotify or Apple artist id and
reads the daily ``next`` quota.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.domain.resources import (
    AppleArtist,
    Artist,
    Availability,
    Dsp,
    DspState,
    Playlist,
    Product,
    Quota,
    SpotifyArtist,
    Track,
)
from app.store.live import ArtistPlace, LiveCache, LiveState, PlaylistPlace, TrackPlace

if TYPE_CHECKING:
    from app.store.database import Database

NEXT_QUOTA_NAME = "next-send-tasks"
_BATCH = 200
SERVICES = ("spotify", "apple")


class Client(Protocol):
    def list(self, cls: Any, *, filters: Mapping[str, str] | None = None, include: Any = None,
             sort: Any = None, page_size: int = 200, prefetch: int = 4) -> Any: ...

    def get(self, cls: Any, id: str, include: Any = None) -> Any: ...

    def create(self, obj: Any) -> Any: ...

    def update(self, obj: Any, fields: Iterable[str] | None = None) -> Any: ...


@dataclass(frozen=True)
class LiveReport:
    """A product's states on every DSP it was delivered to and its tracks' playlist placements;
    ``offline`` when read from the cache."""

    product_id: str
    product_name: str
    states: list[LiveState]
    offline: bool = False
    playlists: list[PlaylistPlace] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "product": {"id": self.product_id, "name": self.product_name},
            "dsps": [
                {"dsp": s.dsp, "state": s.state, "url": s.url, "since": _date(s.since),
                 "territories": list(s.territories)}
                for s in self.states
            ],
            "playlists": [
                {"name": p.name, "dsp": p.dsp, "track": p.track, "position": p.position,
                 "followers": p.followers, "added_on": _date(p.added_on), "url": p.url}
                for p in self.playlists
            ],
        }


def _date(value: str | None) -> str | None:
    """The ISO date of a server timestamp (``2024-05-01T10:00:00.000000Z`` -> ``2024-05-01``)."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return value[:10]


@dataclass(frozen=True)
class QuotaView:
    used: int
    limit: int
    resets_at: str | None

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)


def _offline_errors() -> tuple[type[BaseException], ...]:
    from app.api.errors import Offline, ServerUnavailable

    return (Offline, ServerUnavailable)


class LiveService:
    """Live states per product, artist places, DSP artist links and the next quota."""

    def __init__(self, client: Client | None, cache: LiveCache) -> None:
        self.client = client
        self.cache = cache
        self._dsp_names: dict[str, str] | None = None

    # ---- look-ups

    def dsp_names(self) -> dict[str, str]:
        if self._dsp_names is None:
            assert self.client is not None
            self._dsp_names = {str(d.id): d.name or str(d.id) for d in self.client.list(Dsp)}
        return self._dsp_names

    # ---- product states

    def refresh(self, product_ids: Sequence[str], *, with_places: bool = True) -> dict[str, list[LiveState]]:
        """Reads the states of many products (one request per 200 products, and one more per 200
        states for their availabilities when ``with_places``) and caches them. With ``with_places``
        it also reads and caches the products' playlist placements (:meth:`refresh_playlists`)."""
        if self.client is None:
            raise UserError(msg("live.offline_only"))
        names = self.dsp_names()
        ids = [str(p) for p in dict.fromkeys(product_ids)]
        states: list[DspState] = []
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            states += list(self.client.list(DspState, filters={"product-id": ",".join(chunk)},
                                            page_size=_BATCH))
        places: dict[str, list[Availability]] = {}
        live_ids = [str(s.id) for s in states if s.state == "live"]
        if with_places:
            for start in range(0, len(live_ids), _BATCH):
                chunk = live_ids[start:start + _BATCH]
                for item in self.client.list(Availability, filters={"dsp-state-id": ",".join(chunk)},
                                             page_size=_BATCH):
                    places.setdefault(str(item.dsp_state_id), []).append(item)
        out: dict[str, list[LiveState]] = {pid: [] for pid in ids}
        for state in states:
            owned = places.get(str(state.id), [])
            product_place = next((a for a in owned if a.product_id), None)
            tracks = tuple(TrackPlace(str(a.track_id), a.external_id, a.url) for a in owned if a.track_id)
            out.setdefault(str(state.product_id), []).append(LiveState(
                product_id=str(state.product_id), dsp=names.get(str(state.dsp_id), str(state.dsp_id)),
                state=state.state or "", url=state.url, since=state.since,
                territories=tuple(state.territories or ()),
                external_id=product_place.external_id if product_place else None, tracks=tracks))
        for rows in out.values():
            rows.sort(key=lambda s: s.dsp.lower())
        if with_places:
            self.cache.replace_states(ids, [s for rows in out.values() for s in rows])
            self.refresh_playlists(ids)
        else:  # the badges' batch read keeps the places an earlier full read cached
            for pid, rows in out.items():
                kept = {s.dsp: s for s in self.cache.states(pid)}
                merged = [LiveState(s.product_id, s.dsp, s.state, s.url, s.since, s.territories,
                                    kept[s.dsp].external_id if s.dsp in kept else None,
                                    kept[s.dsp].tracks if s.dsp in kept and s.state == "live" else ())
                          for s in rows]
                self.cache.replace_states([pid], merged)
        return out

    def refresh_playlists(self, product_ids: Sequence[str]) -> dict[str, list[PlaylistPlace]]:
        """Reads the playlist placements of many products (one request per 200 products, and one
        per 200 placed tracks for their titles) and caches them (docs/API.md live-15)."""
        if self.client is None:
            raise UserError(msg("live.offline_only"))
        names = self.dsp_names()
        ids = [str(p) for p in dict.fromkeys(product_ids)]
        found: list[Playlist] = []
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            found += list(self.client.list(Playlist, filters={"product-id": ",".join(chunk)},
                                           page_size=_BATCH))
        track_ids = sorted({str(p.track_id) for p in found if p.track_id})
        titles: dict[str, str] = {}
        for start in range(0, len(track_ids), _BATCH):
            chunk = track_ids[start:start + _BATCH]
            titles.update({str(t.id): t.title or "" for t in self.client.list(
                Track, filters={"id": ",".join(chunk)}, page_size=_BATCH)})
        places = [PlaylistPlace(
            product_id=str(p.product_id), playlist_id=str(p.id),
            dsp=names.get(str(p.dsp_id), str(p.dsp_id)), name=p.name or "",
            track_id=str(p.track_id) if p.track_id else None,
            track=titles.get(str(p.track_id), "") if p.track_id else "",
            position=p.position, followers=p.followers, added_on=p.added_on, url=p.url)
            for p in found if p.product_id]
        self.cache.replace_playlists(ids, places)
        return {pid: self.cache.playlists(pid) for pid in ids}

    def live(self, product_id: str, *, product_name: str = "") -> LiveReport:
        """The product's states from the server, or from the cache when the server is out of reach."""
        product_id = str(product_id)
        if self.client is not None:
            try:
                states = self.refresh([product_id])[product_id]
                if not product_name:
                    product = self.client.get(Product, product_id)
                    product_name = product.name or ""
                return LiveReport(product_id, product_name, states,
                                  playlists=self.cache.playlists(product_id))
            except _offline_errors():
                pass
        if not self.cache.known(product_id):
            raise UserError(msg("live.not_cached", product=product_id))
        return LiveReport(product_id, product_name, self.cache.states(product_id), offline=True,
                          playlists=self.cache.playlists(product_id))

    def cached(self, product_id: str) -> list[LiveState]:
        return self.cache.states(str(product_id))

    def badges(self) -> dict[str, tuple[int, int]]:
        return self.cache.summaries()

    # ---- artists

    def artist_places(self, artist_id: str) -> tuple[list[ArtistPlace], bool]:
        """Where the artist is, per DSP (their profile ids and links); ``True`` when from the cache."""
        artist_id = str(artist_id)
        if self.client is not None:
            try:
                names = self.dsp_names()
                places = [ArtistPlace(artist_id, names.get(str(a.dsp_id), str(a.dsp_id)),
                                      a.dsp_artist_id or a.external_id, a.url)
                          for a in self.client.list(Availability, filters={"artist-id": artist_id})]
                places.sort(key=lambda p: p.dsp.lower())
                self.cache.replace_artist_places(artist_id, places)
                return places, False
            except _offline_errors():
                pass
        return self.cache.artist_places(artist_id), True

    def artists_of(self, product_id: str) -> list[tuple[str, str]]:
        """(artist id, name) of the artists a product links (Labelcamp links them on activation),
        cached so the list reads offline (docs/API.md live-16); from the cache when the server is
        out of reach (their places then come from the cache too, and say so)."""
        product_id = str(product_id)
        if self.client is not None:
            try:
                artists = [(str(a.id), a.name or "")
                           for a in self.client.list(Artist, filters={"product-id": product_id})]
                self.cache.replace_product_artists(product_id, artists)
                return artists
            except _offline_errors():
                pass
        return self.cache.product_artists(product_id)

    def link_artist(self, artist_id: str, service: str, external: str) -> str:
        """Links the artist to its Spotify or Apple Music artist id; returns the profile's link."""
        if self.client is None:
            raise UserError(msg("live.offline_only"))
        value = external.strip()
        cls: type[SpotifyArtist] | type[AppleArtist]
        if service == "spotify":
            value = _spotify_id(value)
            cls = SpotifyArtist
        elif service == "apple":
            value = _apple_id(value)
            cls = AppleArtist
        else:
            raise UsageError(msg("live.unknown_service", service=service, known=", ".join(SERVICES)))
        existing = list(self.client.list(cls, filters={"artist-id": str(artist_id)}))
        if existing:
            link = existing[0]
            setattr(link, "spotify_id" if service == "spotify" else "apple_id", value)
            saved = self.client.update(link, fields=["spotify_id" if service == "spotify" else "apple_id"])
        elif service == "spotify":
            saved = self.client.create(SpotifyArtist(spotify_id=value, artist_id=str(artist_id)))
        else:
            saved = self.client.create(AppleArtist(apple_id=value, artist_id=str(artist_id)))
        self.artist_places(str(artist_id))
        return str(saved.url or "")

    # ---- quota

    def next_quota(self) -> QuotaView:
        assert self.client is not None
        quotas = list(self.client.list(Quota, filters={"name": NEXT_QUOTA_NAME}))
        if not quotas:
            return QuotaView(0, 1000, None)
        quota = quotas[0]
        return QuotaView(int(quota.used or 0), int(quota.limit or 1000), quota.resets_at)


def live_service(client: Client | None, database: Database) -> LiveService:
    """The service over a catalog file's live cache (what both faces open)."""
    return LiveService(client, LiveCache(database))


def _spotify_id(value: str) -> str:
    """A Spotify artist id, or the id at the end of its open.spotify.com link."""
    text = value.rstrip("/").split("?")[0].rsplit("/", 1)[-1].removeprefix("spotify:artist:")
    if len(text) != 22 or not text.isalnum() or not text.isascii():
        raise UsageError(msg("live.bad_spotify_id", value=value))
    return text


def _apple_id(value: str) -> str:
    """An Apple Music artist id, or the id at the end of its music.apple.com link."""
    text = value.rstrip("/").split("?")[0].rsplit("/", 1)[-1].removeprefix("id")
    if not text.isdigit() or not text.isascii() or len(text) > 12 or text.startswith("0"):
        raise UsageError(msg("live.bad_apple_id", value=value))
    return text
