"""Screenshots of the store review, the Lyrics tab and the release calendar:
``python -m tests.ui.review.screenshots`` writes resources/screenshots/{review,lyrics,calendar}.png."""

from __future__ import annotations

import sys

from tests.ui.shots import begin


def main() -> int:
    home, out = begin("review")

    from PySide6.QtWidgets import QApplication

    from app.services.calendar import CalendarService
    from app.services.review import ReviewService, load_lyrics, save_lyrics
    from app.ui.calendar.view import CalendarDialog, CalendarView
    from app.ui.common.choices import ChoiceModel
    from app.ui.editors.views import TrackEditor
    from app.ui.review.findings_view import StoreReviewDialog, StoreReviewView
    from app.ui.review.lyrics_tab import LyricsEditor, LyricsStorage, install_lyrics_tab
    from app.workers.runner import SyncRunner
    from tests.ui.review.scene import build

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scene = build(home)
    store = scene.store
    runner = SyncRunner()

    view = StoreReviewView(lambda: ReviewService.from_store(store), runner)
    dialog = StoreReviewDialog(view)
    dialog.resize(1180, 720)
    view.set_object(scene.draft, "Night Drive - EP")
    top = view.tree.topLevelItem(0)
    if top is not None and top.childCount() > 15:
        view.tree.setCurrentItem(top.child(15))  # a long sentence, shown whole below the list
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "review.png"))

    track_editor = TrackEditor([], ChoiceModel("—"))
    storage = LyricsStorage(lambda i: load_lyrics(store, i), lambda i, p, lrc: save_lyrics(store, i, p, lrc))
    lyrics = LyricsEditor(storage, runner)
    tabs = install_lyrics_tab(track_editor, lyrics)
    tabs.setCurrentWidget(lyrics)
    track_editor.heading.setText("Night Drive (Original Mix)")
    track_editor.resize(980, 620)
    lyrics.show_track(scene.tracks[0])
    track_editor.show()
    app.processEvents()
    track_editor.grab().save(str(out / "lyrics.png"))

    cal = CalendarView(lambda: CalendarService.from_store(store), runner)
    cal_dialog = CalendarDialog(cal)
    cal_dialog.resize(1180, 560)
    cal.refresh()
    cal.table.selectRow(0)
    cal_dialog.show()
    app.processEvents()
    cal_dialog.grab().save(str(out / "calendar.png"))
    store.close()
    print(f"wrote review.png, lyrics.png, calendar.png to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
