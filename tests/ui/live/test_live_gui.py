"""The Live-on panel, the artist view, the stuck and failed tasks, and the bulk dialog over HTTP."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.domain.resources import Artist, Dsp, Playlist, Product
from app.services.live import LiveService
from app.store.live import LiveCache
from app.ui.live.bulk_dialog import BulkDialog
from app.ui.live.controller import LiveController
from app.ui.live.views import ArtistLiveView, LiveOnPanel, PlaylistsView, ProblemsView, open_link
from app.workers.runner import TaskRunner


def _product(api, name: str) -> Product:
    return next(p for p in api.list(Product) if p.name == name)


def test_live_on_panel_lists_services_with_links(qtbot, api, controller) -> None:
    panel = LiveOnPanel(controller)
    qtbot.addWidget(panel)
    night = _product(api, "Night Swimming")
    panel.set_product(str(night.id), "Night Swimming")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4, timeout=10_000)
    services = [panel.table.item(r, 0).text() for r in range(4)]
    assert services == ["Apple Music", "Deezer", "iTunes", "Spotify"]
    assert all(panel.table.item(r, 1).text() == "live" for r in range(4))
    spotify = panel.table.cellWidget(3, 4)
    assert spotify.toolTip().startswith("https://open.spotify.com/album/")
    assert "live on 4 of 4" in panel.title.text()
    assert not open_link("javascript:alert(1)") and not open_link(None)


def test_playlists_tab_shows_the_demo_placements_with_links(qtbot, api, controller) -> None:
    view = PlaylistsView(controller)
    qtbot.addWidget(view)
    by_product: dict[str, list[Playlist]] = {}
    for item in api.list(Playlist):
        by_product.setdefault(str(item.product_id), []).append(item)
    product_id = max(sorted(by_product), key=lambda pid: len(by_product[pid]))
    expected = by_product[product_id]
    dsps = {str(d.id): d.name for d in api.list(Dsp)}
    view.set_product(product_id, "Placed")
    qtbot.waitUntil(lambda: view.table.rowCount() == len(expected), timeout=10_000)
    rows = {view.table.item(r, 0).text(): r for r in range(view.table.rowCount())}
    for place in expected:
        row = rows[place.name or ""]
        assert view.table.item(row, 1).text() == dsps[str(place.dsp_id)]
        assert view.table.item(row, 2).text()  # the track's title
        assert int(re.sub(r"\D", "", view.table.item(row, 3).text())) == place.position
        assert int(re.sub(r"\D", "", view.table.item(row, 4).text())) == place.followers
        assert view.table.item(row, 5).text() == (place.added_on or "")[:10]
        assert view.table.cellWidget(row, 6).toolTip() == place.url
    assert f"placements: {len(expected)}" in view.title.text() and view.note.isHidden()
    quiet = next(p for p in api.list(Product, filters={"status": "active"}) if str(p.id) not in by_product)
    view.set_product(str(quiet.id), quiet.name or "")
    qtbot.waitUntil(lambda: "no playlist" in view.title.text(), timeout=10_000)
    assert view.table.rowCount() == 0


def test_playlists_tab_offers_no_link_but_https(qtbot, api, controller) -> None:
    from app.services.live import LiveReport
    from app.store.live import PlaylistPlace

    view = PlaylistsView(controller)
    qtbot.addWidget(view)
    view.set_product("1", "x", load=False)
    hostile = PlaylistPlace("1", "9", "Spotify", "<b>Bold</b>", "3", "Song", 2, 10, "2026-01-02",
                            "javascript:alert(1)")
    view.show_report(LiveReport("1", "x", [], offline=True, playlists=[hostile]))
    assert view.table.cellWidget(0, 6) is None and view.table.item(0, 6).text() == ""
    assert view.table.item(0, 0).text() == "<b>Bold</b>" and not view.note.isHidden()


def test_artist_view_offline_lists_the_cached_artists_and_places(qtbot, api, store, controller) -> None:
    product = next(p for p in api.list(Product) if p.name == "Blue Hour")
    online = LiveService(api, LiveCache(store.db))
    artists = online.artists_of(str(product.id))
    for artist_id, _ in artists:
        online.artist_places(artist_id)
    runner = TaskRunner()
    offline = LiveController(runner)
    offline.set_services(LiveService(None, LiveCache(store.db)), None, None)  # no one signed in
    view = ArtistLiveView(offline)
    qtbot.addWidget(view)
    done: list[object] = []
    runner.run_task(lambda: offline.live.artists_of(str(product.id)),  # as the dock does
                    lambda result, error: done.append(result if error is None else error))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    view.set_artists(done[0])  # type: ignore[arg-type]
    assert view.artists.count() == len(artists) and view.artists.itemText(0) == artists[0][1]
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    assert "last read" in view.note.text()
    assert {view.table.item(r, 0).text() for r in range(view.table.rowCount())} == {
        p.dsp for p in online.cache.artist_places(artists[0][0])}
    runner.wait_idle(10_000)


def test_artist_view_links_a_spotify_id(qtbot, api, controller) -> None:
    view = ArtistLiveView(controller)
    qtbot.addWidget(view)
    artist = next(a for a in api.list(Artist, filters={"name": "Quartet Obscura"}))
    view.set_artists([(str(artist.id), "Quartet Obscura")])
    qtbot.waitUntil(lambda: view.table.rowCount() >= 2, timeout=10_000)
    view.external.setText("https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d?si=x")
    view.service.setCurrentIndex(0)
    view.link()
    qtbot.waitUntil(lambda: any(view.table.item(r, 1) and view.table.item(r, 1).text()
                                == "1dfeR4HaWDbWqFHLkxsg1d" for r in range(view.table.rowCount())),
                    timeout=10_000)
    assert view.external.text() == ""


def test_problems_view_highlights_the_stuck_task_and_redelivers_it(qtbot, api, controller) -> None:
    view = ProblemsView(controller)
    qtbot.addWidget(view)
    controller.load_problems()
    qtbot.waitUntil(lambda: view.table.rowCount() >= 2, timeout=10_000)
    rows = {view.table.item(r, 0).text(): r for r in range(view.table.rowCount())}
    stuck = rows["Harbour Lights EP"]
    assert view.table.item(stuck, 2).text() == "stuck" and "Napster" in view.table.item(stuck, 3).text()
    assert view.table.item(stuck, 1).text() == "Napster"
    assert view.table.item(rows["Fado Electric"], 2).text() == "failed"
    before = view.table.rowCount()
    view.table.cellWidget(stuck, 4).click()
    qtbot.waitUntil(lambda: view.table.rowCount() == before - 1, timeout=10_000)


def test_bulk_dialog_previews_sends_one_factory_and_shows_results(qtbot, api, controller,
                                                                 live_sandbox) -> None:
    blue = _product(api, "Blue Hour")
    dialog = BulkDialog(controller, [str(blue.id)], [], tag="summer")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "of 1000 used" in dialog.quota_label.text(), timeout=10_000)
    for i in range(dialog.dsp_list.count()):  # Spotify only
        item = dialog.dsp_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() == "Spotify" else Qt.CheckState.Unchecked)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("update"))
    dialog.ask_preview()
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert dialog.preview.rowCount() == 7  # Blue Hour + the six "summer" releases, one task each
    assert "7 tasks" in dialog.summary.text()
    live_sandbox.reset_stats()
    dialog.poll_interval = 0.1
    dialog.send_button.click()
    assert dialog.progress.maximum() == 7 and not dialog.send_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result_table.rowCount() == 7, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.progress.value() == 7, timeout=30_000)
    results = {dialog.result_table.item(r, 0).text(): dialog.result_table.item(r, 1).text()
               for r in range(7)}
    assert results["Blue Hour"] == "completed" and results["Verano Azul"] == "completed"
    assert results["Costa Sessions"] == "failed"  # a draft: its reason is in the details
    posts = [r for r in live_sandbox.stats()["by_route"] if r.startswith("POST")]
    assert len(posts) == 1 and "send-task-factories" in posts[0]
