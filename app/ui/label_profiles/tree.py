"""Label-profile connections in the catalog tree (docs/ARCHITECTURE.md#label-profiles).

Each saved label-profiles connection is a top-level node of the catalog tree after the company, its
label profiles are the node's children (with the same sync badges as the distributor's products),
and selecting one shows the label-profile editor in the main window's editor area. What the editor's
fields and the New/Delete/Sync actions do is :class:`LabelProfilesController`'s work, the same code
the stand-alone panel uses; this module only tells it where things are shown (:class:`TreeHost`).

Opening a connection (its small SQLite file, the keyring for its token) and reading its rows run on
the task runner; the tree gets the rows back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from app.platform.messages import render_error
from app.services.label_profiles import LabelProfileConnection, connection_names, open_connection
from app.ui.catalog.columns import KIND_ROLE, LOCAL_ID_ROLE
from app.ui.catalog.model import StoreBridge
from app.ui.label_profiles.controller import LabelProfilesController
from app.ui.label_profiles.editor import LabelProfileEditor

if TYPE_CHECKING:
    from app.platform.secrets import SecretStore
    from app.services.label_profiles import LabelProfilesClient, LabelProfileStore
    from app.ui.catalog.controller import CatalogController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import Runner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

PROFILE_KINDS = ("lp_connection", "label_profile")


@dataclass
class Connection:
    name: str
    store: LabelProfileStore
    client: LabelProfilesClient
    host: TreeHost
    controller: LabelProfilesController
    bridge: StoreBridge
    pending_select: list[str] = field(default_factory=list)


class TreeHost:
    """Where one connection's controller shows things: the catalog tree and the editor area."""

    def __init__(self, tree: LabelProfilesInTree, name: str, editor: LabelProfileEditor) -> None:
        self.tree = tree
        self.name = name
        self.editor = editor
        self.can_delete = False
        self.can_sync = True

    def selected_local_id(self) -> str | None:
        kind, local_id, connection = self.tree.current()
        return local_id if kind == "label_profile" and connection == self.name else None

    def select(self, local_id: str) -> None:
        self.tree.select(self.name, local_id)

    def clear_selection(self) -> None:
        self.tree.clear_selection()

    def set_status(self, text: str) -> None:
        self.tree.status(text)

    def set_actions(self, *, can_delete: bool, can_sync: bool) -> None:
        self.can_delete, self.can_sync = can_delete, can_sync
        self.tree.update_actions()


