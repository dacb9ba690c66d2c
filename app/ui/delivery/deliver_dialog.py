"""The deliver dialog: choose DSPs, type, priority and dates; it runs the missing steps in order.

It is the GUI face of :meth:`DeliveryService.deliver` (the same code as ``releasedesk deliver``):
each step appears in the log as it happens, steps already done are skipped, so delivering twice is
harmless. Priority "next" needs an explicit confirmation that shows the daily quota. A draft product
shows the artist preview before it is activated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.domain.readiness import default_offer
from app.domain.resources import Offer, Product
from app.platform.messages import render
from app.services.artists import ArtistMatch
from app.services.delivery import NEXT_DAILY_QUOTA, DeliveryRequest, DeliveryResult, Step
from app.ui.delivery.controller import DeliveryController

DELIVERY_TYPES = ("delivery", "update", "redelivery", "delete")
PRIORITIES = ("normal", "urgent", "next")


class DeliverDialog(QDialog):
    def __init__(self, controller: DeliveryController, product_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.product_id = product_id
        self.product: Product | None = None
        self.confirmed_next = False
        self.delivery_result: DeliveryResult | None = None  # not "result": QDialog.result() exists
        self.next_box: QMessageBox | None = None
        self.preview_dialog: QDialog | None = None
        self._pending_request: DeliveryRequest | None = None
        self.setObjectName("deliverDialog")
        self.setWindowTitle(self.tr("Deliver product {id}").format(id=product_id))
        self.setAccessibleName(self.tr("Deliver"))
        self.resize(620, 640)

        self.product_label = QLabel(self)
        self.product_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dsp_model = QStandardItemModel(self)
        self.dsp_list = QListView(self)
        self.dsp_list.setObjectName("dspList")
        self.dsp_list.setAccessibleName(self.tr("DSPs to deliver to"))
        self.dsp_list.setModel(self.dsp_model)
        self.dsp_list.setMinimumHeight(150)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("deliveryType")
        for value in DELIVERY_TYPES:
            self.type_combo.addItem(self.tr(value), value)
        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("priority")
        for value in PRIORITIES:
            self.priority_combo.addItem(self.tr(value), value)
        self.hold = QCheckBox(self.tr("Hold until"), self)
        self.hold.setObjectName("holdUntil")
        self.send_date = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self)
        self.send_date.setObjectName("sendDate")
        self.send_date.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.send_date.setCalendarPopup(True)
        self.send_date.setEnabled(False)
        self.release_date = QDateEdit(QDate.currentDate().addDays(14), self)
        self.release_date.setObjectName("releaseDate")
        self.release_date.setDisplayFormat("yyyy-MM-dd")
        self.release_date.setCalendarPopup(True)
        self.subgenre = QComboBox(self)
        self.subgenre.setObjectName("subgenre")
        self.subgenre2 = QComboBox(self)
        self.subgenre2.setObjectName("subgenre2")
        self.territories = QLineEdit("WW", self)
        self.territories.setObjectName("territories")
        self.territories.setToolTip(self.tr("WW for the whole world, or two-letter codes like FR,BE"))
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("deliverLog")
        self.log.setAccessibleName(self.tr("Delivery steps"))
        self.log.setReadOnly(True)

        hold_row = QHBoxLayout()
        hold_row.addWidget(self.hold)
        hold_row.addWidget(self.send_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("DSPs:"), self.dsp_list)
        form.addRow(self.tr("Type:"), self.type_combo)
        # the daily "next" allowance, read when the dialog opens, beside where the priority is picked
        self.next_quota_label = QLabel(self)
        self.next_quota_label.setObjectName("nextQuota")
        self.next_quota_label.setStyleSheet("color: palette(mid);")
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_combo)
        priority_row.addWidget(self.next_quota_label, 1)
        form.addRow(self.tr("Priority:"), priority_row)
        form.addRow(self.tr("Send date:"), hold_row)
        form.addRow(self.tr("Release date:"), self.release_date)
        form.addRow(self.tr("Subgenre:"), self.subgenre)
        form.addRow(self.tr("Second subgenre:"), self.subgenre2)
        form.addRow(self.tr("Territories:"), self.territories)

        self.buttons = QDialogButtonBox(self)
        self.deliver_button = self.buttons.addButton(self.tr("&Deliver"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.deliver_button.setObjectName("deliverButton")
        self.deliver_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.deliver_button.clicked.connect(self.deliver)

        layout = QVBoxLayout(self)
        layout.addWidget(self.product_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Steps:"), self))
        layout.addWidget(self.log, 1)
        layout.addWidget(self.buttons)

        self.hold.toggled.connect(self.send_date.setEnabled)
        self.priority_combo.currentIndexChanged.connect(self._priority_changed)
        self.dsp_model.itemChanged.connect(self._update_buttons)
        controller.step.connect(self._step)
        controller.delivered.connect(self._delivered)
        controller.failed.connect(self._failed)
        controller.artists_ready.connect(self._artists_ready)
        controller.busy_changed.connect(self._update_buttons)
        self._load()
        controller.next_quota(self._show_quota)

    def _show_quota(self, used: int) -> None:
        self.next_quota_label.setText(self.tr("“next” today: {used} of {quota} used").format(
            used=used, quota=NEXT_DAILY_QUOTA))

    # -- loading
    def _load(self) -> None:
        client = self.controller.service.client
        pid = self.product_id

        def work() -> tuple[Product, Offer | None]:
            product = client.get(Product, pid)
            offers = list(client.list(Offer, filters={"product-id": pid}))
            return product, default_offer(offers)

        self.controller.reference(self._fill_reference)
        self.controller.call(work, self._fill_product)

    @Slot(object)
    def _fill_reference(self, ref: dict[str, Any]) -> None:
        self.dsp_model.clear()
        for dsp in sorted(ref["dsps"], key=lambda d: (d.name or "").lower()):
            item = QStandardItem(dsp.name or str(dsp.id))
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(dsp.name, Qt.ItemDataRole.UserRole)
            self.dsp_model.appendRow(item)
        for combo in (self.subgenre, self.subgenre2):
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for sub in sorted(ref["subgenres"], key=lambda s: (s.name or "").lower()):
                combo.addItem(sub.name or str(sub.id), sub.id)
        self._reference_loaded = True
        self._prefill()

    @Slot(object)
    def _fill_product(self, result: tuple[Product, Offer | None]) -> None:
        self.product, self.offer = result
        self.product_label.setText(self.tr("“{name}” ({status})").format(
            name=self.product.name or "", status=self.product.status or ""))
        self._prefill()

    def _prefill(self) -> None:
        if self.product is None or not getattr(self, "_reference_loaded", False):
            return
        offer = getattr(self, "offer", None)
        date = (offer.release_date if offer and offer.release_date else self.product.release_date)
        if date:
            parsed = QDate.fromString(date[:10], "yyyy-MM-dd")
            if parsed.isValid():
                self.release_date.setDate(parsed)
        if offer is not None:
            for combo, value in ((self.subgenre, offer.subgenre_id), (self.subgenre2, offer.subgenre2_id)):
                index = combo.findData(value or "")
                if index >= 0:
                    combo.setCurrentIndex(index)
        self._update_buttons()

    # -- choices
    def check_dsps(self, names: list[str]) -> None:
        wanted = {n.lower() for n in names}
        for row in range(self.dsp_model.rowCount()):
            item = self.dsp_model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text().lower() in wanted
                               else Qt.CheckState.Unchecked)

    def chosen_dsps(self) -> list[str]:
        return [self.dsp_model.item(r).text() for r in range(self.dsp_model.rowCount())
                if self.dsp_model.item(r).checkState() == Qt.CheckState.Checked]

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        self.deliver_button.setEnabled(bool(self.chosen_dsps()) and self.product is not None
                                       and not self.controller.busy)

    @Slot(int)
    def _priority_changed(self, _index: int) -> None:
        if self.priority_combo.currentData() != "next":
            self.confirmed_next = False
            return
        if self.confirmed_next:
            return
        self.controller.next_quota(self._ask_next)

    def _ask_next(self, used: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Priority next"), self.tr(
            "Priority “next” jumps the queue and skips the distributor's checks. {used} of {quota} "
            "“next” deliveries are used today. Use it for this delivery?").format(
                used=used, quota=NEXT_DAILY_QUOTA),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmNext")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda code: self._next_answered(code == QMessageBox.StandardButton.Yes))
        self.next_box = box
        box.open()

    def _next_answered(self, yes: bool) -> None:
        self.confirmed_next = yes
        if not yes:
            self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))

    def request(self) -> DeliveryRequest:
        send_date = (self.send_date.dateTime().toString("yyyy-MM-dd HH:mm:ss")
                     if self.hold.isChecked() else None)
        return DeliveryRequest(
            product_id=self.product_id, dsps=self.chosen_dsps(),
            release_date=self.release_date.date().toString("yyyy-MM-dd"),
            subgenre=self.subgenre.currentData() or None,
            subgenre2=self.subgenre2.currentData() or None,
            territories=[t.strip() for t in self.territories.text().split(",") if t.strip()] or ["WW"],
            delivery_type=self.type_combo.currentData(), priority=self.priority_combo.currentData(),
            send_date=send_date, confirm_next=self.confirmed_next)

    # -- delivering
    @Slot()
    def deliver(self) -> None:
        request = self.request()
        if request.priority == "next" and not request.confirm_next:
            self.controller.next_quota(self._ask_next)
            return
        self.log.appendPlainText(self.tr("Delivering to {dsps}…").format(dsps=", ".join(request.dsps)))
        if self.product is not None and self.product.status != "active" \
                and request.delivery_type != "delete":
            self._pending_request = request
            self.controller.preview_artists(self.product_id)
            return
        self.controller.deliver(request)

    @Slot(str, object)
    def _artists_ready(self, product_id: str, matches: list[ArtistMatch]) -> None:
        if self._pending_request is None or self.preview_dialog is not None \
                or str(product_id) != str(self.product_id):
            return
        from app.ui.delivery.artist_preview import ArtistPreviewDialog

        dialog = ArtistPreviewDialog(self.controller, self.product_id, matches, self)
        dialog.finished.connect(self._preview_done)
        self.preview_dialog = dialog
        dialog.open()

    @Slot(int)
    def _preview_done(self, code: int) -> None:
        request, self._pending_request = self._pending_request, None
        self.preview_dialog = None
        if code == QDialog.DialogCode.Accepted and request is not None:
            self.controller.deliver(request)
        else:
            self.log.appendPlainText(self.tr("Not activated: nothing was delivered."))

    @Slot(object)
    def _step(self, step: Step) -> None:
        outcome = {"done": self.tr("done"), "skipped": self.tr("already done"),
                   "blocked": self.tr("blocked")}.get(step.outcome, step.outcome)
        self.log.appendPlainText(f"{render(step.title)}: {outcome} — {render(step.detail)}")

    @Slot(object)
    def _delivered(self, result: DeliveryResult) -> None:
        if str(result.product.id) != str(self.product_id):
            return  # another dialog's delivery
        self.delivery_result = result
        self.product = result.product
        if result.blocked:
            for finding in result.findings:
                self.log.appendPlainText("  • " + render(finding.sentence))
            self.log.appendPlainText(self.tr("Fix the problems above and deliver again."))
        else:
            self.log.appendPlainText(render(msg("count.tasks_under_way", n=len(result.tasks))))
        self._update_buttons()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.log.appendPlainText(message)
