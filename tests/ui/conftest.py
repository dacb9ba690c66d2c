"""GUI test fixtures: a real SQLite store, the synchronous runner, and a main window on them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.store import CatalogStore, open_catalog
from app.workers.runner import SyncRunner


@pytest.fixture
def ui_store(tmp_path: Path) -> Iterator[CatalogStore]:
    s = open_catalog(tmp_path / "catalog.sqlite3")
    yield s
    s.close()


@pytest.fixture
def ui_runner() -> SyncRunner:
    return SyncRunner()


def seed(store: CatalogStore, products: int = 3, tracks: int = 2,
         label: str = "Night Owl Records") -> dict[str, Any]:
    label_id = store.drafts.create_label(name=label)
    product_ids = []
    for i in range(products):
        pid = store.drafts.create_product(label_id, name=f"Album {i:03d}", upc_code="5012345678900",
                                   artist=["Ana Lua"], copyright_line="2025 Night Owl",
                                   production_line="2025 Night Owl", production_year=2025)
        product_ids.append(pid)
        for t in range(tracks):
            store.drafts.create_track(pid, title=f"Song {t + 1}", track_number=t + 1, volume_number=1,
                               artist=["Ana Lua"])
    return {"label": label_id, "products": product_ids}


def fetch_all(qtbot: Any, model: Any, parent: Any) -> None:
    """Ask the catalog model for every page under ``parent`` and wait for each to land: the rows are
    applied on a later turn of the event loop, never inside ``fetchMore`` (app/ui/common/model_tasks.py)."""
    while model.canFetchMore(parent):
        with qtbot.waitSignal(model.loaded, timeout=10000):
            model.fetchMore(parent)


def tag_flac(path: Path, **tags: str) -> Path:
    from mutagen.flac import FLAC

    audio = FLAC(str(path))
    for key, value in tags.items():
        audio[key] = value
    audio.save()
    return path


@pytest.fixture
def main_window(qtbot: Any, ui_store: CatalogStore, ui_runner: SyncRunner, tmp_path: Path) -> Any:
    """The real main window and controller on a store, with every task run synchronously."""
    from PySide6.QtCore import QSettings

    from app.services.session import Session
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, ui_runner, settings, parent=window)
    window.show()
    controller.attach(Session("test", ui_store))
    qtbot.waitUntil(lambda: not controller.catalog.model.loading, timeout=10000)  # the labels are shown
    controller.catalog.flush_changes()
    yield window, controller
    controller.shutdown()  # stops the delivery poller, waits for writes, closes the session
