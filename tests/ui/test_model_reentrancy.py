"""The catalog tree never inserts or removes rows while a view is inside a call into its model.

QTreeView calls ``fetchMore`` while it lays out a parent it expands and ``data`` while it paints; it
keeps pointers into its row list across those calls. A model that changes its rows before such a call
returns (its read finished at once, as with ``SyncRunner``) made the view write past the end of that
list: ``malloc(): corrupted top size`` or a segfault when a product under a collapsed label was selected
(see ``app/ui/common/model_tasks.py``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QSettings

from app.ui.catalog.model import CatalogModel
from app.ui.shell.controller import MainController
from app.ui.shell.main_window import MainWindow
from app.workers.runner import SyncRunner
from tests.ui.catalog_expand_scenario import PRODUCTS

ROOT = Path(__file__).resolve().parents[2]
_CALLS_INTO_THE_MODEL = {getattr(CatalogModel, name).__code__: name
                         for name in ("fetchMore", "canFetchMore", "data")}


class ReentrancyWatch:
    """Records every row insert/remove/reset the model announces while one of its methods that a view
    calls (``fetchMore``, ``canFetchMore``, ``data``) is on the stack."""

    def __init__(self, model: CatalogModel) -> None:
        self.violations: list[str] = []
        self.changes = 0
        for name in ("rowsAboutToBeInserted", "rowsAboutToBeRemoved", "modelAboutToBeReset",
                     "layoutAboutToBeChanged"):
            getattr(model, name).connect(lambda *_args, name=name: self._check(name))

    def _check(self, what: str) -> None:
        self.changes += 1
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            inside = _CALLS_INTO_THE_MODEL.get(frame.f_code)
            if inside is not None:
                self.violations.append(f"{what} inside {inside}")
                return
            frame = frame.f_back


def test_selecting_products_under_collapsed_labels_of_the_sandbox_never_changes_rows_inside_a_view_call(
        qtbot, tmp_path: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    controller.start(sandbox=True)  # the demo catalog, pulled from a real sandbox into the store
    try:
        catalog = controller.catalog
        model = catalog.model
        watch = ReentrancyWatch(model)
        store = controller.session.store.catalog
        labels = store.labels()
        qtbot.waitUntil(lambda: model.rowCount(model.company_index()) == len(labels), timeout=10000)
        catalog.flush_changes()  # the refresh pushes the products in before their labels' pages
        tree = window.catalog.tree
        selected = 0
        for label in labels:
            label_index = model.find("label", label.local_id)
            assert not tree.isExpanded(label_index)
            products = store.products(label.local_id)
            pushed = [p for p in products if model.find("product", p.local_id).isValid()]
            assert pushed and model.rowCount(label_index) > len(products)  # shown before its page
            for product in [pushed[-1], *products]:  # the first one expands the label
                qtbot.waitUntil(lambda p=product: model.find("product", p.local_id).isValid(),
                                timeout=10000)
                assert catalog.select("product", product.local_id)
                qtbot.waitUntil(lambda p=product: tree.currentIndex().data() == p.name, timeout=10000)
                selected += 1
            assert tree.isExpanded(model.find("label", label.local_id))
            count = len(products)
            qtbot.waitUntil(lambda lab=label, n=count: model.rowCount(
                model.find("label", lab.local_id)) == n, timeout=10000)  # one row per product
        assert selected >= 15 and watch.changes > 0
        assert watch.violations == []
    finally:
        controller.shutdown()


def test_a_label_expanded_by_selecting_a_product_pushed_in_before_its_page_does_not_crash(tmp_path: Path):
    """In its own process: before the fix this died with SIGSEGV (``malloc(): corrupted top size``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "tests.ui.catalog_expand_scenario", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode != -signal.SIGSEGV and proc.returncode != -signal.SIGABRT, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    assert int(lines["pushed"]) > PRODUCTS  # the tree did show more rows than products before the page
    assert int(lines["rows"]) == PRODUCTS  # and one row per product once it landed
    assert lines["current"] == f"Album {PRODUCTS - 1:04d}"  # the product selected stays selected
