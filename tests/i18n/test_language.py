"""Choosing the UI language and installing the catalogs at run time (app/platform/i18n.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from app.platform import i18n


@pytest.fixture(autouse=True)
def no_env_override(monkeypatch):
    monkeypatch.delenv(i18n.ENV_OVERRIDE, raising=False)


def test_language_follows_the_users_ui_languages_in_order():
    assert i18n.choose_language(ui_languages=["de-DE", "fr-FR", "en-US"]) == "de"
    assert i18n.choose_language(ui_languages=["pt-BR", "es-MX", "en"]) == "es"  # first one we ship
    assert i18n.choose_language(ui_languages=["fr-Latn-CA"]) == "fr"


def test_language_falls_back_to_english_for_an_unsupported_or_c_locale():
    assert i18n.choose_language(ui_languages=["ja-JP", "ko-KR"]) == "en"
    assert i18n.choose_language(ui_languages=["C"]) == "en"


def test_system_locale_decides_without_a_preference():
    assert i18n.preferred_language() == i18n.SYSTEM  # nothing saved in this test's fresh home
    assert i18n.current_language() == i18n.choose_language(ui_languages=QLocale.system().uiLanguages())


def test_saved_preference_overrides_the_system_language():
    i18n.save_language_preference("de")
    assert i18n.preferred_language() == "de"
    assert i18n.current_language() == "de"
    i18n.save_language_preference(i18n.SYSTEM)
    assert i18n.current_language() == i18n.choose_language()


def test_preference_is_stored_under_ui_language_in_the_app_settings_file(releasedesk_home):
    i18n.save_language_preference("es")
    text = (releasedesk_home / "config" / "releasedesk.ini").read_text(encoding="utf-8")
    assert "[ui]" in text and "language=es" in text


def test_environment_override_beats_the_saved_preference(monkeypatch):
    i18n.save_language_preference("de")
    monkeypatch.setenv(i18n.ENV_OVERRIDE, "fr_FR.UTF-8")
    assert i18n.current_language() == "fr"


def test_unknown_saved_language_means_follow_the_system():
    store = i18n.settings()
    store.setValue(i18n.LANGUAGE_KEY, "klingon")
    store.sync()
    assert i18n.preferred_language() == i18n.SYSTEM


def test_saving_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        i18n.save_language_preference("xx")


def _first_translated(catalogs, language):
    for message in catalogs.read_catalog(catalogs.ts_path(language)):
        if message.finished and not message.numerus and message.translations[0] != message.source:
            return message
    pytest.fail(f"releasedesk_{language}.ts has no translated entry to look up")


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_installed_catalog_translates_our_strings_and_qts_dialog_buttons(
        clean_translation, catalogs, language):
    translation = i18n.install_translation(clean_translation, language)
    assert translation.catalog == i18n.catalogs_dir() / f"releasedesk_{language}.qm"
    assert translation.qt_catalog is not None and translation.qt_catalog.name == f"qtbase_{language}.qm"
    message = _first_translated(catalogs, language)
    shown = QCoreApplication.translate(message.context, message.source, message.comment or None)
    assert shown == message.translations[0]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == {"fr": "Annuler", "es": "Cancelar", "de": "Abbrechen"}[language]


def test_english_installs_no_catalog_and_shows_source_strings(clean_translation):
    translation = i18n.install_translation(clean_translation, "en")
    assert translation.catalog is None and translation.translators == []
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def test_switching_language_replaces_the_previous_translators(clean_translation):
    i18n.install_translation(clean_translation, "de")
    i18n.install_translation(clean_translation, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_dates_and_numbers_follow_the_chosen_language(clean_translation):
    i18n.install_translation(clean_translation, "de")
    locale = QLocale()
    assert locale.language() == QLocale.Language.German
    assert locale.toString(1234.5, "f", 1) in ("1.234,5", "1234,5")
    assert locale.toString(QDate(2026, 3, 1), "MMMM") == "März"


def test_a_missing_catalog_is_reported_not_fatal(clean_translation, tmp_path):
    translation = i18n.install_translation(clean_translation, "fr", catalog=tmp_path / "missing.qm")
    assert translation.catalog is None
    assert translation.language == "fr"
