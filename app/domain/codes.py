"""Identifier rules: GS1 check digits for UPC/EAN, ISRC structure."""

from __future__ import annotations

import re

_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}\d{2}\d{5}$")


def gs1_check_digit(body: str) -> int:
    """The GS1 check digit for the digits ``body`` (all but the last digit of the code)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def normalize_upc(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "")


def upc_problem(value: str | None) -> str | None:
    """None when ``value`` is a valid UPC-A (12) or EAN-13 code, else the reason in plain words."""
    code = normalize_upc(value or "")
    if not code:
        return "The UPC is empty."
    if not code.isdigit():
        return "A UPC has digits only."
    if len(code) not in (12, 13):
        return f"A UPC has 12 or 13 digits; this one has {len(code)}."
    expected = gs1_check_digit(code[:-1])
    if int(code[-1]) != expected:
        return f"The UPC's check digit is wrong: it should end in {expected}."
    return None


def normalize_isrc(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "").upper()


def isrc_problem(value: str | None) -> str | None:
    """None when ``value`` is a structurally valid ISRC (CC-XXX-YY-NNNNN), else the reason."""
    code = normalize_isrc(value or "")
    if not code:
        return "The ISRC is empty."
    if len(code) != 12:
        return f"An ISRC has 12 characters (like GBAYE2300001); this one has {len(code)}."
    if not _ISRC.match(code):
        return "An ISRC is 2 letters, 3 letters or digits, a 2-digit year and 5 digits (like GBAYE2300001)."
    return None
