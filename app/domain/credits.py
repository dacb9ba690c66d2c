"""Credits and splits of a track: writers with their shares, the work's ISWC, and their checks.

What the distributor's API carries (composer, lyricist, producer, publisher names) travels as the
track's artist roles; legal names, shares, PRO, IPI and the ISWC stay on this machine
(docs/CREDITS.md). The checks here are pure functions returning :class:`Finding` objects, so any
review can list them beside the style and readiness findings.

Identifier rules (written out in docs/CREDITS.md):

- ISWC ``T-DDD.DDD.DDD-C``: ``S = 1 + sum(i * d_i for i in 1..9)``, ``C = (10 - S mod 10) mod 10``.
- IPI name number: 11 digits; the last two are ``sum(d_i * (10 - i) for i in 0..8) mod 101``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.domain.findings import Finding, error, warning
from app.domain.messages import Message, msg

_ISWC = re.compile(r"^T(\d{9})(\d)$")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Writer:
    """One writer of the work: legal name, what they wrote, their share in percent, PRO and IPI."""

    name: str
    composer: bool = True
    lyricist: bool = False
    share: Decimal | None = None
    pro: str = ""
    ipi: str = ""

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "composer": self.composer, "lyricist": self.lyricist,
                "share": None if self.share is None else str(self.share), "pro": self.pro, "ipi": self.ipi}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Writer:
        share = data.get("share")
        return cls(name=str(data.get("name") or ""), composer=bool(data.get("composer")),
                   lyricist=bool(data.get("lyricist")),
                   share=None if share in (None, "") else Decimal(str(share)),
                   pro=str(data.get("pro") or ""), ipi=str(data.get("ipi") or ""))


@dataclass(frozen=True)
class TrackCredits:
    """A track's credits. ``writers`` hold the split; the name lists are what the API carries."""

    writers: tuple[Writer, ...] = ()
    producers: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    iswc: str = ""
    instrumental: bool = False
    extra_composers: tuple[str, ...] = field(default=())  # named on the track, not among the writers
    extra_lyricists: tuple[str, ...] = field(default=())

    @property
    def composers(self) -> tuple[str, ...]:
        return _unique([w.name for w in self.writers if w.composer] + list(self.extra_composers))

    @property
    def lyricists(self) -> tuple[str, ...]:
        return _unique([w.name for w in self.writers if w.lyricist] + list(self.extra_lyricists))

    def api_roles(self) -> dict[str, list[str] | None]:
        """The track attributes the API carries (artist roles), None for an empty role."""
        return {"composer": list(self.composers) or None, "lyricist": list(self.lyricists) or None,
                "producer": list(self.producers) or None, "publisher": list(self.publishers) or None}

    @property
    def split_total(self) -> Decimal:
        return sum((w.share or Decimal(0) for w in self.writers), Decimal(0))


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if name and name.casefold() not in {k.casefold() for k in seen}:
            seen[name] = None
    return tuple(seen)


def parse_share(text: str) -> Decimal | None:
    """``"50"``, ``"33.34"``, ``"50 %"``, ``"12,5"`` → Decimal; None when empty; ValueError otherwise."""
    clean = text.strip().rstrip("%").strip().replace(",", ".")
    if not clean:
        return None
    try:
        value = Decimal(clean)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0 or value > HUNDRED:
        raise ValueError(text)
    return value


# ------------------------------------------------------------------------------------------ ISWC
def normalize_iswc(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "").upper()


def iswc_check_digit(digits: str) -> int:
    """The check digit of the nine digits of an ISWC's work identifier."""
    total = 1 + sum(i * int(d) for i, d in enumerate(digits, start=1))
    return (10 - total % 10) % 10


def format_iswc(value: str) -> str:
    """``T0345246801`` → ``T-034.524.680-1`` (unchanged when it is not an ISWC)."""
    code = normalize_iswc(value)
    m = _ISWC.match(code)
    if not m:
        return value
    d = m.group(1)
    return f"T-{d[0:3]}.{d[3:6]}.{d[6:9]}-{m.group(2)}"


def iswc_problem(value: str | None) -> Message | None:
    """None for an empty or valid ISWC, else the reason."""
    code = normalize_iswc(value or "")
    if not code:
        return None
    m = _ISWC.match(code)
    if not m:
        return msg("credits.iswc.structure", value=value or "")
    expected = iswc_check_digit(m.group(1))
    if int(m.group(2)) != expected:
        return msg("credits.iswc.check_digit", value=value or "", expected=expected)
    return None


# ------------------------------------------------------------------------------------------- IPI
def ipi_check_digits(first_nine: str) -> int:
    return sum(int(d) * (10 - i) for i, d in enumerate(first_nine)) % 101


def ipi_problem(value: str | None) -> Message | None:
    """None for an empty or valid IPI name number (9 to 11 digits, zeros in front), else the reason."""
    code = re.sub(r"[\s.\-]", "", value or "")
    if not code:
        return None
    if not code.isdigit() or not 9 <= len(code) <= 11:
        return msg("credits.ipi.structure", value=value or "")
    code = code.zfill(11)
    if ipi_check_digits(code[:9]) != int(code[9:]):
        return msg("credits.ipi.check_digit", value=value or "")
    return None


# -------------------------------------------------------------------------------------- findings
def credit_findings(credits: TrackCredits, *, ref: str | None = None, title: str = "",
                    has_lyrics: bool | None = None) -> list[Finding]:
    """What a store or a society would refuse in ``credits``.

    ``has_lyrics``: True when the track has lyrics (a lyrics field), None to decide from
    ``instrumental`` alone (a track that is not instrumental needs a lyricist).
    """
    out: list[Finding] = []
    needs_lyricist = has_lyrics if has_lyrics is not None else not credits.instrumental
    if needs_lyricist and not credits.lyricists:
        said = "credits.lyricist_missing" if has_lyrics else "credits.lyricist_missing.vocal"
        out.append(error("credits.lyricist_missing", msg(said, title=title),
                         field="lyricist", kind="track", ref=ref))
    if not credits.composers:
        out.append(warning("credits.composer_missing", msg("credits.composer_missing", title=title),
                           field="composer", kind="track", ref=ref))
    problem = iswc_problem(credits.iswc)
    if problem is not None:
        out.append(error("credits.iswc", problem, field="iswc", kind="track", ref=ref))
    shares = [w.share for w in credits.writers]
    if credits.writers and any(s is not None for s in shares):
        total = credits.split_total
        if total != HUNDRED:
            out.append(error("credits.splits_total",
                             msg("credits.splits_total", title=title, total=_percent(total)),
                             field="writers", kind="track", ref=ref))
    for writer in credits.writers:
        if not writer.name.strip():
            out.append(error("credits.writer_name", msg("credits.writer_name", title=title),
                             field="writers", kind="track", ref=ref))
        ipi = ipi_problem(writer.ipi)
        if ipi is not None:
            out.append(error("credits.ipi", msg("credits.ipi", name=writer.name, reason=ipi),
                             field="writers", kind="track", ref=ref))
    return out


def _percent(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text
