"""Which language the UI speaks, and the translators that make it speak it.

The language is chosen once, at start (a change in Preferences applies on the next start):

1. ``RELEASEDESK_LANG`` in the environment (tests, ``--self-test`` runs, support sessions);
2. the ``ui/language`` preference (:data:`LANGUAGE_KEY`, written by the Preferences dialog);
3. the system's UI languages, in the user's order of preference (``QLocale.system().uiLanguages()``);
4. English, the language of the source strings.

Two catalogs are installed for a translated language: ours (``releasedesk_<lang>.qm``, shipped in
``app/i18n_data/``) and Qt's own (``qtbase_<lang>.qm``, from PySide6's translations folder) so dialog
buttons and context menus speak the same language. ``QLocale.setDefault`` makes dates and numbers
follow the chosen language. Qt does not own an installed ``QTranslator``: if Python drops the last
reference the translator is deleted and silently uninstalled, so this module keeps them.

Qt core only (no widgets), like the rest of ``app/platform``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Qt is imported where it is used: the command line renders English messages without loading
    # QtCore at all (~60 ms of every `releasedesk check` start)
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
ENV_OVERRIDE = "RELEASEDESK_LANG"
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the preference value meaning "follow the system"
CATALOG_PREFIX = "releasedesk"

# Native names, never translated: someone who cannot read the current UI still finds their own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
}

_installed: list[QTranslator] = []


def catalogs_dir() -> Path:
    """The compiled catalogs: ``app/i18n_data`` in a checkout, an install and the PyInstaller bundle."""
    return Path(__file__).resolve().parents[1] / "i18n_data"


def qt_catalogs_dir() -> Path:
    """Qt's own compiled catalogs (``qtbase_fr.qm``...), wherever PySide6 (or the bundle) put them."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def settings() -> QSettings:
    """The app's preferences file: an INI file in :func:`app.platform.paths.config_dir`.

    A file rather than the platform's native store so ``RELEASEDESK_HOME`` isolates tests and
    portable installs, and so support can read it.
    """
    from PySide6.QtCore import QSettings

    from app.platform.paths import config_dir

    return QSettings(str(config_dir() / "releasedesk.ini"), QSettings.Format.IniFormat)


def normalize(tag: str | None) -> str | None:
    """``"fr_FR.UTF-8"``, ``"fr-Latn-FR"``, ``"FR"`` → ``"fr"`` when we ship it; anything else → None."""
    if not tag:
        return None
    code = tag.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def preferred_language(store: QSettings | None = None) -> str:
    """The saved preference: a code from :data:`LANGUAGES`, or :data:`SYSTEM`."""
    value = (store if store is not None else settings()).value(LANGUAGE_KEY, SYSTEM)
    text = str(value) if value is not None else SYSTEM
    return normalize(text) or SYSTEM


def save_language_preference(language: str, store: QSettings | None = None) -> None:
    """Remember ``language`` (a code from :data:`LANGUAGES` or :data:`SYSTEM`) for the next start."""
    if language != SYSTEM and normalize(language) is None:
        raise ValueError(f"unknown language {language!r}")
    target = store if store is not None else settings()
    target.setValue(LANGUAGE_KEY, language if language == SYSTEM else normalize(language))
    target.sync()


def choose_language(override: str | None = None, ui_languages: Iterable[str] | None = None) -> str:
    """The first language we ship among the override, then the user's UI languages; else English."""
    from PySide6.QtCore import QLocale

    chosen = normalize(override)
    if chosen:
        return chosen
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        chosen = normalize(tag)
        if chosen:
            return chosen
    return SOURCE_LANGUAGE


def current_language(store: QSettings | None = None) -> str:
    """The language to start in: environment override, then preference, then system (module docstring)."""
    env = normalize(os.environ.get(ENV_OVERRIDE))
    if env:
        return env
    preference = preferred_language(store)
    return choose_language(None if preference == SYSTEM else preference)


