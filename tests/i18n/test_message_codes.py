"""Every message code the code asks for exists in the catalog (a missing one would raise at run time)."""

from __future__ import annotations

import ast
from pathlib import Path

from app.domain.messages import TEXTS

APP = Path(__file__).resolve().parents[2] / "app"


def _codes_asked_for() -> tuple[set[str], set[str]]:
    """(literal codes, prefixes of codes built with an f-string) passed to ``msg(...)``."""
    literal: set[str] = set()
    prefixes: set[str] = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif (isinstance(first, ast.JoinedStr) and first.values
                  and isinstance(first.values[0], ast.Constant)):
                prefixes.add(str(first.values[0].value))
    return literal, prefixes


def test_every_literal_message_code_has_a_sentence() -> None:
    literal, _ = _codes_asked_for()
    assert len(literal) > 100, "the scan found too few msg() calls to be looking at the right code"
    missing = sorted(code for code in literal if code not in TEXTS)
    assert not missing, f"msg() codes without a sentence in app/domain/messages.py: {missing}"


def test_every_built_message_code_has_sentences_under_its_prefix() -> None:
    _, prefixes = _codes_asked_for()
    assert prefixes, "no f-string codes found: the scan is broken"
    empty = sorted(p for p in prefixes if not any(code.startswith(p) for code in TEXTS))
    assert not empty, f"msg(f'...') prefixes with no sentence at all: {empty}"


def test_codes_built_from_domain_values_exist_for_every_value() -> None:
    from app.domain.problems import Severity
    from app.domain.readiness import PRODUCT_REQUIRED, TRACK_REQUIRED

    built = [f"field.{name}" for name in (*PRODUCT_REQUIRED, *TRACK_REQUIRED)]
    built += [f"field.{name}" for name in ("release_date", "preorder_date", "subgenre_id", "subgenre2_id")]
    built += [f"severity.{s.value}" for s in Severity]
    built += [f"delivery.outcome.{o}" for o in ("done", "skipped", "blocked")]
    built += ["delivery.step." + name.lower().replace(" ", "_") for name in
              ("rights", "default offer", "validate offer", "activate", "artists", "DSP offer", "send task")]
    built += [f"style.capitalisation.{c}" for c in ("upper", "lower")]
    built += [f"style.featuring.{r}" for r in ("twice", "join", "word")]
    built += [f"style.line_year.{f}" for f in ("copyright_line", "production_line")]
    built += [f"style.version_format.{r}" for r in ("dash", "order", "brackets")]
    from app.ui.review.findings_view import STORE_TITLES  # the CLI's store headings are messages too

    built += [f"review.store.{s}" for s in STORE_TITLES]
    sniffed = ("empty", "text", "unknown")
    built += [f"{p}.{w}" for p in ("audio.not_audio", "image.not_image", "media.other", "image.other")
              for w in sniffed]
    built += ["audio.not_audio.image", "image.not_image.audio"]
    built += [f"store.{k}.{w}" for k in ("file_unreadable", "not_a_file") for w in ("cover", "master")]
    built += [f"api.{w}.{k}" for w in ("audio", "cover") for k in ("missing", "empty")]
    missing = [code for code in built if code not in TEXTS]
    assert not missing, f"codes built at run time with no sentence: {missing}"
