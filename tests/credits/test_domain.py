"""The identifier rules and credit checks, as pure functions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.codes import upc_problem
from app.domain.credits import (
    TrackCredits,
    Writer,
    credit_findings,
    format_iswc,
    ipi_check_digits,
    ipi_problem,
    iswc_problem,
    parse_share,
)
from app.domain.errors import UserError
from app.domain.labelcodes import LabelCodes, isrc_range_findings, next_isrc, next_upc


def test_iswc_check_digit_follows_the_weighted_sum():
    assert iswc_problem("T-034.524.680-1") is None  # S = 179, C = 1
    assert iswc_problem("T-000.000.001-0") is None  # the first ISWC ever issued
    assert iswc_problem("T0345246801") is None
    bad = iswc_problem("T-034.524.680-2")
    assert bad is not None and bad.code == "credits.iswc.check_digit" and bad.params["expected"] == 1
    assert iswc_problem("034.524.680-1").code == "credits.iswc.structure"  # type: ignore[union-attr]
    assert format_iswc("t0345246801") == "T-034.524.680-1"


def test_ipi_name_number_check_digits_modulo_101():
    body = "002501863"
    good = body + f"{ipi_check_digits(body):02d}"
    assert ipi_problem(good) is None and ipi_problem("") is None
    wrong = body + f"{(ipi_check_digits(body) + 1) % 101:02d}"
    assert ipi_problem(wrong).code == "credits.ipi.check_digit"  # type: ignore[union-attr]
    assert ipi_problem("12ab").code == "credits.ipi.structure"  # type: ignore[union-attr]


def test_shares_parse_with_comma_or_percent_and_refuse_nonsense():
    assert parse_share("12,5 %") == Decimal("12.5") and parse_share("") is None
    for bad in ("abc", "101", "-1", "nan"):
        with pytest.raises(ValueError):
            parse_share(bad)


def test_findings_for_missing_lyricist_bad_iswc_and_splits_not_100():
    credits = TrackCredits(writers=(Writer("Ada Vale", share=Decimal(60)),
                                    Writer("Ben Ortiz", share=Decimal(30))), iswc="T-034.524.680-9")
    codes = {f.code for f in credit_findings(credits, title="Night Drive")}
    assert codes == {"credits.lyricist_missing", "credits.iswc", "credits.splits_total"}
    fixed = TrackCredits(writers=(Writer("Ada Vale", share=Decimal("66.67")),
                                  Writer("Ben Ortiz", lyricist=True, share=Decimal("33.33"))),
                         iswc="T-034.524.680-1")
    assert credit_findings(fixed, title="Night Drive") == []
    # an instrumental needs no lyricist, unless the track has lyrics after all
    instrumental = TrackCredits(writers=(Writer("Ada Vale"),), instrumental=True)
    assert credit_findings(instrumental) == []
    assert [f.code for f in credit_findings(instrumental, has_lyrics=True)] == ["credits.lyricist_missing"]


def test_next_isrc_comes_from_the_label_range_and_skips_issued_codes():
    codes = LabelCodes("FR-Z12", 7, 9, "")
    assert next_isrc(codes, 2026, set()) == "FRZ122600007"
    assert next_isrc(codes, 2026, {"FRZ122600007", "FR-Z12-26-00008"}) == "FRZ122600009"
    with pytest.raises(UserError) as full:
        next_isrc(codes, 2026, {"FRZ122600007", "FRZ122600008", "FRZ122600009"})
    assert full.value.sentence.code == "codes.isrc_range_full"
    assert next_isrc(codes, 2027, {"FRZ122600007"}) == "FRZ122700007"  # a new year starts again


def test_next_upc_has_a_valid_check_digit_and_is_never_reused():
    codes = LabelCodes(gs1_prefix="0614141")
    first = next_upc(codes, set())
    assert len(first) == 12 and first.startswith("0614141") and upc_problem(first) is None
    second = next_upc(codes, {first})
    assert second != first and upc_problem(second) is None


def test_isrc_range_finding_only_for_the_labels_own_registrant():
    codes = LabelCodes("FR-Z12", 1, 100, "")
    found = isrc_range_findings(codes, [("1", "In range", "FRZ122600050"), ("2", "Outside", "FRZ122600500"),
                                        ("3", "Licensed", "GBAYE2600500")])
    assert [(f.code, f.ref) for f in found] == [("codes.isrc_range", "2")]
