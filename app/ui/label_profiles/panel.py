"""The label-profiles panel: a toolbar, the list of a connection's labels and the editor beside it.

Layout only; :class:`app.ui.label_profiles.controller.LabelProfilesController` decides what the
buttons do, as it does for the catalog tree's label-profile nodes (:mod:`app.ui.label_profiles.tree`).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ui.label_profiles.editor import LabelProfileEditor
from app.ui.label_profiles.model import COL_EMAIL, COL_NAME, SORT_ROLE, LabelProfilesModel


class LabelProfilesPanel(QWidget):
    def __init__(self, model: LabelProfilesModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelProfilesPanel")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.model = model

        self.toolbar = QToolBar(self.tr("Label profiles"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_new = self._action(self.tr("New"), "newLabelProfile", self.tr("Make a new label profile"))
        self.act_delete = self._action(self.tr("Delete"), "deleteLabelProfile",
                                       self.tr("Delete the selected label profile"))
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addSeparator()
        self.act_sync = self._action(self.tr("Sync"), "syncLabelProfiles",
                                     self.tr("Send changes made here and read the server's labels"))
        self.act_token = self._action(self.tr("Access Token…"), "labelProfilesToken",
                                      self.tr("Paste a new access token for this connection"))

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTreeView(self)
        self.view.setObjectName("labelProfilesView")
        self.view.setAccessibleName(self.tr("Label profiles"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Stretch)  # the one to elide when narrow

        self.editor = LabelProfileEditor(self)
        self.status = QLabel(self)
        self.status.setObjectName("labelProfilesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _action(self, text: str, name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.toolbar.addAction(action)
        return action

    def selected_local_id(self) -> str | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.row_at(self.proxy.mapToSource(indexes[0]).row())
        return row.local_id if row else None

    def select(self, local_id: str) -> None:
        row = self.model.row_of(local_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def clear_selection(self) -> None:
        self.view.clearSelection()

    def set_actions(self, *, can_delete: bool, can_sync: bool) -> None:
        self.act_delete.setEnabled(can_delete)
        self.act_sync.setEnabled(can_sync)
