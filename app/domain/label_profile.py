"""A label profile from the label-profiles service, and the rules checked before anything is sent.

The service is a plain REST API (not JSON:API): camelCase keys, UUID ids, ``country`` an ISO 3166-1
alpha-2 code that the server defaults to ``RW`` when a create leaves it out. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from app.domain.countries import is_country_code, normalize_country
from app.domain.errors import UserError
from app.domain.messages import Message, joined, msg
from app.domain.problems import Problem, Severity

DEFAULT_COUNTRY = "RW"  # the service's documented default
EDITABLE_FIELDS: tuple[str, ...] = ("name", "email", "description", "country")

# Python field -> wire key; the wire keys are the service's own spelling.
_WIRE: dict[str, str] = {
    "id": "id",
    "name": "name",
    "email": "email",
    "description": "description",
    "country": "country",
    "user_id": "userId",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
}

# Deliberately practical, not RFC 5322: one @, no spaces, a dotted domain made of DNS labels.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


@dataclass
class LabelProfile:
    name: str = ""
    email: str | None = None
    description: str | None = None
    country: str | None = DEFAULT_COUNTRY
    id: str | None = None
    user_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # keys the service sent that we do not model

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LabelProfile:
        known = {py: data[wire] for py, wire in _WIRE.items() if wire in data}
        extra = {k: v for k, v in data.items() if k not in _WIRE.values()}
        profile = cls(**known, extra=extra)
        if profile.name is None:
            profile.name = ""
        return profile

    def to_json(self) -> dict[str, Any]:
        """Every field as the service spells it (what the server would answer)."""
        out = dict(self.extra)
        out.update({wire: getattr(self, py) for py, wire in _WIRE.items()})
        return out

    def editable(self) -> dict[str, Any]:
        """The fields a user edits, by Python name."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}

    def create_body(self) -> dict[str, Any]:
        """A POST body: the editable fields that have a value (the server fills the rest)."""
        return {k: v for k, v in self.editable().items() if v not in (None, "")}

    def with_changes(self, changes: dict[str, Any]) -> LabelProfile:
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable label-profile fields: {sorted(unknown)}")
        return replace(self, **changes)


def normalize(profile: LabelProfile) -> LabelProfile:
    """Trim what a user typed: blank optional fields become None, the country upper-case."""
    email = (profile.email or "").strip() or None
    description = profile.description.strip() if profile.description else None
    country = normalize_country(profile.country) if profile.country and profile.country.strip() else None
    return replace(profile, name=(profile.name or "").strip(), email=email,
                   description=description or None, country=country)


def email_problem(email: str | None) -> Message | None:
    if email is None or email == "":
        return None
    if not _EMAIL.match(email):
        return msg("label_profile.email", email=email)
    return None


def country_problem(country: str | None) -> Message | None:
    if country is None:
        return None
    if not is_country_code(normalize_country(country)):
        return msg("label_profile.country", country=country)
    return None


def name_problem(name: str | None) -> Message | None:
    if not (name or "").strip():
        return msg("label_profile.name")
    return None


def problems(profile: LabelProfile) -> list[Problem]:
    """Every reason the service should not be sent ``profile``, one plain sentence each."""
    found: list[Problem] = []
    for fld, message in (
        ("name", name_problem(profile.name)),
        ("email", email_problem(profile.email)),
        ("country", country_problem(profile.country)),
    ):
        if message:
            found.append(Problem(f"label_profile.{fld}", Severity.ERROR, message, field=fld))
    return found


class InvalidLabelProfile(UserError):
    """Local validation refused a label profile; ``problems`` holds one entry per field."""

    def __init__(self, found: list[Problem]) -> None:
        super().__init__(joined([p.sentence for p in found], "list.space"))
        self.problems = found

    def by_field(self) -> dict[str, str]:
        """Field → sentence in English (what the outbox keeps)."""
        return {p.field or "": p.message for p in self.problems}

    def sentences_by_field(self) -> dict[str, Message]:
        """Field → sentence, for a face to render."""
        return {p.field or "": p.sentence for p in self.problems}


def validated(profile: LabelProfile) -> LabelProfile:
    """``profile`` normalized, or :class:`InvalidLabelProfile` naming every bad field."""
    clean = normalize(profile)
    found = problems(clean)
    if found:
        raise InvalidLabelProfile(found)
    return clean


def validated_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Field edits normalized and checked on their own (a PATCH carries only what changed)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable label-profile fields: {sorted(unknown)}")
    placeholder = LabelProfile(name="-", country=None)
    clean = normalize(placeholder.with_changes(changes))
    found = [p for p in problems(clean) if p.field in changes]
    if "country" in changes and clean.country is None:  # only a create may leave it to the server
        found.append(Problem("label_profile.country", Severity.ERROR, msg("label_profile.country_emptied"),
                             field="country"))
    if found:
        raise InvalidLabelProfile(found)
    return {k: getattr(clean, k) for k in changes}


def changed_fields(before: LabelProfile, after: LabelProfile) -> dict[str, Any]:
    """Editable fields whose value differs, with the new values."""
    return {f.name: getattr(after, f.name) for f in fields(LabelProfile)
            if f.name in EDITABLE_FIELDS and getattr(before, f.name) != getattr(after, f.name)}
