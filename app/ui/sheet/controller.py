"""Export the catalog to a sheet, and import one: a dry run first, its preview, then Apply."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.messages import msg
from app.platform.messages import render, render_error
from app.services.sheet import SheetReport, SheetService
from app.ui.sheet.dialog import SheetImportDialog

if TYPE_CHECKING:
    from app.workers.runner import Runner


class SheetController(QObject):
    message = Signal(str)
    applied = Signal()

    def __init__(self, service: SheetService, runner: Runner, window: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.window = window
        self.dialog: SheetImportDialog | None = None

    def _filters(self) -> str:
        return f"{self.tr('Excel workbook (*.xlsx)')};;{self.tr('CSV spreadsheet (*.csv)')}"

    def export(self, label: str | None = None) -> None:
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export Catalog Sheet"),
                                                   "catalog.xlsx", self._filters())
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if "csv" in chosen else ".xlsx")
            self.export_to(path, label)

    def export_to(self, path: Path, label: str | None = None) -> None:
        def done(count: int | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(render_error(error))
                return
            self.message.emit(render(msg("sheet.exported", n=count or 0, path=str(path))))

        self.runner.run_task(lambda: self.service.export(path, label), done)

    def import_(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Catalog Sheet"), "",
                                              self._filters())
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        """Dry run on the task runner, then the preview dialog; Apply runs the import for real."""
        def done(report: SheetReport | None, error: BaseException | None) -> None:
            if error is not None or report is None:
                self.message.emit(render_error(error))
                return
            self.dialog = SheetImportDialog(path.name, report, self.window)
            self.dialog.accepted.connect(lambda: self.apply(path))
            self.dialog.open()

        self.runner.run_task(lambda: self.service.import_file(path, dry_run=True), done)

    def apply(self, path: Path) -> None:
        def done(report: Any, error: BaseException | None) -> None:
            if error is not None or report is None:
                self.message.emit(render_error(error))
                return
            if report.errors:
                self.message.emit(render(msg("sheet.errors", n=len(report.errors))))
                return
            self.message.emit(render(msg("sheet.applied", n=len(report.changes))))
            self.applied.emit()

        self.runner.run_task(lambda: self.service.import_file(path), done, ordered=True)
