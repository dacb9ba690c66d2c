"""The Trends view against the sandbox (through a synchronous runner): series drawn, a hover value
read in the UI locale, CSV and PNG exports written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.api.client import ApiClient
from app.domain.trends import TrendScope
from app.platform.paths import profile_dir
from app.services.trends import TrendsService
from app.ui.trends.controller import TrendRequest, TrendsController
from app.ui.trends.view import TrendsView
from app.workers.runner import SyncRunner
from tests.trends.conftest import yesterday


def _view(qtbot, api: ApiClient) -> TrendsView:
    service = TrendsService.beside(profile_dir("default") / "catalog.sqlite3", api, poll_interval=0.05)
    controller = TrendsController(SyncRunner(), service)
    view = TrendsView(controller)
    qtbot.addWidget(view)
    view.resize(1100, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_view_draws_series_shows_hover_values_and_exports(qtbot, client: ApiClient, tmp_path: Path) -> None:
    view = _view(qtbot, client)
    until = yesterday()
    since = until - dt.timedelta(days=59)
    view.controller.load(TrendRequest(TrendScope(), since, until, "dsp"))
    chart = view.chart
    assert chart.series_count() == 3 and chart.names[0] == "Spotify"
    assert len(chart.days) == 60 and view.csv_button.isEnabled()

    rect = chart.plot_rect()
    day = 30
    x = chart.x_of(day, rect)
    point = QPointF(x, rect.center().y())
    move = QMouseEvent(QMouseEvent.Type.MouseMove, point, point, Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chart, move)
    assert chart.hover_index == day
    spotify = int(view.controller.last.values[0, day])
    assert spotify > 0
    assert f"Spotify: {QLocale().toString(spotify)}" in chart.hover_text(day)

    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.hover_index == day - 1  # the keyboard moves the day read out
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    chart.zoom(0.5, day)
    assert chart.view[1] - chart.view[0] < 40 and chart.view[0] <= day <= chart.view[1]
    chart.pan(-100)
    assert chart.view[0] == 0

    target = tmp_path / "trends.csv"
    view.controller.export_csv(str(target))
    with target.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["date", "dsp", "streams"] and len(rows) == 60 * 3
    spotify_total = int(view.controller.last.values[0].sum())
    assert sum(int(r["streams"]) for r in rows if r["dsp"] == "Spotify") == spotify_total

    png = tmp_path / "trends.png"
    view.export_png(str(png))
    with Image.open(png) as image:
        ratio = chart.devicePixelRatio()
        assert image.size == (chart.width() * ratio, chart.height() * ratio)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 20  # lines, not a blank canvas
    assert "Total:" in view.total.text()


def test_bad_scope_is_one_sentence_and_nothing_is_asked(qtbot, client: ApiClient) -> None:
    view = _view(qtbot, client)
    view.select_scope("product")
    view.scope_id.setEditText("abc")
    assert view.current_request() is None
    assert "'abc' is not a server id" in view.status.text()
    view.since.setDate(view.until.date().addDays(3))
    view.select_scope("catalog")
    assert view.current_request() is None and "before it starts" in view.status.text()


def test_the_area_offers_the_accounts_artists(qtbot, client: ApiClient) -> None:
    from PySide6.QtWidgets import QMainWindow

    from app.ui.trends.dock import install_trends

    window = QMainWindow()
    qtbot.addWidget(window)
    area = install_trends(window, SyncRunner())
    area.set_session(profile_dir("default") / "catalog.sqlite3", client)
    artists = area.view.choices["artist"]
    assert ("1", "Luna Vega") in artists and ("2", "Luna Vega") in artists  # namesakes told apart by id
    area.view.select_scope("artist", "1")
    request = area.view.current_request()
    assert request is not None and request.scope == TrendScope("artist", "1")
    area.view.request()
    assert area.view.chart.series_count() >= 2 and not area.controller.last.offline
