"""Playlist placements and a product's artists: read from the demo sandbox over HTTP, cached in the
catalog file, read back offline (docs/API.md live-15, live-16), and printed by ``releasedesk live``."""

from __future__ import annotations

import json

from app.api.client import ApiClient
from app.cli import main
from app.domain.resources import Dsp, Playlist, Product, Track
from app.services.live import LiveService
from app.store.live import LiveCache


def _placed(api: ApiClient) -> tuple[Product, list[Playlist]]:
    """The demo product with the most placements (live-12), and the server's own list of them."""
    by_product: dict[str, list[Playlist]] = {}
    for item in api.list(Playlist):
        by_product.setdefault(str(item.product_id), []).append(item)
    product_id = max(sorted(by_product), key=lambda pid: len(by_product[pid]))
    return api.get(Product, product_id), by_product[product_id]


def test_service_reads_playlists_and_reads_them_again_offline(api, store, live_sandbox) -> None:
    product, expected = _placed(api)
    assert expected, "the demo places some live tracks on playlists"
    dsps = {str(d.id): d.name for d in api.list(Dsp)}
    titles = {str(t.id): t.title for t in api.list(Track, filters={"product-id": str(product.id)})}
    want = sorted((p.name, dsps[str(p.dsp_id)], titles[str(p.track_id)], p.position, p.followers, p.url)
                  for p in expected)
    service = LiveService(api, LiveCache(store.db))
    report = service.live(str(product.id))
    assert not report.offline
    got = sorted((p.name, p.dsp, p.track, p.position, p.followers, p.url) for p in report.playlists)
    assert got == want
    assert {p.dsp for p in report.playlists} <= {"Spotify", "Deezer"}
    followers = [p.followers or 0 for p in report.playlists]
    assert followers == sorted(followers, reverse=True)  # most followed first
    live_sandbox.stop()  # the server is gone: the cache answers, and says so
    offline = LiveService(api, LiveCache(store.db)).live(str(product.id), product_name="x")
    assert offline.offline
    assert sorted((p.name, p.dsp, p.track, p.position, p.followers, p.url)
                  for p in offline.playlists) == want
    assert all(p.fetched > 0 for p in offline.playlists)
    signed_out = LiveService(None, LiveCache(store.db)).live(str(product.id))
    assert signed_out.offline and len(signed_out.playlists) == len(want)


def test_a_refresh_replaces_the_cached_placements(api, store) -> None:
    product, expected = _placed(api)
    cache = LiveCache(store.db)
    cache.replace_playlists([str(product.id)], [])
    assert cache.playlists(str(product.id)) == []
    LiveService(api, cache).refresh([str(product.id)])
    assert len(cache.playlists(str(product.id))) == len(expected)
    # the badges' batch read (no places) keeps what the full read cached
    LiveService(api, cache).refresh([str(product.id)], with_places=False)
    assert len(cache.playlists(str(product.id))) == len(expected)


def test_live_cli_json_and_text_list_the_playlists(api, store, live_sandbox, capsys) -> None:
    product, expected = _placed(api)
    assert main(["live", str(product.id), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["playlists"]) == len(expected)
    for entry in doc["playlists"]:
        assert set(entry) == {"name", "dsp", "track", "position", "followers", "added_on", "url"}
        assert isinstance(entry["position"], int) and isinstance(entry["followers"], int)
        assert entry["url"].startswith("https://") and entry["track"]
        assert len(entry["added_on"]) == 10 and entry["added_on"][4] == "-"
    assert {e["name"] for e in doc["playlists"]} == {p.name for p in expected}
    live_sandbox.stop()
    assert main(["live", str(product.id)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("On ") and "playlist" in line)
    assert heading > next(i for i, line in enumerate(lines) if line.startswith("DSP"))  # under the states
    placed = lines[heading + 1:heading + 1 + len(expected)]
    for entry, line in zip(doc["playlists"], placed, strict=True):
        start = f"  {entry['name']} on {entry['dsp']}: {entry['track']} at #{entry['position']}"
        assert line.startswith(start)
        assert line.endswith(entry["url"])
    assert "last read" in out


def test_live_cli_says_when_a_product_is_on_no_playlist(api, store, capsys) -> None:
    placed = {str(p.product_id) for p in api.list(Playlist)}
    quiet = next(p for p in api.list(Product, filters={"status": "active"}) if str(p.id) not in placed)
    assert main(["live", str(quiet.id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["playlists"] == []
    assert main(["live", str(quiet.id)]) == 0
    assert "On no playlist yet." in capsys.readouterr().out


def test_a_products_artists_read_offline_from_the_cache(api, store, live_sandbox) -> None:
    product = next(p for p in api.list(Product) if p.name == "Blue Hour")
    service = LiveService(api, LiveCache(store.db))
    artists = service.artists_of(str(product.id))
    assert artists and all(name for _, name in artists)
    for artist_id, _ in artists:
        service.artist_places(artist_id)
    live_sandbox.stop()
    offline = LiveService(api, LiveCache(store.db))
    assert offline.artists_of(str(product.id)) == artists
    places, cached = offline.artist_places(artists[0][0])
    assert cached and places
    assert LiveService(None, LiveCache(store.db)).artists_of(str(product.id)) == artists
    assert LiveService(None, LiveCache(store.db)).artists_of("999999") == []
