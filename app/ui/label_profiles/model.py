"""The list of label profiles of one connection, read from the local label-profile store.

A hand-written table model (docs/ARCHITECTURE.md#item-models): ``COL_*`` constants, an object role (local id)
and a sort role. Store changes arrive through :class:`app.ui.catalog.model.StoreBridge` on the GUI
thread; a change that keeps the same rows in the same order emits a narrow ``dataChanged``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.domain.countries import country_name
from app.platform.messages import render_text
from app.ui.catalog.model import SYNC_COLOUR, SYNC_TEXT
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import ListTableModel

if TYPE_CHECKING:
    from app.services.label_profiles import LabelProfileRow, LabelProfileStore

COL_NAME, COL_EMAIL, COL_COUNTRY, COL_SYNC = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("LabelProfilesModel", "Label"),
    QT_TRANSLATE_NOOP("LabelProfilesModel", "Email"),
    QT_TRANSLATE_NOOP("LabelProfilesModel", "Country"),
    QT_TRANSLATE_NOOP("LabelProfilesModel", "Sync"),
)
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class LabelProfilesModel(ListTableModel):
    CONTEXT = "LabelProfilesModel"
    HEADERS = HEADERS

    def __init__(self, store: LabelProfileStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.reload()

    # -- reading the store -------------------------------------------------------------------------
    def reload(self) -> None:
        rows = self._store.rows()
        if [r.local_id for r in rows] == [r.local_id for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), len(HEADERS) - 1))
            return
        self.set_rows(rows)

    @Slot(str, object)
    def on_store_changed(self, kind: str, local_ids: Any) -> None:
        self.reload()

    def row_of(self, local_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.local_id == local_id:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: LabelProfileRow | None = self.item(index)
        if row is None:
            return None
        col = index.column()
        if role == LOCAL_ID_ROLE:
            return row.local_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == SORT_ROLE:
            return (self._text(row, col) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_COUNTRY and row.country:
                return country_name(row.country) or row.country
            if col == COL_SYNC and row.error:
                return render_text(row.error)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SYNC:
            return SYNC_COLOUR.get(row.sync_state)
        return None

    @staticmethod
    def _text(row: LabelProfileRow, col: int) -> str | None:
        if col == COL_NAME:
            return row.name
        if col == COL_EMAIL:
            return row.email or ""
        if col == COL_COUNTRY:
            return row.country or ""
        if col == COL_SYNC:
            return QCoreApplication.translate("CatalogModel", SYNC_TEXT.get(row.sync_state, row.sync_state))
        return None
