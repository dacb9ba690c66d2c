"""Translated menus keep their keyboard mnemonics (Alt+letter) unambiguous."""

from __future__ import annotations

import re

import pytest

from app.platform import i18n


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _clashes(window) -> list[set[str]]:
    """Per menu (the menu bar first, then each menu in order): the letters used by several entries."""
    bar = window.menuBar()
    menus = [bar.actions()] + [a.menu().actions() for a in bar.actions() if a.menu() is not None]
    result = []
    for actions in menus:
        seen: dict[str, int] = {}
        for action in actions:
            letter = None if action.isSeparator() else _mnemonic(action.text())
            if letter:
                seen[letter] = seen.get(letter, 0) + 1
        result.append({letter for letter, count in seen.items() if count > 1})
    return result


def _menus_in(language, app, qtbot):
    from app.ui.app import build_window
    from app.workers.runner import SyncRunner

    i18n.install_translation(app, language)
    window, _controller = build_window(SyncRunner())
    qtbot.addWidget(window)
    return _clashes(window)


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_translations_add_no_mnemonic_clashes_to_the_menus(clean_translation, qtbot, language):
    english = _menus_in("en", clean_translation, qtbot)
    translated = _menus_in(language, clean_translation, qtbot)
    assert len(translated) == len(english)
    for index, (theirs, ours) in enumerate(zip(english, translated, strict=True)):
        assert len(ours) <= len(theirs), f"menu {index} in {language}: several entries use Alt+{sorted(ours)}"
