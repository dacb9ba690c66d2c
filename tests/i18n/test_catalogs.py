"""The catalogs are current with the code, complete, and consistent in their placeholders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

LANGUAGES = ("fr", "es", "de")


@pytest.fixture(scope="module")
def fresh_catalogs(catalogs, tmp_path_factory) -> dict[str, Path]:
    """The committed catalogs after lupdate re-read the code (in a temporary copy: nothing is rewritten)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copies[language] = folder / catalogs.ts_path(language).name
        shutil.copy(catalogs.ts_path(language), copies[language])
    catalogs.lupdate(list(copies.values()))
    return copies


def _live(messages):
    return [m for m in messages if m.state not in ("obsolete", "vanished")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_lists_every_string_the_code_translates_and_nothing_else(catalogs, fresh_catalogs, language):
    committed = {m.key for m in _live(catalogs.read_catalog(catalogs.ts_path(language)))}
    current = {m.key for m in _live(catalogs.read_catalog(fresh_catalogs[language]))}
    missing = sorted(current - committed)
    stale = sorted(committed - current)
    assert not missing and not stale, (
        f"releasedesk_{language}.ts is behind the code: run `python i18n/update.py` and translate. "
        f"Missing: {missing[:5]} ({len(missing)}), no longer in the code: {stale[:5]} ({len(stale)})"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_no_unfinished_entries(catalogs, language):
    messages = catalogs.read_catalog(catalogs.ts_path(language))
    assert messages, f"releasedesk_{language}.ts is empty"
    unfinished = [(m.context, m.source) for m in messages if not m.finished]
    assert not unfinished, f"{len(unfinished)} unfinished in releasedesk_{language}.ts, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(catalogs, language):
    wrong = []
    for message in catalogs.read_catalog(catalogs.ts_path(language)):
        expected = catalogs.placeholders(message.source)
        for form in message.translations:
            if form and catalogs.placeholders(form) != expected:
                wrong.append((message.source, form))
    assert not wrong, f"placeholders differ in releasedesk_{language}.ts: {wrong[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_every_form_qt_needs(catalogs, language):
    plural = [m for m in catalogs.read_catalog(catalogs.ts_path(language)) if m.numerus]
    for message in plural:
        assert len(message.translations) >= 2 and all("%n" in form for form in message.translations), (
            f"{message.source!r} in releasedesk_{language}.ts needs every plural form, each with %n"
        )


def _contexts_in_code(root: Path) -> set[str]:
    """Class names (``self.tr``) and literal contexts (``translate("X", ...)``, ``QT_TRANSLATE_NOOP``)."""
    import ast

    found = set()
    for path in catalogs_sources(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
    return found


def catalogs_sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_catalog_context_is_one_the_code_looks_up(catalogs):
    """``parent.tr("...")`` is filed under "parent" by lupdate but looked up under parent's class at run
    time: such strings are never translated. Contexts must be class names or literal contexts."""
    known = _contexts_in_code(catalogs.SOURCE_DIR)
    unknown = sorted({m.context for m in catalogs.read_catalog(catalogs.ts_path("fr"))} - known)
    assert not unknown, (
        f"catalog contexts no code looks up: {unknown}; use self.tr() in the widget's own class or "
        "QCoreApplication.translate('Context', '...')"
    )


def test_every_catalog_entry_has_a_context(catalogs):
    """A string extracted without a context comes from a wrapper like ``def tr(t): return translate("X", t)``:
    lupdate files it under "" while the code looks it up under "X", so it is never translated."""
    orphans = [m.source for m in catalogs.read_catalog(catalogs.ts_path("fr")) if not m.context]
    assert not orphans, (
        "these strings go through a tr() wrapper, so no translation will ever be found for them; "
        f"call QCoreApplication.translate('Context', '...') with the literal at the call site: {orphans[:5]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(catalogs, language):
    """The shipped .qm answers every entry of the .ts with its current translation (compared through
    QTranslator, not byte for byte, so another lrelease version does not matter)."""
    from PySide6.QtCore import QTranslator

    shipped = catalogs.qm_path(language)
    translator = QTranslator()
    assert translator.load(str(shipped)), f"{shipped} is missing: run `python i18n/update.py --compile`"
    stale = []
    for message in catalogs.read_catalog(catalogs.ts_path(language)):
        if not message.finished:
            continue
        comment = message.comment or None
        counts = (1, 5) if message.numerus else (-1,)
        for count, expected in zip(counts, message.translations, strict=False):
            if translator.translate(message.context, message.source, comment, count) != expected:
                stale.append(message.source)
    assert not stale, (
        f"{shipped.name} is older than releasedesk_{language}.ts ({stale[:3]}): "
        "run `python i18n/update.py --compile`"
    )


def test_pseudo_translation_stretches_text_but_keeps_markup_and_placeholders(catalogs):
    stretched = catalogs.stretch("Save “%1” as <b>draft</b> &amp; %n more")
    assert stretched == "Saavee “%1” aas <b>draaft</b> &amp; %n mooree"


def test_strings_of_a_module_level_tr_wrapper_are_filed_under_the_wrappers_context(catalogs):
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("Drops", text)\n'
        "class Panel:\n"
        '    def f(self):\n'
        '        return tr("Drop one cover") + self.tr("Kept") + str(1)\n'
    )
    seen = catalogs.as_lupdate_sees_it(source)
    assert catalogs.wrapper_context(source) == "Drops"
    assert 'QCoreApplication.translate("Drops", "Drop one cover")' in seen
    assert 'self.tr("Kept")' in seen and "str(1)" in seen and "def tr(text: str)" in seen
    assert seen.count("\n") == source.count("\n")  # line numbers in the catalog stay true


def test_every_finished_translation_is_found_at_run_time(catalogs, clean_translation):
    from PySide6.QtCore import QCoreApplication

    from app.platform import i18n

    i18n.install_translation(clean_translation, "fr")
    missing = []
    for message in catalogs.read_catalog(catalogs.ts_path("fr")):
        if not message.finished:
            continue
        comment = message.comment or None
        if message.numerus:
            shown = QCoreApplication.translate(message.context, message.source, comment, 5)
            ok = shown != message.source.replace("%n", "5")
        else:
            shown = QCoreApplication.translate(message.context, message.source, comment)
            ok = shown == message.translations[0]
        if not ok:
            missing.append((message.context, message.source))
    assert not missing, f"translations the app will never show: {missing[:5]}"
