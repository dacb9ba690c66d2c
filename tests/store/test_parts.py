"""The catalog store is split by responsibility: parts that share one file, none that has it all."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import app.store
from app.store import CatalogCache, CatalogOutbox, Database, Drafts, Settings, open_catalog

# one method typical of each responsibility; no class may hold two of them
MARKERS = {
    "connection": "transaction",
    "catalog": "search_products",
    "drafts": "create_product",
    "outbox": "ready_operations",
    "settings": "set_setting",
}


def _store_classes() -> list[type]:
    out: list[type] = []
    for info in pkgutil.iter_modules(app.store.__path__):
        module = importlib.import_module(f"app.store.{info.name}")
        classes = inspect.getmembers(module, inspect.isclass)
        out.extend(c for _, c in classes if c.__module__ == module.__name__)
    return out


def test_no_class_in_the_store_holds_more_than_one_responsibility():
    classes = _store_classes()
    assert classes
    for cls in classes:
        held = {name for name, method in MARKERS.items() if hasattr(cls, method)}
        # Drafts.transaction groups draft edits; it is the only marker shared, and only with the connection
        if cls is Drafts:
            held.discard("connection")
        assert len(held) <= 1, f"{cls.__qualname__} holds {sorted(held)}"
    assert not (Path(app.store.__file__).parent / "store.py").exists()


def test_opening_gives_the_parts_over_one_database(tmp_path: Path):
    with open_catalog(tmp_path / "catalog.sqlite3") as store:
        assert isinstance(store.db, Database)
        assert isinstance(store.catalog, CatalogCache) and isinstance(store.drafts, Drafts)
        assert isinstance(store.outbox, CatalogOutbox) and isinstance(store.settings, Settings)
        assert store.outbox.path == store.db.path == tmp_path / "catalog.sqlite3"
        heard: list[tuple[str, list[str]]] = []
        store.db.add_listener(lambda kind, ids: heard.append((kind, ids)))
        label = store.drafts.create_label(name="Night Shift")
        # the draft and its outbox operation were one commit on the shared connection
        assert store.catalog.exists(label)
        assert [(op.op, op.local_id) for op in store.outbox.operations()] == [("create", label)]
        assert ("label", [label]) in heard
        store.settings.set_setting("k", "v")
        assert store.settings.setting("k") == "v"


def test_a_failed_group_of_draft_edits_leaves_nothing_behind(tmp_path: Path):
    with open_catalog(tmp_path / "catalog.sqlite3") as store:
        try:
            with store.drafts.transaction():
                store.drafts.create_label(name="Half")
                raise RuntimeError("interrupted")
        except RuntimeError:
            pass
        assert store.catalog.labels() == [] and store.outbox.pending_count() == 0
