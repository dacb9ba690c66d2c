"""The language override in Preferences: saved under ui/language, used at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from app.platform import i18n
from app.ui.shell.preferences import PreferencesDialog, add_preferences_action


@pytest.fixture(autouse=True)
def no_env_override(monkeypatch):
    monkeypatch.delenv(i18n.ENV_OVERRIDE, raising=False)


def test_language_choices_are_the_system_default_then_each_language_in_its_own_name(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.language
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[0][1] == i18n.SYSTEM and items[0][0].startswith("System default (")
    assert items[1:] == [("English", "en"), ("Français", "fr"), ("Español", "es"), ("Deutsch", "de")]
    assert dialog.chosen_language() == i18n.SYSTEM  # nothing saved yet


def test_choosing_french_is_saved_and_used_at_the_next_start(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert i18n.settings().value(i18n.LANGUAGE_KEY) == "fr"
    assert i18n.current_language() == "fr"
    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    assert reopened.chosen_language() == "fr"


def test_cancel_keeps_the_saved_language(qtbot):
    i18n.save_language_preference("de")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.reject()
    assert i18n.preferred_language() == "de"


def test_format_preview_follows_the_chosen_language(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    month = QLocale("de").monthName(QDate.currentDate().month())
    assert month in dialog.formats.text() and "1.234.567,89" in dialog.formats.text()


def test_preferences_action_sits_in_the_main_windows_edit_menu(qtbot):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    action = add_preferences_action(window)
    menus = [owner for owner in action.associatedObjects() if owner is not window]
    undo_menus = [owner for owner in window.act_undo.associatedObjects() if owner is not window]
    assert set(menus) & set(undo_menus)
    assert action.menuRole() == action.MenuRole.PreferencesRole