class Translation:
    """What :func:`install_translation` installed, for the self-test, logs and the About box.

    A plain class, not a dataclass: this module is imported before the window's first paint, and
    ``dataclasses`` is not otherwise needed by then (docs/STARTUP.md)."""

    def __init__(self, language: str, catalog: Path | None = None, qt_catalog: Path | None = None,
                 translators: list[QTranslator] | None = None) -> None:
        self.language = language
        self.catalog = catalog  # our catalog; None for English (the source strings need none)
        self.qt_catalog = qt_catalog  # Qt's qtbase catalog, None when Qt has none for the language
        self.translators: list[QTranslator] = translators if translators is not None else []

    def __repr__(self) -> str:
        return f"Translation({self.language!r}, catalog={self.catalog!r}, qt_catalog={self.qt_catalog!r})"

    @property
    def name(self) -> str:
        return LANGUAGES.get(self.language, self.language)


def _installed_translator(app: QCoreApplication, path: Path) -> QTranslator | None:
    """A translator for the compiled catalog ``path``, installed on ``app``; None when it cannot load."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)
    if not (path.is_file() and translator.load(str(path))):
        return None
    app.installTranslator(translator)
    return translator


def install_translation(
    app: QCoreApplication,
    language: str | None = None,
    *,
    catalog: Path | None = None,
) -> Translation:
    """Install our catalog and Qt's for ``language`` (default: :func:`current_language`) on ``app``.

    ``catalog`` replaces our shipped catalog by another compiled one (the pseudo-locale tests).
    Replaces whatever an earlier call installed. A missing catalog is logged, not fatal: the UI then
    shows the English source strings, which is better than not starting.
    """
    remove_translation(app)
    lang = normalize(language) or (current_language() if language is None else SOURCE_LANGUAGE)
    result = Translation(language=lang)

    ours = catalog if catalog is not None else (
        None if lang == SOURCE_LANGUAGE else catalogs_dir() / f"{CATALOG_PREFIX}_{lang}.qm"
    )
    if ours is not None:
        translator = _installed_translator(app, ours)
        if translator is not None:
            result.catalog = ours
            result.translators.append(translator)
        else:
            log.warning("translation catalog %s could not be loaded; showing English", ours)

    if lang != SOURCE_LANGUAGE:
        qt_file = qt_catalogs_dir() / f"qtbase_{lang}.qm"
        translator = _installed_translator(app, qt_file)
        if translator is not None:
            result.qt_catalog = qt_file
            result.translators.append(translator)
        else:
            log.warning("Qt's catalog %s could not be loaded; Qt's own buttons stay in English", qt_file)

    from PySide6.QtCore import QLocale

    QLocale.setDefault(_format_locale(lang))
    _installed.extend(result.translators)
    log.info("UI language %s (catalog %s, Qt catalog %s)", lang, result.catalog, result.qt_catalog)
    return result


def remove_translation(app: QCoreApplication) -> None:
    """Uninstall every translator this module installed (tests switch languages in one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def _format_locale(language: str) -> QLocale:
    """Dates and numbers: the system's own locale when it speaks ``language`` (keeps the territory:
    fr_CA stays fr_CA), else the language's default locale."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if normalize(system.name()) == language:
        return system
    return QLocale(language)


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of command-line output: ``RELEASEDESK_LANG``, else the POSIX locale variables in
    their order of precedence (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English when none is shipped."""
    env = os.environ if environ is None else environ
    for name in (ENV_OVERRIDE, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            # the first variable set decides, as for gettext: LC_ALL=C means English even with LANG=fr
            return normalize(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


_catalogs: dict[str, QTranslator | None] = {}


def catalog_translator(language: str) -> QTranslator | None:
    """Our compiled catalog for ``language``, loaded once, not installed: for output that is not the
    UI's (the command line), no ``QCoreApplication`` needed."""
    if language not in _catalogs:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        path = catalogs_dir() / f"{CATALOG_PREFIX}_{language}.qm"
        _catalogs[language] = translator if path.is_file() and translator.load(str(path)) else None
    return _catalogs[language]


def translate_text(context: str, text: str, language: str) -> str:
    """A fixed text of the command line's own (a help line, argparse's words) in ``language``;
    ``text`` itself when the language is English or the catalog has no translation."""
    code = normalize(language)
    if code in (None, SOURCE_LANGUAGE):
        return text
    translator = catalog_translator(code)
    found = translator.translate(context, text) if translator is not None else ""
    return found or text
