"""The command line's help and argparse's own words speak the CLI's language (``app/cli.py``)."""

from __future__ import annotations

import pytest

from app.cli import main


def test_the_help_texts_module_lists_what_the_parsers_show(catalogs):
    """``app/commands/help_texts.py`` is generated from the parsers; it must not fall behind them."""
    path = catalogs.HELP_TEXTS
    committed = path.read_text(encoding="utf-8")
    try:
        assert catalogs.write_help_texts(path) == committed, (
            "app/commands/help_texts.py is behind the parsers: run `python i18n/update.py` and translate")
    finally:
        path.write_text(committed, encoding="utf-8")


@pytest.mark.parametrize("language, usage, options, line", [
    ("fr", "utilisation", "options", "vérifier"),
    ("de", "Aufruf", "Optionen", "prüf"),
])
def test_a_command_s_help_is_in_the_cli_language(language, usage, options, line, monkeypatch, capsys):
    monkeypatch.setenv("RELEASEDESK_LANG", language)
    with pytest.raises(SystemExit) as stop:
        main(["check", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(usage) and f"\n{options}:" in out
    assert line in out.lower()
    assert "show this help message" not in out and "--json" in out  # flags stay as they are typed


def test_a_usage_error_from_argparse_is_in_the_cli_language_and_english_comes_back(monkeypatch, capsys):
    monkeypatch.setenv("RELEASEDESK_LANG", "es")
    with pytest.raises(SystemExit) as stop:
        main(["check", "--no-such-flag", "x.flac"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso:") and "--no-such-flag" in err and "unrecognized arguments" not in err
    monkeypatch.setenv("RELEASEDESK_LANG", "en")
    with pytest.raises(SystemExit):
        main(["check", "--no-such-flag", "x.flac"])
    assert "unrecognized arguments: --no-such-flag" in capsys.readouterr().err


def test_the_top_level_help_lists_the_commands_in_the_cli_language(monkeypatch, capsys):
    monkeypatch.setenv("RELEASEDESK_LANG", "fr")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "Commandes" in out and "sandbox:" in out and "Releasedesk" in out
