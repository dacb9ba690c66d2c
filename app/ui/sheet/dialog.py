"""The dry-run preview of a sheet import: every change and every error by row and column; Apply is
disabled while any cell is refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.platform.messages import render
from app.services.sheet import HEADER, CellChange, CellError, SheetReport
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import Index, ListTableModel


def column_letter(header_index: int) -> str:
    """Spreadsheet letters of a 0-based column (0 → A, 26 → AA)."""
    out = ""
    n = header_index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _cell(column: str) -> str:
    if column in HEADER:
        return f"{column_letter(HEADER.index(column))} ({column})"
    return column


class ChangesModel(ListTableModel):
    CONTEXT = "SheetChangesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SheetChangesModel", "Row"),
        QT_TRANSLATE_NOOP("SheetChangesModel", "Column"),
        QT_TRANSLATE_NOOP("SheetChangesModel", "Object"),
        QT_TRANSLATE_NOOP("SheetChangesModel", "Before"),
        QT_TRANSLATE_NOOP("SheetChangesModel", "After"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        change: CellChange | None = self.item(index)
        if change is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (change.row, _cell(change.column), change.id, change.old, change.new)[index.column()]


class ErrorsModel(ListTableModel):
    CONTEXT = "SheetErrorsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SheetErrorsModel", "Row"),
        QT_TRANSLATE_NOOP("SheetErrorsModel", "Column"),
        QT_TRANSLATE_NOOP("SheetErrorsModel", "Problem"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        error: CellError | None = self.item(index)
        if error is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (error.row, _cell(error.column), render(error.message))[index.column()]


def _table(model: ListTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class SheetImportDialog(QDialog):
    def __init__(self, file_name: str, report: SheetReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetImportDialog")
        self.setWindowTitle(self.tr("Import Catalog Sheet — %1").replace("%1", file_name))
        self.resize(820, 520)
        self.summary = QLabel(self)
        self.summary.setObjectName("sheetSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.changes = ChangesModel(self)
        self.errors = ErrorsModel(self)
        self.changes_view = _table(self.changes, "sheetChanges", self)
        self.errors_view = _table(self.errors, "sheetErrors", self)
        self.errors_label = QLabel(self.tr("Errors"), self)
        self.changes_label = QLabel(self.tr("Changes"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(self.tr("Apply as Drafts"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applySheet")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_view, 2)
        layout.addWidget(self.buttons)
        self.show_report(report)

    def show_report(self, report: SheetReport) -> None:
        self.changes.set_rows(report.changes)
        self.errors.set_rows(report.errors)
        has_errors = bool(report.errors)
        self.errors_view.setVisible(has_errors)
        self.errors_label.setVisible(has_errors)
        self.apply_button.setEnabled(not has_errors and bool(report.changes))
        if has_errors:
            self.summary.setText(render(msg("sheet.errors", n=len(report.errors))) + " "
                                 + self.tr("Fix the cells listed below in the file and import it again."))
            self.summary.setStyleSheet("color: #b3261e;")
        elif report.changes:
            self.summary.setText(render(msg("sheet.changes", n=len(report.changes))) + ". "
                                 + self.tr("Apply them as drafts; they are sent at the next sync."))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(self.tr("The file matches the catalog: nothing to change."))
            self.summary.setStyleSheet("")
