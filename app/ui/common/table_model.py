"""What every flat table model of the app shares: a Python list of rows, translated column headers,
read-only selectable items. Subclasses say their ``CONTEXT`` and ``HEADERS`` and write ``data``.

:func:`header_text` is the header logic on its own, for the tree models (catalog, search results).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def header_text(context: str, headers: Sequence[Any], section: int, orientation: Qt.Orientation,
                role: int) -> str | None:
    """The translated title of a horizontal header section (``headers`` hold QT_TRANSLATE_NOOP
    literals of ``context``), None for anything else a view asks."""
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
            and 0 <= section < len(headers):
        return QCoreApplication.translate(context, str(headers[section]))
    return None


class ListTableModel(QAbstractTableModel):
    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[Any, ...]] = ()  # QT_TRANSLATE_NOOP literals (typed object by PySide)
    FLAGS: ClassVar[Qt.ItemFlag] = READ_ONLY

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at ``row`` (None outside the table)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def item(self, index: Index) -> Any:
        """The row object an index points at (None for an invalid or stale index)."""
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(self.CONTEXT, self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
