"""The track editor's Lyrics tab: plain lyrics beside the time-synced lines (a table of start times and
lines), LRC import, TTML and LRC export, and the lyrics findings of Apple's rules.

Plain lyrics are the track's ``lyrics`` attribute (a local edit sent at the next sync); the timed lines
are kept in the local catalog (docs/STYLE-RULES.md#lyrics). Reading and writing go through the task
runner; the file dialogs and the table stay on the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.lyrics import (
    SyncedLine,
    SyncedLyrics,
    check_lyrics,
    fix_lyrics_lines,
    parse_lrc,
    to_lrc,
    to_ttml,
)
from app.domain.messages import msg
from app.platform.messages import render, render_error
from app.workers.runner import Runner

_TIME = re.compile(r"^\s*(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\s*$")


def format_time(ms: int) -> str:
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{minutes:02d}:{seconds:02d}.{millis:03d}"


def parse_time(text: str) -> int | None:
    m = _TIME.match(text)
    if not m or int(m.group(2)) >= 60:
        return None
    frac = m.group(3) or ""
    return (int(m.group(1)) * 60 + int(m.group(2))) * 1000 + (int(frac.ljust(3, "0")) if frac else 0)


class LyricsStorage:
    """What the tab reads and writes for one track (the shell gives it the session's store)."""

    def __init__(self, load: Callable[[str], tuple[str | None, str | None, int | None]],
                 save: Callable[[str, str, str | None], None]) -> None:
        self.load = load  # local id -> (plain, LRC text, track number)
        self.save = save  # local id, plain, LRC text or None


class LyricsEditor(QWidget):
    saved = Signal(str)

    def __init__(self, storage: LyricsStorage, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lyricsEditor")
        self.setAccessibleName(self.tr("Lyrics editor"))
        self.storage = storage
        self.runner = runner
        self.local_id: str | None = None
        self.ref = "—"  # the track's number, as the findings name it
        self.tags: tuple[tuple[str, str], ...] = ()

        self.plain = QPlainTextEdit(self)
        self.plain.setObjectName("plainLyrics")
        self.plain.setAccessibleName(self.tr("Plain lyrics"))
        self.plain.setPlaceholderText(self.tr("One sung line per line, one empty line between stanzas"))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("syncedLyrics")
        self.table.setAccessibleName(self.tr("Timed lines"))
        self.table.setHorizontalHeaderLabels([self.tr("Starts at"), self.tr("Line")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.import_button = QPushButton(self.tr("&Import .lrc…"), self)
        self.import_button.setObjectName("importLrc")
        self.export_ttml_button = QPushButton(self.tr("Export &TTML…"), self)
        self.export_ttml_button.setObjectName("exportTtml")
        self.export_lrc_button = QPushButton(self.tr("Export .&lrc…"), self)
        self.export_lrc_button.setObjectName("exportLrc")
        self.add_button = QPushButton(self.tr("Add Line"), self)
        self.add_button.setObjectName("addTimedLine")
        self.remove_button = QPushButton(self.tr("Remove Line"), self)
        self.remove_button.setObjectName("removeTimedLine")
        self.copy_button = QPushButton(self.tr("Timed Lines → Plain"), self)
        self.copy_button.setObjectName("syncedToPlain")
        self.tidy_button = QPushButton(self.tr("Tidy &Formatting"), self)
        self.tidy_button.setObjectName("tidyLyrics")
        self.tidy_button.setToolTip(self.tr("Remove section labels and line-end periods and commas, "
                                            "capitalise each line, one empty line between stanzas"))
        self.save_button = QPushButton(self.tr("&Save Lyrics"), self)
        self.save_button.setObjectName("saveLyrics")
        self.findings = QLabel(self)
        self.findings.setObjectName("lyricsFindings")
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("lyricsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Plain lyrics"), left))
        left_layout.addWidget(self.plain, 1)
        plain_buttons = QHBoxLayout()
        plain_buttons.addWidget(self.copy_button)
        plain_buttons.addWidget(self.tidy_button)
        plain_buttons.addStretch(1)
        left_layout.addLayout(plain_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Time-synced lines"), right))
        right_layout.addWidget(self.table, 1)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        right_layout.addLayout(rows)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([400, 420])
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_ttml_button)
        buttons.addWidget(self.export_lrc_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.findings)
        layout.addWidget(self.message)

        self.import_button.clicked.connect(self._pick_lrc)
        self.export_ttml_button.clicked.connect(lambda: self._export("ttml"))
        self.export_lrc_button.clicked.connect(lambda: self._export("lrc"))
        self.add_button.clicked.connect(self._add_line)
        self.remove_button.clicked.connect(self._remove_line)
        self.copy_button.clicked.connect(self._synced_to_plain)
        self.tidy_button.clicked.connect(
            lambda: self.plain.setPlainText(fix_lyrics_lines(self.plain.toPlainText())))
        self.save_button.clicked.connect(self.save)
        self.plain.textChanged.connect(self._check)
        self.table.itemChanged.connect(lambda _item: self._check())

    # ---- showing a track

    def show_track(self, local_id: str) -> None:
        self.local_id = local_id
        self.message.clear()
        load = self.storage.load
        self.runner.run_task(lambda: load(local_id), lambda result, error: self._loaded(local_id, result,
                                                                                        error))

    def _loaded(self, local_id: str, result: tuple[str | None, str | None, int | None] | None,
                error: BaseException | None) -> None:
        if local_id != self.local_id:
            return
        if error is not None or result is None:
            self.message.setText(render_error(error))
            return
        plain, lrc, number = result
        self.ref = str(number) if number else "—"
        synced = SyncedLyrics()
        if lrc:
            try:
                synced = parse_lrc(lrc)
            except UserError as exc:
                self.message.setText(render_error(exc))
        self.set_content(plain or "", synced)

    def set_content(self, plain: str, synced: SyncedLyrics) -> None:
        self.plain.blockSignals(True)
        self.plain.setPlainText(plain)
        self.plain.blockSignals(False)
        self.tags = synced.tags
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in synced.lines:
            self._append(line.time_ms, line.text)
        self.table.blockSignals(False)
        self._check()

    def _append(self, ms: int, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(format_time(ms)))
        self.table.setItem(row, 1, QTableWidgetItem(text))

    # ---- reading the table

    def synced(self) -> SyncedLyrics | None:
        """The timed lines as typed, or None (with a message) when a time cannot be read."""
        lines: list[SyncedLine] = []
        for row in range(self.table.rowCount()):
            time_item, text_item = self.table.item(row, 0), self.table.item(row, 1)
            ms = parse_time(time_item.text() if time_item else "")
            if ms is None:
                self.message.setText(self.tr("Row {row}: “{text}” is not a time like 01:02.500.").format(
                    row=row + 1, text=time_item.text() if time_item else ""))
                return None
            lines.append(SyncedLine(ms, (text_item.text() if text_item else "").strip()))
        lines.sort(key=lambda ln: ln.time_ms)
        return SyncedLyrics(tuple(lines), self.tags)

    @Slot()
    def _check(self) -> None:
        synced = self.synced()
        timed = synced if synced and synced.lines else None
        findings = check_lyrics(self.ref, self.plain.toPlainText(), timed)
        self.findings.setText("\n".join("• " + render(f.sentence) for f in findings))

    @Slot()
    def _add_line(self) -> None:
        synced = self.synced()
        last = synced.lines[-1].time_ms + 2000 if synced and synced.lines else 0
        self._append(last, "")
        item = self.table.item(self.table.rowCount() - 1, 1)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _remove_line(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._check()

    @Slot()
    def _synced_to_plain(self) -> None:
        synced = self.synced()
        if synced is not None:
            self.plain.setPlainText(synced.plain())

    # ---- files

    @Slot()
    def _pick_lrc(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import time-synced lyrics"), "",
                                              self.tr("LRC lyrics (*.lrc);;All files (*)"))
        if path:
            self.import_lrc(Path(path))

    def import_lrc(self, path: Path) -> None:
        def read() -> SyncedLyrics:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                raise UserError(msg("import.lrc_unreadable", file=path.name)) from None
            return parse_lrc(text, source=path.name)

        self.runner.run_task(read, self._imported)

    def _imported(self, synced: SyncedLyrics | None, error: BaseException | None) -> None:
        if error is not None or synced is None:
            self.message.setText(render_error(error))
            return
        plain = self.plain.toPlainText().strip() or synced.plain()
        self.set_content(plain, synced)
        self.message.setText(self.tr("Imported {count} timed line(s); save to keep them.").format(
            count=len(synced.lines)))

    def _export(self, kind: str) -> None:
        synced = self.synced()
        if synced is None:
            return
        if kind == "ttml":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export TTML lyrics"), "lyrics.ttml",
                                                  self.tr("TTML (*.ttml *.xml)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export LRC lyrics"), "lyrics.lrc",
                                                  self.tr("LRC lyrics (*.lrc)"))
        if path:
            self.export(Path(path), kind, synced)

    def export(self, path: Path, kind: str, synced: SyncedLyrics) -> None:
        text = to_ttml(synced) if kind == "ttml" else to_lrc(synced)

        def write() -> None:
            try:
                path.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise UserError(msg("calendar.write_failed", file=str(path),
                                    reason=exc.strerror or str(exc))) from None

        self.runner.run_task(write, lambda _r, error: self.message.setText(
            render_error(error) if error else self.tr("Wrote {file}.").format(file=path.name)))

    # ---- saving

    @Slot()
    def save(self) -> None:
        if self.local_id is None:
            return
        synced = self.synced()
        if synced is None:
            return
        local_id, plain = self.local_id, self.plain.toPlainText().strip()
        lrc = to_lrc(synced) if synced.lines else None
        save = self.storage.save
        self.runner.run_task(lambda: save(local_id, plain, lrc), lambda _r, error: self._saved(
            local_id, error), ordered=True)

    def _saved(self, local_id: str, error: BaseException | None) -> None:
        if error is not None:
            self.message.setText(render_error(error))
            return
        self.message.setText(self.tr("Lyrics saved; the plain lyrics are sent at the next sync."))
        self.saved.emit(local_id)


def install_lyrics_tab(track_editor: QWidget, lyrics: LyricsEditor) -> QTabWidget:
    """Add ``lyrics`` as the track editor's "Lyrics" tab beside its "Details" (the editor's own
    ``add_tab`` when it has one, so other features' tabs share the same tab bar)."""
    add_tab = getattr(track_editor, "add_tab", None)
    if callable(add_tab):
        add_tab(lyrics, QCoreApplication.translate("LyricsEditor", "Lyrics"))
        tabs = getattr(track_editor, "tabs", None)
        if isinstance(tabs, QTabWidget):
            return tabs
    tabs = track_editor.findChild(QTabWidget, "editorTabs")
    if tabs is None:
        layout = track_editor.layout()
        scroll = track_editor.findChild(QScrollArea)
        tabs = QTabWidget(track_editor)
        tabs.setObjectName("editorTabs")
        if layout is not None and scroll is not None:
            layout.replaceWidget(scroll, tabs)
            tabs.addTab(scroll, QCoreApplication.translate("LyricsEditor", "Details"))
    tabs.addTab(lyrics, QCoreApplication.translate("LyricsEditor", "Lyrics"))
    return tabs
