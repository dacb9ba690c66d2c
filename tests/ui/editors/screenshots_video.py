"""Screenshots of the video wells: ``python -m tests.ui.editors.screenshots_video``.

Writes resources/screenshots/video-product.png (a Video product with its music video) and
motion-art.png (an album's Motion Art wells), made offscreen on a real store with ffmpeg-made files.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from tests.ui.shots import begin, wait_until


def _wait(app: Any, until: Any, timeout: float = 30.0) -> None:
    """:func:`wait_until`, then a few more turns: posters arrive from a worker after their well shows."""
    wait_until(app, until, timeout)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    home, out = begin("video")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.domain.resources import ProductType
    from app.services.session import Session
    from app.store import open_catalog
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import TaskRunner
    from tests.fixtures.video import motion_art, small_video

    app = QApplication.instance() or QApplication(sys.argv[:1])
    media = home / "media"
    clip = small_video(media / "sal-y-sol-official-video.mp4", 1920, 1080, seconds=2.0)
    mobile = motion_art(media, "mobile")
    desktop = motion_art(media, "desktop")
    store = open_catalog(home / "catalog.sqlite3")
    store.catalog.upsert_cached_many("product_type", [(ProductType(id=str(i), name=n), None) for i, n in
                                                      enumerate(("Album", "Single", "EP", "Video"), 1)])
    label = store.drafts.create_label(name="Costa Brava Sounds")
    video_product = store.drafts.create_product(
        label, name="Sal y Sol (Official Video)", upc_code="5012345678900", artist=["The Marble Coast"],
        copyright_line="2026 Costa Brava Sounds", production_line="2026 Costa Brava Sounds",
        production_year=2026, product_type_id="4", language_id="5")
    track = store.drafts.create_track(video_product, title="Sal y Sol", track_number=1, volume_number=1,
                                      artist=["The Marble Coast"], isrc_code="PTA112600001")
    store.drafts.attach_video(video_product, clip, name="Sal y Sol (Official Video)")
    store.drafts.attach_video(video_product, clip, name="Sal y Sol", track_local_id=track)
    album = store.drafts.create_product(
        label, name="Night Swimming", upc_code="5012345678917", artist=["Luna Vega"],
        copyright_line="2026 Costa Brava Sounds", production_line="2026 Costa Brava Sounds",
        production_year=2026, product_type_id="1", language_id="5")
    store.drafts.attach_motion_art(album, "apple_motion_art_mobile", mobile)
    store.drafts.attach_motion_art(album, "apple_motion_art_desktop", desktop)

    window = MainWindow()
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, TaskRunner(), settings, parent=window)
    window.resize(1500, 1250)
    window.show()
    controller.attach(Session("shots", store))
    editors = controller.editors
    assert editors is not None

    editors.show("product", video_product)
    pe = controller.product_editor
    _wait(app, lambda: pe.video.isVisible() and pe.video.values["file"].text() != "—"
          and "Checking" not in pe.video.verdict.text())
    window.grab().save(str(out / "video-product.png"))

    editors.show("product", album)
    _wait(app, lambda: not pe.video.isVisible()
          and pe.motion_desktop.values["file"].text() == desktop.name
          and "Checking" not in pe.motion_desktop.verdict.text())
    scroll = pe.motion_mobile.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(pe.motion_desktop)
    _wait(app, lambda: True)
    pe.grab().save(str(out / "motion-art.png"))
    controller.shutdown()
    print("wrote video-product.png and motion-art.png to", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
