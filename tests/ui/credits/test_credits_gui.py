"""The Credits tab, the label's code ranges and the catalog-sheet preview, in the real main window on a
real store file (tasks run synchronously)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.sheet import HEADER
from tests.ui.conftest import seed


def _show(controller, qtbot, kind: str, local_id: str):
    controller.editors.show(kind, local_id)
    qtbot.waitUntil(lambda: controller.editors.current is not None
                    and controller.editors.current.local_id == local_id, timeout=5000)


def test_credits_tab_shows_the_split_total_and_saves_roles_and_shares(main_window, ui_store, qtbot):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    _show(controller, qtbot, "track", track)
    editor = controller.track_editor
    assert editor.tabs is not None and editor.tabs.count() >= 2  # Details, Credits (then Lyrics)
    assert editor.tabs.tabText(1) == "Credits"
    panel = controller.credits_area.credits.panel
    assert panel.isEnabled()
    assert "lyricist" in panel.findings.text()  # a song without a lyricist
    model = panel.model
    for name, share, lyricist in (("Ana Lua", "60", False), ("Rui Sol", "30", True)):
        row = model.add_writer()
        model.setData(model.index(row, 0), name)
        model.setData(model.index(row, 3), share)
        if lyricist:
            model.setData(model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "90" in panel.total.text() and "100" in panel.total.text()  # the error beside the total
    assert not model.setData(model.index(0, 3), "sixty")  # refused: the share stays
    panel.iswc.setText("T-034.524.680-2")
    assert panel.iswc_note.isVisibleTo(panel) and "1" in panel.iswc_note.text()
    panel.iswc.setText("T-034.524.680-1")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    values = ui_store.catalog.values(track)
    assert values["composer"] == ["Ana Lua", "Rui Sol"] and values["lyricist"] == ["Rui Sol"]
    assert "100 %" in panel.findings.text()  # the split is still 90 %
    model.setData(model.index(1, 3), "40")
    assert panel.total.text() == "Total: 100 %"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.findings.text() == ""
    kept = ui_store.credits.local_credits(track)
    assert kept is not None and kept[0] == "T-034.524.680-1"
    assert [w.share for w in kept[2]] == [Decimal(60), Decimal(40)]
    # each save is one undo step; undoing both puts back the credits as first shown
    controller.undo.undo()
    assert [w.share for w in ui_store.credits.local_credits(track)[2]] == [Decimal(60), Decimal(30)]
    controller.undo.undo()
    assert ui_store.catalog.values(track).get("composer") in (None, [])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)  # the tab shows it again
    controller.undo.redo()
    assert ui_store.catalog.values(track)["lyricist"] == ["Rui Sol"]


def test_label_codes_then_next_isrc_and_split_sheet_files(main_window, ui_store, qtbot, tmp_path: Path):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=2)
    area = controller.credits_area
    _show(controller, qtbot, "label", ids["label"])
    box = area.credits.codes_box
    box.registrant.setText("F-Z1")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "FR-Z12" in box.note.text()  # the example of a good code
    box.registrant.setText("FR-Z12")
    box.first.setValue(40)
    box.last.setValue(50)
    box.gs1.setText("0614141")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert ui_store.credits.label_codes(ids["label"]).isrc_first == 40
    first, second = (t.local_id for t in ui_store.catalog.tracks(ids["products"][0]))
    _show(controller, qtbot, "track", first)
    area.act_isrc.trigger()
    _show(controller, qtbot, "track", second)
    area.act_isrc.trigger()
    codes = [ui_store.catalog.values(t)["isrc_code"] for t in (first, second)]
    assert codes[0].startswith("FRZ12") and codes[0].endswith("00040") and codes[1].endswith("00041")
    area.act_upc.trigger()
    assert ui_store.catalog.values(ids["products"][0])["upc_code"].startswith("0614141")
    pdf, csv_file = tmp_path / "split.pdf", tmp_path / "split.csv"
    area.credits.write_split_sheet(ids["products"][0], pdf)
    area.credits.write_split_sheet(ids["products"][0], csv_file)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = csv_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Track,ISRC,ISWC,Writer (legal name)")
    assert "Song 1" in text and "Song 2" in text


def test_sheet_import_preview_lists_errors_by_cell_and_disables_apply(main_window, ui_store, qtbot,
                                                                       tmp_path: Path):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=2)
    sheet = controller.credits_area.sheet
    path = tmp_path / "catalog.xlsx"
    sheet.export_to(path)
    sheet.preview(path)
    dialog = sheet.dialog
    assert dialog is not None and "nothing to change" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()

    book = load_workbook(path)
    ws = book.worksheets[0]
    ws.cell(2, HEADER.index("upc_code") + 1).value = "50123ABC8900"
    ws.cell(3, HEADER.index("name") + 1).value = "Song One"
    book.save(path)
    sheet.preview(path)
    dialog = sheet.dialog
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors.rowCount() == 1 and dialog.changes.rowCount() == 1
    row, column = (dialog.errors.data(dialog.errors.index(0, c)) for c in (0, 1))
    assert row == 2 and column == "G (upc_code)"
    dialog.reject()

    ws.cell(2, HEADER.index("upc_code") + 1).value = "5012345678900"
    book.save(path)
    sheet.preview(path)
    dialog = sheet.dialog
    assert dialog.apply_button.isEnabled()
    dialog.accept()
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    qtbot.waitUntil(lambda: ui_store.catalog.values(track)["title"] == "Song One", timeout=5000)


def test_new_products_and_tracks_get_codes_from_the_labels_ranges(main_window, ui_store, qtbot):
    from app.domain.codes import upc_problem
    from app.domain.labelcodes import LabelCodes

    window, controller = main_window
    label = ui_store.drafts.create_label(name="Night Owl Records")
    ui_store.credits.set_label_codes(label, LabelCodes("FR-Z12", 7, 99, "0614141"))
    controller.catalog.flush_changes()
    controller.catalog.select("label", label)
    window.act_new_product.trigger()
    (product,) = ui_store.catalog.products(label)
    assert product.upc and product.upc.startswith("0614141") and upc_problem(product.upc) is None
    qtbot.waitUntil(lambda: window.editors.currentWidget() is controller.product_editor, timeout=10000)
    window.act_new_track.trigger()
    window.act_new_track.trigger()
    isrcs = [t.isrc or "" for t in ui_store.catalog.tracks(product.local_id)]
    assert [code[:5] for code in isrcs] == ["FRZ12", "FRZ12"]
    assert [code[-5:] for code in isrcs] == ["00007", "00008"]
