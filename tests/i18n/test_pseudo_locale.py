"""Stretched pseudo-translations (every vowel doubled, ~35 % longer, like French or German) must not clip
the main window's labels and buttons: the layout has to make room, not cut words off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton, QWidget

from app.platform import i18n


@pytest.fixture
def pseudo_catalog(catalogs, tmp_path):
    ts = tmp_path / "releasedesk_pseudo.ts"
    count = catalogs.write_pseudo_catalog(catalogs.ts_path("fr"), ts)
    assert count > 0
    qm = tmp_path / "releasedesk_pseudo.qm"
    catalogs.lrelease(ts, qm)
    return qm


def _clipped(window: QWidget) -> tuple[list[str], int]:
    """(problems, how many labels and buttons were checked)."""
    problems = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            pixmap = widget.pixmap()
            if widget.wordWrap() or not widget.text() or (pixmap is not None and not pixmap.isNull()):
                continue
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if not widget.text():
                continue
            needed = widget.sizeHint().width()
        elif isinstance(widget, QToolButton) and widget.text():
            needed = widget.sizeHint().width()
        else:
            continue
        checked += 1
        if widget.width() < needed:
            name = widget.objectName() or type(widget).__name__
            problems.append(f"{name} {widget.text()!r}: {widget.width()} px wide, needs {needed} px")
    return problems, checked


def _open_window(qtbot):
    from app.ui.app import build_window
    from app.workers.runner import SyncRunner

    window, controller = build_window(SyncRunner())
    qtbot.addWidget(window)
    return window, controller


def test_pseudo_catalog_really_replaces_the_main_windows_strings(
        clean_translation, pseudo_catalog, qtbot, catalogs):
    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    window, _controller = _open_window(qtbot)
    menus = [action.text() for action in window.menuBar().actions()]
    assert catalogs.stretch("&File") in menus and catalogs.stretch("&Help") in menus


@pytest.mark.parametrize("size", ["default", "minimum"])
def test_stretched_strings_are_not_clipped_in_the_main_window(clean_translation, pseudo_catalog, qtbot, size):
    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    window, _controller = _open_window(qtbot)
    if size == "minimum":
        window.resize(window.minimumSizeHint().expandedTo(window.minimumSize()))
    window.show()
    qtbot.waitExposed(window)
    problems, checked = _clipped(window)
    assert checked >= 5, f"only {checked} labels and buttons visible: the window did not build its UI"
    assert not problems, "clipped with ~35 % longer text:\n" + "\n".join(problems)


def test_clipping_check_flags_a_button_too_narrow_for_its_text(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    narrow = QPushButton("Saavee aas draaft", window)
    narrow.setFixedWidth(30)
    layout.addWidget(narrow)
    layout.addWidget(QLabel("fits", window))
    window.show()
    qtbot.waitExposed(window)
    problems, checked = _clipped(window)
    assert checked == 2
    assert len(problems) == 1 and "Saavee aas draaft" in problems[0]


def _first_run(parent):
    from app.ui.shell.first_run import FirstRunDialog

    return FirstRunDialog(parent)


def _password(parent):
    from app.ui.shell.first_run import PasswordDialog

    return PasswordDialog("https://labelcamp.example", "someone@label.example", parent)


def _preferences(parent):
    from app.ui.shell.preferences import PreferencesDialog

    return PreferencesDialog(parent)


def _connect_label_profiles(parent):
    from app.platform.secrets import MemorySecretStore
    from app.ui.label_profiles.connect_dialog import ConnectLabelProfilesDialog

    return ConnectLabelProfilesDialog(MemorySecretStore(), parent)


@pytest.mark.parametrize("make", [_first_run, _password, _preferences, _connect_label_profiles],
                         ids=["first run", "password", "preferences", "label-profile connection"])
def test_stretched_strings_are_not_clipped_in_dialogs(clean_translation, pseudo_catalog, qtbot, make):
    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    dialog = make(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems, checked = _clipped(dialog)
    assert checked >= 1
    assert not problems, f"{type(dialog).__name__} clips ~35 % longer text:\n" + "\n".join(problems)


# ----------------------------------------------------------------- both editors, with a core message shown

def _window_on_a_catalog(qtbot, tmp_path):
    """The real main window and controller on a seeded store (as ``tests/ui`` builds them)."""
    from PySide6.QtCore import QSettings

    from app.services.session import Session
    from app.store import open_catalog
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import SyncRunner
    from tests.ui.conftest import seed

    store = open_catalog(tmp_path / "catalog.sqlite3")
    window = MainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    controller.attach(Session("test", store))
    ids = seed(store, products=1, tracks=1)
    controller.catalog.flush_changes()
    return window, controller, store, ids


@pytest.mark.parametrize("kind", ["product", "track"])
def test_stretched_strings_are_not_clipped_in_the_editors_and_core_messages_are_translated(
        clean_translation, pseudo_catalog, qtbot, tmp_path, catalogs, kind):
    from app.domain.codes import isrc_problem, upc_problem
    from tests.ui.editors.test_editors import _select, _type

    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    window, controller, store, ids = _window_on_a_catalog(qtbot, tmp_path)
    try:
        first = ids["products"][0]
        target = first if kind == "product" else store.catalog.tracks(first)[0].local_id
        editor = _select(window, controller, kind, target, qtbot)
        if kind == "product":  # a wrong check digit: the sentence comes from app.domain.codes
            field, value, problem = "upc_code", "8088111222333", upc_problem("8088111222333")
        else:
            field, value, problem = "isrc_code", "GB-AYE-23", isrc_problem("GB-AYE-23")
        _type(qtbot, editor.form.fields[field], value)
        assert problem is not None
        shown = editor.form.fields[field].message.text()
        assert shown == catalogs.stretch(str(problem)), "the core message is not rendered through Qt"
        qtbot.waitExposed(window)
        problems, checked = _clipped(editor)
        assert checked >= 3, f"only {checked} labels and buttons visible in the {kind} editor"
        assert not problems, f"the {kind} editor clips ~35 % longer text:\n" + "\n".join(problems)
    finally:
        controller.shutdown()
        store.close()


# ----------------------------------------------------------------- the delivery views, on a real sandbox

def _pseudo(message, catalogs) -> str:
    """What the pseudo catalog makes of ``message``: its sentence stretched, parameters as they are
    (nested messages stretched in turn)."""
    import re

    from app.domain.messages import TEXTS, english_plural, fill, format_param

    template = TEXTS[message.code]
    # sentences made of placeholders only ("{first}; {then}") are not in the catalogs
    marked = any(c.isalpha() for c in re.sub(r"\{\w+\}", "", template))
    text = catalogs.stretch(template) if marked else template
    if message.count is not None and "%n" in text:
        text = english_plural(text, message.count)
    return fill(text, {k: _pseudo(v, catalogs) if hasattr(v, "code") else format_param(v)
                       for k, v in message.items})

@pytest.fixture
def delivery_controller(qtbot, api):  # the sandbox fixtures come from tests/delivery (conftest.py)
    from app.services.delivery import DeliveryService
    from app.ui.delivery.controller import DeliveryController
    from app.workers.runner import TaskRunner

    runner = TaskRunner()
    controller = DeliveryController(DeliveryService(api), runner, poll_min=0.1, poll_max=0.4)
    yield controller
    controller.stop()
    qtbot.waitUntil(lambda: not controller.jobs.jobs(), timeout=10_000)
    runner.wait_idle(10_000)


def test_stretched_strings_are_not_clipped_in_the_readiness_checklist(
        clean_translation, pseudo_catalog, qtbot, delivery_controller, make_draft, catalogs):
    from app.ui.delivery.checklist import ReadinessChecklist
    from app.ui.delivery.models import COL_FIX, COL_PROBLEM, OBJECT_ROLE

    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    product = make_draft(production_line="2026 Records Music")
    checklist = ReadinessChecklist(delivery_controller)
    qtbot.addWidget(checklist)
    checklist.resize(checklist.sizeHint().expandedTo(checklist.minimumSizeHint()))
    checklist.show()
    checklist.set_product(str(product.id), target_dsp_ids=["1"])
    qtbot.waitUntil(lambda: checklist.release is not None and not delivery_controller.busy, timeout=20_000)
    model = checklist.table.model()
    findings = [model.index(row, COL_PROBLEM).data(OBJECT_ROLE) for row in range(model.rowCount())]
    assert findings, "the checklist found nothing to show"
    for row, finding in enumerate(findings):  # each finding's sentence, and its fix, went through Qt
        assert model.index(row, COL_PROBLEM).data() == _pseudo(finding.sentence, catalogs)
        if finding.fix is not None:
            assert model.index(row, COL_FIX).data() == _pseudo(finding.fix.label, catalogs)
    problems, checked = _clipped(checklist)
    assert checked >= 3
    assert not problems, "the readiness checklist clips ~35 % longer text:\n" + "\n".join(problems)


def test_stretched_strings_are_not_clipped_in_the_dashboard_and_the_deliver_dialog(
        clean_translation, pseudo_catalog, qtbot, delivery_controller, make_draft, catalogs):
    from app.ui.delivery.dashboard import DeliveryDashboard
    from app.ui.delivery.deliver_dialog import DeliverDialog

    i18n.install_translation(clean_translation, "en", catalog=pseudo_catalog)
    product = make_draft()
    pid = str(product.id)
    dashboard = DeliveryDashboard(delivery_controller)
    qtbot.addWidget(dashboard)
    dashboard.show()
    delivery_controller.load(pid)
    dialog = DeliverDialog(delivery_controller, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.dsp_model.rowCount() > 10 and dialog.product is not None
                    and not delivery_controller.busy, timeout=20_000)
    qtbot.waitExposed(dialog)
    for widget, name in ((dashboard, "dashboard"), (dialog, "deliver dialog")):
        problems, checked = _clipped(widget)
        assert checked >= 2, f"only {checked} labels and buttons visible in the {name}"
        assert not problems, f"the {name} clips ~35 % longer text:\n" + "\n".join(problems)
    # the count under the dashboard is a core message with a plural form, rendered through Qt
    summary = dashboard.summary.text()
    assert " oof " in summary and "taask" in summary, summary
