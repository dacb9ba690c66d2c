"""The picture of a master in the track editor: made by the QC pass on the task runner, shown with the
stores' normalisation gains beside it, and shown again from the cache on the next visit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.fixtures.media import MediaFactory, music
from tests.ui.conftest import seed


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RELEASEDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_a_dropped_master_shows_its_waveform_and_store_gains(qtbot, main_window, ui_store,
                                                             media: MediaFactory, home: Path):
    from app.media import picture

    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    samples = music(32.0, 44100, 2, level=0.9, seed=5)
    samples[: 44100 * 6] = 0.0  # six seconds of silence in front
    master = media.audio("master.flac", samples, subtype="PCM_24")
    controller.editors.show("track", track)
    editor = controller.track_editor
    editor.audio.files_dropped.emit([master])
    panel = editor.audio.picture
    qtbot.waitUntil(lambda: panel.view.picture is not None and not panel.isHidden(), timeout=30000)
    shown = panel.view.picture
    assert shown.columns == 1600  # 32 s in 20 ms bins: fewer than picture.COLUMNS, all kept
    assert shown.leading_silence_s == pytest.approx(6.0, abs=0.05)
    assert np.nanmax(shown.short_term) > -30
    spotify = panel.gains["spotify"].text()
    assert spotify.endswith("dB") and spotify != "—"
    assert float(spotify.split()[0].replace("−", "-")) == shown.normalization["spotify"]
    # kept in the cache folder, keyed by the file: the headers-only pass brings it back
    assert picture.load_cached(master) is not None
    assert any((home / "cache" / "pictures").iterdir())
    from app.ui.editors.controller import inspect_master

    quick = inspect_master(master, False)
    assert quick.picture is not None and np.array_equal(quick.picture.high, shown.high)
    panel.view.resize(600, 140)
    image = panel.view.grab().toImage()
    assert image.width() >= 600  # painted without error at a real size
