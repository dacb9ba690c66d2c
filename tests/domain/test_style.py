"""Metadata style rules (DSP style guides): each with a title or credit that fails and one that passes."""

from __future__ import annotations

import pytest

from app.domain.resources import Product, Track
from app.domain.style import (
    caps_problem,
    featuring_problem,
    fix_caps,
    fix_featuring,
    line_year,
    strip_year,
)
from app.domain.style_rules import check_style


@pytest.mark.parametrize(("title", "fixed"), [
    ("Open Road featuring Jo", "Open Road (feat. Jo)"),
    ("Open Road ft. Jo and Ana", "Open Road (feat. Jo & Ana)"),
    ("Open Road (Feat. Jo & Ana)", "Open Road (feat. Jo & Ana)"),
    ("Open Road (feat. Jo, Ana)", "Open Road (feat. Jo & Ana)"),
    ("Open Road [feat. Jo, Ana and Lu] (Live)", "Open Road (feat. Jo, Ana & Lu) (Live)"),
])
def test_featuring_written_otherwise_is_flagged_and_rewritten(title: str, fixed: str) -> None:
    assert featuring_problem(title)
    assert fix_featuring(title) == fixed
    assert featuring_problem(fixed) is None


@pytest.mark.parametrize("title", [
    "Open Road (feat. Jo)", "Open Road (feat. Jo & Ana)", "Open Road (feat. Jo, Ana & Lu)",
    "Left Behind", "Craft Beer", "Software",
])
def test_canonical_featuring_and_words_containing_ft_pass(title: str) -> None:
    assert featuring_problem(title) is None


@pytest.mark.parametrize(("title", "kind", "fixed"), [
    ("LIGHTS OF THE CITY", "upper", "Lights of the City"),
    ("lights of the city", "lower", "Lights of the City"),
    ("TOUT LE MONDE (feat. Jo)", "upper", "Tout Le Monde (feat. Jo)"),
])
def test_all_caps_and_all_lowercase_titles_are_flagged(title: str, kind: str, fixed: str) -> None:
    assert caps_problem(title) == kind
    assert fix_caps(title) == fixed


@pytest.mark.parametrize("title", ["Lights of the City", "ABC", "Intro", "1999", "iPhone Song"])
def test_mixed_case_and_short_titles_pass_the_caps_rule(title: str) -> None:
    assert caps_problem(title) is None


def test_year_in_a_line_is_found_and_stripped_with_its_mark() -> None:
    assert line_year("2023 Records Music") == "2023"
    assert strip_year("2023 Records Music") == "Records Music"
    assert strip_year("© 2021 Label Ltd") == "Label Ltd"
    assert line_year("Records Music") is None
    assert line_year("Studio 54000 Records") is None


def _product(**kw: object) -> Product:
    base = dict(id="1", name="Night Drive", artist=["Mira Lane"], production_year=2026,
                copyright_line="Records Music", production_line="Records Music")
    base.update(kw)
    return Product(**base)  # type: ignore[arg-type]


def _tracks(*artists: str) -> list[Track]:
    return [Track(id=str(10 + i), title=f"Song {i}", artist=[a]) for i, a in enumerate(artists)]


def test_various_artists_with_fewer_than_four_primary_artists_is_refused() -> None:
    tracks = _tracks("A", "B", "C", "A")
    found = check_style(_product(artist=["Various Artists"]), tracks)
    [finding] = [f for f in found if f.code == "style.various_artists"]
    assert finding.blocks and "3" in finding.message
    assert finding.fix is not None
    assert finding.fix.edits[0].changes == {"artist": ["A", "B", "C"]}


def test_various_artists_with_four_primary_artists_passes() -> None:
    found = check_style(_product(artist=["Various Artists"]), _tracks("A", "B", "C", "D"))
    assert not [f for f in found if f.code == "style.various_artists"]


def test_various_artists_on_a_track_is_refused() -> None:
    found = check_style(_product(), _tracks("A", "Various Artists"))
    assert [f.ref for f in found if f.code == "style.various_artists"] == ["11"]


def test_track_both_explicit_and_clean_is_refused_and_plain_explicit_passes() -> None:
    tracks = _tracks("A", "B")
    tracks[0].parental_advisory = True
    assert not [f for f in check_style(_product(), tracks) if f.code == "style.explicit_flags"]
    tracks[0].clean = True
    [finding] = [f for f in check_style(_product(), tracks) if f.code == "style.explicit_flags"]
    assert finding.ref == "10" and finding.fix is not None


def test_product_marked_explicit_without_explicit_tracks_is_refused() -> None:
    product = _product()
    product.extra["parental-advisory"] = True
    assert [f for f in check_style(product, _tracks("A")) if f.code == "style.explicit_flags"]


def test_line_year_is_only_flagged_when_the_year_field_carries_it() -> None:
    flagged = check_style(_product(copyright_line="2026 Records Music"), _tracks("A"))
    assert [f.field for f in flagged if f.code == "style.line_year"] == ["copyright_line"]
    unflagged = check_style(_product(copyright_line="2026 Records Music", production_year=None),
                            _tracks("A"))
    assert not [f for f in unflagged if f.code == "style.line_year"]


def test_style_fixes_name_the_field_they_change() -> None:
    found = check_style(_product(name="night drive featuring jo"), _tracks("A"))
    by_code = {f.code: f for f in found}
    assert by_code["style.featuring"].fix is not None
    assert by_code["style.featuring"].fix.edits[0].changes == {"name": "night drive (feat. jo)"}
    assert by_code["style.capitalisation"].field == "name"
