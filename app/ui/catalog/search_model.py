"""Search results: a flat list of products found by the store's SQL search, one page at a time.

The store does the matching (title, artist, UPC, ISRC) in SQL; this model only holds the rows of the
latest answer. A QSortFilterProxyModel over Python rows was measured at 3 s for 50k rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.ui.catalog.columns import COL_STATUS, COL_SYNC, KIND_ROLE, LOCAL_ID_ROLE, OBJECT_ROLE, SORT_ROLE
from app.ui.catalog.model import (
    HEADERS,
    STATUS_COLOUR,
    STATUS_TEXT,
    SYNC_COLOUR,
    SYNC_TEXT,
    artists_text,
    row_value,
    sync_dot,
)
from app.ui.common.table_model import header_text

_NO_INDEX = QModelIndex()  # the default parent: one shared invalid index
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        OBJECT_ROLE,
        SORT_ROLE,
        KIND_ROLE,
        LOCAL_ID_ROLE,
    }
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []
        self.query = ""

    def set_results(self, query: str, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.query = query
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def _row_texts(self, row_number: int) -> tuple[str, ...]:
        texts = self._texts[row_number]
        if texts is None:
            row = self._rows[row_number]
            status = str(row_value(row, "status", default="") or "")
            state = str(row_value(row, "sync_state", default="") or "")
            texts = self._texts[row_number] = (
                str(row_value(row, "name", default="") or translate("CatalogModel", "(untitled product)")),
                artists_text(row),
                str(row_value(row, "upc", "upc_code", default="") or ""),
                translate("CatalogModel", STATUS_TEXT.get(status, status)),
                translate("CatalogModel", SYNC_TEXT.get(state, state)),
            )
        return texts

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> bool:
        # The tree view asks this for every row on each layout; a flat list answers without
        # the two calls (rowCount, columnCount) Qt's default would make per row.
        return not parent.isValid()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text("CatalogModel", HEADERS, section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._row_texts(index.row())[col]
        if role == OBJECT_ROLE:
            return row
        if role == KIND_ROLE:
            return "product"
        if role == LOCAL_ID_ROLE:
            return row_value(row, "local_id")
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            SORT_ROLE,
        ):
            return self._row_texts(index.row())[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_SYNC:
                return SYNC_COLOUR.get(str(row_value(row, "sync_state", default="")))
            if col == COL_STATUS:
                return STATUS_COLOUR.get(str(row_value(row, "status", default="")))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SYNC:
            return sync_dot(str(row_value(row, "sync_state", default="")))
        return None
