"""Choices for combo boxes (languages, product types, artist roles): (id, name) pairs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceModel(QAbstractListModel):
    """A first "none" row (id None, shown as ``empty_text``) then the choices in the order given."""

    def __init__(self, empty_text: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._items: list[tuple[str | None, str]] = [(None, empty_text)]

    def set_choices(self, items: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._items = [(None, self._empty_text)] + [(str(i), str(n)) for i, n in items]
        self.endResetModel()

    def row_of(self, choice_id: Any) -> int:
        wanted = None if choice_id in (None, "") else str(choice_id)
        for row, (item_id, _) in enumerate(self._items):
            if item_id == wanted:
                return row
        return -1

    def id_at(self, row: int) -> str | None:
        if 0 <= row < len(self._items):
            return self._items[row][0]
        return None

    def ensure(self, choice_id: str, name: str) -> int:
        """Make sure ``choice_id`` is offered (a value the server knows and we have not listed yet)."""
        row = self.row_of(choice_id)
        if row >= 0:
            return row
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append((str(choice_id), name))
        self.endInsertRows()
        return row

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item_id, name = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == ID_ROLE:
            return item_id
        return None
