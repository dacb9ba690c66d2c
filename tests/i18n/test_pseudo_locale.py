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
