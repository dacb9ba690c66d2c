"""Undoable edits of domain objects: every change the editors make is one of these on the QUndoStack.

A command knows the object (kind + local id), the fields' values before and after, and an
``apply(kind, local_id, changes)`` function (the editor controller's: store write on the ordered
runner + refresh of whatever shows the object). Redo applies ``after``, undo applies ``before``, so
undo and redo save to the store exactly like the original edit did. Successive typing in the same
field of the same object merges into one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

ApplyFn = Callable[[str, str, dict[str, Any]], None]

SET_FIELDS_ID = 1001


class SetFieldsCommand(QUndoCommand):
    def __init__(self, apply: ApplyFn, kind: str, local_id: str, before: dict[str, Any],
                 after: dict[str, Any], text: str, *, mergeable: bool = True) -> None:
        super().__init__(text)
        self._apply = apply
        self.kind = kind
        self.local_id = local_id
        self.before = dict(before)
        self.after = dict(after)
        self.mergeable = mergeable

    def id(self) -> int:
        return SET_FIELDS_ID

    def redo(self) -> None:
        self._apply(self.kind, self.local_id, dict(self.after))

    def undo(self) -> None:
        self._apply(self.kind, self.local_id, dict(self.before))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or not (self.mergeable and other.mergeable):
            return False
        if (other.kind, other.local_id) != (self.kind, self.local_id):
            return False
        if set(other.after) != set(self.after) or len(self.after) != 1:
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)
        return True


class CallbackCommand(QUndoCommand):
    """An edit that is not a field change (add tracks, set a cover): explicit redo/undo callables."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None], *,
                 already_done: bool = False) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._skip_first = already_done  # pushed after the work was done (a drop): the push is no redo

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def edit_text(field_label: str) -> str:
    return QCoreApplication.translate("Commands", "Edit %1").replace("%1", field_label)
