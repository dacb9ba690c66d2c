"""The store review: every finding for the selected draft or product, grouped by store (every store,
Apple Music, Spotify), each with its one-click fix where the intent is certain.

It runs :class:`~app.services.review.ReviewService` on the task runner (never on the GUI thread) and
writes a fix as local edits, which the next sync sends, then reviews again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.findings import Finding
from app.platform.messages import render, render_error
from app.services.review import ReviewService
from app.ui.common.buttons import close_only
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.workers.runner import Runner

STORE_TITLES = {
    "all": QT_TRANSLATE_NOOP("StoreReview", "Every store"),
    "apple": QT_TRANSLATE_NOOP("StoreReview", "Apple Music"),
    "spotify": QT_TRANSLATE_NOOP("StoreReview", "Spotify"),
}
COL_SEVERITY, COL_WHERE, COL_PROBLEM, COL_FIX = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreReview", text)


class StoreReviewView(QWidget):
    """Findings grouped by store, a store filter and a fix button per fixable finding."""

    def __init__(self, service_factory: Callable[[], ReviewService], runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeReview")
        self.setAccessibleName(self.tr("Store review"))
        self.service_factory = service_factory
        self.runner = runner
        self.object_id: str | None = None
        self.findings: list[Finding] = []
        self.fix_buttons: list[QPushButton] = []

        self.headline = QLabel(self)
        self.headline.setObjectName("reviewHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.store = QComboBox(self)
        self.store.setObjectName("reviewStore")
        self.store.setAccessibleName(self.tr("Store"))
        for key in ("all", "apple", "spotify"):
            label = self.tr("All stores") if key == "all" else _tr(STORE_TITLES[key])
            self.store.addItem(label, key)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reviewTree")
        self.tree.setAccessibleName(self.tr("Findings by store"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Problem"),
                                   self.tr("Fix")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIX, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.detail = QLabel(self)  # the selected finding's whole sentence (the column may cut it)
        self.detail.setObjectName("reviewDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.again = QPushButton(self.tr("Review &Again"), self)
        self.again.setObjectName("reviewAgain")
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(QLabel(self.tr("Rules of:"), self))
        top.addWidget(self.store)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)
        self.store.currentIndexChanged.connect(lambda _i: self._show_findings())
        self.again.clicked.connect(self.refresh)
        self.tree.currentItemChanged.connect(
            lambda item, _old: self.detail.setText(item.toolTip(COL_PROBLEM) if item is not None else ""))

    def set_object(self, object_id: str, name: str) -> None:
        self.object_id = object_id
        self.name = name
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.object_id is None:
            return
        object_id = self.object_id
        self.message.setText(self.tr("Reviewing…"))
        self.again.setEnabled(False)
        factory = self.service_factory
        self.runner.run_task(lambda: factory().review(object_id), self._reviewed)

    def _reviewed(self, findings: list[Finding] | None, error: BaseException | None) -> None:
        self.again.setEnabled(True)
        if error is not None:
            self.message.setText(render_error(error))
            return
        self.findings = list(findings or [])
        self.message.clear()
        self._show_findings()

    def _show_findings(self) -> None:
        store = str(self.store.currentData() or "all")
        shown = [f for f in self.findings if store == "all" or f.store in ("all", store)]
        self.tree.clear()
        self.fix_buttons.clear()
        for key in ("all", "apple", "spotify"):
            group = [f for f in shown if f.store == key]
            if not group:
                continue
            top = QTreeWidgetItem(self.tree, [_tr(STORE_TITLES[key])])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for finding in group:
                item = QTreeWidgetItem(top, [
                    self.tr("blocks") if finding.blocks else self.tr("warning"),
                    self._where(finding), render(finding.sentence), ""])
                item.setForeground(COL_SEVERITY, QBrush(QColor("#c8423b" if finding.blocks else "#b7791f")))
                item.setToolTip(COL_PROBLEM, render(finding.sentence))
                item.setData(COL_PROBLEM, Qt.ItemDataRole.UserRole, finding.code)
                if finding.fix is not None:
                    button = QPushButton(render(finding.fix.label), self.tree)
                    button.setObjectName(f"reviewFix_{len(self.fix_buttons)}")
                    button.clicked.connect(lambda _=False, f=finding: self.apply(f))
                    self.tree.setItemWidget(item, COL_FIX, button)
                    self.fix_buttons.append(button)
            top.setExpanded(True)
        blockers = sum(1 for f in shown if f.blocks)
        if not shown:
            text = self.tr("“{name}”: nothing a store would bounce.").format(name=self.name)
        else:
            text = self.tr("“%1”: %n finding(s), %2 blocking.", "", len(shown)).replace(
                "%1", self.name).replace("%2", str(blockers))
        self.headline.setText(text)

    def _where(self, finding: Finding) -> str:
        if finding.kind == "track" and finding.ref:
            return self.tr("Track {ref}").format(ref=finding.ref.lstrip("#"))
        if finding.kind == "offer":
            return self.tr("Offer")
        if finding.kind == "right":
            return self.tr("Rights")
        return self.tr("Release")

    def apply(self, finding: Finding) -> None:
        if self.object_id is None or finding.fix is None:
            return
        object_id, fix, factory = self.object_id, finding.fix, self.service_factory
        self.message.setText(self.tr("Applying “{label}”…").format(label=render(fix.label)))
        self.runner.run_task(lambda: factory().apply_fix(object_id, fix),
                             lambda _n, error: self._applied(error), ordered=True)

    def _applied(self, error: BaseException | None) -> None:
        if error is not None:
            self.message.setText(render_error(error))
            return
        self.refresh()


class StoreReviewDialog(QDialog):
    def __init__(self, view: StoreReviewView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeReviewDialog")
        self.setWindowTitle(self.tr("Store Review"))
        self.view = view
        close_only(self, view)
        self.resize(980, 560)
