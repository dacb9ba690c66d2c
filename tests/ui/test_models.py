"""The hand-written item models: qtmodeltester-clean, paged from the real store, narrow updates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.ui.catalog.columns import COL_CODE, COL_SYNC, COL_TITLE, KIND_ROLE, LOCAL_ID_ROLE
from app.ui.catalog.model import CatalogModel, CatalogSource
from app.ui.catalog.search_model import SearchResultsModel
from app.ui.common.choices import ChoiceModel
from app.ui.editors.contributors import ContributorsModel, changes_for, credits_of
from app.workers.runner import SyncRunner
from tests.ui.conftest import seed


def _expand_all(qtbot, model: CatalogModel, parent: QModelIndex | None = None) -> None:
    """Fetch every page under ``parent``; each lands on a later turn of the event loop."""
    parent = parent if parent is not None else QModelIndex()
    while model.canFetchMore(parent):
        with qtbot.waitSignal(model.loaded, timeout=10000):
            model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        child = model.index(row, 0, parent)
        if model.hasChildren(child):
            _expand_all(qtbot, model, child)


def test_catalog_model_passes_qtmodeltester_fully_expanded(qtmodeltester, qtbot, ui_store):
    seed(ui_store, products=5, tracks=3)
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner(), company_name="Night Owl Music")
    _expand_all(qtbot, model, model.company_index())
    label = model.index(0, 0, model.company_index())
    assert model.rowCount(label) == 5
    assert model.rowCount(model.index(0, 0, label)) == 3
    qtmodeltester.check(model, force_py=True)


def test_catalog_tree_is_company_then_labels_then_products_then_tracks(qtbot, ui_store):
    ids = seed(ui_store, products=2, tracks=2)
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner(), company_name="Night Owl Music")
    _expand_all(qtbot, model, model.company_index())
    company = model.company_index()
    label = model.index(0, 0, company)
    product = model.index(0, 0, label)
    track = model.index(1, 0, product)
    assert (company.data(), company.data(KIND_ROLE)) == ("Night Owl Music", "company")
    assert (label.data(), label.data(KIND_ROLE), label.data(LOCAL_ID_ROLE)) == (
        "Night Owl Records", "label", ids["label"])
    assert (product.data(), product.data(KIND_ROLE)) == ("Album 000", "product")
    assert model.index(0, COL_CODE, label).data() == "5012345678900"
    assert (track.data(), track.data(KIND_ROLE)) == ("2. Song 2", "track")
    assert model.index(0, COL_SYNC, label).data() == "not sent yet"


def test_products_are_counted_up_front_and_filled_a_page_at_a_time(qtbot, ui_store):
    seed(ui_store, products=45, tracks=0)
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner(), page_size=20)
    model.fetchMore(model.company_index())
    qtbot.waitUntil(lambda: model.rowCount(model.company_index()) == 1, timeout=10000)
    label = model.index(0, 0, model.company_index())
    assert model.rowCount(label) == 45 and model.canFetchMore(label)  # rows first, data by pages
    assert model.loaded_ids("product") == []
    model.fetchMore(label)
    assert not model.canFetchMore(label)  # the page is on its way, even with the synchronous runner
    qtbot.waitUntil(lambda: len(model.loaded_ids("product")) == 20, timeout=10000)
    assert len(model.loaded_ids("product")) == 20 and model.canFetchMore(label)
    model.fetchMore(label)
    qtbot.waitUntil(lambda: len(model.loaded_ids("product")) == 40, timeout=10000)
    model.fetchMore(label)
    qtbot.waitUntil(lambda: len(model.loaded_ids("product")) == 45, timeout=10000)
    assert len(model.loaded_ids("product")) == 45
    assert not model.canFetchMore(label)
    titles = [model.index(r, COL_TITLE, label).data() for r in range(45)]
    assert titles == sorted(titles) and len(set(titles)) == 45


class _HeldRunner:
    """Keeps tasks until released: lets a test see a fetch while it is in flight."""

    def __init__(self):
        self.tasks = []

    def run_task(self, fn, on_done=None, *, ordered=False):
        self.tasks.append((fn, on_done))
        return len(self.tasks)

    def release(self):
        tasks, self.tasks = self.tasks, []
        for fn, on_done in tasks:
            on_done(fn(), None)

    def wait_idle(self, timeout_ms=-1):
        return True

    def drain(self):
        while self.tasks:
            self.release()


def test_only_one_fetch_is_in_flight_per_parent(ui_store):
    seed(ui_store, products=30, tracks=0)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    model.fetchMore(label)
    assert not model.canFetchMore(label)  # a page is on its way
    model.fetchMore(label)
    model.fetchMore(label)
    assert len(runner.tasks) == 1
    runner.release()
    assert len(model.loaded_ids("product")) == 10 and model.canFetchMore(label)


def test_painting_a_blank_row_fetches_its_page_and_the_next_without_inserting_rows(ui_store):
    seed(ui_store, products=100, tracks=1)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    inserted, changed = [], []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((parent.data(), first, last)))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    assert model.index(37, COL_TITLE, label).data() is None  # blank until its page lands
    assert model.index(37, COL_TITLE, label).data() is None
    assert len(runner.tasks) == 1  # page 3 (rows 30-39) is read; page 4, scrolling down, waits its turn
    runner.release()
    assert model.index(37, COL_TITLE, label).data() == "Album 037"
    assert len(runner.tasks) == 1
    runner.release()
    assert sorted(changed) == [(30, 39), (40, 49)]
    assert len(model.loaded_ids("product")) == 20 and runner.tasks == []
    assert [i for i in inserted if i[0] == "Night Owl Records"] == []  # no rows inserted under the label
    product = model.index(37, 0, label)
    assert model.hasChildren(product) and model.rowCount(product) == 1  # its track's row, blank
    assert model.index(0, COL_TITLE, product).data() is None
    runner.drain()
    assert model.index(0, COL_TITLE, product).data() == "1. Song 1"


def test_pages_the_view_has_left_are_not_read(ui_store):
    seed(ui_store, products=100, tracks=0)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    for row in (2, 12, 22, 95):  # a fast drag: each painted once on the way down
        model.index(row, COL_TITLE, label).data()
    runner.drain()
    assert {model._peek(model.index(r, 0, label)) is None for r in range(0, 30)} == {True}  # dropped
    assert model._peek(model.index(95, 0, label)) is not None  # the rows on screen now
    assert len(model.loaded_ids("product")) == 10  # page 9 only (its prefetch would be past the end)
    assert model.index(2, COL_TITLE, label).data() is None  # painted again: asked for again
    runner.drain()
    assert model.index(2, COL_TITLE, label).data() == "Album 002"


def test_catalog_model_passes_qtmodeltester_with_blank_rows_waiting_for_their_pages(qtmodeltester, ui_store):
    seed(ui_store, products=30, tracks=2)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    model.fetchMore(label)
    runner.release()  # rows 0-9 loaded, 10-29 blank
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(label) == 30
    runner.drain()
    assert model.index(25, COL_TITLE, label).data() == "Album 025"


def test_an_edit_in_the_store_repaints_only_that_product_row(ui_store, qtbot):
    ids = seed(ui_store, products=3, tracks=0)
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner())
    _expand_all(qtbot, model, model.company_index())
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row(), a.parent().data())))
    ui_store.drafts.edit("product", ids["products"][1], {"name": "Album 001 (Deluxe)"})
    model.update_rows("product", [ui_store.catalog.product_row(ids["products"][1])])
    label = model.index(0, 0, model.company_index())
    assert model.index(1, COL_TITLE, label).data() == "Album 001 (Deluxe)"
    assert changed == [(1, 1, "Night Owl Records")]


def test_search_results_model_passes_qtmodeltester(qtmodeltester, ui_store):
    seed(ui_store, products=12, tracks=1)
    model = SearchResultsModel()
    model.set_results("album 01", ui_store.catalog.search_products("album 01"))
    assert model.rowCount() == 2  # Album 010, Album 011
    assert model.index(0, 0).data() == "Album 010"
    qtmodeltester.check(model, force_py=True)


def test_contributors_model_edits_ask_instead_of_changing_themselves(qtmodeltester, qtbot):
    model = ContributorsModel()
    model.set_role_names({"artist": "Main artist"})
    model.set_rows([("artist", "Ana Lua"), ("composer", "J. Doe")])
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.change_requested) as blocker:
        assert model.setData(model.index(1, 1), "Jane Doe")
    assert blocker.args[0] == [("artist", "Ana Lua"), ("composer", "Jane Doe")]
    assert model.index(1, 1).data() == "J. Doe"  # unchanged until the command applies it
    assert model.index(0, 0).data() == "Main artist"


def test_credit_rows_and_domain_fields_convert_both_ways():
    from app.domain.resources import CREDIT_ROLES, Product

    product = Product(artist=["Ana Lua", "Bo"], composer=["J. Doe"])
    rows = credits_of(product, CREDIT_ROLES)
    assert rows == [("artist", "Ana Lua"), ("artist", "Bo"), ("composer", "J. Doe")]
    changes = changes_for(rows[1:] + [("producer", "  ")], CREDIT_ROLES)
    assert changes["artist"] == ["Bo"] and changes["composer"] == ["J. Doe"]
    assert changes["producer"] is None  # a blank name is not a credit


def test_choice_model_offers_none_first_and_finds_ids(qtmodeltester):
    model = ChoiceModel("—")
    model.set_choices([("4", "English"), ("5", "Spanish")])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "—" and model.id_at(0) is None
    assert model.row_of("5") == 2 and model.row_of(None) == 0
    assert model.ensure("9", "9") == 3  # an id the server knows but we had not listed yet
    assert model.index(3, 0).data(Qt.ItemDataRole.DisplayRole) == "9"


def test_a_product_made_after_its_label_was_counted_fills_the_last_blank_row_once(ui_store):
    ids = seed(ui_store, products=3, tracks=0)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    new = ui_store.drafts.create_product(ids["label"], name="Zebra", upc_code="5012345678900",
                                         artist=["Ana Lua"],
                                         copyright_line="2025 Night Owl", production_line="2025 Night Owl",
                                         production_year=2025)
    model.merge_children("company", "", ui_store.catalog.labels())  # the label's count now includes it
    assert model.rowCount(label) == 4
    model.insert_child("label", ids["label"], ui_store.catalog.product_row(new))
    assert model.rowCount(label) == 4 and model.index(3, COL_TITLE, label).data() == "Zebra"
    assert model.index(0, COL_TITLE, label).data() is None  # painted: its page is asked for
    runner.drain()
    titles = [model.index(r, COL_TITLE, label).data() for r in range(model.rowCount(label))]
    assert titles == ["Album 000", "Album 001", "Album 002", "Zebra"]  # once, where the store puts it


def test_products_pushed_in_before_their_page_arrives_are_shown_once(ui_store):
    """A refresh announces each product of a counted label before the label's page is read (seen on
    the sandbox's demo label: 6 products shown as 12); the page then places them where the store
    sorts them, and the rows they had been pushed into are let go."""
    ids = seed(ui_store, products=3, tracks=1)
    runner = _HeldRunner()
    model = CatalogModel(CatalogSource(ui_store.catalog), runner, page_size=10)
    model.fetchMore(model.company_index())
    runner.release()
    label = model.index(0, 0, model.company_index())
    for local_id in reversed(ids["products"]):
        model.insert_child("label", ids["label"], ui_store.catalog.product_row(local_id))
    model.index(0, COL_TITLE, label).data()  # painted: its page is asked for
    runner.drain()
    titles = [model.index(r, COL_TITLE, label).data() for r in range(model.rowCount(label))]
    assert titles == ["Album 000", "Album 001", "Album 002"]


def test_a_change_told_while_the_labels_are_on_their_way_is_not_lost(qtbot, ui_store):
    """The labels are read at once (synchronous runner) but land a turn later: a label made in
    between, and told to the model then, is read again once the first answer landed."""
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner())
    model.fetchMore(model.company_index())  # read now: no label yet
    ids = seed(ui_store, products=2, tracks=0)
    model.merge_children("company", "", ui_store.catalog.labels())  # told while the read is on its way
    assert model.rowCount(model.company_index()) == 0
    qtbot.waitUntil(lambda: model.rowCount(model.company_index()) == 1, timeout=10000)
    label = model.index(0, 0, model.company_index())
    assert label.data(LOCAL_ID_ROLE) == ids["label"] and model.rowCount(label) == 2


def test_a_track_added_while_its_products_tracks_are_on_their_way_is_shown(qtbot, ui_store):
    ids = seed(ui_store, products=1, tracks=2)
    model = CatalogModel(CatalogSource(ui_store.catalog), SyncRunner())
    _expand_all(qtbot, model, model.company_index())
    label = model.index(0, 0, model.company_index())
    product = ids["products"][0]
    model.refresh_children("product", product)  # its tracks are read again (at once)...
    ui_store.drafts.create_track(product, title="Song 3", track_number=3, volume_number=1, artist=["Ana Lua"])
    model.merge_children("product", product, ui_store.catalog.tracks(product))  # ...then told of a third
    qtbot.waitUntil(lambda: model.rowCount(model.index(0, 0, label)) == 3, timeout=10000)
    qtbot.waitUntil(lambda: model.index(2, COL_TITLE, model.index(0, 0, label)).data() == "3. Song 3",
                    timeout=10000)
