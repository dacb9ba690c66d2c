"""The Live area in the main window on ``--sandbox``: menu, dock, a selected release's Live-on rows,
the catalog's live badge, and the tags field of the product editor sent as a draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.shell.controller import MainController
from app.ui.shell.main_window import MainWindow
from app.workers.runner import SyncRunner


def test_sandbox_window_shows_live_states_badges_and_edits_tags(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    controller.start(sandbox=True)
    try:
        session = controller.session
        assert session is not None and controller.live is not None
        area = controller.live
        assert "Live" in [a.text().replace("&", "") for a in window.menuBar().actions()]
        catalog = session.store.catalog
        night = next(p for label in catalog.labels() for p in catalog.products(label.local_id)
                     if p.name == "Night Swimming")
        # what a click in the tree emits (selecting through the tree view itself is not needed here)
        controller.catalog.selected.emit("product", night.local_id)
        qtbot.waitUntil(lambda: area.panel.table.rowCount() == 4, timeout=10_000)
        assert area.panel.table.item(3, 0).text() == "Spotify"
        # the same read fills the Playlists tab (the demo places one of its tracks on Deezer)
        qtbot.waitUntil(lambda: area.playlists.table.rowCount() >= 1, timeout=10_000)
        assert area.tabs.tabText(1) == "Playlists"
        assert area.playlists.table.item(0, 1).text() in ("Spotify", "Deezer")
        qtbot.waitUntil(lambda: area.artist.artists.count() >= 1, timeout=10_000)
        qtbot.waitUntil(lambda: "Services where" in area.artist.note.text(), timeout=10_000)
        artists = [area.artist.artists.itemText(i) for i in range(area.artist.artists.count())]
        live, bulk, delivery = area.controller.live, area.controller.bulk, area.controller.delivery
        from app.services.live import LiveService

        assert live is not None
        area.controller.set_services(LiveService(None, live.cache), None, None)  # signed out
        area.artist.set_artists([])
        controller.catalog.selected.emit("product", night.local_id)
        qtbot.waitUntil(lambda: area.artist.artists.count() == len(artists), timeout=10_000)
        qtbot.waitUntil(lambda: "last read" in area.artist.note.text(), timeout=10_000)
        assert [area.artist.artists.itemText(i) for i in range(len(artists))] == artists
        assert area.artist.table.rowCount() >= 1
        qtbot.waitUntil(lambda: not area.playlists.note.isHidden(), timeout=10_000)  # cached, and says so
        assert area.playlists.table.rowCount() >= 1
        area.controller.set_services(live, bulk, delivery)
        qtbot.waitUntil(lambda: area.problems.table.rowCount() >= 2, timeout=10_000)  # loaded on open
        assert "Harbour Lights EP" in [area.problems.table.item(r, 0).text()
                                       for r in range(area.problems.table.rowCount())]
        area.refresh_badges()
        model = controller.catalog.model
        qtbot.waitUntil(lambda: model._live.get(str(night.server_id)) == (4, 4), timeout=10_000)
        editor = controller.product_editor
        controller.editors.show("product", night.local_id)
        qtbot.waitUntil(lambda: window.editors.currentWidget() is editor, timeout=10_000)
        field = editor.form.fields["tags"]
        field.widget.setText("Late Night, summer")
        field.commit()
        qtbot.waitUntil(lambda: catalog.values(night.local_id).get("tags") == ["Late Night", "summer"],
                        timeout=10_000)
        assert [p.name for p in catalog.search_products("tag:summer swimming")] == ["Night Swimming"]
        assert session.store.outbox.pending_count() == 1
    finally:
        controller.shutdown()
