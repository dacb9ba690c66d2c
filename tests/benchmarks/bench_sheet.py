"""The catalog sheet: export and import (dry run) of 300 products with 10 tracks each (3,300 rows).

Reference, measured in the same run: openpyxl alone writing and reading the same table (the library's
own cost), and the csv module alone for CSV. The ratios show what comparing every cell with the
catalog adds on top of reading and writing the file.
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path


def _time(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    from openpyxl import Workbook, load_workbook

    from app.services.sheet import SheetService, read_table
    from app.store import open_catalog

    folder = Path(tempfile.mkdtemp(prefix="bench-sheet-"))
    store = open_catalog(folder / "catalog.sqlite3")
    with store.drafts.transaction():
        label = store.drafts.create_label(name="Bench Records")
        for p in range(300):
            product = store.drafts.create_product(label, name=f"Album {p:04d}", artist=["Ada Vale"],
                                                  production_year=2026, copyright_line="2026 Bench")
            for t in range(10):
                store.drafts.create_track(product, title=f"Song {t + 1}", track_number=t + 1, volume_number=1,
                                          artist=["Ada Vale"], composer=["Ada Vale"],
                                          isrc_code=f"FRZ1226{p * 10 + t:05d}")
    service = SheetService(store.catalog, store.drafts, store.credits)
    xlsx, csv_path = folder / "catalog.xlsx", folder / "catalog.csv"
    rows = service.rows(label)

    def ref_xlsx() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Catalog")
        for row in rows:
            sheet.append(row)
        book.save(folder / "ref.xlsx")
        loaded = load_workbook(folder / "ref.xlsx", read_only=True)
        list(loaded.worksheets[0].iter_rows(values_only=True))
        loaded.close()

    def ref_csv() -> None:
        with open(folder / "ref.csv", "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
        with open(folder / "ref.csv", newline="", encoding="utf-8") as fh:
            list(csv.reader(fh))

    reference_xlsx = _time(ref_xlsx)
    export_xlsx = _time(lambda: service.export(xlsx, label))
    import_xlsx = _time(lambda: service.import_file(xlsx, dry_run=True))
    reference_csv = _time(ref_csv)
    export_csv = _time(lambda: service.export(csv_path, label))
    import_csv = _time(lambda: service.import_file(csv_path, dry_run=True))
    report = service.compare(read_table(xlsx))
    store.close()
    print(f"rows: {len(rows) - 1}; after a round trip: {len(report.changes)} changes, "
          f"{len(report.errors)} errors")
    print(f"xlsx: export {export_xlsx:.2f} s + import {import_xlsx:.2f} s; "
          f"openpyxl alone {reference_xlsx:.2f} s; ratio {(export_xlsx + import_xlsx) / reference_xlsx:.2f}x")
    print(f"csv:  export {export_csv:.2f} s + import {import_csv:.2f} s; "
          f"csv module alone {reference_csv:.3f} s; ratio {(export_csv + import_csv) / reference_csv:.1f}x")
