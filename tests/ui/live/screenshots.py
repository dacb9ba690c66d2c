"""Screenshots of the Live area on the demo sandbox: ``python -m tests.ui.live.screenshots``.

Writes resources/screenshots/live-on.png (the Live dock's "Live on" tab for a delivered release),
live-playlists.png (its "Playlists" tab for the release with the most placements) and
bulk-actions.png (the bulk dialog after a factory updated ten tagged releases).
"""

from __future__ import annotations

import sys
import time

from tests.ui.shots import begin, wait_until


def main() -> int:
    home, out = begin("live")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTabWidget

    from app.api.client import ApiClient
    from app.domain.resources import Artist, Playlist, Product
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox
    from app.services.bulk import BulkService
    from app.services.delivery import DeliveryService
    from app.services.live import LiveService
    from app.store.catalog_store import open_catalog
    from app.store.live import LiveCache
    from app.ui.live.bulk_dialog import BulkDialog
    from app.ui.live.controller import LiveController
    from app.ui.live.views import ArtistLiveView, LiveOnPanel, PlaylistsView, ProblemsView
    from app.workers.runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sb = start_sandbox(data_dir=home / "sandbox", demo=True, dialect="labelcamp", delivery_seconds=1.0)
    client = ApiClient(Profile("shots", sb.base_url, sb.dialect, sb.email), MemorySecretStore())
    client.login(sb.password)
    store = open_catalog(home / "catalog.sqlite3")
    controller = LiveController(TaskRunner())
    controller.set_services(LiveService(client, LiveCache(store.db)), BulkService(client),
                            DeliveryService(client))
    products = {p.name: p for p in client.list(Product)}

    tabs = QTabWidget()
    panel = LiveOnPanel(controller, tabs)
    playlists = PlaylistsView(controller, tabs)
    tabs.addTab(panel, panel.windowTitle())
    tabs.addTab(playlists, playlists.windowTitle())
    tabs.addTab(ArtistLiveView(controller, tabs), "Artist")
    tabs.addTab(ProblemsView(controller, tabs), "Needs attention")
    tabs.resize(760, 330)
    tabs.show()
    night = products["Night Swimming"]
    panel.set_product(str(night.id), "Night Swimming")
    wait_until(app, lambda: panel.table.rowCount() == 4, timeout=60.0)
    panel.table.selectRow(3)
    app.processEvents()
    tabs.grab().save(str(out / "live-on.png"))

    placed: dict[str, int] = {}
    for item in client.list(Playlist):
        placed[str(item.product_id)] = placed.get(str(item.product_id), 0) + 1
    most = max(sorted(placed), key=lambda pid: placed[pid])
    name = next(p.name for p in products.values() if str(p.id) == most) or most
    playlists.set_product(most, name, load=False)
    panel.set_product(most, name)  # one read fills both tabs, as in the dock
    wait_until(app, lambda: playlists.table.rowCount() == placed[most], timeout=60.0)
    tabs.setCurrentWidget(playlists)
    app.processEvents()
    tabs.grab().save(str(out / "live-playlists.png"))

    artist = next(a for a in client.list(Artist, filters={"name": "The Marble Coast"}))
    assert artist
    # ten releases tagged "summer" (the demo tags six; four more here), updated in one action
    for name in ("Night Swimming", "Low Tide", "Blue Hour", "Fado Electric"):
        product = products[name]
        product.tags = [*(product.tags or []), "summer"]
        client.update(product, fields=["tags"])
    dialog = BulkDialog(controller, [], [], tag="summer")
    dialog.poll_interval = 0.3
    for i in range(dialog.dsp_list.count()):
        item = dialog.dsp_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in ("Spotify", "Deezer")
                           else Qt.CheckState.Unchecked)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("update"))
    dialog.resize(860, 660)
    dialog.show()
    wait_until(app, lambda: "used" in dialog.quota_label.text(), timeout=60.0)
    dialog.ask_preview()
    wait_until(app, lambda: dialog.send_button.isEnabled(), timeout=60.0)
    dialog.send_button.click()
    wait_until(app, lambda: dialog.progress.value() == dialog.progress.maximum() > 0, timeout=60.0)
    time.sleep(0.2)
    app.processEvents()
    dialog.grab().save(str(out / "bulk-actions.png"))
    print("wrote", out / "live-on.png", out / "live-playlists.png", out / "bulk-actions.png")
    sb.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
