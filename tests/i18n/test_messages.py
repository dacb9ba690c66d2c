"""Every message code renders in every language: no missing entry, no English left, same placeholders;
and the command line speaks the locale's language while ``--json`` stays stable and English."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.messages import TEXTS, Message, msg, placeholder_names
from app.platform.messages import cli_language, render

LANGUAGES = ("fr", "es", "de")
# A translation may equal its source only where the word is the same in that language.
SAME_WORD = {("es", "severity.error"), ("es", "check.summary.errors"), ("fr", "field.label_id"),
             ("fr", "check.mono"), ("es", "check.mono"), ("fr", "credits.sheet.total"),
             ("es", "credits.sheet.total"), ("fr", "credits.sheet.signature"), ("es", "credits.sheet.roles"),
             # the stores' own names
             *((lang, code) for lang in ("fr", "es", "de")
               for code in ("review.store.apple", "review.store.spotify"))}
_ONLY_PLACEHOLDERS = re.compile(r"^[\s{}\w;:,.()%-]*$")


def _sample(code: str, n: int = 3) -> Message:
    params: dict[str, str | int] = {name: f"<{name}>" for name in placeholder_names(TEXTS[code])}
    if "%n" in TEXTS[code]:
        params["n"] = n
    return Message(code, tuple(params.items()))


def _needs_words(code: str) -> bool:
    """False for sentences made only of placeholders and acronyms ("UPC {upc}: {problem}")."""
    bare = re.sub(r"\{\w+\}|%n", "", TEXTS[code])
    return any(c.islower() for c in bare)


def _translated_codes() -> list[str]:
    """Every code with words to translate ("{first}; {then}" joins parts and has none)."""
    return [code for code in TEXTS if any(c.isalpha() for c in re.sub(r"\{\w+\}", "", TEXTS[code]))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_code_renders_translated_in_every_language(language: str) -> None:
    problems = []
    for code in _translated_codes():
        for n in ((1, 5) if "%n" in TEXTS[code] else (3,)):
            sample = _sample(code, n)
            english, shown = sample.english(), render(sample, language)
            if shown == english and _needs_words(code) and (language, code) not in SAME_WORD:
                problems.append(f"{code}: still English ({shown!r})")
            for name in placeholder_names(TEXTS[code]):
                if f"<{name}>" not in shown:
                    problems.append(f"{code}: lost the placeholder {{{name}}} ({shown!r})")
            if re.search(r"\{\w+\}|%n", shown):
                problems.append(f"{code}: a placeholder was left unfilled ({shown!r})")
    assert not problems, f"{len(problems)} problems in {language}:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_use_the_languages_plural_forms(language: str) -> None:
    one = render(msg("check.summary.files", n=1), language)
    many = render(msg("check.summary.files", n=6), language)
    assert one.startswith("1 ") and many.startswith("6 ") and one[2:] != many[2:]


def test_english_counts_have_real_plurals() -> None:
    assert str(msg("check.summary.files", n=1)) == "1 file checked"
    assert str(msg("check.summary.files", n=6)) == "6 files checked"
    assert str(msg("count.deliveries_completed", n=1)) == "1 delivery completed."
    assert str(msg("count.deliveries_completed", n=10)) == "10 deliveries completed."


def test_nested_messages_render_in_the_same_language() -> None:
    finding = msg("product.required", field=msg("field.production_year"))
    assert str(finding) == "The product's production year is empty; fill it in."
    assert render(finding, "fr") == "Le champ « année de production » du produit est vide ; remplissez-le."


def test_no_core_sentence_names_a_command_line_flag() -> None:
    flags = [code for code, text in TEXTS.items() if re.search(r"(?<![\w-])--\w", text)]
    assert not flags, f"core sentences naming CLI flags (the CLI adds its own hint): {flags}"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}, "de"),
    ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
    ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANG": "ja_JP.UTF-8"}, "en"),
    ({}, "en"),
])
def test_command_line_language_follows_the_locale(environ: dict[str, str], expected: str) -> None:
    assert cli_language(environ) == expected


def _bad_master(tmp_path: Path) -> Path:
    import numpy as np
    import soundfile as sf

    path = tmp_path / "22k.wav"
    t = np.linspace(0, 2, 22050 * 2, endpoint=False)
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype("float32")
    sf.write(path, np.column_stack([tone, tone]), 22050, subtype="PCM_16")
    return path


def _run_check(args: list[str], lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "RELEASEDESK_LANG")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "app", "check", *args], capture_output=True, text=True,
                          env=env, encoding="utf-8", timeout=120, check=False)


def test_check_speaks_french_under_a_french_locale(tmp_path: Path) -> None:
    bad = _bad_master(tmp_path)
    result = _run_check([str(bad)], "fr_FR.UTF-8")
    assert result.returncode == 1, result.stderr
    assert "22k.wav est à 22,05 kHz ; les DSP exigent au moins 44,1 kHz" in result.stdout
    assert "erreur:" in result.stdout and "[audio.sample_rate]" in result.stdout  # the code stays stable
    assert "1 fichier vérifié : 1 erreur, 1 avertissement." in result.stdout  # 2 s: too short too
    assert "stéréo" in result.stdout  # what the file is, too
    assert "DSPs need" not in result.stdout and "checked" not in result.stdout


def test_check_stays_english_under_an_english_or_c_locale(tmp_path: Path) -> None:
    bad = _bad_master(tmp_path)
    result = _run_check([str(bad)], "C.UTF-8")
    assert "22k.wav is 22.05 kHz; DSPs need at least 44.1 kHz" in result.stdout
    assert "error: " in result.stdout and "stereo" in result.stdout
    assert "1 file checked: 1 error, 1 warning." in result.stdout


def test_check_json_keeps_codes_params_and_english_under_a_french_locale(tmp_path: Path) -> None:
    bad = _bad_master(tmp_path)
    result = _run_check(["--json", str(bad)], "fr_FR.UTF-8")
    problem = next(p for p in json.loads(result.stdout)["files"][0]["problems"]
                   if p["code"] == "audio.sample_rate")
    assert problem["message_code"] == "audio.sample_rate.too_low"
    assert problem["params"] == {"file": "22k.wav", "rate": 22.05}
    assert problem["message"].startswith("22k.wav is 22.05 kHz; DSPs need at least 44.1 kHz")
