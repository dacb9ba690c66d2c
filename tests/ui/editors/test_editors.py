"""The product and track editors: edits save to the store at once, undo/redo across editors,
validation beside the field as you type, contributors, and the server's 422 under its field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import fetch_all, seed


def _select(window, controller, kind, local_id, qtbot):
    controller.catalog.flush_changes()
    tree = window.catalog.tree
    model = controller.catalog.model
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)  # the tree shows what the store holds
    # open the tree down to the item the way a user would
    company = model.company_index()
    tree.expand(company)
    for row in range(model.rowCount(company)):
        label = model.index(row, 0, company)
        fetch_all(qtbot, model, label)
        for prow in range(model.rowCount(label)):
            product = model.index(prow, 0, label)
            if kind == "track":
                fetch_all(qtbot, model, product)
    index = model.find(kind, local_id)
    assert index.isValid()
    tree.setCurrentIndex(index)
    editor = controller.product_editor if kind == "product" else controller.track_editor
    qtbot.waitUntil(lambda: window.editors.currentWidget() is editor, timeout=10000)
    return editor


def _type(qtbot, field, text):
    widget = field.widget
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_editing_a_product_title_saves_it_to_the_store_and_the_tree(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=2)
    editor = _select(window, controller, "product", ids["products"][0], qtbot)
    assert editor.form.fields["name"].widget.text() == "Album 000"
    _type(qtbot, editor.form.fields["name"], "Midnight Tapes")
    assert ui_store.catalog.product(ids["products"][0]).name == "Midnight Tapes"
    assert ui_store.outbox.pending_count() >= 1
    controller.catalog.flush_changes()
    index = controller.catalog.model.find("product", ids["products"][0])
    assert index.data() == "Midnight Tapes"
    assert editor.heading.text() == "Midnight Tapes"


def test_undo_and_redo_work_across_the_product_and_track_editors(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=2)
    product = ids["products"][0]
    track = ui_store.catalog.tracks(product)[0].local_id
    editor = _select(window, controller, "product", product, qtbot)
    _type(qtbot, editor.form.fields["subtitle"], "Deluxe Edition")
    track_editor = _select(window, controller, "track", track, qtbot)
    _type(qtbot, track_editor.form.fields["isrc_code"], "GBAYE2500001")
    assert ui_store.catalog.track(track).isrc_code == "GBAYE2500001"
    assert ui_store.catalog.product(product).subtitle == "Deluxe Edition"

    window.act_undo.trigger()  # the ISRC, in the track editor on screen
    assert ui_store.catalog.track(track).isrc_code is None
    assert track_editor.form.fields["isrc_code"].widget.text() == ""
    window.act_undo.trigger()  # the product's subtitle, though the product is not on screen
    assert ui_store.catalog.product(product).subtitle is None
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert ui_store.catalog.product(product).subtitle == "Deluxe Edition"
    assert ui_store.catalog.track(track).isrc_code == "GBAYE2500001"
    assert controller.undo.count() == 2


def test_typing_in_one_field_is_one_undo_step(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1)
    editor = _select(window, controller, "product", ids["products"][0], qtbot)
    field = editor.form.fields["mastered_by"]
    for text in ("A", "Ab", "Abbey Road"):
        field.widget.setText(text)
        field.commit()
    assert controller.undo.count() == 1
    assert ui_store.catalog.product(ids["products"][0]).mastered_by == "Abbey Road"
    controller.undo.undo()
    assert ui_store.catalog.product(ids["products"][0]).mastered_by is None


def test_a_wrong_upc_check_digit_is_flagged_beside_the_field_while_typing(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1)
    editor = _select(window, controller, "product", ids["products"][0], qtbot)
    field = editor.form.fields["upc_code"]
    field.widget.setFocus()
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, "501234567891")  # a UPC-A whose check digit should be 0
    assert field.message.isVisible()
    assert "check digit" in field.message.text() and "should end in 0" in field.message.text()
    qtbot.keyClick(field.widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.widget, "0")
    assert not field.message.isVisible()
    assert ui_store.catalog.product(ids["products"][0]).upc_code == "5012345678900"  # not saved mid-typing


def test_an_isrc_with_the_wrong_shape_is_flagged_in_the_track_editor(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    editor = _select(window, controller, "track", track, qtbot)
    _type(qtbot, editor.form.fields["isrc_code"], "GB-AYE-25")
    message = editor.form.fields["isrc_code"].message
    assert message.isVisible() and "12 characters" in message.text()


def test_contributors_edited_in_the_table_become_the_products_credit_lists(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1)
    editor = _select(window, controller, "product", ids["products"][0], qtbot)
    model = editor.contributors_model
    index = model.add_blank("composer")
    model.setData(index, "Jane Doe")
    product = ui_store.catalog.product(ids["products"][0])
    assert product.artist == ["Ana Lua"] and product.composer == ["Jane Doe"]
    editor.contributors.table.selectRow(0)
    editor.contributors.remove.click()
    assert ui_store.catalog.product(ids["products"][0]).artist is None
    assert "main artist" in editor.contributors.message.text()
    controller.undo.undo()
    assert ui_store.catalog.product(ids["products"][0]).artist == ["Ana Lua"]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Ana Lua", "Jane Doe"]


def test_a_server_422_message_lands_under_the_field_it_names(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1)
    product = ids["products"][0]
    op = next(o for o in ui_store.outbox.operations() if o.local_id == product)
    ui_store.outbox.mark_rejected(op.id, "The upc-code has already been taken.",
                           {"upc_code": "The upc-code has already been taken. <b>sic</b>"})
    editor = _select(window, controller, "product", product, qtbot)
    message = editor.form.fields["upc_code"].message
    assert message.isVisible()
    assert message.text() == "The upc-code has already been taken. <b>sic</b>"
    assert message.textFormat() == Qt.TextFormat.PlainText  # server text is never rendered as markup
    assert editor.banner.isVisible()
    _type(qtbot, editor.form.fields["upc_code"], "5012345678917")
    assert not message.isVisible() or "taken" not in message.text()


def test_every_editor_control_has_an_accessible_name(qtbot, main_window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

    window, controller = main_window
    controls = (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QAbstractButton)
    checked = 0
    for editor in (controller.product_editor, controller.track_editor, controller.label_editor):
        for widget in editor.findChildren(QWidget):
            if not isinstance(widget, controls):
                continue
            if isinstance(widget.parent(), (QComboBox, QSpinBox, QLineEdit)) or \
                    widget.objectName().startswith("qt_"):
                continue  # Qt's own parts: a combo's line edit, a line edit's clear button
            checked += 1
            assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), widget
    assert checked > 30


def test_a_label_is_renamed_in_the_label_editor_and_the_rename_can_be_undone(qtbot, main_window, ui_store):
    window, controller = main_window
    ids = seed(ui_store, products=1)
    controller.catalog.flush_changes()
    assert controller.catalog.select("label", ids["label"])
    editor = controller.label_editor
    qtbot.waitUntil(lambda: window.editors.currentWidget() is editor, timeout=10000)
    assert editor.heading.text() == "Night Owl Records"
    _type(qtbot, editor.form.fields["name"], "Night Owl Music")
    assert ui_store.catalog.label(ids["label"]).name == "Night Owl Music"
    controller.catalog.flush_changes()
    assert controller.catalog.model.find("label", ids["label"]).data() == "Night Owl Music"
    editor.form.fields["name"].widget.setText("")
    editor.form.fields["name"].commit()
    assert editor.form.fields["name"].message.text() == "A label needs a name."
    controller.undo.undo()
    controller.undo.undo()
    assert ui_store.catalog.label(ids["label"]).name == "Night Owl Records"
