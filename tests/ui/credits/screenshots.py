"""Screenshots of the Credits tab and the catalog-sheet preview: ``python -m tests.ui.credits.screenshots``.

Writes resources/screenshots/credits.png, label-codes.png and sheet-import.png.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from tests.ui.shots import begin


def main() -> int:
    home, out = begin("credits")

    from openpyxl import load_workbook
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.domain.credits import TrackCredits, Writer
    from app.domain.labelcodes import LabelCodes
    from app.services.credits import CreditsService
    from app.services.session import Session
    from app.services.sheet import HEADER
    from app.store import open_catalog
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import SyncRunner

    app = QApplication.instance() or QApplication(sys.argv)
    store = open_catalog(home / "catalog.sqlite3")
    label = store.drafts.create_label(name="Night Owl Records")
    product = store.drafts.create_product(label, name="Night Drive", upc_code="5012345678900",
                                          artist=["Ana Lua"], production_year=2026)
    tracks = [store.drafts.create_track(product, title=title, track_number=n, volume_number=1,
                                        artist=["Ana Lua"], isrc_code=f"FRZ122600{n:03d}")
              for n, title in enumerate(("Night Drive", "City Lights", "Last Train"), start=1)]
    CreditsService(store.catalog, store.drafts, store.credits).save(tracks[0], TrackCredits(
        writers=(Writer("Ana Lua Ferreira", share=Decimal(50), pro="SACEM", ipi="00250186311"),
                 Writer("Rui Sol Martins", composer=False, lyricist=True, share=Decimal(40), pro="SPA")),
        producers=("Cleo Park",), publishers=("Night Owl Publishing",), iswc="T-034.524.680-1"))

    window = MainWindow()
    window.resize(1280, 800)
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    controller.attach(Session("screens", store))
    controller.catalog.flush_changes()
    controller.editors.show("track", tracks[0])
    app.processEvents()
    editor = controller.track_editor
    assert editor.tabs is not None
    editor.tabs.setCurrentIndex(1)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "credits.png"))
    store.credits.set_label_codes(label, LabelCodes("FR-Z12", 1, 500, "0614141"))
    controller.editors.show("label", label)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "label-codes.png"))

    sheet = controller.credits_area.sheet
    path = home / "catalog.xlsx"
    sheet.export_to(path)
    book = load_workbook(path)
    ws = book.worksheets[0]
    col = {name: HEADER.index(name) + 1 for name in HEADER}
    rows = {kind: [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == kind]
            for kind in ("product", "track", "writer")}
    ws.cell(rows["product"][0], col["upc_code"]).value = "50123456789OO"
    ws.cell(rows["track"][0], col["name"]).value = "Night Drive (Radio Edit)"
    ws.cell(rows["writer"][1], col["share"]).value = "50"
    ws.cell(rows["track"][1], col["isrc_code"]).value = "FR-Z12-26-00099"
    ws.cell(rows["track"][2], col["track_number"]).value = "three"
    book.save(path)
    sheet.preview(path)
    dialog = sheet.dialog
    assert dialog is not None
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "sheet-import.png"))
    controller.shutdown()
    print(out / "credits.png")
    print(out / "sheet-import.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
