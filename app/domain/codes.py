"""Identifier rules: GS1 check digits for UPC/EAN, ISRC structure."""

from __future__ import annotations

import re

from app.domain.messages import Message, msg

_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}\d{2}\d{5}$")


def gs1_check_digit(body: str) -> int:
    """The GS1 check digit for the digits ``body`` (all but the last digit of the code)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def normalize_upc(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "")


def upc_problem(value: str | None) -> Message | None:
    """None when ``value`` is a valid UPC-A (12) or EAN-13 code, else the reason in plain words."""
    code = normalize_upc(value or "")
    if not code:
        return msg("upc.empty")
    if not code.isdigit():
        return msg("upc.not_digits")
    if len(code) not in (12, 13):
        return msg("upc.length", length=len(code))
    expected = gs1_check_digit(code[:-1])
    if int(code[-1]) != expected:
        return msg("upc.check_digit", expected=expected)
    return None


def normalize_isrc(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "").upper()


def isrc_problem(value: str | None) -> Message | None:
    """None when ``value`` is a structurally valid ISRC (CC-XXX-YY-NNNNN), else the reason."""
    code = normalize_isrc(value or "")
    if not code:
        return msg("isrc.empty")
    if len(code) != 12:
        return msg("isrc.length", length=len(code))
    if not _ISRC.match(code):
        return msg("isrc.structure")
    return None
