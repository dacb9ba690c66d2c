"""Resolve a conflict field by field: for each field changed here and on the server, keep mine or
take theirs. The dialog only collects the choices; the controller applies them to the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.buttons import ok_cancel


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, title: str, conflicts: list[Any], labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.setAccessibleName(self.tr("Resolve conflicts"))
        self.groups: dict[str, QButtonGroup] = {}
        self.mine: dict[str, QRadioButton] = {}
        self.theirs: dict[str, QRadioButton] = {}
        intro = QLabel(self.tr("“%1” was changed here and on the server since the last sync. Choose, "
                               "for each field, which value to keep.").replace("%1", title), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout()
        for col, head in enumerate((self.tr("Field"), self.tr("Mine (this computer)"),
                                    self.tr("Theirs (server)"))):
            label = QLabel(head, self)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, col)
        for row, conflict in enumerate(conflicts, start=1):
            name = labels.get(conflict.field, conflict.field)
            grid.addWidget(QLabel(name, self), row, 0)
            mine = QRadioButton(_text(conflict.mine), self)
            theirs = QRadioButton(_text(conflict.theirs), self)
            mine.setAccessibleName(self.tr("Keep my %1").replace("%1", name))
            theirs.setAccessibleName(self.tr("Take the server's %1").replace("%1", name))
            mine.setObjectName(f"mine_{conflict.field}")
            theirs.setObjectName(f"theirs_{conflict.field}")
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.groups[conflict.field] = group
            self.mine[conflict.field] = mine
            self.theirs[conflict.field] = theirs
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        return {name: "mine" if self.mine[name].isChecked() else "theirs" for name in self.groups}
