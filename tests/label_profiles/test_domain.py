"""Local rules for label profiles: refused before anything is sent, one plain sentence per field."""

from __future__ import annotations

import pytest

from app.domain.countries import COUNTRIES, country_choices, country_name, is_country_code
from app.domain.label_profile import (
    InvalidLabelProfile,
    LabelProfile,
    changed_fields,
    email_problem,
    problems,
    validated,
)


def test_the_country_list_is_the_249_assigned_iso_3166_alpha_2_codes() -> None:
    assert len(COUNTRIES) == 249
    assert all(len(code) == 2 and code.isupper() for code in COUNTRIES)
    assert COUNTRIES["RW"] == "Rwanda" and COUNTRIES["GB"] == "United Kingdom"
    assert [name for _, name in country_choices()] == sorted(COUNTRIES.values(), key=str.casefold)


def test_uk_is_accepted_as_the_reserved_alias_the_seed_uses_but_xx_is_not() -> None:
    assert is_country_code("UK") and country_name("uk") == "United Kingdom"
    assert not is_country_code("XX") and country_name("XX") is None


@pytest.mark.parametrize("email", ["contact@sonicwave.example", "a.b+tag@sub.domain.co.uk", None, ""])
def test_plausible_or_absent_emails_pass(email: str | None) -> None:
    assert email_problem(email) is None


@pytest.mark.parametrize("email", ["no-at-sign", "two@@example.com", "a b@example.com",
                                   "user@localhost", "user@-bad.example", "[email protected]"])
def test_invalid_emails_are_refused_with_a_sentence_naming_the_value(email: str) -> None:
    problem = email_problem(email)
    assert problem is not None and problem.params == {"email": email}
    message = str(problem)
    assert f"“{email}”" in message and message.endswith(".")


def test_validated_normalizes_what_was_typed() -> None:
    clean = validated(LabelProfile(name="  Kigali Sound ", email="  ", description=" ", country=" rw"))
    assert (clean.name, clean.email, clean.description, clean.country) == ("Kigali Sound", None, None, "RW")


def test_validated_refuses_every_bad_field_at_once() -> None:
    with pytest.raises(InvalidLabelProfile) as caught:
        validated(LabelProfile(name="", email="nope", country="ZZ"))
    assert set(caught.value.by_field()) == {"name", "email", "country"}
    assert "country “ZZ”" in caught.value.message and "email “nope”" in caught.value.message


def test_a_valid_profile_has_no_problems() -> None:
    assert problems(LabelProfile(name="Sonic Wave", email="hi@sonicwave.example", country="US")) == []


def test_wire_round_trip_keeps_unknown_keys() -> None:
    wire = {"id": "b2c3d4e5-f6a7-4b5c-8d7e-9f8a7b6c5d4e", "name": "Sonic Wave Records",
            "email": "contact@sonicwave.example", "description": "Independent", "country": "US",
            "userId": "550e8400-e29b-41d4-a716-446655440000", "createdAt": "2024-03-04T10:00:00.000Z",
            "updatedAt": "2024-03-04T10:00:00.000Z", "logoUrl": "https://example.com/logo.png"}
    profile = LabelProfile.from_json(wire)
    assert profile.user_id == wire["userId"] and profile.extra == {"logoUrl": wire["logoUrl"]}
    assert profile.to_json() == wire


def test_create_body_sends_only_editable_fields_with_values() -> None:
    profile = LabelProfile(name="X", email=None, description="", country="US", id="abc")
    assert profile.create_body() == {"name": "X", "country": "US"}


def test_changed_fields_lists_only_differences() -> None:
    before = LabelProfile(name="A", email="a@x.example", country="US")
    after = before.with_changes({"email": "b@x.example"})
    assert changed_fields(before, after) == {"email": "b@x.example"}
    with pytest.raises(ValueError):
        before.with_changes({"user_id": "me"})
