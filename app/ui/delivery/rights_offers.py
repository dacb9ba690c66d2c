"""Rights and offers editors for one product.

Rights: add or remove rules by DSP and by continent or territory, delete a rule, clear them all.
Offers: the default offer (release and pre-order dates, subgenres, usage flags, price code) with
"Validate" (status active); DSP-specific offers for chosen upload identifications with their options
(e.g. Apple's custom vendor id and pre-order tracks); track offers (per-track usage overrides).
Every save runs on the controller's worker; the lists reload from the server afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.domain.readiness import default_offer
from app.domain.resources import (
    USAGE_KEYS,
    DspUploadIdentification,
    Offer,
    Right,
    Track,
    TrackOffer,
)
from app.platform.messages import render
from app.ui.delivery.controller import DeliveryController
from app.ui.delivery.models import OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex
USAGE_TEXT = {"download": "Download", "copy_scan": "Fingerprint scanning (copy scan)",
              "on_demand_stream": "On-demand streaming", "non_interactive_stream": "Radio-style streaming"}


class RowsModel(QAbstractTableModel):
    """A small read-only table: one row per object, one function per column."""

    def __init__(self, headers: Sequence[str], columns: Sequence[Callable[[Any], str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obj = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()](obj)
        if role == OBJECT_ROLE:
            return obj
        return None


def _table(parent: QWidget, name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _checklist(parent: QWidget, name: str) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel(parent)
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    return view, model


def _fill_checklist(model: QStandardItemModel, items: Sequence[tuple[str, str]]) -> None:
    model.clear()
    for ident, text in items:
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setEditable(False)
        item.setData(ident, Qt.ItemDataRole.UserRole)
        model.appendRow(item)


def checked(model: QStandardItemModel) -> list[str]:
    return [str(model.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked]


def check(model: QStandardItemModel, idents: Sequence[str]) -> None:
    wanted = {str(i) for i in idents}
    for r in range(model.rowCount()):
        item = model.item(r)
        item.setCheckState(Qt.CheckState.Checked if str(item.data(Qt.ItemDataRole.UserRole)) in wanted
                           else Qt.CheckState.Unchecked)


# --------------------------------------------------------------------------- rights

class RightsEditor(QWidget):
    def __init__(self, controller: DeliveryController, product_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.product_id = product_id
        self.setObjectName("rightsEditor")
        self.setWindowTitle(self.tr("Rights"))
        self.dsp_names: dict[str, str] = {}
        self.continent_names: dict[str, str] = {}
        self.territory_codes: dict[str, str] = {}  # ISO code -> territory id

        self.model = RowsModel(
            [self.tr("Right"), self.tr("Action"), self.tr("DSPs"), self.tr("Where")],
            [lambda r: str(r.id or ""), lambda r: r.action or "add",
             lambda r: r.computed_dsps or ", ".join(self.dsp_names.get(d, d) for d in r.dsp_ids),
             lambda r: r.computed_territories or ", ".join(
                 [self.continent_names.get(c, c) for c in r.continent_ids]
                 + [self._code_of(t) for t in r.territory_ids])], self)
        self.table = _table(self, "rightsTable", self.model)
        self.action = QComboBox(self)
        self.action.setObjectName("rightAction")
        self.action.addItem(self.tr("add"), "add")
        self.action.addItem(self.tr("remove"), "remove")
        self.dsp_view, self.dsp_model = _checklist(self, "rightDsps")
        self.continent_view, self.continent_model = _checklist(self, "rightContinents")
        self.territories = QLineEdit(self)
        self.territories.setObjectName("rightTerritories")
        self.territories.setPlaceholderText(self.tr("two-letter codes, e.g. FR,BE"))
        self.add_button = QPushButton(self.tr("&Add Rule"), self)
        self.add_button.setObjectName("addRight")
        self.delete_button = QPushButton(self.tr("&Delete Rule"), self)
        self.delete_button.setObjectName("deleteRight")
        self.clear_button = QPushButton(self.tr("C&lear All"), self)
        self.clear_button.setObjectName("clearRights")
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Action:"), self.action)
        pickers = QHBoxLayout()
        pickers.addWidget(self.dsp_view)
        pickers.addWidget(self.continent_view)
        form.addRow(self.tr("DSPs / continents:"), pickers)
        form.addRow(self.tr("Territories:"), self.territories)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_rule)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        controller.failed.connect(self.message.setText)
        controller.reference(self._fill_reference)

    def _code_of(self, territory_id: str) -> str:
        for code, ident in self.territory_codes.items():
            if ident == territory_id:
                return code
        return territory_id

    @Slot(object)
    def _fill_reference(self, ref: dict[str, Any]) -> None:
        self.dsp_names = {str(d.id): d.name or "" for d in ref["dsps"]}
        self.continent_names = {str(c.id): c.name or "" for c in ref["continents"]}
        self.territory_codes = {(t.code_alpha_2 or "").upper(): str(t.id) for t in ref["territories"]}
        _fill_checklist(self.dsp_model, sorted(self.dsp_names.items(), key=lambda kv: kv[1].lower()))
        _fill_checklist(self.continent_model, list(self.continent_names.items()))
        self.reload()

    def reload(self) -> None:
        self.controller.call(lambda: self.controller.service.rights(self.product_id), self._loaded)

    @Slot(object)
    def _loaded(self, rights: list[Right]) -> None:
        self.model.set_rows(rights)
        self.message.setText(render(msg("count.rules", n=len(rights))))

    @Slot()
    def add_rule(self) -> None:
        dsps = checked(self.dsp_model)
        continents = checked(self.continent_model)
        codes = [c.strip().upper() for c in self.territories.text().split(",") if c.strip()]
        unknown = [c for c in codes if c not in self.territory_codes]
        if unknown:
            self.message.setText(self.tr("Unknown territory code(s): {codes}; use two-letter codes "
                                         "like FR.").format(codes=", ".join(unknown)))
            return
        if not dsps or not (continents or codes):
            self.message.setText(self.tr("Pick at least one DSP and a continent or territory."))
            return
        territories = [self.territory_codes[c] for c in codes]
        action = self.action.currentData()
        client = self.controller.service.client
        service = self.controller.service

        def work() -> list[Right]:
            who = client.whoami()
            client.create(Right(action=action, user_email=getattr(who.user, "email", None),
                                distributor_id=getattr(who.distributor, "id", None),
                                distributed_id=self.product_id, dsp_ids=dsps,
                                continent_ids=continents, territory_ids=territories))
            return service.rights(self.product_id)

        self.controller.call(work, self._loaded, changes=self.product_id)

    def _delete(self, rights: Sequence[Right]) -> None:
        service = self.controller.service

        def work() -> list[Right]:
            return service.delete_rights(self.product_id, rights)

        self.controller.call(work, self._loaded, changes=self.product_id)

    @Slot()
    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._delete([self.model.rows()[i.row()] for i in rows])

    @Slot()
    def clear_all(self) -> None:
        self._delete(self.model.rows())


# --------------------------------------------------------------------------- offers

class OffersEditor(QWidget):
    def __init__(self, controller: DeliveryController, product_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.product_id = product_id
        self.setObjectName("offersEditor")
        self.setWindowTitle(self.tr("Offers"))
        self.offers: list[Offer] = []
        self.tracks: list[Track] = []
        self.duis: list[DspUploadIdentification] = []
        self.option_widgets: dict[str, QWidget] = {}

        # default offer
        box = QGroupBox(self.tr("Default offer"), self)
        self.release_date = QDateEdit(QDate.currentDate().addDays(14), box)
        self.release_date.setObjectName("offerReleaseDate")
        self.release_date.setDisplayFormat("yyyy-MM-dd")
        self.release_date.setCalendarPopup(True)
        self.has_preorder = QCheckBox(self.tr("Pre-order from"), box)
        self.has_preorder.setObjectName("hasPreorder")
        self.preorder_date = QDateEdit(QDate.currentDate(), box)
        self.preorder_date.setObjectName("offerPreorderDate")
        self.preorder_date.setDisplayFormat("yyyy-MM-dd")
        self.preorder_date.setEnabled(False)
        self.subgenre = QComboBox(box)
        self.subgenre.setObjectName("offerSubgenre")
        self.subgenre2 = QComboBox(box)
        self.subgenre2.setObjectName("offerSubgenre2")
        self.price_code = QComboBox(box)
        self.price_code.setObjectName("offerPriceCode")
        self.usage: dict[str, QCheckBox] = {}
        usage_row = QVBoxLayout()
        for key in USAGE_KEYS:
            cb = QCheckBox(self.tr(USAGE_TEXT[key]), box)
            cb.setObjectName(f"usage_{key}")
            cb.setChecked(True)
            self.usage[key] = cb
            usage_row.addWidget(cb)
        self.default_status = QLabel(box)
        self.default_status.setObjectName("defaultOfferStatus")
        self.save_default = QPushButton(self.tr("&Save"), box)
        self.save_default.setObjectName("saveDefaultOffer")
        self.validate_button = QPushButton(self.tr("&Validate"), box)
        self.validate_button.setObjectName("validateOffer")
        self.validate_button.setToolTip(self.tr("Set the default offer's status to active"))
        preorder_row = QHBoxLayout()
        preorder_row.addWidget(self.has_preorder)
        preorder_row.addWidget(self.preorder_date, 1)
        form = QFormLayout(box)
        form.addRow(self.tr("Release date:"), self.release_date)
        form.addRow(self.tr("Pre-order:"), preorder_row)
        form.addRow(self.tr("Subgenre:"), self.subgenre)
        form.addRow(self.tr("Second subgenre:"), self.subgenre2)
        form.addRow(self.tr("Price code:"), self.price_code)
        form.addRow(self.tr("Usage:"), usage_row)
        default_buttons = QHBoxLayout()
        default_buttons.addWidget(self.default_status, 1)
        default_buttons.addWidget(self.save_default)
        default_buttons.addWidget(self.validate_button)
        form.addRow(default_buttons)

        # DSP-specific offers
        dsp_box = QGroupBox(self.tr("DSP-specific offers"), self)
        self.dsp_offer_model = RowsModel(
            [self.tr("Offer"), self.tr("Upload identifications"), self.tr("Status"), self.tr("Options")],
            [lambda o: str(o.id or ""),
             lambda o: ", ".join(self._dui_name(d) for d in o.dsp_upload_identification_ids),
             lambda o: o.status or "",
             lambda o: ", ".join(f"{k}={v}" for k, v in (o.options or {}).items())], self)
        self.dsp_offer_table = _table(dsp_box, "dspOfferTable", self.dsp_offer_model)
        self.dui_combo = QComboBox(dsp_box)
        self.dui_combo.setObjectName("offerDui")
        self.options_form = QFormLayout()
        self.add_offer_button = QPushButton(self.tr("Add &Offer"), dsp_box)
        self.add_offer_button.setObjectName("addDspOffer")
        dsp_layout = QVBoxLayout(dsp_box)
        dsp_layout.addWidget(self.dsp_offer_table, 1)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Upload identification:"), dsp_box))
        pick.addWidget(self.dui_combo, 1)
        pick.addWidget(self.add_offer_button)
        dsp_layout.addLayout(pick)
        dsp_layout.addLayout(self.options_form)

        # track offers
        track_box = QGroupBox(self.tr("Track offers"), self)
        self.track_combo = QComboBox(track_box)
        self.track_combo.setObjectName("trackOfferTrack")
        self.track_no_scan = QCheckBox(self.tr("Keep out of fingerprint scanning"), track_box)
        self.track_no_scan.setObjectName("trackOfferNoScan")
        self.track_no_scan.setChecked(True)
        self.add_track_offer = QPushButton(self.tr("Add Track Offer"), track_box)
        self.add_track_offer.setObjectName("addTrackOffer")
        track_layout = QHBoxLayout(track_box)
        track_layout.addWidget(self.track_combo, 1)
        track_layout.addWidget(self.track_no_scan)
        track_layout.addWidget(self.add_track_offer)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(dsp_box, 1)
        layout.addWidget(track_box)
        layout.addWidget(self.message)

        self.has_preorder.toggled.connect(self.preorder_date.setEnabled)
        self.save_default.clicked.connect(self.save_default_offer)
        self.validate_button.clicked.connect(self.validate)
        self.dui_combo.currentIndexChanged.connect(self._dui_changed)
        self.add_offer_button.clicked.connect(self.add_dsp_offer)
        self.add_track_offer.clicked.connect(self.add_track_offer_clicked)
        controller.failed.connect(self.message.setText)
        controller.reference(self._fill_reference)

    def _dui_name(self, dui_id: str) -> str:
        for dui in self.duis:
            if str(dui.id) == str(dui_id):
                return f"{dui.dsp_name} ({dui.id})"
        return str(dui_id)

    @Slot(object)
    def _fill_reference(self, ref: dict[str, Any]) -> None:
        for combo in (self.subgenre, self.subgenre2):
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for sub in sorted(ref["subgenres"], key=lambda s: (s.name or "").lower()):
                combo.addItem(sub.name or str(sub.id), sub.id)
        self.price_code.clear()
        self.price_code.addItem(self.tr("(distributor default)"), "")
        for code in ref["price_codes"]:
            self.price_code.addItem(code.name or str(code.id), code.id)
        # the track price code is a Labelcamp offer attribute; limbo offers have none (docs/API.md, offer-6)
        labelcamp = getattr(self.controller.service.client, "dialect", "limbo") == "labelcamp"
        self.price_code.setEnabled(labelcamp)
        self.reload()

    def reload(self) -> None:
        client = self.controller.service.client
        pid = self.product_id

        def work() -> tuple[list[Offer], list[Track], list[DspUploadIdentification]]:
            offers = list(client.list(Offer, filters={"product-id": pid}))
            tracks = list(client.list(Track, filters={"product-id": pid}))
            duis = self.duis or list(client.list(DspUploadIdentification))
            return offers, tracks, duis

        self.controller.call(work, self._loaded)

    @Slot(object)
    def _loaded(self, result: tuple[list[Offer], list[Track], list[DspUploadIdentification]]) -> None:
        self.offers, self.tracks, duis = result
        if not self.duis:
            self.duis = duis
            self.dui_combo.clear()
            for dui in sorted(duis, key=lambda u: (u.dsp_name or "").lower()):
                self.dui_combo.addItem(f"{dui.dsp_name} ({dui.id})", dui.id)
        offer = default_offer(self.offers)
        if offer is not None:
            if offer.release_date:
                self.release_date.setDate(QDate.fromString(offer.release_date[:10], "yyyy-MM-dd"))
            self.has_preorder.setChecked(bool(offer.preorder_date))
            if offer.preorder_date:
                self.preorder_date.setDate(QDate.fromString(offer.preorder_date[:10], "yyyy-MM-dd"))
            for combo, value in ((self.subgenre, offer.subgenre_id), (self.subgenre2, offer.subgenre2_id),
                                 (self.price_code, offer.track_price_code)):
                combo.setCurrentIndex(max(0, combo.findData(value or "")))
            for key, cb in self.usage.items():
                cb.setChecked(bool((offer.usage or {}).get(key, True)))
            self.default_status.setText(self.tr("Status: {status}").format(
                status=offer.status or self.tr("not validated")))
        self.dsp_offer_model.set_rows([o for o in self.offers if not o.is_default])
        self.track_combo.clear()
        for track in sorted(self.tracks, key=lambda t: t.track_number or 0):
            self.track_combo.addItem(f"{track.track_number}. {track.title}", track.id)

    def default(self) -> Offer | None:
        return default_offer(self.offers)

    @Slot()
    def save_default_offer(self, *, then_validate: bool = False) -> None:
        offer = self.default()
        if offer is None:
            self.message.setText(self.tr("This product has no default offer on the server."))
            return
        offer.release_date = self.release_date.date().toString("yyyy-MM-dd")
        offer.preorder_date = (self.preorder_date.date().toString("yyyy-MM-dd")
                               if self.has_preorder.isChecked() else None)
        offer.subgenre_id = self.subgenre.currentData() or None
        offer.subgenre2_id = self.subgenre2.currentData() or None
        offer.track_price_code = (self.price_code.currentData() or None
                                  if self.price_code.isEnabled() else offer.track_price_code)
        offer.usage = {key: cb.isChecked() for key, cb in self.usage.items()}
        fields = ["release_date", "preorder_date", "subgenre_id", "subgenre2_id", "usage"]
        if offer.track_price_code:
            fields.append("track_price_code")
        client = self.controller.service.client

        def work() -> None:
            client.update(offer, fields=fields)
            if then_validate:
                offer.status = "active"
                client.update(offer, fields=["status"])

        self.controller.call(work, lambda _: self.reload(), changes=self.product_id)

    @Slot()
    def validate(self) -> None:
        self.save_default_offer(then_validate=True)

    @Slot(int)
    def _dui_changed(self, _index: int) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets.clear()
        dui_id = self.dui_combo.currentData()
        dui = next((u for u in self.duis if str(u.id) == str(dui_id)), None)
        for option in (dui.options if dui else None) or []:
            name = str(option.get("name"))
            value = option.get("value")
            widget: QWidget
            if isinstance(value, list):
                combo = QComboBox(self)
                combo.addItem(self.tr("(none)"), None)
                for choice in value:
                    combo.addItem(str(choice.get("name")), choice.get("value"))
                widget = combo
            elif option.get("type") == "integer":
                spin = QSpinBox(self)
                spin.setRange(0, 1000)
                spin.setValue(int(value or 0))
                widget = spin
            else:
                widget = QLineEdit(str(value or ""), self)
            widget.setObjectName(f"option_{name}")
            widget.setToolTip(str(option.get("hint") or ""))
            widget.setAccessibleName(str(option.get("label") or name))
            self.options_form.addRow(str(option.get("label") or name) + ":", widget)
            self.option_widgets[name] = widget

    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.option_widgets.items():
            if isinstance(widget, QComboBox):
                if widget.currentData() is not None:
                    values[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                if widget.value():
                    values[name] = widget.value()
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                values[name] = widget.text().strip()
        return values

    @Slot()
    def add_dsp_offer(self) -> None:
        base = self.default()
        dui_id = self.dui_combo.currentData()
        if base is None or not dui_id:
            self.message.setText(self.tr("Pick an upload identification; the product needs its "
                                         "default offer first."))
            return
        offer = Offer(is_default=False, status="active", release_date=base.release_date,
                      preorder_date=base.preorder_date, usage=base.usage or None,
                      options=self.options() or None, product_id=self.product_id,
                      subgenre_id=base.subgenre_id, subgenre2_id=base.subgenre2_id,
                      dsp_upload_identification_ids=[str(dui_id)])
        client = self.controller.service.client
        self.controller.call(lambda: client.create(offer), lambda _: self.reload(),
                             changes=self.product_id)

    @Slot()
    def add_track_offer_clicked(self) -> None:
        rows = self.dsp_offer_table.selectionModel().selectedRows()
        offers = self.dsp_offer_model.rows()
        target = offers[rows[0].row()] if rows else self.default()
        track_id = self.track_combo.currentData()
        if target is None or not track_id:
            self.message.setText(self.tr("Pick a track (and an offer in the list, or the default "
                                         "offer is used)."))
            return
        usage = {key: True for key in USAGE_KEYS}
        usage["copy_scan"] = not self.track_no_scan.isChecked()
        client = self.controller.service.client
        track_offer = TrackOffer(usage=usage, track_id=str(track_id), offer_id=str(target.id))

        def done(created: TrackOffer) -> None:
            self.message.setText(self.tr("Track offer {id} saved.").format(id=created.id))

        self.controller.call(lambda: client.create(track_offer), done)
