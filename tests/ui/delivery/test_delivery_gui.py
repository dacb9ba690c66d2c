"""The delivery GUI against the real sandbox: checklist, editors, artist preview, deliver, dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.findings import Finding
from app.domain.resources import Offer, Product, SendTask
from app.services.delivery import DeliveryRequest, DeliveryService
from app.ui.delivery.artist_preview import ArtistPreviewDialog
from app.ui.delivery.checklist import ReadinessChecklist
from app.ui.delivery.dashboard import DeliveryDashboard
from app.ui.delivery.deliver_dialog import DeliverDialog
from app.ui.delivery.models import COL_REASON, COL_STATUS
from app.ui.delivery.rights_offers import OffersEditor, RightsEditor, check

WAIT = 20_000


def codes(checklist: ReadinessChecklist) -> set[str]:
    return {f.code for f in checklist.model.findings()}


def row_of(checklist: ReadinessChecklist, code: str) -> int:
    findings: list[Finding] = checklist.model.findings()
    return next(i for i, f in enumerate(findings) if f.code == code)


def statuses(dashboard: DeliveryDashboard) -> dict[str, str]:
    model = dashboard.controller.model
    return {str(t.id): t.status or "" for t in model.tasks()}


def test_checklist_fixes_validates_and_activates_a_synced_draft(qtbot, controller, make_draft, api):
    product = make_draft(production_line="2026 Records Music")
    pid = str(product.id)
    checklist = ReadinessChecklist(controller)
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.set_product(pid, target_dsp_ids=["1", "4"])
    qtbot.waitUntil(lambda: checklist.release is not None and not controller.busy, timeout=WAIT)
    assert {"offer.release_date", "offer.subgenre", "right.missing", "style.line_year"} <= codes(checklist)
    assert not checklist.activate_button.isEnabled()
    assert "block activation" in checklist.headline.text()

    for code in ("offer.release_date", "right.missing", "style.line_year"):
        button = checklist.fix_buttons[row_of(checklist, code)]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda code=code: code not in codes(checklist) and not controller.busy,
                        timeout=WAIT)
    assert api.get(Product, pid).production_line == "Records Music"

    editor = OffersEditor(controller, pid)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.subgenre.count() > 1 and editor.default() is not None
                    and not controller.busy, timeout=WAIT)
    editor.subgenre.setCurrentIndex(editor.subgenre.findText("Alternative"))
    qtbot.mouseClick(editor.validate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "active" in editor.default_status.text(), timeout=WAIT)
    default = next(o for o in api.list(Offer, filters={"product-id": pid}) if o.is_default)
    assert default.status == "active" and default.subgenre_id == "2"

    # no "Check again" needed: the editor's save refreshes the checklist of the same product
    qtbot.waitUntil(lambda: checklist.activate_button.isEnabled(), timeout=WAIT)
    assert "ready to activate" in checklist.headline.text()
    qtbot.mouseClick(checklist.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(checklist, "preview_dialog", None) is not None
                    and checklist.preview_dialog.isVisible(), timeout=WAIT)
    dialog: ArtistPreviewDialog = checklist.preview_dialog
    assert [m.name for m in dialog.model.matches()] == ["Mira Lane"]
    assert "New artists will be created for: Mira Lane" in dialog.summary.text()
    qtbot.mouseClick(dialog.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is active" in checklist.headline.text(), timeout=WAIT)
    assert api.get(Product, pid).status == "active"
    assert not checklist.activate_button.isEnabled()


def test_deliver_dialog_and_dashboard_take_two_dsps_to_completed(qtbot, controller, make_draft,
                                                                  api, notifier):
    product = make_draft()
    pid = str(product.id)
    dashboard = DeliveryDashboard(controller)
    qtbot.addWidget(dashboard)
    dashboard.show()
    controller.load(pid)
    dialog = DeliverDialog(controller, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.dsp_model.rowCount() > 10 and dialog.product is not None
                    and not controller.busy, timeout=WAIT)
    dialog.check_dsps(["Spotify", "Deezer"])
    dialog.subgenre.setCurrentIndex(dialog.subgenre.findText("Alternative"))
    assert dialog.deliver_button.isEnabled()
    qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.preview_dialog is not None and dialog.preview_dialog.isVisible(),
                    timeout=WAIT)
    qtbot.mouseClick(dialog.preview_dialog.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivery_result is not None, timeout=WAIT)
    log = dialog.log.toPlainText()
    for line in ("rights: done", "activate: done", "send task: done"):
        assert line in log
    assert len(dialog.delivery_result.tasks) == 2

    qtbot.waitUntil(lambda: sorted(statuses(dashboard).values()) == ["completed", "completed"],
                    timeout=WAIT)
    model = controller.model
    assert {model.dsp_name(t) for t in model.tasks()} == {"Spotify", "Deezer"}
    assert all(model.index(r, COL_STATUS).data() == "completed" for r in range(model.rowCount()))
    assert [m[0] for m in notifier.messages] == ["Delivered", "Delivered"]
    assert dashboard.dsp_filter.count() == 3  # All, Deezer, Spotify
    dashboard.dsp_filter.setCurrentIndex(dashboard.dsp_filter.findText("Deezer"))
    assert controller.proxy.rowCount() == 1

    # delivering again from the dialog is harmless: every step is skipped
    dialog.delivery_result = None
    qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.delivery_result is not None, timeout=WAIT)
    assert {s.outcome for s in dialog.delivery_result.steps} == {"skipped"}
    assert len(list(api.list(SendTask, filters={"product-id": pid}))) == 2


def test_dashboard_shows_a_failure_reason_and_redelivers_after_rights_and_offer_fixes(
        qtbot, controller, make_draft, api, notifier):
    product = make_draft()
    pid = str(product.id)
    service = DeliveryService(api)
    service.deliver(DeliveryRequest(product_id=pid, dsps=["Spotify"], subgenre="Pop"))
    tidal = service.resolve_dsps(["Tidal"])[0]
    failed = api.create(SendTask(deliverable=True, delivery_type="delivery", product_id=product.id,
                                 dsp_upload_identification_id=tidal.dui.id))
    dashboard = DeliveryDashboard(controller)
    qtbot.addWidget(dashboard)
    dashboard.show()
    controller.load(pid)
    qtbot.waitUntil(lambda: statuses(dashboard).get(str(failed.id)) == "error", timeout=WAIT)
    row = controller.model.row_of(str(failed.id))
    reason = controller.model.index(row, COL_REASON).data()
    assert "No distribution right covers Tidal" in reason
    assert any(m[0] == "Delivery failed" and m[2] for m in notifier.messages)
    assert dashboard.select_task(str(failed.id))
    assert dashboard.redeliver_button.isEnabled()
    assert reason in dashboard.detail.text()

    rights = RightsEditor(controller, pid)
    qtbot.addWidget(rights)
    qtbot.waitUntil(lambda: rights.dsp_model.rowCount() > 10 and rights.model.rowCount() == 1
                    and not controller.busy, timeout=WAIT)
    check(rights.dsp_model, [str(tidal.dsp.id)])
    check(rights.continent_model, ["1"])  # WW
    qtbot.mouseClick(rights.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rights.model.rowCount() == 2, timeout=WAIT)

    offers = OffersEditor(controller, pid)
    qtbot.addWidget(offers)
    qtbot.waitUntil(lambda: offers.dui_combo.count() > 10 and offers.default() is not None
                    and not controller.busy, timeout=WAIT)
    offers.dui_combo.setCurrentIndex(offers.dui_combo.findData(str(tidal.dui.id)))
    qtbot.mouseClick(offers.add_offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(str(tidal.dui.id) in o.dsp_upload_identification_ids
                                for o in offers.dsp_offer_model.rows()), timeout=WAIT)

    qtbot.mouseClick(dashboard.redeliver_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(statuses(dashboard)) == 3, timeout=WAIT)
    new_id = max(statuses(dashboard), key=int)
    qtbot.waitUntil(lambda: statuses(dashboard)[new_id] == "completed", timeout=WAIT)
    assert statuses(dashboard)[str(failed.id)] == "error"
    dashboard.status_filter.setCurrentIndex(dashboard.status_filter.findData("error"))
    assert controller.proxy.rowCount() == 1


def test_apple_offer_options_and_a_track_offer_are_saved(qtbot, controller, make_draft, api):
    product = make_draft()
    pid = str(product.id)
    DeliveryService(api).deliver(DeliveryRequest(product_id=pid, dsps=["Spotify"], subgenre="Pop"))
    offers = OffersEditor(controller, pid)
    qtbot.addWidget(offers)
    qtbot.waitUntil(lambda: offers.dui_combo.count() > 10 and offers.default() is not None
                    and not controller.busy, timeout=WAIT)
    # the default offer's pre-order date, price code and usage flags
    offers.has_preorder.setChecked(True)
    offers.preorder_date.setDate(offers.release_date.date().addDays(-14))
    assert not offers.price_code.isEnabled()  # a Labelcamp-only offer attribute; this is limbo
    offers.usage["download"].setChecked(False)
    qtbot.mouseClick(offers.save_default, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.busy and offers.default().preorder_date is not None,
                    timeout=WAIT)
    default = next(o for o in api.list(Offer, filters={"product-id": pid}) if o.is_default)
    assert default.preorder_date[:10] == offers.preorder_date.date().toString("yyyy-MM-dd")
    assert default.usage["download"] is False and default.usage["on_demand_stream"] is True

    offers.dui_combo.setCurrentIndex(offers.dui_combo.findData("1876"))
    assert set(offers.option_widgets) == {"custom_vendor_id", "preorder_only",
                                          "itunes_preorder_price_code_id"}
    offers.option_widgets["custom_vendor_id"].setText("NOWL-0042")
    offers.option_widgets["preorder_only"].setValue(1)
    qtbot.mouseClick(offers.add_offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("1876" in o.dsp_upload_identification_ids
                                for o in offers.dsp_offer_model.rows()), timeout=WAIT)
    apple = next(o for o in api.list(Offer, filters={"product-id": pid})
                 if "1876" in o.dsp_upload_identification_ids)
    assert apple.options == {"custom_vendor_id": "NOWL-0042", "preorder_only": 1}

    offers.dsp_offer_table.selectRow([o.id for o in offers.dsp_offer_model.rows()].index(apple.id))
    qtbot.mouseClick(offers.add_track_offer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in offers.message.text(), timeout=WAIT)
    from app.domain.resources import TrackOffer

    [track_offer] = list(api.list(TrackOffer, filters={"offer-id": str(apple.id)}))
    assert track_offer.usage["copy_scan"] is False


def test_priority_next_asks_for_confirmation_with_the_daily_quota(qtbot, controller, make_draft):
    product = make_draft()
    dialog = DeliverDialog(controller, str(product.id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.priority_combo.count() == 3 and not controller.busy, timeout=WAIT)
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("next"))
    qtbot.waitUntil(lambda: dialog.next_box is not None and dialog.next_box.isVisible(), timeout=WAIT)
    assert "0 of 1000" in dialog.next_box.text()
    dialog.next_box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: dialog.priority_combo.currentData() == "normal", timeout=WAIT)
    assert not dialog.confirmed_next


def test_artist_preview_creates_an_artist_for_a_new_name(qtbot, controller, make_draft, api):
    product = make_draft(featuring=["Jo Newcomer"])
    pid = str(product.id)
    got = []
    controller.artists_ready.connect(lambda _pid, matches: got.append(matches))
    controller.preview_artists(pid)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    dialog = ArtistPreviewDialog(controller, pid, got[-1])
    qtbot.addWidget(dialog)
    names = [m.name for m in dialog.model.matches()]
    dialog.table.selectRow(names.index("Jo Newcomer"))
    assert dialog.selected().creates_new
    dialog.priority.setValue(5)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT)
    match = next(m for m in dialog.model.matches() if m.name == "Jo Newcomer")
    assert not match.creates_new and match.chosen.priority == 5
    assert dialog.model.index(names.index("Jo Newcomer"), 2).data().startswith("artist ")


def test_main_window_gets_a_dashboard_dock_and_a_delivery_menu(qtbot, controller, make_draft, api):
    from PySide6.QtWidgets import QDialog

    from app.ui.delivery.dock import install_delivery
    from app.ui.shell.main_window import MainWindow

    product = make_draft()
    window = MainWindow()
    qtbot.addWidget(window)
    area = install_delivery(window, controller.runner, jobs=controller.jobs, client=api,
                            current_product=lambda: str(product.id), notifier=controller.notifier)
    window.show()
    assert any(d.widget() is area.dashboard for d in window.docks)
    area.act_readiness.trigger()
    dialog = area.windows[-1]
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    checklist = dialog.findChild(ReadinessChecklist)
    qtbot.waitUntil(lambda: checklist.release is not None, timeout=WAIT)
    assert "offer.subgenre" in codes(checklist)
    area.act_deliver.trigger()
    assert isinstance(area.windows[-1], DeliverDialog)

    # a new sign-in while the poller runs: the old job stops, a new one follows the tasks to the end
    result = DeliveryService(api).deliver(DeliveryRequest(product_id=str(product.id), dsps=["Spotify"],
                                                          subgenre="Pop"))
    area.controller.watch(result.tasks)
    qtbot.waitUntil(lambda: area.controller.poller_job is not None
                    and area.controller.poller_job.running, timeout=WAIT)
    area.set_client(api)
    qtbot.waitUntil(lambda: [t.status for t in area.controller.model.tasks()] == ["completed"],
                    timeout=WAIT)
    area.controller.stop()
    qtbot.waitUntil(lambda: not area.controller.jobs.jobs(), timeout=WAIT)


def test_artist_preview_makes_another_same_name_artist_win(qtbot, controller, make_draft, api):
    from app.domain.resources import Artist

    low = api.create(Artist(name="Mira Lane", priority=2))
    high = api.create(Artist(name="Mira Lane", priority=7))
    product = make_draft()
    got = []
    controller.artists_ready.connect(lambda _pid, matches: got.append(matches))
    controller.preview_artists(str(product.id))
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    dialog = ArtistPreviewDialog(controller, str(product.id), got[-1])
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.selected().chosen.id == high.id and dialog.prefer_button.isEnabled()
    dialog.candidate.setCurrentIndex(dialog.candidate.findData(low.id))
    qtbot.mouseClick(dialog.prefer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT)
    match = dialog.model.matches()[0]
    assert match.chosen.id == low.id and match.chosen.priority == 8


def test_rights_editor_adds_an_exclusion_and_clears_every_rule(qtbot, controller, make_draft, api):
    product = make_draft()
    pid = str(product.id)
    DeliveryService(api).deliver(DeliveryRequest(product_id=pid, dsps=["Spotify"], subgenre="Pop"))
    rights = RightsEditor(controller, pid)
    qtbot.addWidget(rights)
    qtbot.waitUntil(lambda: rights.dsp_model.rowCount() > 10 and rights.model.rowCount() == 1
                    and not controller.busy, timeout=WAIT)
    rights.action.setCurrentIndex(rights.action.findData("remove"))
    check(rights.dsp_model, ["1"])
    rights.territories.setText("fr, be")
    qtbot.mouseClick(rights.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rights.model.rowCount() == 2, timeout=WAIT)
    removal = next(r for r in DeliveryService(api).rights(pid) if r.action == "remove")
    assert removal.dsp_ids == ["1"] and len(removal.territory_ids) == 2
    rights.territories.setText("XX")
    qtbot.mouseClick(rights.add_button, Qt.MouseButton.LeftButton)
    assert "Unknown territory code(s): XX" in rights.message.text()
    qtbot.mouseClick(rights.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rights.model.rowCount() == 0, timeout=WAIT)
    assert DeliveryService(api).rights(pid) == []


def test_a_synced_drafts_delivery_state_reaches_the_local_catalog(qtbot, controller, api, tmp_path):
    from tests.delivery.test_synced_draft import synced_draft

    store, local, pid = synced_draft(api, tmp_path / "release", serial=51)
    try:
        controller.catalog = store.catalog
        dialog = DeliverDialog(controller, pid)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.dsp_model.rowCount() > 10 and dialog.product is not None
                        and not controller.busy, timeout=WAIT)
        dialog.check_dsps(["Spotify", "Deezer"])
        dialog.subgenre.setCurrentIndex(dialog.subgenre.findText("House"))
        qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=WAIT)
        qtbot.mouseClick(dialog.preview_dialog.activate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.delivery_result is not None, timeout=WAIT)
        assert not dialog.delivery_result.blocked, dialog.log.toPlainText()
        qtbot.waitUntil(lambda: store.catalog.product_row(local).delivery_state == "delivered to 2",
                        timeout=WAIT)
        assert api.get(Product, pid).status == "active"
    finally:
        controller.stop()
        qtbot.waitUntil(lambda: not controller.jobs.jobs(), timeout=WAIT)
        controller.runner.wait_idle(10_000)
        store.close()
