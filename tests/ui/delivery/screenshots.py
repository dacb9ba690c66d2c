"""Screenshots of the delivery area on a live sandbox: ``python -m tests.ui.delivery.screenshots``.

Writes resources/screenshots/delivery_{checklist,dashboard,deliver_dialog,artist_preview}.png.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from tests.ui.shots import begin, wait_until


def main() -> int:
    home, out = begin("delivery")

    from PySide6.QtWidgets import QApplication

    from app.api.client import ApiClient
    from app.domain.resources import Artist, Availability, Label, Product, SendTask, Track
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox
    from app.services.delivery import DeliveryRequest, DeliveryService
    from app.ui.delivery.artist_preview import ArtistPreviewDialog
    from app.ui.delivery.checklist import ReadinessChecklist
    from app.ui.delivery.controller import DeliveryController
    from app.ui.delivery.dashboard import DeliveryDashboard
    from app.ui.delivery.deliver_dialog import DeliverDialog
    from app.workers.runner import TaskRunner
    from tests.delivery.conftest import valid_upc, write_cover, write_flac

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sb = start_sandbox(data_dir=home / "sandbox", delivery_seconds=6.0)
    client = ApiClient(Profile("shots", sb.base_url, sb.dialect, sb.email), MemorySecretStore())
    client.login(sb.password)
    runner = TaskRunner()
    controller = DeliveryController(DeliveryService(client), runner, poll_min=0.5, poll_max=2.0)
    label = client.create(Label(name="Night Owl Records", company_id="1"))

    def release(name: str, titles: list[str], **kw: Any) -> Product:
        fields: dict[str, Any] = dict(
            name=name, upc_code=valid_upc(), copyright_line="Night Owl Records",
            production_line="Night Owl Records", production_year=2026, status="draft",
            artist=["Mira Lane"], release_date="2027-02-12", label_id=label.id, language_id="4",
            product_type_id="1")
        fields.update(kw)
        product = client.create(Product(**fields))
        client.upload_cover(str(product.id), write_cover(home / f"{product.id}.jpg"))
        for i, title in enumerate(titles, 1):
            track = client.create(Track(title=title, track_number=i, volume_number=1,
                                        isrc_code=f"GBAYE26{int(product.id):02d}{i:03d}",
                                        artist=["Mira Lane"], product_id=product.id,
                                        audio_language_id="4"))
            client.upload_record(str(track.id), write_flac(home / f"{track.id}.flac", 2.0,
                                                           seed=int(track.id)))
        return client.get(Product, str(product.id))

    try:
        # 1. the checklist of a draft with real problems
        draft = release("Night Drive", ["Open Road featuring Jo Vale", "LIGHTS OF THE CITY", "Home Again"],
                        production_line="2026 Night Owl Records")
        checklist = ReadinessChecklist(controller)
        checklist.resize(1100, 460)
        checklist.show()
        checklist.set_product(str(draft.id), target_dsp_ids=["1", "4"])
        wait_until(app, lambda: checklist.release is not None and not controller.busy)
        checklist.grab().save(str(out / "delivery_checklist.png"))

        # 2. the artist preview before activation: two same-name artists, one new name
        client.create(Artist(name="Mira Lane", priority=2))
        top = client.create(Artist(name="Mira Lane", priority=8))
        client.create(Availability(artist_id=top.id, dsp_id="1", dsp_artist_id="4Nf0bX2Qm1"))
        client.create(Availability(artist_id=top.id, dsp_id="2", dsp_artist_id="1589023"))
        got: list[Any] = []
        controller.artists_ready.connect(lambda _pid, matches: got.append(matches))
        controller.preview_artists(str(draft.id))
        wait_until(app, lambda: bool(got))
        preview = ArtistPreviewDialog(controller, str(draft.id), got[-1])
        preview.resize(1000, 360)
        preview.show()
        wait_until(app, lambda: True)
        preview.grab().save(str(out / "delivery_artist_preview.png"))
        preview.close()

        # 3. the deliver dialog after a run
        other = release("Harbour Lights", ["Harbour Lights", "Low Tide"])
        dialog = DeliverDialog(controller, str(other.id))
        dialog.show()
        wait_until(app, lambda: dialog.dsp_model.rowCount() > 10 and dialog.product is not None
              and not controller.busy)
        dialog.check_dsps(["Spotify", "Deezer", "Apple Music"])
        dialog.subgenre.setCurrentIndex(dialog.subgenre.findText("Alternative"))
        dialog.subgenre2.setCurrentIndex(dialog.subgenre2.findText("Indie Pop"))
        dialog.deliver_button.click()
        wait_until(app, lambda: dialog.preview_dialog is not None)
        dialog.preview_dialog.activate_button.click()
        wait_until(app, lambda: dialog.delivery_result is not None)
        dialog.grab().save(str(out / "delivery_deliver_dialog.png"))

        # 4. the dashboard: deliveries in flight, done, and one failed with its reason
        service = DeliveryService(client)
        tidal = service.resolve_dsps(["Tidal"])[0]
        failed = client.create(SendTask(deliverable=True, delivery_type="delivery",
                                        product_id=other.id, dsp_upload_identification_id=tidal.dui.id))
        third = release("Paper Moons", ["Paper Moons"])
        service.deliver(DeliveryRequest(product_id=str(third.id), dsps=["Spotify", "Amazon Music"],
                                        subgenre="Folk"))
        dashboard = DeliveryDashboard(controller)
        dashboard.resize(1280, 420)
        dashboard.show()
        controller.load()
        wait_until(app, lambda: any(t.status == "error" for t in controller.model.tasks()), timeout=40)
        time.sleep(1.5)
        wait_until(app, lambda: True)
        dashboard.select_task(str(failed.id))
        wait_until(app, lambda: True)
        dashboard.grab().save(str(out / "delivery_dashboard.png"))
        print(f"saved 4 screenshots in {out}")
        controller.stop()
        runner.wait_idle(10_000)
    finally:
        client.close()
        sb.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
