"""A feature's panel as a dock at the bottom of a main window: through the shell's own ``add_dock`` (it
files the dock in the View menu and tabs it with the other bottom docks), or directly on a plain
``QMainWindow`` (tests, tools)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def bottom_dock(window: QMainWindow, widget: QWidget, title: str, name: str) -> QDockWidget:
    add = getattr(window, "add_dock", None)
    if add is not None:
        dock: QDockWidget = add(widget, title, Qt.DockWidgetArea.BottomDockWidgetArea)
        return dock
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    return dock
