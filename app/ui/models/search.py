"""Search results: a flat list of products found by the store's SQL search, one page at a time.

The store does the matching (title, artist, UPC, ISRC) in SQL; this model only holds the rows of the
latest answer. A QSortFilterProxyModel over Python rows was measured at 3 s for 50k rows (issue 6).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.ui.models.catalog import (
    COL_ARTIST,
    COL_CODE,
    COL_STATUS,
    COL_SYNC,
    COL_TITLE,
    HEADERS,
    KIND_ROLE,
    LOCAL_ID_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
    STATUS_COLOUR,
    STATUS_TEXT,
    SYNC_COLOUR,
    SYNC_TEXT,
    artists_text,
    row_value,
    sync_dot,
    tr,
)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.query = ""

    def set_results(self, query: str, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.query = query
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(HEADERS):
                return tr(HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == KIND_ROLE:
            return "product"
        if role == LOCAL_ID_ROLE:
            return row_value(row, "local_id")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if col == COL_TITLE:
                return str(row_value(row, "name", default="") or tr("(untitled product)"))
            if col == COL_ARTIST:
                return artists_text(row)
            if col == COL_CODE:
                return str(row_value(row, "upc", "upc_code", default="") or "")
            if col == COL_STATUS:
                status = str(row_value(row, "status", default="") or "")
                return tr(STATUS_TEXT.get(status, status))
            if col == COL_SYNC:
                state = str(row_value(row, "sync_state", default="") or "")
                return tr(SYNC_TEXT.get(state, state))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_SYNC:
                return SYNC_COLOUR.get(str(row_value(row, "sync_state", default="")))
            if col == COL_STATUS:
                return STATUS_COLOUR.get(str(row_value(row, "status", default="")))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SYNC:
            return sync_dot(str(row_value(row, "sync_state", default="")))
        return None
