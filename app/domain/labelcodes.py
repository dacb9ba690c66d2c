"""Codes a label owns: its ISRC registrant code and GS1 company prefix, the next free code in each
range, and the checks that keep a catalog's codes honest (docs/CREDITS.md#codes-the-label-owns).

- ISRC ``CC-XXX-YY-NNNNN``: ``CC-XXX`` the registrant code, ``YY`` the year of reference (two
  digits), ``NNNNN`` the designation, issued in order from the label's first to its last number and
  never twice.
- UPC-A: the GS1 company prefix (6 to 11 digits), an item reference filling it to 11 digits, and
  the GS1 check digit.
- The same audio under two ISRCs is found by comparing fingerprints with whatever similarity the
  media QC provides (:class:`AudioPrint` and a ``similar(a, b)`` callable); a different audio under
  one ISRC (a new mix or edit) is found the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from app.domain.codes import gs1_check_digit, normalize_isrc
from app.domain.errors import UserError
from app.domain.findings import Finding, error, warning
from app.domain.messages import Message, msg

_REGISTRANT = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}$")
MAX_DESIGNATION = 99999


@dataclass(frozen=True)
class LabelCodes:
    """A label's own ranges. Empty strings mean "not set"."""

    isrc_registrant: str = ""  # "FRZ12" (written "FR-Z12")
    isrc_first: int = 1
    isrc_last: int = MAX_DESIGNATION
    gs1_prefix: str = ""  # 6 to 11 digits

    @property
    def registrant(self) -> str:
        return normalize_registrant(self.isrc_registrant)


def normalize_registrant(value: str) -> str:
    return re.sub(r"[\s\-]", "", value or "").upper()


def format_isrc(code: str) -> str:
    c = normalize_isrc(code)
    if len(c) != 12:
        return code
    return f"{c[:2]}-{c[2:5]}-{c[5:7]}-{c[7:]}"


def label_codes_problems(codes: LabelCodes) -> list[tuple[str, Message]]:
    """(field, reason) for each setting that cannot be used; empty when all are usable."""
    out: list[tuple[str, Message]] = []
    if codes.isrc_registrant and not _REGISTRANT.match(codes.registrant):
        out.append(("isrc_registrant", msg("codes.registrant_invalid", value=codes.isrc_registrant)))
    if not 1 <= codes.isrc_first <= codes.isrc_last <= MAX_DESIGNATION:
        out.append(("isrc_range", msg("codes.designation_range", first=codes.isrc_first,
                                      last=codes.isrc_last)))
    prefix = codes.gs1_prefix.strip()
    if prefix and (not prefix.isdigit() or not 6 <= len(prefix) <= 11):
        out.append(("gs1_prefix", msg("codes.gs1_invalid", value=codes.gs1_prefix)))
    return out


def next_isrc(codes: LabelCodes, year: int, issued: Collection[str]) -> str:
    """The first ISRC of the label's range for ``year`` not in ``issued`` (normalized codes)."""
    if not codes.registrant or label_codes_problems(codes):
        raise UserError(msg("codes.no_registrant"))
    stem = f"{codes.registrant}{year % 100:02d}"
    used = {normalize_isrc(c) for c in issued}
    for number in range(codes.isrc_first, codes.isrc_last + 1):
        code = f"{stem}{number:05d}"
        if code not in used:
            return code
    raise UserError(msg("codes.isrc_range_full", registrant=codes.isrc_registrant, year=year % 100))


def upc_for(prefix: str, item: int) -> str:
    body = f"{prefix}{item:0{11 - len(prefix)}d}"
    return body + str(gs1_check_digit(body))


def next_upc(codes: LabelCodes, issued: Collection[str]) -> str:
    """The first UPC-A of the label's GS1 prefix not in ``issued``, with its check digit."""
    prefix = codes.gs1_prefix.strip()
    if not prefix or label_codes_problems(codes):
        raise UserError(msg("codes.no_gs1_prefix"))
    used = set(issued)
    for item in range(1, 10 ** (11 - len(prefix))):
        code = upc_for(prefix, item)
        if code not in used:
            return code
    raise UserError(msg("codes.upc_range_full", prefix=prefix))


def isrc_in_range(codes: LabelCodes, isrc: str) -> bool:
    """True when ``isrc`` is one of the label's own: its registrant and within its designations."""
    c = normalize_isrc(isrc)
    if len(c) != 12 or c[:5] != codes.registrant or not c[7:].isdigit():
        return False
    return codes.isrc_first <= int(c[7:]) <= codes.isrc_last


def isrc_range_findings(codes: LabelCodes, tracks: Sequence[tuple[str, str, str]]) -> list[Finding]:
    """``codes.isrc_range`` for tracks ``(ref, title, isrc)`` whose ISRC carries the label's
    registrant code but a designation outside the label's range (codes from other registrants are
    licensed recordings and are left alone)."""
    out: list[Finding] = []
    if not codes.registrant:
        return out
    for ref, title, isrc in tracks:
        c = normalize_isrc(isrc)
        if len(c) == 12 and c[:5] == codes.registrant and not isrc_in_range(codes, c):
            out.append(error("codes.isrc_range",
                             msg("codes.isrc_range", title=title, isrc=format_isrc(c),
                                 first=codes.isrc_first, last=codes.isrc_last),
                             field="isrc_code", kind="track", ref=ref))
    return out


# ------------------------------------------------------------------------------- same audio, ISRCs
@dataclass(frozen=True)
class AudioPrint:
    """A track's audio fingerprint as the media QC computed it (opaque bytes)."""

    ref: str
    title: str
    isrc: str
    fingerprint: bytes


Similar = Callable[[bytes, bytes], bool]


def duplicate_audio_findings(prints: Sequence[AudioPrint], similar: Similar) -> list[Finding]:
    """``codes.duplicate_audio``: the same audio under two ISRCs; ``codes.isrc_reused``: different
    audio (a new mix or edit) under one ISRC. Each pair is reported once, on the later track."""
    out: list[Finding] = []
    for j, later in enumerate(prints):
        for earlier in prints[:j]:
            a, b = normalize_isrc(earlier.isrc), normalize_isrc(later.isrc)
            if not a or not b:
                continue
            same = similar(earlier.fingerprint, later.fingerprint)
            if same and a != b:
                out.append(warning("codes.duplicate_audio",
                                   msg("codes.duplicate_audio", title=later.title, other=earlier.title,
                                       isrc=format_isrc(b), other_isrc=format_isrc(a)),
                                   field="isrc_code", kind="track", ref=later.ref))
            elif not same and a == b:
                out.append(error("codes.isrc_reused",
                                 msg("codes.isrc_reused", title=later.title, other=earlier.title,
                                     isrc=format_isrc(b)),
                                 field="isrc_code", kind="track", ref=later.ref))
    return out
