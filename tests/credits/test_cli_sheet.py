"""``releasedesk sheet export`` / ``sheet import`` in-process, on a profile's real catalog file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.services.sheet import HEADER
from app.store import catalog_for_profile
from tests.sync.conftest import import_release


def test_sheet_export_and_import_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    store = catalog_for_profile("work")
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2, upc_code="840000000017")
    store.close()
    path = tmp_path / "catalog.xlsx"
    assert main(["sheet", "export", str(path), "--label", label, "--profile", "work"]) == 0
    assert "3 rows written" in capsys.readouterr().out

    assert main(["sheet", "import", str(path), "--json", "--profile", "work"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": 0, "errors": []}

    book = load_workbook(path)
    ws = book.worksheets[0]
    ws.cell(2, HEADER.index("upc_code") + 1).value = "84000000ABCD"
    book.save(path)
    assert main(["sheet", "import", str(path), "--dry-run", "--json", "--profile", "work"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["changes"] == 0
    assert [(e["row"], e["column"]) for e in doc["errors"]] == [(2, "upc_code")]
    assert "84000000ABCD" in doc["errors"][0]["message"]
    assert main(["sheet", "import", str(path), "--profile", "work"]) == 1
    out = capsys.readouterr().out
    assert "row 2, column upc_code" in out and "nothing was applied" in out

    ws.cell(2, HEADER.index("upc_code") + 1).value = "840000000017"
    ws.cell(2, HEADER.index("name") + 1).value = "Neon Tide (Deluxe)"
    book.save(path)
    assert main(["sheet", "import", str(path), "--profile", "work"]) == 0
    assert "1 change applied as drafts" in capsys.readouterr().out
    store = catalog_for_profile("work")
    try:
        assert store.catalog.values(product)["name"] == "Neon Tide (Deluxe)"
    finally:
        store.close()
    assert main(["sheet", "export", str(tmp_path / "catalog.ods"), "--profile", "work"]) == 2
    assert ".xlsx or a .csv" in capsys.readouterr().err
