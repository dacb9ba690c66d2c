"""A window whose catalog tree expands a label while the label's first page is read synchronously.

Run as ``python -m tests.ui.catalog_expand_scenario DIR`` (offscreen) by
``tests/ui/test_model_reentrancy.py``: in its own process, because a model that removes rows while
QTreeView lays them out makes the view write past the end of its row list, and that kills the process
(SIGSEGV or ``malloc(): corrupted top size``) instead of failing one test.

The scene: many labels are shown (so the tree's row list is long), then a label's products are made
after its count was read, so the refresh pushes each one into the tree before the label's page is
read (more rows than products: the pushed rows and the blank rows the count made). Selecting one of
them expands the label; the view asks for its first page from inside its layout, and the page, once
placed, drops the surplus rows. Prints ``rows N`` when the tree settled with one row per product.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

LABELS = 100
PRODUCTS = 150


def main(folder: str) -> int:
    from PySide6.QtCore import QDeadlineTimer, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.session import Session
    from app.store import open_catalog
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import SyncRunner

    tmp = Path(folder)
    store = open_catalog(tmp / "catalog.sqlite3")
    for i in range(LABELS):
        store.drafts.create_label(name=f"A label {i:03d}")
    window = MainWindow()
    settings = QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    def wait_for(condition: Callable[[], bool]) -> None:
        deadline = QDeadlineTimer(20_000)
        while not condition() and not deadline.hasExpired():
            app.processEvents()

    controller.attach(Session("scenario", store))
    catalog = controller.catalog
    model = catalog.model
    wait_for(lambda: model.rowCount(model.company_index()) == LABELS)  # the labels' read landed
    label = store.drafts.create_label(name="Zebra Records")
    catalog.flush_changes()
    products = [store.drafts.create_product(label, name=f"Album {i:04d}", upc_code="5012345678900",
                                            artist=["Ana Lua"]) for i in range(PRODUCTS)]
    catalog.flush_changes()
    pushed = model.rowCount(model.find("label", label))
    if not catalog.select("product", products[-1]):
        print("not selected", flush=True)
        return 2
    wait_for(lambda: model.rowCount(model.find("label", label)) == PRODUCTS)
    rows = model.rowCount(model.find("label", label))
    current = window.catalog.tree.currentIndex()
    print(f"pushed {pushed}", flush=True)
    print(f"rows {rows}", flush=True)
    print(f"current {current.data()}", flush=True)
    controller.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
