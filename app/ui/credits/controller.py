"""Decides what the Credits tab and the label's codes box show and do; the work runs on the task
runner, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.credits import TrackCredits
from app.domain.findings import Finding
from app.platform.messages import render, render_error
from app.services.credits import CodesService, CreditsService, SplitSheet
from app.ui.credits.panel import CreditsPanel, LabelCodesBox
from app.ui.credits.pdf import write_split_sheet_pdf

if TYPE_CHECKING:
    from app.workers.runner import Runner


class CreditsController(QObject):
    message = Signal(str)  # one sentence for the status bar
    saved = Signal(str)  # local id of the object whose API fields changed (the editor reloads it)

    def __init__(self, credits: CreditsService, codes: CodesService, runner: Runner,
                 panel: CreditsPanel, codes_box: LabelCodesBox | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.credits = credits
        self.codes = codes
        self.runner = runner
        self.panel = panel
        self.codes_box = codes_box
        self.track: str | None = None
        self.label: str | None = None
        self.loaded: TrackCredits | None = None  # as last loaded or saved: what undo puts back
        # the editors' undo stack (EditorController.push_done), set by install_credits
        self.push_done: Callable[[str, Callable[[], Any], Callable[[], Any]], None] | None = None
        panel.save_requested.connect(self.save)
        panel.export_requested.connect(self.export_split_sheet)
        panel.assign_isrc_requested.connect(self.assign_isrc)
        panel.setEnabled(False)
        if codes_box is not None:
            codes_box.save_requested.connect(self.save_codes)

    # ------------------------------------------------------------------------------------- tracks
    def show(self, kind: str, local_id: str) -> None:
        """The editors show ``local_id``: load its credits (a track) or codes (a label)."""
        if kind == "label":
            self._show_label(local_id)
            return
        if kind != "track":
            return
        self.track = local_id
        self.panel.setEnabled(False)

        def load() -> tuple[TrackCredits, list[Finding]]:
            return self.credits.credits(local_id), self.credits.findings(local_id)

        def done(result: tuple[TrackCredits, list[Finding]] | None, error: BaseException | None) -> None:
            if self.track != local_id:
                return
            if error is not None or result is None:
                self.message.emit(render_error(error))
                return
            credits, findings = result
            self.loaded = credits
            self.panel.show_credits(credits)
            self.panel.show_findings([render(f.sentence) for f in findings])
            self.panel.setEnabled(True)

        self.runner.run_task(load, done)

    def reload(self) -> None:
        if self.track is not None:
            self.show("track", self.track)

    def save(self) -> None:
        track = self.track
        if track is None:
            return
        credits = self.panel.credits()
        before = self.loaded

        def write() -> list[Finding]:
            self.credits.save(track, credits)
            return self.credits.findings(track)

        def done(findings: list[Finding] | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            if self.track == track:
                self.loaded = credits
                self.panel.show_findings([render(f.sentence) for f in findings or []])
            self.message.emit(self.tr("Credits saved."))
            if self.push_done is not None and before is not None:
                self.push_done(self.tr("Edit Credits"), lambda: self.credits.save(track, credits),
                               lambda: self.credits.save(track, before))
            self.saved.emit(track)

        self.runner.run_task(write, done, ordered=True)

    def assign_isrc(self) -> None:
        track = self.track
        if track is None:
            return

        def done(code: str | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            self.message.emit(self.tr("The track's ISRC is now %1.").replace("%1", code or ""))
            self.saved.emit(track)

        self.runner.run_task(lambda: self.codes.issue_isrc(track), done, ordered=True)

    def assign_upc(self, product: str) -> None:
        def done(code: str | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            self.message.emit(self.tr("The product's UPC is now %1.").replace("%1", code or ""))
            self.saved.emit(product)

        self.runner.run_task(lambda: self.codes.issue_upc(product), done, ordered=True)

    def export_split_sheet(self, local_id: str | None = None, parent: QWidget | None = None) -> None:
        """Ask where, then write the split sheet of a track (or of a product's tracks) as PDF or CSV."""
        target = local_id or self.track
        if target is None:
            return
        pdf, csv_ = self.tr("PDF document (*.pdf)"), self.tr("CSV spreadsheet (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(parent or self.panel, self.tr("Export Split Sheet"),
                                                   "split-sheet.pdf", f"{pdf};;{csv_}")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_suffix(".csv" if chosen == csv_ else ".pdf")
        self.write_split_sheet(target, path)

    def write_split_sheet(self, local_id: str, path: Path) -> None:
        def write() -> Path:
            sheet: SplitSheet = self.credits.split_sheet(local_id)
            if path.suffix.lower() == ".csv":
                sheet.write_csv(path, render)
            else:
                write_split_sheet_pdf(sheet, path, render)
            return path

        def done(written: Path | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            self.message.emit(self.tr("Split sheet written to %1.").replace("%1", str(written)))

        self.runner.run_task(write, done)

    # ------------------------------------------------------------------------------------- labels
    def _show_label(self, local_id: str) -> None:
        self.label = local_id
        box = self.codes_box
        if box is None:
            return

        def done(codes: Any, error: BaseException | None) -> None:
            if self.label == local_id and error is None and codes is not None:
                box.show_codes(codes)

        self.runner.run_task(lambda: self.codes.label_codes(local_id), done)

    def save_codes(self) -> None:
        label, box = self.label, self.codes_box
        if label is None or box is None:
            return
        codes = box.codes()

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                box.show_note(render_error(error), error=True)
                return
            box.show_note(self.tr("Saved: new tracks and products get their codes from these ranges."),
                          error=False)

        self.runner.run_task(lambda: self.codes.set_label_codes(label, codes), done, ordered=True)
