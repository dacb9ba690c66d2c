"""The outbox as a table: what is waiting to be sent, and what the server refused or disputes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.platform.messages import render_text
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import ListTableModel

COL_WHAT, COL_STATE, COL_WHY = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("OutboxModel", "Change"),
    QT_TRANSLATE_NOOP("OutboxModel", "State"),
    QT_TRANSLATE_NOOP("OutboxModel", "Details"),
)
STATES = {
    "pending": QT_TRANSLATE_NOOP("OutboxModel", "waiting"),
    "inflight": QT_TRANSLATE_NOOP("OutboxModel", "being sent"),
    "rejected": QT_TRANSLATE_NOOP("OutboxModel", "refused by the server"),
    "conflict": QT_TRANSLATE_NOOP("OutboxModel", "conflict"),
}
OP_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {"rejected": QColor("#c8423b"), "conflict": QColor("#a347ba")}


class OutboxModel(ListTableModel):
    CONTEXT = "OutboxModel"
    HEADERS = HEADERS

    def set_operations(self, ops: Sequence[Any]) -> None:
        self.set_rows(ops)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        op = self.item(index)
        if op is None:
            return None
        if role == OP_ROLE:
            return op
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_WHAT:
                return render_text(op.description) or f"{op.op} {op.kind}"
            if index.column() == COL_STATE:
                return QCoreApplication.translate("OutboxModel", STATES.get(op.state, op.state))
            if index.column() == COL_WHY:
                details = [render_text(op.error) if op.error else ""] + [f"{name}: {text}" if name else text
                                              for name, text in (op.field_errors or {}).items()]
                return " · ".join(d for d in details if d)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_STATE:
            return _COLOURS.get(op.state)
        return None
