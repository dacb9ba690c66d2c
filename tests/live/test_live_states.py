"""Live states end to end: the sandbox's rules over HTTP, the service and its offline cache, the CLI."""

from __future__ import annotations

import json
import time

import pytest

from app.api.client import ApiClient
from app.api.errors import ValidationFailed
from app.cli import main
from app.domain.resources import Availability, DspState, Product, SendTask, SpotifyArtist, Tag
from app.services.bulk import BulkService
from app.services.delivery import DeliveryService
from app.services.live import LiveService
from app.store.live import LiveCache

from .conftest import DELIVERY_SECONDS


def _product(api: ApiClient, name: str) -> Product:
    return next(p for p in api.list(Product) if p.name == name)


def test_demo_releases_are_live_where_delivered_with_links(api, store) -> None:
    night = _product(api, "Night Swimming")  # delivered to Spotify, Apple (Music + iTunes), Deezer
    report = LiveService(api, LiveCache(store.db)).live(str(night.id))
    states = {s.dsp: s for s in report.states}
    assert set(states) == {"Spotify", "Apple Music", "iTunes", "Deezer"}
    assert all(s.state == "live" for s in states.values())
    assert states["Spotify"].url.startswith("https://open.spotify.com/album/")
    assert len(states["Spotify"].external_id or "") == 22
    assert states["Deezer"].url.startswith("https://www.deezer.com/album/")
    assert states["Spotify"].territories and len(states["Spotify"].tracks) == 4
    assert all(t.url and "/track/" in t.url for t in states["Spotify"].tracks)
    taken = LiveService(api, LiveCache(store.db)).live(str(_product(api, "Live at the Blue Room").id))
    assert {s.dsp: s.state for s in taken.states}["Spotify"] == "taken-down"
    assert {s.dsp: s.url for s in taken.states}["Spotify"] is None


def test_a_completed_delivery_goes_live_later_and_a_takedown_removes_it(api, store) -> None:
    afterhours = _product(api, "Afterhours Vol. 1")  # active, not yet on Tidal: no right covers it
    service = DeliveryService(api)
    target = service.resolve_dsps(["Amazon Music"])[0]
    from app.domain.resources import Right

    api.create(Right(action="add", distributed_id=str(afterhours.id), dsp_ids=[str(target.dsp.id)],
                     continent_ids=["1"]))
    task = api.create(SendTask(deliverable=True, delivery_type="delivery", product_id=str(afterhours.id),
                               dsp_upload_identification_id=str(target.dui.id)))
    live = LiveService(api, LiveCache(store.db))
    deadline = time.monotonic() + 20
    seen: list[str] = []
    while time.monotonic() < deadline:
        states = {s.dsp: s.state for s in live.refresh([str(afterhours.id)])[str(afterhours.id)]}
        if states.get("Amazon Music") and (not seen or seen[-1] != states["Amazon Music"]):
            seen.append(states["Amazon Music"])
        if states.get("Amazon Music") == "live":
            break
        time.sleep(DELIVERY_SECONDS / 4)
    assert seen[-1] == "live" and api.get(SendTask, str(task.id)).status == "completed"
    amazon = next(s for s in live.cached(str(afterhours.id)) if s.dsp == "Amazon Music")
    assert amazon.url and amazon.url.startswith("https://music.amazon.com/albums/B0")
    api.create(SendTask(deliverable=True, delivery_type="delete", product_id=str(afterhours.id),
                        dsp_upload_identification_id=str(target.dui.id)))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        states = {s.dsp: s for s in live.refresh([str(afterhours.id)])[str(afterhours.id)]}
        if states["Amazon Music"].state == "taken-down":
            break
        time.sleep(DELIVERY_SECONDS / 4)
    assert states["Amazon Music"].state == "taken-down" and states["Amazon Music"].url is None
    state_id = next(s.id for s in api.list(DspState, filters={"product-id": str(afterhours.id)})
                    if s.state == "taken-down")
    assert list(api.list(Availability, filters={"dsp-state-id": str(state_id)})) == []


def test_live_cli_prints_json_and_reads_offline_from_the_cache(api, store, live_sandbox, capsys) -> None:
    night = _product(api, "Night Swimming")
    assert main(["live", str(night.id), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["product"]["id"] == str(night.id)
    spotify = next(d for d in doc["dsps"] if d["dsp"] == "Spotify")
    assert spotify["state"] == "live" and spotify["url"].startswith("https://open.spotify.com/album/")
    assert len(spotify["since"]) == 10 and spotify["since"][4] == "-"
    live_sandbox.stop()  # the server is gone: the cache answers
    assert main(["live", str(night.id)]) == 0
    out = capsys.readouterr().out
    assert "Spotify" in out and "https://open.spotify.com/album/" in out
    assert "last read" in out
    assert main(["live", "999999"]) == 1
    assert "never read" in capsys.readouterr().err


def test_artist_places_and_linking_to_spotify_and_apple(api, store) -> None:
    from app.domain.resources import Artist

    artist = next(a for a in api.list(Artist, filters={"name": "Quartet Obscura"}))
    service = LiveService(api, LiveCache(store.db))
    places, cached = service.artist_places(str(artist.id))
    assert not cached and {"Spotify", "Deezer"} <= {p.dsp for p in places}  # live through Blue Hour
    url = service.link_artist(str(artist.id), "spotify",
                              "https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d")
    assert url == "https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d"
    service.link_artist(str(artist.id), "apple", "https://music.apple.com/us/artist/id1419227")
    places, _ = service.artist_places(str(artist.id))
    ids = {p.dsp: p.external_id for p in places
           if p.external_id in ("1dfeR4HaWDbWqFHLkxsg1d", "1419227")}
    assert ids == {"Spotify": "1dfeR4HaWDbWqFHLkxsg1d", "Apple Music": "1419227"}
    assert len(list(api.list(SpotifyArtist, filters={"artist-id": str(artist.id)}))) == 1
    cached_places = service.cache.artist_places(str(artist.id))
    assert {p.dsp for p in cached_places} == {p.dsp for p in places}
    with pytest.raises(ValidationFailed) as refused:
        api.create(SpotifyArtist(spotify_id="not-an-id", artist_id=str(artist.id)))
    assert "spotify-id" in str(refused.value)


def test_tags_filter_products_and_rename_follows(api) -> None:
    jazz = {p.name for p in api.list(Product, filters={"tag": "JAZZ"})}
    assert "Blue Hour" in jazz and "Night Swimming" not in jazz
    tag = next(api.list(Tag, filters={"name": "jazz"}))
    tag.name = "Jazz Club"
    api.update(tag, fields=["name"])
    blue = _product(api, "Blue Hour")
    assert "Jazz Club" in (blue.tags or [])
    assert {p.name for p in api.list(Product, filters={"tag-id": str(tag.id)})} == jazz


def test_quota_resource_counts_next_tasks(api, store) -> None:
    from app.domain.resources import Quota

    before = next(api.list(Quota, filters={"name": "next-send-tasks"}))
    assert before.limit == 1000 and before.used == 0 and before.remaining == 1000
    blue = _product(api, "Blue Hour")
    bulk = BulkService(api)
    plan = bulk.plan([blue], ["Spotify", "Tidal"], "redelivery", priority="next")
    bulk.create(plan)
    after = next(api.list(Quota, filters={"name": "next-send-tasks"}))
    assert after.used == 2 and after.remaining == 998 and after.resets_at
    assert LiveService(api, LiveCache(store.db)).next_quota().used == 2