class LabelProfilesInTree(QObject):
    """The label-profile connections of the catalog tree, their editors and their actions."""

    def __init__(self, window: MainWindow, runner: Runner, status: Callable[[str], None], *,
                 secrets: SecretStore | None = None, ask_token: Callable[[], str | None] | None = None,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.status = status
        self.secrets = secrets
        self._ask_token = ask_token
        self._confirm = confirm
        self.catalog: CatalogController | None = None
        self.connections: dict[str, Connection] = {}
        self.names: list[str] = []
        self.loading = False
        self.act_new = self._action(translate("LabelProfilesTree", "New Label Profile"), "newLabelProfile",
                                    translate("LabelProfilesTree",
                                              "Make a new label profile in this connection"),
                                    self.new)
        self.act_sync = self._action(translate("LabelProfilesTree", "Sync Label Profiles"),
                                     "syncLabelProfiles",
                                     translate("LabelProfilesTree",
                                               "Send the label profiles changed here and read the server's"),
                                     self.sync)
        self.act_token = self._action(translate("LabelProfilesTree", "Access Token…"), "labelProfilesToken",
                                      translate("LabelProfilesTree",
                                                "Paste a new access token for this connection"),
                                      self.change_token)
        tree = window.catalog.tree
        for act in (self.act_new, self.act_sync, self.act_token):
            tree.addAction(act)
        self.update_actions()

    def _action(self, text: str, name: str, tip: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the catalog ---------------------------------------------------------------------------------
    def attach(self, catalog: CatalogController) -> None:
        """Put the connections into a (new) catalog tree and read any that were saved since."""
        self.catalog = catalog
        model = catalog.model
        model.set_profile_connections(list(self.connections))
        for conn in self.connections.values():
            self._reread(conn)
        self.load()

    def detach(self) -> None:
        """The catalog tree goes (another session opens); the connections stay open for the next."""
        self.catalog = None

    def load(self, then_select: str | None = None) -> None:
        """Open the saved connections not open yet (on the runner) and show them in the tree."""
        secrets = self.secrets
        known = set(self.connections)

        def work() -> tuple[list[str], list[LabelProfileConnection]]:
            names = connection_names()
            return names, [open_connection(n, secrets) for n in names if n not in known]

        def done(result: Any, error: BaseException | None) -> None:
            self.loading = False
            if error is not None or result is None:
                log.error("label-profile connections could not be opened", exc_info=error)
                self.status(translate("LabelProfilesTree", "The label-profile connections could not be "
                                                           "opened: %1").replace("%1", render_error(error)))
                return
            names, opened = result
            for item in opened:
                self._adopt(item)
            self.names = [n for n in names if n in self.connections]
            if self.catalog is not None:
                self.catalog.model.set_profile_connections(self.names)
                for item in opened:
                    self.catalog.model.set_profiles(item.name, item.rows)
            for item in opened:
                if item.has_token:  # read the server's list quietly; no token: wait until asked
                    self.connections[item.name].controller.refresh()
            if then_select is not None:
                self.select_connection(then_select)

        self.loading = True
        self.runner.run_task(work, done)

    def _adopt(self, item: LabelProfileConnection) -> None:
        editor = LabelProfileEditor(self.window.editors)
        editor.setObjectName(f"labelProfileEditor_{item.name}")
        editor.clear()
        self.window.add_editor(editor)
        host = TreeHost(self, item.name, editor)
        controller = LabelProfilesController(host, item.store, item.client, self.runner,
                                             ask_token=self._ask_token, confirm=self._confirm)
        bridge = StoreBridge(self)
        conn = Connection(item.name, item.store, item.client, host, controller, bridge)
        bridge.changed.connect(lambda _kind, _ids, c=conn: self._reread(c))
        item.store.add_listener(bridge)
        self.connections[item.name] = conn

    def _reread(self, conn: Connection) -> None:
        store = conn.store

        def done(rows: Any, error: BaseException | None) -> None:
            if error is not None:
                self.status(render_error(error))
                return
            if self.catalog is None:
                return
            self.catalog.model.set_profiles(conn.name, rows)
            if conn.pending_select:
                self.select(conn.name, conn.pending_select.pop())

        self.runner.run_task(store.rows, done)

    # -- selection -----------------------------------------------------------------------------------
    def current(self) -> tuple[str, str | None, str | None]:
        """(kind, local id, connection) of the catalog tree's current item."""
        if self.catalog is None:
            return "", None, None
        view = self.window.catalog.current_view()
        if view is not self.window.catalog.tree:  # search results list products only
            return "", None, None
        index = view.currentIndex()
        if not index.isValid():
            return "", None, None
        return (str(index.data(KIND_ROLE) or ""), index.data(LOCAL_ID_ROLE),
                self.catalog.model.connection_of(index))

    def current_connection(self) -> Connection | None:
        _kind, _local_id, name = self.current()
        return self.connections.get(name or "")

    def select(self, name: str, local_id: str) -> None:
        if self.catalog is None:
            return
        index = self.catalog.model.find("label_profile", local_id)
        if not index.isValid():  # not in the tree yet: select it when the rows are read again
            conn = self.connections.get(name)
            if conn is not None:
                conn.pending_select.append(local_id)
            return
        self._set_current(index)

    def select_connection(self, name: str) -> None:
        if self.catalog is not None:
            index = self.catalog.model.find("lp_connection", name)
            if index.isValid():
                self._set_current(index)
                self.window.catalog.tree.expand(index)

    def _set_current(self, index: QModelIndex) -> None:
        tree = self.window.catalog.tree
        self.window.catalog.search.clear()
        tree.setCurrentIndex(index)
        tree.scrollTo(index)

    def clear_selection(self) -> None:
        self.window.catalog.tree.clearSelection()

    @Slot(str, str)
    def show(self, kind: str, local_id: str) -> bool:
        """Show what the catalog selected, when it is ours (the main controller calls this)."""
        self.update_actions()
        if kind not in PROFILE_KINDS:
            return False
        conn = self.current_connection()
        if conn is None:
            return True
        if kind == "label_profile":
            conn.controller.show_selected(local_id)
            self.window.editors.setCurrentWidget(conn.host.editor)
        else:
            conn.controller.show_selected(None)
        return True

    def update_actions(self) -> None:
        conn = self.current_connection()
        for act in (self.act_new, self.act_sync, self.act_token):
            act.setEnabled(conn is not None)
            act.setVisible(conn is not None)  # the tree's context menu shows them on these nodes only
        if conn is not None:
            self.act_sync.setEnabled(conn.host.can_sync)

    # -- actions ---------------------------------------------------------------------------------------
    def new(self) -> None:
        conn = self.current_connection()
        if conn is None:
            return
        conn.controller.new()
        self.window.editors.setCurrentWidget(conn.host.editor)
        conn.host.editor.form.fields["name"].widget.setFocus()

    def delete(self) -> bool:
        """Delete the selected label profile (after asking); False when none is selected."""
        conn = self.current_connection()
        kind, local_id, _name = self.current()
        if conn is None or kind != "label_profile" or not local_id:
            return False
        conn.controller.show_selected(local_id)
        conn.controller.delete()
        return True

    def sync(self) -> None:
        conn = self.current_connection()
        if conn is not None:
            conn.controller.sync()

    def change_token(self) -> None:
        conn = self.current_connection()
        if conn is not None:
            conn.controller.change_token()

    def link_distributor_label(self, parent: QWidget, distributor_label: str,
                               label_name: str) -> str | None:
        """Ask which label profile a distributor label is (from the one connection, or a chosen one);
        the description to prefill, or None when there is none or the user cancelled."""
        from app.ui.label_profiles.link_dialog import link_label_profile

        names = [n for n in self.names if n in self.connections]
        if not names:
            self.status(translate("LabelProfilesTree", "Connect to a label-profile service first "
                                                       "(Label Profiles menu)."))
            return None
        name = names[0]
        if len(names) > 1:
            name, ok = QInputDialog.getItem(parent, translate("LabelProfilesTree", "Link to Label Profile"),
                                            translate("LabelProfilesTree", "Label-profile connection:"),
                                            names, 0, False)
            if not ok:
                return None
        return link_label_profile(parent, self.connections[name].store, distributor_label, label_name)

    def close(self) -> None:
        for conn in self.connections.values():
            try:
                conn.client.close()
                conn.store.close()
            except Exception:  # closing on the way out: nothing left to tell the user
                log.exception("closing label-profile connection %s", conn.name)
        self.connections.clear()
