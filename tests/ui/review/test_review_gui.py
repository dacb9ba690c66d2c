"""The store review, the Lyrics tab and the release calendar on a real catalog file (SyncRunner)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.calendar import parse_ics
from app.domain.lyrics import parse_lrc, parse_ttml
from app.services.calendar import CalendarService
from app.services.review import ReviewService, load_lyrics, save_lyrics
from app.store.lyrics import SyncedLyricsStore
from app.ui.calendar.view import COL_NAME, COL_SEND, COL_WARNING, CalendarView
from app.ui.review.findings_view import COL_PROBLEM, StoreReviewView
from app.ui.review.lyrics_tab import LyricsEditor, LyricsStorage, install_lyrics_tab
from app.workers.runner import SyncRunner
from tests.ui.review.scene import Scene, build


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    s = build(tmp_path)
    yield s
    s.store.close()


def _codes(view: StoreReviewView, group: int) -> list[str]:
    top = view.tree.topLevelItem(group)
    assert top is not None
    return [top.child(i).data(COL_PROBLEM, 0x0100) for i in range(top.childCount())]


def test_review_groups_findings_by_store_and_a_fix_applies(qtbot, scene: Scene) -> None:
    view = StoreReviewView(lambda: ReviewService.from_store(scene.store), SyncRunner())
    qtbot.addWidget(view)
    view.set_object(scene.draft, "Night Drive")
    groups = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert groups == ["Every store", "Apple Music", "Spotify"]
    every = _codes(view, 0)
    assert {"style.banned_word", "style.generic_title", "style.version_format"} <= set(every)
    assert "style.title_case" in _codes(view, 1) and "lyrics.line_end" in _codes(view, 1)
    assert "style.banned_word" in _codes(view, 2)  # "- EP" in the product name is Spotify's rule
    first = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(first)
    assert view.detail.text() == first.text(COL_PROBLEM)  # the whole sentence, below the list
    view.store.setCurrentIndex(view.store.findData("spotify"))
    assert [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())] == [
        "Every store", "Spotify"]
    button = next(b for b in view.fix_buttons if b.text() == "Write “Night Drive”")
    button.click()
    titles = [scene.store.catalog.track(t).title for t in scene.tracks]
    assert "Night Drive" in titles
    assert "Night Drive (Original Mix)" not in [view.tree.topLevelItem(0).child(i).text(COL_PROBLEM)
                                                for i in range(view.tree.topLevelItem(0).childCount())]


def test_lyrics_tab_loads_edits_imports_exports_and_saves(qtbot, scene: Scene, tmp_path: Path) -> None:
    store = scene.store
    storage = LyricsStorage(lambda i: load_lyrics(store, i), lambda i, p, lrc: save_lyrics(store, i, p, lrc))
    editor = LyricsEditor(storage, SyncRunner())
    qtbot.addWidget(editor)
    editor.show_track(scene.tracks[0])
    assert editor.table.rowCount() == 5
    assert editor.table.item(1, 0).text() == "00:00.600"
    assert "we never say goodbye" in editor.plain.toPlainText()
    assert "Track 1's lyrics, line 5" in editor.findings.text()
    assert "period or comma" in editor.findings.text()
    # export TTML and LRC, read them back
    synced = editor.synced()
    assert synced is not None
    editor.export(tmp_path / "out.ttml", "ttml", synced)
    editor.export(tmp_path / "out.lrc", "lrc", synced)
    ET.fromstring((tmp_path / "out.ttml").read_bytes())
    assert parse_ttml((tmp_path / "out.ttml").read_text(encoding="utf-8")) == synced
    assert parse_lrc((tmp_path / "out.lrc").read_text(encoding="utf-8")) == synced
    # import an .lrc into another track, fix a line, save
    editor.show_track(scene.tracks[2])
    assert editor.table.rowCount() == 0
    (tmp_path / "new.lrc").write_text("[00:00.10]First line\n[00:00.50]Second line\n", encoding="utf-8")
    editor.import_lrc(tmp_path / "new.lrc")
    assert editor.table.rowCount() == 2 and editor.plain.toPlainText() == "First line\nSecond line"
    editor.table.item(1, 0).setText("bad")
    editor.save()
    assert "Row 2" in editor.message.text()
    editor.plain.setPlainText("[Verse]\nfirst line,\n\n\nSecond line.")
    editor.tidy_button.click()
    assert editor.plain.toPlainText() == "First line\n\nSecond line"
    editor.plain.setPlainText("First line\nSecond line")
    editor.table.item(1, 0).setText("00:00.700")
    editor.save()
    assert store.catalog.track(scene.tracks[2]).lyrics == "First line\nSecond line"
    saved = SyncedLyricsStore(store.db).synced(scene.tracks[2])
    assert saved is not None and [ln.time_ms for ln in parse_lrc(saved).lines] == [100, 700]
    (tmp_path / "bad.lrc").write_text("no stamps here\n", encoding="utf-8")
    editor.import_lrc(tmp_path / "bad.lrc")
    assert "bad.lrc, line 1" in editor.message.text()


def test_lyrics_tab_installs_beside_the_track_form(qtbot) -> None:
    from app.ui.common.choices import ChoiceModel
    from app.ui.editors.views import TrackEditor

    track_editor = TrackEditor([], ChoiceModel("—"))
    qtbot.addWidget(track_editor)
    editor = LyricsEditor(LyricsStorage(lambda i: (None, None, None), lambda i, p, lrc: None), SyncRunner())
    tabs = install_lyrics_tab(track_editor, editor)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Details", "Lyrics"]
    assert install_lyrics_tab(track_editor, LyricsEditor(editor.storage, SyncRunner())) is tabs
    assert tabs.count() == 3


def test_calendar_lists_upcoming_releases_warns_plans_and_exports(qtbot, scene: Scene,
                                                                  tmp_path: Path) -> None:
    view = CalendarView(lambda: CalendarService.from_store(scene.store), SyncRunner())
    qtbot.addWidget(view)
    view.refresh()
    names = [view.table.item(r, COL_NAME).text() for r in range(view.table.rowCount())]
    assert names == ["Night Drive - EP (draft)", "Day Drive (draft)", "Morning Drive (draft)"]
    assert "at least 7 days" in view.table.item(0, COL_WARNING).text()
    assert view.table.item(2, COL_SEND).text() == "—"
    view.table.selectRow(2)
    view.suggest.click()
    view.set_send.click()
    expected = dt.date.today() + dt.timedelta(days=33)
    assert view.table.item(2, COL_SEND).text() == expected.isoformat()
    assert view.table.item(2, COL_WARNING).text() == ""
    view.export(tmp_path / "cal.ics")
    events = parse_ics((tmp_path / "cal.ics").read_bytes().decode("utf-8"))
    assert len(events) == 6 and "Wrote 3 release(s)" in view.message.text()


def test_editors_show_the_store_rule_a_title_breaks_beside_the_field() -> None:
    from app.domain.resources import Product, Track
    from app.ui.editors.validation import product_messages, track_messages

    severity, text = track_messages(Track(title="Night Drive (Original Mix)", artist=["Nova"]))["title"]
    assert severity == "error" and "Original Mix" in text
    severity, text = track_messages(Track(title="Dancing In The Dark", artist=["Nova"]))["title"]
    assert severity == "warning" and text.startswith("Apple Music: ")
    assert "title" not in track_messages(Track(title="Dancing in the Dark", artist=["Nova"]))
    assert product_messages(Product(name="Night Drive - Single"))["name"][1].startswith("Spotify: ")


def test_the_main_window_has_the_review_menu_and_the_lyrics_tab(qtbot, main_window, ui_store) -> None:
    from PySide6.QtWidgets import QTabWidget

    from tests.ui.conftest import seed

    window, controller = main_window
    area = controller.review_area
    assert [a.objectName() for a in area.menu.actions()] == ["storeReview", "releaseCalendar"]
    assert area.menu.menuAction() in window.menuBar().actions()
    tabs = controller.track_editor.findChild(QTabWidget, "editorTabs")
    assert tabs is not None and "Lyrics" in [tabs.tabText(i) for i in range(tabs.count())]
    ids = seed(ui_store, products=1, tracks=1)
    controller.catalog.flush_changes()
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    ui_store.drafts.edit("track", track, {"lyrics": "we drive,"})
    controller.editors.show("track", track)
    assert area.lyrics is not None and area.lyrics.plain.toPlainText() == "we drive,"
    assert "period or comma" in area.lyrics.findings.text()
