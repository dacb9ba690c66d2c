"""The "Label Profiles" menu: connect to a label-profile service, or go to a saved connection's node
in the catalog tree (:mod:`app.ui.label_profiles.tree` shows the connections and edits their labels).

Importing this module costs only Qt: the connection dialog and the stores are imported when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from app.platform.secrets import SecretStore
    from app.ui.label_profiles.tree import LabelProfilesInTree


class LabelProfilesMenu(QObject):
    """A "Label Profiles" menu in the main window's menu bar, before Help."""

    def __init__(self, window: QMainWindow, tree: LabelProfilesInTree,
                 secrets: SecretStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tree = tree
        self.secrets = secrets
        self.menu = QMenu(self.tr("&Label Profiles"), window)
        self.menu.setObjectName("labelProfilesMenu")
        bar = window.menuBar()
        existing = bar.actions()
        if existing:  # before the last menu, Help by convention
            bar.insertMenu(existing[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.menu.clear()
        connect = self.menu.addAction(self.tr("Connect to a Label-Profile Service…"))
        connect.setObjectName("connectLabelProfiles")
        connect.triggered.connect(self.connect_new)
        if self.tree.names:
            self.menu.addSeparator()
        for name in self.tree.names:  # the connections the tree shows (read off the GUI thread)
            action = self.menu.addAction(name)
            action.setObjectName(f"openLabelProfiles_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.tree.select_connection(n))
        here = [a for a in (self.tree.act_new, self.tree.act_sync, self.tree.act_token) if a.isVisible()]
        if here:  # a connection's node is selected: its actions too
            self.menu.addSeparator()
            self.menu.addActions(here)

    def connect_new(self) -> str | None:
        """Ask for a new connection (name, address, token), save it and show it in the tree."""
        from app.platform.secrets import default_secret_store
        from app.ui.label_profiles.connect_dialog import ConnectLabelProfilesDialog

        secrets = self.secrets if self.secrets is not None else default_secret_store()
        dialog = ConnectLabelProfilesDialog(secrets, self.window)
        if dialog.exec() != ConnectLabelProfilesDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.tree.load(then_select=dialog.saved.name)
        return dialog.saved.name


def install_label_profiles_menu(window: QMainWindow, tree: LabelProfilesInTree,
                                secrets: SecretStore | None = None) -> LabelProfilesMenu:
    """The one call the main window makes to offer label-profile connections."""
    return LabelProfilesMenu(window, tree, secrets)
