"""The catalog as a spreadsheet: real XLSX and CSV files written, edited with openpyxl, read back."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.credits import TrackCredits, Writer
from app.domain.errors import UsageError
from app.services.credits import CreditsService
from app.services.drafts import DraftsService
from app.services.sheet import HEADER, SheetService
from app.store import CatalogStore
from app.store.credits import CreditStore
from tests.sync.conftest import import_release


def catalog(store: CatalogStore, tmp_path: Path) -> tuple[SheetService, str, str]:
    credit_store = CreditStore(store.db)
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=3, upc_code="840000000017")
    store.drafts.create_offer(product, release_date="2026-06-05", release_type="default")
    first = store.catalog.tracks(product)[0].local_id
    CreditsService(store.catalog, store.drafts, credit_store).save(first, TrackCredits(
        writers=(Writer("Ada Vale", share=Decimal("50"), pro="SACEM"),
                 Writer("Ben Ortiz", lyricist=True, share=Decimal("50"))),
        publishers=("Night Shift Publishing",), iswc="T-034.524.680-1"))
    return SheetService(store.catalog, store.drafts, credit_store), label, product


def ops(store: CatalogStore) -> int:
    return len(DraftsService(store.catalog, store.drafts, store.outbox).operations())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_unchanged_is_zero_changes(store: CatalogStore, tmp_path: Path, suffix: str):
    sheet, label, _ = catalog(store, tmp_path)
    path = tmp_path / f"catalog{suffix}"
    rows = sheet.export(path, label)
    assert rows == 1 + 1 + 3 + 2  # product, offer, three tracks, two writers
    queued = ops(store)
    report = sheet.import_file(path)
    assert report.errors == [] and report.changes == [] and not report.applied
    assert ops(store) == queued


def test_letters_in_a_upc_cell_are_refused_by_row_and_column_and_nothing_is_applied(
        store: CatalogStore, tmp_path: Path):
    sheet, label, product = catalog(store, tmp_path)
    path = tmp_path / "catalog.xlsx"
    sheet.export(path, label)
    book = load_workbook(path)
    ws = book.worksheets[0]
    upc_col = HEADER.index("upc_code") + 1
    name_col = HEADER.index("name") + 1
    assert ws.cell(2, 1).value == "product"
    ws.cell(2, upc_col).value = "84000000ABCD"
    ws.cell(4, name_col).value = "A new title"  # a valid edit in the same file is not applied either
    book.save(path)
    before = store.catalog.values(product)
    queued = ops(store)
    report = sheet.import_file(path)
    assert [(e.row, e.column, e.message.code) for e in report.errors] == [(2, "upc_code", "sheet.upc")]
    assert "84000000ABCD" in str(report.errors[0].message)
    assert not report.applied and store.catalog.values(product) == before and ops(store) == queued


def test_edits_are_listed_by_row_and_column_then_applied_as_drafts(store: CatalogStore, tmp_path: Path):
    sheet, label, product = catalog(store, tmp_path)
    path = tmp_path / "catalog.xlsx"
    sheet.export(path, label)
    book = load_workbook(path)
    ws = book.worksheets[0]
    col = {name: HEADER.index(name) + 1 for name in HEADER}
    rows = {(ws.cell(r, 1).value, ws.cell(r, col["name"]).value): r for r in range(2, ws.max_row + 1)}
    track_row = next(r for (kind, _), r in rows.items() if kind == "track")
    writer_row = rows[("writer", "Ben Ortiz")]
    track_id = ws.cell(track_row, col["id"]).value
    ws.cell(track_row, col["name"]).value = "Night Drive"
    ws.cell(track_row, col["isrc_code"]).value = "GB-AYE-26-00099"
    ws.cell(writer_row, col["share"]).value = "40"
    ws.cell(writer_row + 1 if ws.cell(writer_row + 1, 1).value == "writer" else writer_row - 1,
            col["share"]).value = "60"
    book.save(path)
    dry = sheet.import_file(path, dry_run=True)
    assert dry.errors == [] and not dry.applied
    assert {(c.row, c.column) for c in dry.changes} >= {(track_row, "name"), (track_row, "isrc_code"),
                                                         (writer_row, "share")}
    assert store.catalog.values(track_id)["title"] != "Night Drive"  # a dry run applies nothing
    report = sheet.import_file(path)
    assert report.applied and len(report.changes) == len(dry.changes) == 4
    values = store.catalog.values(track_id)
    assert values["title"] == "Night Drive" and values["isrc_code"] == "GBAYE2600099"
    kept = CreditStore(store.db).local_credits(track_id)
    assert kept is not None and [w.share for w in kept[2]] == [Decimal(60), Decimal(40)]
    assert sheet.import_file(path).changes == []  # applied: the file now matches the catalog


def test_unknown_ids_columns_and_kinds_are_errors_with_their_cells(store: CatalogStore, tmp_path: Path):
    sheet, label, _ = catalog(store, tmp_path)
    path = tmp_path / "catalog.csv"
    sheet.export(path, label)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    table[1][HEADER.index("id")] = "product:n-000000000000"
    table[2][0] = "album"
    table[3][HEADER.index("track_number")] = "two"
    table[3][HEADER.index("upc_code")] = "840000000017"  # a UPC on a track row
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(table)
    report = sheet.import_file(path)
    assert {(e.row, e.column, e.message.code) for e in report.errors} == {
        (2, "id", "sheet.unknown_id"), (3, "kind", "sheet.unknown_kind"),
        (4, "track_number", "sheet.whole_number"), (4, "upc_code", "sheet.not_editable")}
    table[0].append("mood")
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(table)
    (error,) = sheet.import_file(path).errors
    assert (error.row, error.column, error.message.code) == (1, "mood", "sheet.unknown_column")


def test_files_that_are_not_sheets_get_one_sentence(store: CatalogStore, tmp_path: Path):
    sheet, _, _ = catalog(store, tmp_path)
    with pytest.raises(UsageError):
        sheet.export(tmp_path / "catalog.ods")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(Exception) as caught:
        sheet.import_file(broken)
    assert caught.value.sentence.code == "sheet.unreadable"  # type: ignore[attr-defined]
