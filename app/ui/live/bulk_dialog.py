"""Bulk work on the catalog's selection (and "all with tag X"): deliver, update, redeliver or take
down through one send-task factory, with a preview of exactly what will be sent, progress, and a
result per product; stuck and failed products are highlighted with their reason and redelivered with
one click (docs/API.md live-8 to live-11)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery import NEXT_DAILY_QUOTA, task_reason
from app.ui.live.views import PROBLEM_BRUSH, STUCK_BRUSH, _item, _table

if TYPE_CHECKING:
    from app.domain.resources import SendTask, SendTaskFactory
    from app.services.bulk import BulkPlan
    from app.services.live import QuotaView
    from app.ui.live.controller import LiveController

TYPES = ("delivery", "update", "redelivery", "delete")
COMMON_DSPS = ("Spotify", "Apple Music", "Deezer", "Amazon Music", "Tidal", "YouTube Music")


class BulkDialog(QDialog):
    def __init__(self, controller: LiveController, product_ids: list[str], dsps: list[str],
                 parent: QWidget | None = None, *, tag: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("bulkDialog")
        self.setWindowTitle(self.tr("Bulk actions"))
        self.controller = controller
        self.product_ids = list(product_ids)
        self.plan: BulkPlan | None = None
        self.poll_interval = 2.0  # the first wait between status checks; it grows while nothing changes
        self.results: dict[str, SendTask] = {}
        self.selection_label = QLabel(self.tr("Selected in the catalog: {n}").format(
            n=len(self.product_ids)), self)
        self.tag = QLineEdit(tag, self)
        self.tag.setObjectName("bulkTag")
        self.tag.setPlaceholderText(self.tr("and every product with this tag (optional)"))
        self.dsp_list = QListWidget(self)
        self.dsp_list.setObjectName("bulkDsps")
        self.dsp_list.setMaximumHeight(130)
        for name in dsps or list(COMMON_DSPS):
            item = QListWidgetItem(name, self.dsp_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ("Spotify", "Apple Music", "Deezer")
                               else Qt.CheckState.Unchecked)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("bulkType")
        for value, text in zip(TYPES, (self.tr("Deliver"), self.tr("Update"), self.tr("Redeliver"),
                                       self.tr("Take down")), strict=True):
            self.type_combo.addItem(text, value)
        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("bulkPriority")
        for value, text in (("normal", self.tr("normal")), ("urgent", self.tr("urgent")),
                            ("next", self.tr("next"))):
            self.priority_combo.addItem(text, value)
        self.quota_label = QLabel(self)
        self.quota_label.setObjectName("bulkQuota")
        self.quota_label.setStyleSheet("color: palette(mid);")
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_combo)
        priority_row.addWidget(self.quota_label, 1)
        self.comments = QLineEdit(self)
        self.comments.setObjectName("bulkComments")
        form = QFormLayout()
        form.addRow(self.tr("Products:"), self.selection_label)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.tr("Services:"), self.dsp_list)
        form.addRow(self.tr("Action:"), self.type_combo)
        form.addRow(self.tr("Priority:"), priority_row)
        form.addRow(self.tr("Comments:"), self.comments)

        self.summary = QLabel(self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.preview = _table(self, [self.tr("Product"), self.tr("UPC"), self.tr("Service"),
                                     self.tr("Action")], "bulkPreview")
        self.result_table = _table(self, [self.tr("Product"), self.tr("Result"), self.tr("Details"), ""],
                                   "bulkResults")
        self.result_table.horizontalHeader().setStretchLastSection(False)
        self.result_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.preview, self.tr("What will be sent"))
        self.tabs.addTab(self.result_table, self.tr("Result per product"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulkProgress")
        self.progress.setFormat(self.tr("%v of %m tasks finished"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(self)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.preview_button = self.buttons.addButton(self.tr("&Preview"), action)
        self.send_button = self.buttons.addButton(self.tr("&Send"), action)
        self.send_button.setObjectName("bulkSend")
        self.send_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.ask_preview)
        self.send_button.clicked.connect(self.send)
        for signal in (self.type_combo.currentIndexChanged, self.priority_combo.currentIndexChanged):
            signal.connect(self._changed)
        self.tag.textChanged.connect(self._changed)
        self.dsp_list.itemChanged.connect(self._changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        controller.plan_ready.connect(self.show_plan)
        controller.quota_ready.connect(self.show_quota)
        controller.factory_started.connect(self._started)
        controller.tasks_changed.connect(self.show_tasks)
        controller.factory_done.connect(self._done)
        controller.failed.connect(self._failed)
        controller.redelivered.connect(self._redelivered)
        controller.load_quota()
        self.resize(820, 620)

    def chosen_dsps(self) -> list[str]:
        return [self.dsp_list.item(i).text() for i in range(self.dsp_list.count())
                if self.dsp_list.item(i).checkState() == Qt.CheckState.Checked]

    def _changed(self, *_: object) -> None:
        self.plan = None
        self.send_button.setEnabled(False)

    def show_quota(self, quota: QuotaView) -> None:
        self.quota_label.setText(self.tr("“next” today: {used} of {quota} used, {left} left").format(
            used=quota.used, quota=quota.limit or NEXT_DAILY_QUOTA, left=quota.remaining))

    def ask_preview(self) -> None:
        self.summary.setText(self.tr("Reading the products…"))
        self.controller.plan(self.product_ids, self.tag.text(), self.chosen_dsps(),
                             str(self.type_combo.currentData()), str(self.priority_combo.currentData()),
                             self.comments.text().strip() or None)

    def show_plan(self, plan: BulkPlan) -> None:
        self.plan = plan
        lines = plan.lines()
        action = self.type_combo.currentText()
        self.preview.setRowCount(len(lines))
        for row, (_pid, name, upc, dsp) in enumerate(lines):
            for col, text in enumerate((name, upc, dsp, action)):
                self.preview.setItem(row, col, _item(text))
        self.summary.setText(self.tr("One send-task factory: {tasks} tasks, {action} of {products} "
                                     "product(s) to {dsps}.").format(
            tasks=plan.task_count, action=action.lower(), products=len(plan.products),
            dsps=", ".join(t.dsp_name for t in plan.targets)))
        self.tabs.setCurrentWidget(self.preview)
        self.send_button.setEnabled(plan.task_count > 0)

    def send(self) -> None:
        if self.plan is None:
            return
        self.send_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.setRange(0, self.plan.task_count)
        self.progress.setValue(0)
        self.progress.show()
        self.controller.send(self.plan, min_interval=self.poll_interval)

    def _started(self, factory: SendTaskFactory, tasks: list[SendTask]) -> None:
        self.summary.setText(self.tr("Factory {id} created.").format(id=factory.id))
        self.tabs.setCurrentWidget(self.result_table)
        self.show_tasks(tasks)

    def show_tasks(self, tasks: list[SendTask]) -> None:
        if self.plan is None:
            return
        from app.services.bulk import BulkService

        self.results.update({str(t.id): t for t in tasks})
        results = BulkService.results(self.plan.products, self.results.values())
        finished = sum(1 for t in self.results.values() if t.is_terminal)
        self.progress.setValue(finished)
        names = self.controller.dsp_names_by_dui
        texts = {"completed": self.tr("completed"), "error": self.tr("failed"), "stuck": self.tr("stuck"),
                 "sending": self.tr("sending"), "waiting": self.tr("waiting")}
        self.result_table.setRowCount(len(results))
        for row, result in enumerate(results):
            problems = [t for t in result.tasks if t.status in ("error", "stuck")]
            by_reason: dict[str, list[str]] = {}
            for t in problems:
                by_reason.setdefault(task_reason(t), []).append(
                    names.get(str(t.dsp_upload_identification_id), "?"))
            details = "  ·  ".join(f"{', '.join(dsps)}: {reason}" for reason, dsps in by_reason.items())
            cells = [result.name or result.product_id, texts.get(result.status, result.status), details]
            brush = STUCK_BRUSH if result.status == "stuck" else PROBLEM_BRUSH if problems else None
            for col, text in enumerate(cells):
                cell = _item(text)
                cell.setToolTip(text)
                if brush is not None:
                    cell.setBackground(brush)
                self.result_table.setItem(row, col, cell)
            if problems:
                button = QPushButton(self.tr("Redeliver"), self.result_table)
                button.clicked.connect(lambda _c=False, ts=problems: self._redeliver(ts))
                self.result_table.setCellWidget(row, 3, button)
            else:
                self.result_table.removeCellWidget(row, 3)

    def _redeliver(self, tasks: list[SendTask]) -> None:
        for task in tasks:
            self.controller.redeliver(task)

    def _redelivered(self, old: SendTask, new: SendTask) -> None:
        if str(old.id) in self.results:
            del self.results[str(old.id)]
            self.results[str(new.id)] = new
            if self.plan is not None:
                self.progress.setRange(0, len(self.results))
            self.show_tasks([])

    def _done(self) -> None:
        self.preview_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.preview_button.setEnabled(True)
        self.send_button.setEnabled(self.plan is not None)
