"""The writers of a track as an editable table: legal name, composer, lyricist, share, PRO, IPI."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.credits import Writer, ipi_problem, parse_share
from app.platform.messages import render
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

COL_NAME, COL_COMPOSER, COL_LYRICIST, COL_SHARE, COL_PRO, COL_IPI = range(6)


class WritersModel(ListTableModel):
    CONTEXT = "WritersModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("WritersModel", "Legal name"),
        QT_TRANSLATE_NOOP("WritersModel", "Composer"),
        QT_TRANSLATE_NOOP("WritersModel", "Lyricist"),
        QT_TRANSLATE_NOOP("WritersModel", "Share %"),
        QT_TRANSLATE_NOOP("WritersModel", "PRO"),
        QT_TRANSLATE_NOOP("WritersModel", "IPI"),
    )
    changed = Signal()  # a cell was edited, a row added or removed

    def writers(self) -> tuple[Writer, ...]:
        return tuple(self._rows)

    def total(self) -> Decimal:
        return sum((w.share or Decimal(0) for w in self._rows), Decimal(0))

    def add_writer(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(_NO_INDEX, row, row)
        self._rows.append(Writer("", composer=True))
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_writer(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_NO_INDEX, row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_COMPOSER, COL_LYRICIST):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        writer: Writer | None = self.item(index)
        if writer is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col in (COL_COMPOSER, COL_LYRICIST):
            on = writer.composer if col == COL_COMPOSER else writer.lyricist
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return writer.name
            if col == COL_SHARE:
                return "" if writer.share is None else format(writer.share.normalize(), "f")
            if col == COL_PRO:
                return writer.pro
            if col == COL_IPI:
                return writer.ipi
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_IPI:
            problem = ipi_problem(writer.ipi)
            return render(problem) if problem is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_IPI and ipi_problem(writer.ipi):
            return QBrush(QColor("#b3261e"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        writer: Writer | None = self.item(index)
        if writer is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col in (COL_COMPOSER, COL_LYRICIST):
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            new = replace(writer, composer=on) if col == COL_COMPOSER else replace(writer, lyricist=on)
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if col == COL_NAME:
                new = replace(writer, name=text)
            elif col == COL_SHARE:
                try:
                    new = replace(writer, share=parse_share(text))
                except ValueError:
                    return False  # the cell keeps its value; the delegate shows nothing else
            elif col == COL_PRO:
                new = replace(writer, pro=text)
            elif col == COL_IPI:
                new = replace(writer, ipi=text)
            else:
                return False
        else:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def set_writers(self, writers: tuple[Writer, ...], parent: QObject | None = None) -> None:
        self.set_rows(writers)
