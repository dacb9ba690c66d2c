"""Metadata style rules from the DSP style guides (Apple Music, Spotify): what gets a release bounced.

Pure text functions (``featuring_problem``/``fix_featuring`` ...); the rule table that turns them into
findings over a product and its tracks is :mod:`app.domain.style_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.resources import Product, Track

# ---------------------------------------------------------------- featuring: "(feat. A & B)"

_FEAT_WORD = re.compile(r"(?i)(?<![\w])(featuring|feat\.?|ft\.?)(?=\s)")
_CANONICAL = re.compile(r"\(feat\. ([^()]+)\)")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\+|/|;|\band\b|\bwith\b|\sx\s)\s*", re.IGNORECASE)
_FEAT_PART = re.compile(
    r"^(?P<head>.*?)\s*(?P<open>[(\[]?)\s*(?<![\w])(?:featuring|feat\.?|ft\.?)\s+(?P<names>[^)\]]+?)\s*[)\]]?"
    r"\s*(?P<tail>(?:[(\[].*)?)$",
    re.IGNORECASE,
)


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " & " + names[-1]


def _split_names(text: str) -> list[str]:
    return [n.strip() for n in _NAME_SPLIT.split(text) if n and n.strip()]


def featuring_problem(title: str | None) -> str | None:
    """Why ``title`` does not write its featured artists as "(feat. A & B)", or None.

    The reason is a message code suffix: ``"twice"``, ``"join"`` or ``"word:<the word used>"``."""
    if not title:
        return None
    canonical = _CANONICAL.search(title)
    if canonical:
        rest = title[: canonical.start()] + title[canonical.end():]
        if _FEAT_WORD.search(rest):
            return "twice"
        listed = canonical.group(1)
        if _join_names(_split_names(listed)) != listed.strip():
            return "join"
        return None
    match = _FEAT_WORD.search(title)
    if match is None:
        return None
    return f"word:{match.group(1)}"


def fix_featuring(title: str) -> str:
    """``title`` with its featured artists rewritten as "(feat. A & B)"; unchanged when it can't tell."""
    canonical = _CANONICAL.search(title)
    if canonical:
        names = _join_names(_split_names(canonical.group(1)))
        return title[: canonical.start()] + f"(feat. {names})" + title[canonical.end():]
    m = _FEAT_PART.match(title)
    if not m or not m.group("head").strip():
        return title
    people = _split_names(m.group("names"))
    if not people:
        return title
    fixed = f"{m.group('head').strip()} (feat. {_join_names(people)})"
    tail = m.group("tail").strip()
    return f"{fixed} {tail}" if tail else fixed


# ---------------------------------------------------------------- capitalisation

_SMALL_WORDS = frozenset(
    "a an and as at but by for from in nor of on or the to vs. via with feat.".split())


def caps_problem(title: str | None) -> str | None:
    """"upper" or "lower" when the whole title is written so (4+ letters), else None."""
    text = _CANONICAL.sub("", title or "")  # "(feat. …)" is lowercase by rule
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not any(c.isalpha() and c.lower() != c.upper() for c in letters):
        return None
    if all(c.isupper() for c in letters if c.lower() != c.upper()):
        return "upper"
    if all(c.islower() for c in letters if c.lower() != c.upper()):
        return "lower"
    return None


def fix_caps(title: str) -> str:
    """Title case in the style guides' sense: small words stay lowercase except first and last."""
    words = title.lower().split(" ")
    out = []
    last = len(words) - 1
    for i, word in enumerate(words):
        bare = word.lstrip("([\"'")
        if 0 < i < last and bare in _SMALL_WORDS:
            out.append(word)
            continue
        lead = word[: len(word) - len(bare)]
        out.append(lead + bare[:1].upper() + bare[1:])
    return " ".join(out)


# ---------------------------------------------------------------- Various Artists

VARIOUS_ARTISTS_NAMES = frozenset({"various artists", "various", "va", "v.a.", "various artist"})
VARIOUS_ARTISTS_MIN = 4


def is_various_artists(name: str) -> bool:
    return name.strip().lower() in VARIOUS_ARTISTS_NAMES


def primary_track_artists(tracks: Sequence[Track]) -> list[str]:
    """Distinct primary artists over the tracks, in order of first appearance (case-insensitive)."""
    seen: dict[str, str] = {}
    for track in tracks:
        for name in track.artist or []:
            if name.strip() and not is_various_artists(name):
                seen.setdefault(name.strip().lower(), name.strip())
    return list(seen.values())


# ---------------------------------------------------------------- copyright / production lines

_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")
_LEADING_MARK = re.compile(r"^\s*(?:©|℗|\(c\)|\(p\))\s*", re.IGNORECASE)


def line_year(line: str | None) -> str | None:
    m = _YEAR.search(line or "")
    return m.group(1) if m else None


def strip_year(line: str) -> str:
    """The line without its year and leading ©/℗ (the DSP composes "℗ 2023 Label" from the fields)."""
    text = _YEAR.sub("", line, count=1)
    text = _LEADING_MARK.sub("", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,-")
    return text


# ---------------------------------------------------------------- explicit flag

def product_explicit_flag(product: Product) -> bool | None:
    """The product-level explicit flag when the server sent one (Labelcamp ``parental-advisory``)."""
    for key in ("parental-advisory", "explicit-content", "parental_advisory"):
        value = product.extra.get(key)
        if isinstance(value, bool):
            return value
    return None
