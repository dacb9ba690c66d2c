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
    # Same working folder as the real script, so relative locations resolve identically.
    catalogs.lupdate(list(copies.values()), catalogs.source_files(), cwd=catalogs.ROOT)
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


def test_every_catalog_entry_has_a_context(catalogs):
    """A string extracted without a context comes from a wrapper like ``def tr(t): return translate("X", t)``:
    lupdate files it under "" while the code looks it up under "X", so it is never translated."""
    orphans = [m.source for m in catalogs.read_catalog(catalogs.ts_path("fr")) if not m.context]
    assert not orphans, (
        "these strings go through a tr() wrapper, so no translation will ever be found for them; "
        f"call QCoreApplication.translate('Context', '...') with the literal at the call site: {orphans[:5]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(catalogs, tmp_path, language):
    rebuilt = tmp_path / f"releasedesk_{language}.qm"
    catalogs.lrelease(catalogs.ts_path(language), rebuilt)
    shipped = catalogs.qm_path(language)
    assert shipped.is_file(), f"{shipped} is missing: run `python i18n/update.py --compile`"
    assert shipped.read_bytes() == rebuilt.read_bytes(), (
        f"{shipped.name} is older than releasedesk_{language}.ts: run `python i18n/update.py --compile`"
    )


def test_pseudo_translation_stretches_text_but_keeps_markup_and_placeholders(catalogs):
    stretched = catalogs.stretch("Save “%1” as <b>draft</b> &amp; %n more")
    assert stretched == "Saavee “%1” aas <b>draaft</b> &amp; %n mooree"
