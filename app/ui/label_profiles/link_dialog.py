"""Linking a distributor label to a label profile, to prefill the label's description from it.

The catalog's label editor calls :func:`link_label_profile` (e.g. from a "Link to Label Profile…"
button); it gets back the description to put in the label's description field, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.label_profile import LabelProfile
from app.ui.common.buttons import ok_cancel
from app.ui.label_profiles.model import COL_NAME, LabelProfilesModel

if TYPE_CHECKING:
    from app.services.label_profiles import LabelProfileStore


class LinkLabelProfileDialog(QDialog):
    def __init__(self, store: LabelProfileStore, label_name: str, *, linked: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkLabelProfile")
        self.setWindowTitle(self.tr("Link to a Label Profile"))
        self.model = LabelProfilesModel(store, self)
        intro = QLabel(self.tr("Choose the label profile of “%1”; its description fills the label's "
                               "description.").replace("%1", label_name), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setObjectName("labelProfileChoices")
        self.view.setAccessibleName(self.tr("Label profiles"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        if linked is not None and self.model.row_of(linked) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(linked), COL_NAME))
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.local_id if row else None


def apply_link(store: LabelProfileStore, distributor_label: str, local_id: str) -> LabelProfile:
    """Record the link and return the profile whose description prefills the distributor label."""
    store.link(distributor_label, local_id)
    return store.profile(local_id)


def link_label_profile(parent: QWidget | None, store: LabelProfileStore, distributor_label: str,
                       label_name: str) -> str | None:
    """Ask which label profile ``distributor_label`` ("<profile>/<label local id>") belongs to;
    returns the description to prefill (possibly empty), or None when the user cancelled."""
    dialog = LinkLabelProfileDialog(store, label_name, linked=store.linked_local_id(distributor_label),
                                    parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    return apply_link(store, distributor_label, dialog.chosen() or "").description or ""
