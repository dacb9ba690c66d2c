"""Every rule of the store rule table judges its own cases: each failing case is reported (with the
fix the case expects), each passing case is not. The cases live in the table itself."""

from __future__ import annotations

import pytest

from app.domain.style_rules import RULES, Case, Rule, check_style, rules_for, title_case

CASES = [(rule, case) for rule in RULES for case in rule.cases]


def _fixed_text(rule: Rule, case: Case) -> list[str]:
    ctx = case.context()
    out = []
    for finding in rule.check(ctx, rule):
        if finding.fix is None:
            continue
        for edit in finding.fix.edits:
            for value in edit.changes.values():
                if isinstance(value, str):
                    out.append(value)
    return out


@pytest.mark.parametrize(("rule", "case"), CASES, ids=[f"{r.id}-{c.label()}" for r, c in CASES])
def test_rule_judges_its_case(rule: Rule, case: Case) -> None:
    found = [f for f in rule.check(case.context(), rule) if f.code == rule.code]
    assert bool(found) is case.fails, [f.message for f in found]
    for finding in found:
        assert finding.store == rule.store
        assert finding.severity is rule.severity
        assert finding.message  # the sentence renders in English with every placeholder filled
        assert "{" not in finding.message
    if case.fix is not None:
        assert case.fix in _fixed_text(rule, case)


def test_every_rule_has_a_failing_and_a_passing_case_and_30_title_cases() -> None:
    for rule in RULES:
        assert any(c.fails for c in rule.cases) and any(not c.fails for c in rule.cases), rule.id
    assert len({r.id for r in RULES}) == len(RULES)
    title_cases = [c for r in RULES for c in r.cases if c.title]
    assert len(title_cases) >= 30


def test_the_five_original_rules_are_in_the_table() -> None:
    codes = {r.code for r in RULES}
    assert {"style.featuring", "style.capitalisation", "style.various_artists", "style.explicit_flags",
            "style.line_year"} <= codes


def test_store_filter_keeps_shared_rules_and_the_stores_own() -> None:
    apple = {r.store for r in rules_for("apple")}
    spotify = {r.store for r in rules_for("spotify")}
    assert apple == {"all", "apple"} and spotify == {"all", "spotify"}
    assert len(rules_for("all")) == len(RULES)


def test_check_style_reports_store_of_each_finding() -> None:
    case = Case(True, "Dancing In The Dark (Original Mix)")
    ctx = case.context()
    found = check_style(ctx.product, ctx.tracks)
    by_code = {f.code: f.store for f in found}
    assert by_code["style.banned_word"] == "all"
    assert by_code["style.title_case"] == "apple"
    spotify_only = check_style(ctx.product, ctx.tracks, store="spotify")
    assert "style.title_case" not in {f.code for f in spotify_only}


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Dancing In The Dark", "en", "Dancing in the Dark"),
    ("Corazón De Melón", "es", "Corazón de Melón"),
    ("Garota De Ipanema", "pt", "Garota de Ipanema"),
    ("Je Ne Regrette Rien Et Toi", "fr", "Je Ne Regrette Rien et Toi"),
    ("A Day In The Life", "en", "A Day in the Life"),
    ("Song (The Remix)", "en", "Song (The Remix)"),
])
def test_title_case_by_language(title: str, language: str, expected: str) -> None:
    assert title_case(title, language) == expected
