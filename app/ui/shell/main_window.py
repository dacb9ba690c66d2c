"""The main window's layout: menus, toolbar, catalog | editors splitter, status bar, docks.

Layout only (docs/ARCHITECTURE.md). The actions live here so menus, toolbar and shortcuts share them;
what they do is wired by :class:`app.ui.shell.controller.MainController`. Other areas add panels
with :meth:`MainWindow.add_dock` (the delivery dashboard goes there).

The window is built in two steps so that its frame reaches the screen first (docs/STARTUP.md): the
frame (title, geometry, menus, toolbar actions) needs no module that imports PySide6's ``Qt``
namespace, whose ~100 enums PySide6 builds as Python classes on first import; the panels
(:meth:`MainWindow.build_panels`: catalog, editors, status) do, and come on the next event-loop turn.
``MainWindow()`` builds both at once, as tests and tools expect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget

    from app.ui.catalog.panel import CatalogPanel
    from app.ui.editors.empty import EmptyEditor
    from app.ui.sync.status import SyncStatus

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_SPLITTER = "window/splitter"
SETTINGS_TREE_HEADER = "window/treeHeader"

_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
    QKeySequence.StandardKey.Find: "Ctrl+F",
}


class MainWindow(QMainWindow):
    closing = Signal()

    catalog: CatalogPanel
    editors: QStackedWidget
    empty_editor: EmptyEditor
    splitter: QSplitter
    sync_status: SyncStatus

    def __init__(self, parent: QWidget | None = None, *, panels: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Releasedesk"))
        self.setAccessibleName(self.tr("Releasedesk"))
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 560))
        self.docks: list[QDockWidget] = []
        self.has_panels = False
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        if panels:
            self.build_panels()

    def build_panels(self) -> None:
        """The catalog | editors splitter and the status bar's sync widget (once)."""
        if self.has_panels:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QStackedWidget

        from app.ui.catalog.panel import CatalogPanel
        from app.ui.editors.empty import EmptyEditor
        from app.ui.sync.status import SyncStatus

        self.has_panels = True
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.catalog = CatalogPanel(self)
        self.editors = QStackedWidget(self)
        self.editors.setObjectName("editorStack")
        self.empty_editor = EmptyEditor(self.editors)
        self.editors.addWidget(self.empty_editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.catalog)
        self.splitter.addWidget(self.editors)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 740])  # the editors, with their wells, need the room more
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.sync_status = SyncStatus(self)
        self.statusBar().addPermanentWidget(self.sync_status)

    # -- actions ---------------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, name: str, tip: str = "", icon: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            keys = QKeySequence(shortcut)
            if keys.isEmpty() and isinstance(shortcut, QKeySequence.StandardKey):
                keys = QKeySequence(_FALLBACK_KEYS.get(shortcut, ""))  # platforms without a theme
            # setShortcuts, not setShortcut: the latter's overloads import the Qt namespace
            action.setShortcuts([keys])
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.setToolTip(tip or text.replace("&", "").replace("…", ""))
        action.setStatusTip(tip or text.replace("&", ""))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_new_label = self._action(self.tr("New &Label…"), None, name="newLabel",
                                          icon="folder-new")
        self.act_new_product = self._action(self.tr("New &Product"), "Ctrl+N", name="newProduct",
                                            icon="document-new",
                                            tip=self.tr("Add a draft product to the selected label"))
        self.act_new_track = self._action(self.tr("New &Track"), "Ctrl+Shift+N", name="newTrack",
                                          icon="list-add",
                                          tip=self.tr("Add a track to the selected product"))
        self.act_import = self._action(self.tr("&Import Release Folder…"), "Ctrl+I", name="importRelease",
                                       icon="document-open")
        self.act_add_files = self._action(self.tr("Add &Audio Files to Product…"), "Ctrl+Shift+I",
                                          name="addFiles")
        self.act_delete = self._action(self.tr("&Delete Draft / Forget Local Changes"), "Del",
                                       name="deleteDraft",
                                       tip=self.tr("Remove a draft made here, or drop the unsent changes "
                                                   "of an object from the server"))
        self.act_sync = self._action(self.tr("&Sync Now"), "F5", name="syncNow", icon="view-refresh",
                                     tip=self.tr("Send pending changes and refresh the catalog"))
        self.act_resolve = self._action(self.tr("Resolve &Conflicts…"), None, name="resolveConflicts")
        self.act_sign_in = self._action(self.tr("Sig&n In…"), None, name="signIn")
        self.act_quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, name="quit")
        self.act_undo = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, name="undo",
                                     icon="edit-undo")
        self.act_redo = self._action(self.tr("&Redo"), QKeySequence.StandardKey.Redo, name="redo",
                                     icon="edit-redo")
        self.act_find = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, name="find")
        self.act_about = self._action(self.tr("&About Releasedesk"), None, name="about")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for act in (self.act_new_label, self.act_new_product, self.act_new_track):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_add_files)
        file_menu.addAction(self.act_delete)
        file_menu.addSeparator()
        file_menu.addAction(self.act_sync)
        file_menu.addAction(self.act_resolve)
        file_menu.addAction(self.act_sign_in)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setMovable(False)
        for act in (self.act_new_product, self.act_new_track, self.act_import):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        bar.addSeparator()
        bar.addAction(self.act_sync)
        self.addToolBar(bar)  # the top area
        self.toolbar = bar

    # -- slots for other areas ---------------------------------------------------------------------
    def add_dock(self, widget: QWidget, title: str = "",
                 area: Qt.DockWidgetArea | None = None) -> QDockWidget:
        """Put ``widget`` (e.g. the delivery dashboard) in a dock the user can move, hide and restore;
        at the bottom unless ``area`` says otherwise."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        if area is None:
            area = Qt.DockWidgetArea.BottomDockWidgetArea
        dock = QDockWidget(title or widget.windowTitle(), self)
        dock.setObjectName(f"dock_{widget.objectName() or len(self.docks)}")
        dock.setWidget(widget)
        dock.setAccessibleName(title or widget.windowTitle())
        self.addDockWidget(area, dock)
        # Panels that share an area share it as tabs (Deliveries | Live | Trends), the first in front, so
        # the editors keep their width; the user can still drag a dock out or away.
        first = next((d for d in self.docks if self.dockWidgetArea(d) == area and not d.isFloating()), None)
        if first is not None:
            self.tabifyDockWidget(first, dock)
            first.raise_()
        self.view_menu.addAction(dock.toggleViewAction())
        self.docks.append(dock)
        return dock

    def keep_help_last(self) -> None:
        """Menus other areas add (Delivery, Label Profiles) go before Help, where people look."""
        bar = self.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())

    def add_editor(self, widget: QWidget) -> None:
        self.editors.addWidget(widget)

    # -- window state (GUI thread only) ------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        settings.setValue(SETTINGS_TREE_HEADER, self.catalog.tree.header().saveState())
        settings.sync()

    def restore_state(self, settings: QSettings) -> None:
        """The saved geometry and layout of what is built so far (the panels' only once they are)."""
        steps: list[tuple[str, Callable[[QByteArray], object]]] = [
            (SETTINGS_GEOMETRY, self.restoreGeometry), (SETTINGS_STATE, self.restoreState)]
        if self.has_panels:
            steps += self._panel_steps()
        self._restore(settings, steps)

    def restore_panel_state(self, settings: QSettings) -> None:
        """The splitter and the catalog's columns, after :meth:`build_panels`."""
        self._restore(settings, self._panel_steps())

    def _panel_steps(self) -> Sequence[tuple[str, Callable[[QByteArray], object]]]:
        return [(SETTINGS_SPLITTER, self.splitter.restoreState),
                (SETTINGS_TREE_HEADER, self.catalog.tree.header().restoreState)]

    @staticmethod
    def _restore(settings: QSettings, steps: Sequence[tuple[str, Callable[[QByteArray], object]]]) -> None:
        for key, restore in steps:
            value = settings.value(key)
            if isinstance(value, (QByteArray, bytes)):
                restore(QByteArray(value))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
