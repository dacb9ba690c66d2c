"""The delivery dashboard: every send task, live, with filters and a redeliver button.

Layout only; :class:`~app.ui.delivery.controller.DeliveryController` loads, polls and redelivers.
Server text (acknowledgments, error reasons) is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.domain.resources import SendTask
from app.platform.messages import render
from app.services.delivery import task_reason
from app.ui.delivery.controller import DeliveryController
from app.ui.delivery.models import (
    COL_ACK,
    COL_CREATED,
    COL_DSP,
    COL_PRIORITY,
    COL_PRODUCT,
    COL_REASON,
    COL_STATUS,
    COL_TASK,
    COL_TYPE,
    COL_UPDATED,
    OBJECT_ROLE,
    ack_text,
    status_text,
)

STATUSES = ("pending", "waiting", "procesing", "completed", "error", "stuck")


class DeliveryDashboard(QWidget):
    def __init__(self, controller: DeliveryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("deliveryDashboard")
        self.setWindowTitle(self.tr("Deliveries"))
        self.setAccessibleName(self.tr("Delivery dashboard"))

        self.status_filter = self._combo("statusFilter", self.tr("Filter by status"))
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.dsp_filter = self._combo("dspFilter", self.tr("Filter by DSP"))
        self.label_filter = self._combo("labelFilter", self.tr("Filter by label"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshDeliveries")
        self.refresh_button.setAccessibleName(self.tr("Refresh deliveries"))
        self.redeliver_button = QPushButton(self.tr("Re&deliver"), self)
        self.redeliver_button.setObjectName("redeliver")
        self.redeliver_button.setAccessibleName(self.tr("Redeliver the selected task"))
        self.redeliver_button.setToolTip(self.tr("Create a new task for the selected failed delivery"))
        self.redeliver_button.setEnabled(False)

        filters = QHBoxLayout()
        for text, combo in ((self.tr("Status:"), self.status_filter), (self.tr("DSP:"), self.dsp_filter),
                            (self.tr("Label:"), self.label_filter)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.redeliver_button)

        self.table = QTableView(self)
        self.table.setObjectName("deliveryTable")
        self.table.setAccessibleName(self.tr("Send tasks"))
        self.table.setModel(controller.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TASK, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        pad = 18
        for col, sample in ((COL_TASK, "000000"), (COL_PRODUCT, "A product title that is long (1234)"),
                            (COL_DSP, "Facebook / Instagram"), (COL_TYPE, "redelivery"),
                            (COL_PRIORITY, "Priority"), (COL_STATUS, "processing"),
                            (COL_CREATED, "2026-11-22 17:41"), (COL_UPDATED, "2026-11-22 17:41"),
                            (COL_ACK, "FileStatus: FileOK")):
            self.table.setColumnWidth(col, metrics.horizontalAdvance(sample) + pad)

        self.detail = QLabel(self)
        self.detail.setObjectName("deliveryDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # server text, never rich text
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setObjectName("deliverySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)

        for combo in (self.status_filter, self.dsp_filter, self.label_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.refresh_button.clicked.connect(lambda: controller.load(controller.product_id))
        self.redeliver_button.clicked.connect(self._redeliver)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        controller.tasks_loaded.connect(self._tasks_loaded)
        controller.model.batch_applied.connect(self._model_changed)
        controller.busy_changed.connect(lambda busy: self.refresh_button.setEnabled(not busy))
        controller.failed.connect(self._show_failure)
        self._rows_seen = 0
        self._update_summary()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("All"), "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- filters
    @Slot()
    def _apply_filters(self) -> None:
        self.controller.proxy.set_filters(status=self.status_filter.currentData(),
                                          dsp=self.dsp_filter.currentData(),
                                          label=self.label_filter.currentData())
        self._update_summary()

    def _refill(self, combo: QComboBox, values: set[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), "")
        for value in sorted(v for v in values if v):
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    @Slot()
    def _tasks_loaded(self) -> None:
        model = self.controller.model
        self._rows_seen = model.rowCount()
        tasks = model.tasks()
        self._refill(self.dsp_filter, {model.dsp_name(t) for t in tasks})
        self._refill(self.label_filter, {model.label_name(t) for t in tasks})
        self._apply_filters()
        self.controller.proxy.sort(self.table.horizontalHeader().sortIndicatorSection(),
                                   self.table.horizontalHeader().sortIndicatorOrder())

    @Slot()
    def _model_changed(self) -> None:
        """Once per batch of status changes (not per changed row range)."""
        if self.controller.model.rowCount() != self._rows_seen:
            self._tasks_loaded()  # a redelivery added a row: refresh the filter choices too
            return
        if self.controller.proxy.status:  # a status filter must follow the live statuses
            self.controller.proxy.set_filters(status=self.controller.proxy.status,
                                              dsp=self.controller.proxy.dsp,
                                              label=self.controller.proxy.label)
        self._selection_changed()
        self._update_summary()

    def _update_summary(self) -> None:
        tasks = self.controller.model.tasks()
        counts: dict[str, int] = {}
        for task in tasks:
            counts[task.status or ""] = counts.get(task.status or "", 0) + 1
        parts = [render(msg("count.status", status=status_text(s), n=counts[s]))
                 for s in STATUSES if counts.get(s)]
        self.summary.setText(render(msg("count.tasks_shown", shown=self.controller.proxy.rowCount(),
                                        n=len(tasks)))
                             + (" · " + ", ".join(parts) if parts else ""))

    # -- selection and redelivery
    def selected_task(self) -> SendTask | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        task = rows[0].data(OBJECT_ROLE)
        return task if isinstance(task, SendTask) else None

    def select_task(self, task_id: str) -> bool:
        proxy = self.controller.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, COL_TASK)
            if str(index.data(OBJECT_ROLE).id) == str(task_id):
                self.table.selectRow(row)
                return True
        return False

    @Slot()
    def _selection_changed(self, *_: QItemSelection) -> None:
        task = self.selected_task()
        self.redeliver_button.setEnabled(task is not None and task.status in ("error", "stuck"))
        if task is None:
            self.detail.clear()
            return
        reason = task_reason(task) if task.status in ("error", "stuck") else ""
        lines = [self.tr("Task {id}: {status}").format(id=task.id, status=task.status or "")]
        ack = ack_text(task.ack_status_message)
        if ack:
            lines.append(self.tr("Acknowledgment: {ack}").format(ack=ack))
        if reason:
            lines.append(self.tr("Reason: {reason}").format(reason=reason))
        self.detail.setText("\n".join(lines))

    @Slot()
    def _redeliver(self) -> None:
        task = self.selected_task()
        if task is not None and task.status in ("error", "stuck"):
            self.redeliver_button.setEnabled(False)
            self.controller.redeliver(task)

    @Slot(str)
    def _show_failure(self, message: str) -> None:
        self.detail.setText(message)

    def index_of(self, task_id: str) -> QModelIndex:
        row = self.controller.model.row_of(task_id)
        if row is None:
            return QModelIndex()
        return self.controller.proxy.mapFromSource(self.controller.model.index(row, COL_REASON))
