"""Installs the store review, the release calendar and the track editor's Lyrics tab in the main window.

    area = install_review(shell_controller)   # once; it follows the controller's sessions

A "Review" menu opens the store review of the selected draft or product and the release calendar;
each session gets a Lyrics tab in its track editor. Nothing here runs until a session is attached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from app.services.session import Session
    from app.store.catalog_store import CatalogStore
    from app.ui.review.lyrics_tab import LyricsEditor
    from app.ui.shell.controller import MainController


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewArea", text)


class ReviewArea(QObject):
    def __init__(self, shell: MainController) -> None:
        super().__init__(shell)
        self.shell = shell
        self.window = shell.window
        self.windows: list[QDialog] = []
        menu = self.window.menuBar().addMenu(tr("Re&view"))
        menu.setObjectName("reviewMenu")
        self.act_review = self._action(menu, tr("&Store Review…"), "storeReview", self.review,
                                       QKeySequence("Ctrl+Shift+V"))
        self.act_calendar = self._action(menu, tr("Release &Calendar…"), "releaseCalendar",
                                         self.calendar, QKeySequence("Ctrl+Shift+L"))
        self.menu = menu
        self.lyrics: LyricsEditor | None = None
        shell.session_ready.connect(self.attach)
        keep_help_last = getattr(self.window, "keep_help_last", None)
        if callable(keep_help_last):
            keep_help_last()

    def _action(self, menu: QMenu, text: str, name: str, slot: Callable[[], None],
                shortcut: QKeySequence) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # ---- the session's parts

    def _store(self) -> CatalogStore | None:
        session: Session | None = self.shell.session
        return None if session is None else session.store

    def attach(self, session: Session) -> None:
        """A Lyrics tab in this session's track editor, following the track the editors show."""
        from app.services.review import load_lyrics, save_lyrics
        from app.ui.review.lyrics_tab import LyricsEditor, LyricsStorage, install_lyrics_tab

        store = session.store
        storage = LyricsStorage(lambda local_id: load_lyrics(store, local_id),
                                lambda local_id, plain, lrc: save_lyrics(store, local_id, plain, lrc))
        self.lyrics = LyricsEditor(storage, self.shell.runner)
        install_lyrics_tab(self.shell.track_editor, self.lyrics)
        editors = self.shell.editors
        if editors is None:
            return
        lyrics = self.lyrics
        editors.shown.connect(lambda kind, local_id: lyrics.show_track(local_id) if kind == "track" else None)
        lyrics.saved.connect(lambda _local_id: editors.reload_current())

    # ---- menu actions

    def _selected_product(self) -> tuple[str, str] | None:
        catalog = getattr(self.shell, "catalog", None)
        store = self._store()
        if catalog is None or store is None:
            return None
        kind, local_id = catalog.current()
        if not local_id or kind not in ("product", "track"):
            return None
        if kind == "track":
            local_id = store.catalog.parent_of(local_id)
        if not local_id:
            return None
        return local_id, store.catalog.product(local_id).name or local_id

    def review(self) -> None:
        from app.services.review import ReviewService
        from app.ui.review.findings_view import StoreReviewDialog, StoreReviewView

        selected, store = self._selected_product(), self._store()
        if selected is None or store is None:
            self.window.statusBar().showMessage(tr("Select a draft or a product first."), 5000)
            return
        view = StoreReviewView(lambda: ReviewService.from_store(store), self.shell.runner)
        dialog = StoreReviewDialog(view, self.window)
        view.set_object(*selected)
        self._open(dialog)

    def calendar(self) -> None:
        from app.services.calendar import CalendarService
        from app.ui.calendar.view import CalendarDialog, CalendarView

        store = self._store()
        if store is None:
            return
        view = CalendarView(lambda: CalendarService.from_store(store), self.shell.runner)
        dialog = CalendarDialog(view, self.window)
        view.refresh()
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.windows.append(dialog)
        dialog.finished.connect(lambda _r: self.windows.remove(dialog) if dialog in self.windows else None)
        dialog.show()


def install_review(shell: MainController) -> ReviewArea:
    return ReviewArea(shell)
