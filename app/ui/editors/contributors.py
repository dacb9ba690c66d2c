"""The contributor list of a product or track: one row per (role, name), editable in place.

The model never changes itself on edit: ``setData`` asks (``change_requested``) with the whole new
list, and the editor's controller turns that into an undoable command that writes the store and then
calls :meth:`set_rows`. So typing a name, undo and redo all travel the same road.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import ListTableModel

COL_ROLE, COL_NAME = range(2)
HEADERS = (
    QT_TRANSLATE_NOOP("ContributorsModel", "Role"),
    QT_TRANSLATE_NOOP("ContributorsModel", "Name"),
)
ROLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1

Credit = tuple[str, str]  # (role key, name)


def credits_of(obj: Any, roles: Iterable[str]) -> list[Credit]:
    """The (role, name) rows of a Product or Track, in role order then list order."""
    rows: list[Credit] = []
    for role in roles:
        for name in getattr(obj, role, None) or []:
            rows.append((role, str(name)))
    return rows


def changes_for(rows: Sequence[Credit], roles: Iterable[str]) -> dict[str, list[str] | None]:
    """The domain fields that ``rows`` amount to: every role, a list of names or None when empty."""
    by_role: dict[str, list[str] | None] = {role: None for role in roles}
    for role, name in rows:
        name = name.strip()
        if not name:
            continue
        names = by_role.get(role)
        if names is None:
            names = []
            by_role[role] = names
        names.append(name)
    return by_role


class ContributorsModel(ListTableModel):
    change_requested = Signal(object)  # the full new list of (role, name)
    CONTEXT = "ContributorsModel"
    HEADERS = HEADERS
    FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role_names: dict[str, str] = {}

    def set_role_names(self, names: dict[str, str]) -> None:
        """Human names for role keys (from the artist-roles resource); keys show as they are otherwise."""
        self._role_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_ROLE), self.index(len(self._rows) - 1, COL_ROLE))

    def role_name(self, key: str) -> str:
        return self._role_names.get(key) or key.replace("_", " ").capitalize()

    def set_rows(self, rows: Iterable[Credit]) -> None:
        super().set_rows((str(r), str(n)) for r, n in rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        credit = self.item(index)
        if credit is None:
            return None
        key, name = credit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.role_name(key) if index.column() == COL_ROLE else name
        if role == Qt.ItemDataRole.EditRole:
            return key if index.column() == COL_ROLE else name
        if role == ROLE_KEY_ROLE:
            return key
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        rows = list(self._rows)
        key, name = rows[index.row()]
        if index.column() == COL_ROLE:
            rows[index.row()] = (str(value), name)
        else:
            rows[index.row()] = (key, str(value))
        if rows != self._rows:
            self.change_requested.emit(rows)
        return True

    def add_blank(self, role: str) -> QModelIndex:
        """A row to type a name into; it reaches the store once it has a name."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((role, ""))
        self.endInsertRows()
        return self.index(row, COL_NAME)

    def request_remove(self, rows_to_remove: Iterable[int]) -> None:
        drop = set(rows_to_remove)
        self.change_requested.emit([r for i, r in enumerate(self._rows) if i not in drop])
