from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.codes import gs1_check_digit, isrc_problem, upc_problem
from app.domain.messages import msg


def test_documented_product_upc_is_valid() -> None:
    assert upc_problem("8445281840433") is None


def test_tutorial_upc_check_digit_is_flagged_with_the_right_digit() -> None:
    problem = upc_problem("8088111222333")
    assert problem == msg("upc.check_digit", expected=9)
    assert str(problem) == "The UPC's check digit is wrong: it should end in 9."


@pytest.mark.parametrize("value", ["", "12345", "80881112223A3", "80881112223339999"])
def test_malformed_upc_is_explained(value: str) -> None:
    assert upc_problem(value)


@given(st.text(alphabet="0123456789", min_size=11, max_size=12))
def test_appending_the_gs1_check_digit_always_makes_a_valid_code(body: str) -> None:
    assert upc_problem(body + str(gs1_check_digit(body))) is None


def test_isrc_structure() -> None:
    assert isrc_problem("ESA112314511") is None
    assert isrc_problem("es-a11-23-14511") is None  # hyphens and case are tolerated
    assert isrc_problem("ESA11231451") is not None
    assert isrc_problem("ES!112314511") is not None
