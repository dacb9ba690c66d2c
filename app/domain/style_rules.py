"""The stores' style rules as data: one table of rules, each with its code, severity, store, source,
check (which may offer a one-click fix where the intent is certain) and its own test cases.

:data:`RULES` is the table. A rule's ``store`` says whose rule it is: ``"all"`` (what every store and
distributor asks), ``"apple"`` or ``"spotify"``; :func:`rules_for` picks the rules a store applies.
Each rule carries at least one :class:`Case` that fails and one that passes; the test suite runs every
case from this table (``tests/domain/test_style_rules.py``), so a rule cannot be added without them.
Where each rule comes from is written in ``docs/STYLE-RULES.md`` (the ``source`` is its anchor there).

:func:`check_style` runs the table over a product and its tracks; readiness folds its findings in, so
the checklist, the editors and ``releasedesk review`` all show them with their fixes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.findings import Edit, Finding, Fix
from app.domain.messages import Message, msg
from app.domain.problems import Problem, Severity
from app.domain.resources import Product, Track
from app.domain.style import (
    VARIOUS_ARTISTS_MIN,
    caps_problem,
    featuring_problem,
    fix_caps,
    fix_featuring,
    is_various_artists,
    line_year,
    primary_track_artists,
    product_explicit_flag,
    strip_year,
)

STORES: tuple[str, ...] = ("all", "apple", "spotify")

SINGLE_MAX_TRACKS = 3
EP_MAX_TRACKS = 6
APPLE_SINGLE_TRACK_MAX_S = 10 * 60
SHORT_RELEASE_MAX_S = 30 * 60


@dataclass(frozen=True)
class StyleContext:
    """What the rules read: the product, its tracks in order, and what readiness knows besides."""

    product: Product
    tracks: Sequence[Track]
    product_type_name: str | None = None  # "Single", "EP", "Album" ...
    language: str | None = None  # ISO 639-1 of the product's language ("es"), None when unknown
    durations: Mapping[str, float] = field(default_factory=dict)  # track ref -> seconds


def track_ref(track: Track, position: int) -> str:
    return track.id if track.id else f"#{position + 1}"


@dataclass(frozen=True)
class Titled:
    kind: str  # "product" | "track"
    ref: str | None
    field: str  # "name" | "title"
    text: str
    artists: tuple[str, ...]

    @property
    def what(self) -> Message:
        return (msg("style.what.product", text=self.text) if self.kind == "product"
                else msg("style.what.track", track=self.ref or "", text=self.text))

    def write(self, fixed: str, *more: Edit) -> Fix:
        return Fix(msg("fix.write", text=fixed), (Edit(self.kind, self.ref, {self.field: fixed}), *more))


def titled(ctx: StyleContext) -> Iterator[Titled]:
    """The product name, then each track title, with the artists credited on each."""
    product = ctx.product
    if product.name:
        yield Titled("product", product.id, "name", product.name, tuple(product.artist or ()))
    for i, track in enumerate(ctx.tracks):
        if track.title:
            yield Titled("track", track_ref(track, i), "title", track.title,
                         tuple(track.artist or ()))


# ------------------------------------------------------------------------------------ test cases

@dataclass(frozen=True)
class TrackCase:
    title: str
    seconds: int = 200
    artists: tuple[str, ...] = ("Nova",)
    explicit: bool | None = None
    clean: bool | None = None
    isrc: str | None = None


@dataclass(frozen=True)
class Case:
    """One example a rule must judge: ``fails`` says whether the rule reports it. A case with only a
    ``title`` is one track of that title on a product named ``product_name``; ``fix`` is the title the
    rule's fix writes (or the product name, for product-level rules), when it offers one."""

    fails: bool
    title: str = ""
    artists: tuple[str, ...] = ("Nova",)
    fix: str | None = None
    tracks: tuple[TrackCase, ...] = ()
    product_name: str = "Horizon Lines"
    product_artists: tuple[str, ...] = ("Nova",)
    product_fields: tuple[tuple[str, Any], ...] = ()
    product_type: str | None = None
    language: str | None = None

    def context(self) -> StyleContext:
        specs = self.tracks or (TrackCase(self.title, artists=self.artists),)
        tracks = [Track(title=t.title, artist=list(t.artists), length=t.seconds, track_number=n,
                        explicit_content=t.explicit, clean=t.clean, isrc_code=t.isrc)
                  for n, t in enumerate(specs, start=1)]
        product = Product(name=self.product_name, artist=list(self.product_artists),
                          **dict(self.product_fields))
        return StyleContext(product, tracks, self.product_type, self.language,
                            {track_ref(t, i): float(t.length or 0) for i, t in enumerate(tracks)})

    def label(self) -> str:
        shown = self.title or " | ".join(t.title for t in self.tracks) or self.product_name
        return f"{'fails' if self.fails else 'passes'}: {shown}"


Check = Callable[[StyleContext, "Rule"], list[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str  # unique in the table, e.g. "banned_word" or "release_shape.apple"
    code: str  # the finding's code, e.g. "style.banned_word" (several rules may share one)
    severity: Severity
    store: str  # "all" | "apple" | "spotify"
    source: str  # its anchor in docs/STYLE-RULES.md
    check: Check
    cases: tuple[Case, ...]

    def finding(self, message: Message, *, field: str | None, kind: str = "product",
                ref: str | None = None, fix: Fix | None = None) -> Finding:
        return Finding(Problem(self.code, self.severity, message, field), kind, ref, fix, self.store)


# ------------------------------------------------------------------------------------ checks

def _featuring(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        reason = featuring_problem(t.text)
        if not reason:
            continue
        fixed = fix_featuring(t.text)
        fix = t.write(fixed) if fixed != t.text and featuring_problem(fixed) is None else None
        sentence = (msg("style.featuring.word", what=t.what, word=reason.removeprefix("word:"))
                    if reason.startswith("word:") else msg(f"style.featuring.{reason}", what=t.what))
        out.append(rule.finding(sentence, field=t.field, kind=t.kind, ref=t.ref, fix=fix))
    return out


def _capitalisation(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        caps = caps_problem(t.text)
        if caps:
            fixed = title_case(t.text, ctx.language, force=True)
            out.append(rule.finding(msg(f"style.capitalisation.{caps}", what=t.what), field=t.field,
                                    kind=t.kind, ref=t.ref, fix=t.write(fixed)))
    return out


# Words that stay lowercase inside a title (not first, not last, not first inside brackets), by
# language; English is the Apple Music Style Guide's list, the others its language notes.
LOWERCASE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("a an and as at but by for from in nor of on or the to vs. via with feat.".split()),
    "es": frozenset("a al con de del e el en la las los o para por que u un una unas unos y".split()),
    "pt": frozenset("a ao aos as com da das de do dos e em na nas no nos o os ou para pela pelo por "
                    "um uma".split()),
    "fr": frozenset("à au aux avec d' de des du en et l' la le les ou par pour sur un une".split()),
}
_WORD = re.compile(r"[^\s]+")
_OPENERS = "([\"'“‘¿¡"


def _is_plain_capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and all(c.islower() for c in letters[1:])


def title_case(title: str, language: str | None, *, force: bool = False) -> str:
    """``title`` in the title case of ``language``: each word capitalised except that language's
    lowercase words inside the title. Only plainly written words change (``iPhone``, ``DJ`` or
    ``McCartney`` stay), unless ``force`` (a title written all in one case)."""
    if force:
        title = fix_caps(title) if (language or "en") == "en" else title.lower()
    small = LOWERCASE_WORDS.get(language or "en", LOWERCASE_WORDS["en"])
    words = list(_WORD.finditer(title))
    out = []
    last = len(words) - 1
    prev_end = 0
    for i, m in enumerate(words):
        word = m.group(0)
        bare = word.lstrip(_OPENERS)
        lead = word[: len(word) - len(bare)]
        starts_group = bool(lead) or i == 0 or title[prev_end:m.start()].strip() in ("-", ":", "/")
        core = bare.rstrip(")]\"'”’,.!?:;").lower()
        apostrophe = next((w for w in small if w.endswith("'") and core.startswith(w)), None)
        if not starts_group and i != last and (core in small or apostrophe):
            new = lead + bare.lower() if _is_plain_capitalised(bare) or force else word
        elif bare[:1].islower() and (force or all(c.islower() for c in bare if c.isalpha())):
            new = lead + bare[:1].upper() + bare[1:]
        else:
            new = word
        out.append(title[prev_end:m.start()] + new)
        prev_end = m.end()
    return "".join(out) + title[prev_end:]


def _title_case(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        if caps_problem(t.text):  # all one case: the capitalisation rule speaks for it
            continue
        fixed = title_case(t.text, ctx.language)
        if ctx.language is None:  # not knowing the language, only lowercase English small words
            fixed = _only_lowered(t.text, fixed)
        if fixed != t.text:
            out.append(rule.finding(msg("style.title_case", what=t.what, fixed=fixed), field=t.field,
                                    kind=t.kind, ref=t.ref, fix=t.write(fixed)))
    return out


def _only_lowered(original: str, fixed: str) -> str:
    a, b = original.split(" "), fixed.split(" ")
    if len(a) != len(b):
        return original
    return " ".join(new if new.lower() == old.lower() and new != old and new[:1].islower() else old
                    for old, new in zip(a, b, strict=True))


def _various_artists(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    product, pid = ctx.product, ctx.product.id
    primaries = primary_track_artists(ctx.tracks)
    product_artists = product.artist or []
    if any(is_various_artists(a) for a in product_artists):
        if len(primaries) < VARIOUS_ARTISTS_MIN:
            fix = (Fix(msg("fix.credit_track_artists"), (Edit("product", pid, {"artist": primaries}),))
                   if primaries else None)
            out.append(rule.finding(
                msg("style.various_artists.too_few", minimum=VARIOUS_ARTISTS_MIN, n=len(primaries)),
                field="artist", ref=pid, fix=fix))
        elif len(product_artists) > 1:
            out.append(rule.finding(
                msg("style.various_artists.not_alone"), field="artist", ref=pid,
                fix=Fix(msg("fix.keep_various_artists"),
                        (Edit("product", pid, {"artist": ["Various Artists"]}),))))
    for i, track in enumerate(ctx.tracks):
        if any(is_various_artists(a) for a in track.artist or []):
            ref = track_ref(track, i)
            out.append(rule.finding(msg("style.various_artists.track", track=ref), field="artist",
                                    kind="track", ref=ref))
    return out


def _is_explicit(track: Track) -> bool:
    return bool(track.parental_advisory) or bool(track.explicit_content)


def _explicit_flags(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    pid = ctx.product.id
    any_explicit = False
    for i, track in enumerate(ctx.tracks):
        ref = track_ref(track, i)
        if _is_explicit(track):
            any_explicit = True
            if track.clean:
                out.append(rule.finding(
                    msg("style.explicit_flags.track", track=ref), field="clean", kind="track", ref=ref,
                    fix=Fix(msg("fix.clear_clean"), (Edit("track", ref, {"clean": False}),))))
    flag = product_explicit_flag(ctx.product)
    if flag is False and any_explicit:
        out.append(rule.finding(msg("style.explicit_flags.product_clean"), field="parental_advisory",
                                ref=pid))
    elif flag is True and ctx.tracks and not any_explicit:
        out.append(rule.finding(msg("style.explicit_flags.product_explicit"),
                                field="parental_advisory", ref=pid))
    return out


def _line_year(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out: list[Finding] = []
    product = ctx.product
    if not product.production_year:
        return out
    for fld in ("copyright_line", "production_line"):
        text = getattr(product, fld)
        year = line_year(text)
        if text and year:
            fixed = strip_year(text)
            fix = (Fix(msg("fix.write", text=fixed), (Edit("product", product.id, {fld: fixed}),))
                   if fixed else None)
            out.append(rule.finding(msg(f"style.line_year.{fld}", text=text, year=year), field=fld,
                                    ref=product.id, fix=fix))
    return out


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    return re.sub(r"\s{2,}", " ", text).strip(" -–")


def _remove_phrases(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[str, list[str]]:
    words: list[str] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            words.append(m.group("word"))
        text = pattern.sub(" ", text)
    return _tidy(text), words


def _phrase_patterns(phrases: str) -> tuple[re.Pattern[str], ...]:
    """In brackets, after a dash, or bare at the end of the title."""
    return (
        re.compile(rf"\s*[(\[]\s*(?P<word>{phrases})\s*[)\]]", re.IGNORECASE),
        re.compile(rf"\s+[-–]\s+(?P<word>{phrases})\s*(?=$|[(\[])", re.IGNORECASE),
        re.compile(rf"\s+(?P<word>{phrases})\s*$", re.IGNORECASE),
    )


_BANNED = _phrase_patterns(
    r"original mix|original version|album version|digital single|clean version|explicit version|"
    r"official music video|official video|official audio")
_FORMAT_WORDS = (re.compile(r"\s+[-–]\s+(?P<word>single|ep)\s*$", re.IGNORECASE),)


def _banned_words(patterns: tuple[re.Pattern[str], ...]) -> Check:
    def check(ctx: StyleContext, rule: Rule) -> list[Finding]:
        out = []
        for t in titled(ctx):
            fixed, words = _remove_phrases(t.text, patterns)
            if words:
                fix = t.write(fixed) if fixed else None
                out.append(rule.finding(msg("style.banned_word", what=t.what, word=words[0]),
                                        field=t.field, kind=t.kind, ref=t.ref, fix=fix))
        return out
    return check


_GENERIC = re.compile(
    r"^\s*(?:(?:audio\s+)?track|title|untitled(?:\s+track)?|no\s+title|unknown|intro|outro|"
    r"interlude|skit|pista|piste|titre|faixa|canci[oó]n|demo)\s*[-#_.:]?\s*\d+\s*$"
    r"|^\s*(?:untitled(?:\s+track)?|no\s+title|unknown(?:\s+title)?|track|audio\s+track|new\s+song)\s*$",
    re.IGNORECASE)


def _generic_title(ctx: StyleContext, rule: Rule) -> list[Finding]:
    return [rule.finding(msg("style.generic_title", what=t.what), field=t.field, kind=t.kind, ref=t.ref)
            for t in titled(ctx) if _GENERIC.match(t.text)]


_VERSION_WORDS = (r"(?:\w[\w'’.&]*\s+)*?(?:remix|mix|edit|live(?!\s+(?:at|from|in)\b)|acoustic|"
                  r"version|instrumental|remaster(?:ed)?(?:\s+\d{4})?|rework|vip|dub|demo|unplugged)")
_DASH_VERSION = re.compile(rf"^(?P<head>.*\S)\s+[-–]\s+(?P<version>{_VERSION_WORDS})\s*$", re.IGNORECASE)
_BARE_VERSION = re.compile(
    r"^(?P<head>.*[^\s(\[])\s+(?P<version>remix|radio edit|extended mix|club mix|acoustic version|"
    r"instrumental|live version|remastered|extended version)\s*$", re.IGNORECASE)
_GROUP = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def version_fix(text: str) -> tuple[str, str] | None:
    """``(reason, fixed title)`` when a version is not written "Title (Version) [Version]"."""
    m = _DASH_VERSION.match(text) or _BARE_VERSION.match(text)
    if m and not _GROUP.search(m.group("version")):
        head = m.group("head").strip()
        version = m.group("version").strip()
        groups = _GROUP.findall(head)
        if groups:  # "Song (feat. X) - Remix" -> "Song (feat. X) [Remix]"
            return "dash", f"{head} [{version}]"
        return "dash", f"{head} ({version})"
    groups = list(_GROUP.finditer(text))
    if not groups:
        return None
    kinds = [g.group(0)[0] for g in groups]
    trailing = text[groups[-1].end():].strip()
    if "[" in kinds and "(" in kinds and kinds.index("[") < len(kinds) - 1 - kinds[::-1].index("(") \
            and not trailing:
        head = text[: groups[0].start()].rstrip()
        between = [text[a.end():b.start()].strip() for a, b in zip(groups, groups[1:], strict=False)]
        if any(between):
            return None
        parens = [g.group(0) for g in groups if g.group(0)[0] == "("]
        brackets = [g.group(0) for g in groups if g.group(0)[0] == "["]
        return "order", " ".join([head, *parens, *brackets])
    if kinds[0] == "[" and "(" not in kinds and not trailing and text[: groups[0].start()].strip():
        first = groups[0].group(0)
        fixed = text[: groups[0].start()] + "(" + first[1:-1] + ")" + text[groups[0].end():]
        return "brackets", fixed
    return None


def _version_format(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        found = version_fix(t.text)
        if found:
            reason, fixed = found
            out.append(rule.finding(msg(f"style.version_format.{reason}", what=t.what), field=t.field,
                                    kind=t.kind, ref=t.ref, fix=t.write(fixed)))
    return out


def _artist_in_title(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        outside = _GROUP.sub(" ", t.text)  # "(feat. X)" and "(X Remix)" are where names belong
        for name in t.artists:
            name = name.strip()
            if len(name) < 2 or is_various_artists(name) or name.lower() == t.text.strip().lower():
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
            if not pattern.search(outside):
                continue
            fixed = _without_artist(t.text, name)
            out.append(rule.finding(msg("style.artist_in_title", what=t.what, artist=name),
                                    field=t.field, kind=t.kind, ref=t.ref,
                                    fix=t.write(fixed) if fixed else None))
            break
    return out


def _without_artist(text: str, name: str) -> str | None:
    """The title without "Artist - " before it or " - Artist" / " by Artist" after it; None when the
    name sits elsewhere (then only the user knows what the title is)."""
    n = re.escape(name)
    for pattern in (rf"^\s*{n}\s*[-–:]\s+(?P<rest>.+)$", rf"^(?P<rest>.+?)\s+(?:[-–]|by)\s+{n}\s*$"):
        m = re.match(pattern, text, re.IGNORECASE)
        if m and m.group("rest").strip():
            return m.group("rest").strip()
    return None


def _norm_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _duplicate_title(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    seen: dict[str, tuple[str, Track]] = {}
    for i, track in enumerate(ctx.tracks):
        if not track.title:
            continue
        ref = track_ref(track, i)
        key = _norm_title(track.title)
        if key in seen:
            first_ref, first = seen[key]
            if bool(first.clean) != bool(track.clean):  # a clean and an explicit version may share it
                continue
            out.append(rule.finding(
                msg("style.duplicate_title", track=ref, first=first_ref, text=track.title),
                field="title", kind="track", ref=ref))
        else:
            seen[key] = (ref, track)
    return out


def _shape_kind(ctx: StyleContext) -> str | None:
    name = (ctx.product_type_name or "").strip().lower()
    if name in ("single", "ep"):
        return name
    if name in ("album", "compilation"):
        return "album"
    return None


def _seconds(ctx: StyleContext) -> list[float] | None:
    values = []
    for i, track in enumerate(ctx.tracks):
        value = ctx.durations.get(track_ref(track, i)) or track.length
        if not value:
            return None
        values.append(float(value))
    return values


def _minutes(seconds: float) -> int:
    return int(round(seconds / 60))


def _shape_apple(ctx: StyleContext, rule: Rule) -> list[Finding]:
    kind, lengths, pid = _shape_kind(ctx), _seconds(ctx), ctx.product.id
    if kind is None or not ctx.tracks or lengths is None:
        return []
    count, total, longest = len(lengths), sum(lengths), max(lengths)
    if kind == "single" and (count > SINGLE_MAX_TRACKS or longest >= APPLE_SINGLE_TRACK_MAX_S):
        return [rule.finding(msg("style.release_shape.apple_single", n=count,
                                 longest=_minutes(longest)), field="product_type_id", ref=pid)]
    if kind == "ep" and (count > EP_MAX_TRACKS or total > SHORT_RELEASE_MAX_S
                         or (count <= SINGLE_MAX_TRACKS and longest < APPLE_SINGLE_TRACK_MAX_S)):
        return [rule.finding(msg("style.release_shape.apple_ep", n=count, total=_minutes(total)),
                             field="product_type_id", ref=pid)]
    return []


def _shape_spotify(ctx: StyleContext, rule: Rule) -> list[Finding]:
    kind, lengths, pid = _shape_kind(ctx), _seconds(ctx), ctx.product.id
    if kind is None or not ctx.tracks or lengths is None:
        return []
    count, total = len(lengths), sum(lengths)
    if kind == "single" and (count > SINGLE_MAX_TRACKS or total > SHORT_RELEASE_MAX_S):
        return [rule.finding(msg("style.release_shape.spotify_single", n=count, total=_minutes(total)),
                             field="product_type_id", ref=pid)]
    if kind == "ep" and (count > EP_MAX_TRACKS or total > SHORT_RELEASE_MAX_S):
        return [rule.finding(msg("style.release_shape.spotify_ep", n=count, total=_minutes(total)),
                             field="product_type_id", ref=pid)]
    return []


def _single_title(ctx: StyleContext, rule: Rule) -> list[Finding]:
    """A single (or any one-track product) carries its lead track's title."""
    product = ctx.product
    if not ctx.tracks or not product.name or not ctx.tracks[0].title:
        return []
    if _shape_kind(ctx) != "single" and len(ctx.tracks) != 1:
        return []
    lead = ctx.tracks[0].title
    if _norm_title(product.name) == _norm_title(lead):
        return []
    fix = (Fix(msg("fix.name_after_lead", text=lead), (Edit("product", product.id, {"name": lead}),))
           if len(ctx.tracks) == 1 else None)
    return [rule.finding(msg("style.release_shape.single_title", name=product.name, text=lead),
                         field="name", ref=product.id, fix=fix)]


_EXPLICIT_WORDS = re.compile(
    r"\s*[(\[]\s*(?P<word>explicit|clean|dirty|dirty version|censored|uncensored|radio clean|"
    r"parental advisory)\s*[)\]]", re.IGNORECASE)
_EXPLICIT_MEANING = ("explicit", "dirty", "dirty version", "uncensored", "parental advisory")


def _explicit_title_word(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        words = [m.group("word") for m in _EXPLICIT_WORDS.finditer(t.text)]
        if not words:
            continue
        fixed = _tidy(_EXPLICIT_WORDS.sub(" ", t.text))
        more: tuple[Edit, ...] = ()
        if t.kind == "track" and any(w.lower() in _EXPLICIT_MEANING for w in words):
            more = (Edit("track", t.ref, {"explicit_content": True}),)
        fix = t.write(fixed, *more) if fixed else None
        out.append(rule.finding(msg("explicit.title_word", what=t.what, word=words[0]), field=t.field,
                                kind=t.kind, ref=t.ref, fix=fix))
    return out


def _base_title(text: str) -> str:
    return _norm_title(_EXPLICIT_WORDS.sub(" ", text))


def _explicit_version(ctx: StyleContext, track: Track, position: int) -> tuple[str, Track] | None:
    key = _base_title(track.title or "")
    for i, other in enumerate(ctx.tracks):
        if i != position and _is_explicit(other) and _base_title(other.title or "") == key:
            return track_ref(other, i), other
    return None


def _explicit_clean(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for i, track in enumerate(ctx.tracks):
        if not track.clean or _is_explicit(track):
            continue
        ref = track_ref(track, i)
        if _explicit_version(ctx, track, i) is None:
            out.append(rule.finding(msg("explicit.clean_without_explicit", track=ref), field="clean",
                                    kind="track", ref=ref))
    return out


def _explicit_clean_isrc(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for i, track in enumerate(ctx.tracks):
        if not track.clean or _is_explicit(track) or not track.isrc_code:
            continue
        found = _explicit_version(ctx, track, i)
        if found and (found[1].isrc_code or "").upper() == track.isrc_code.upper():
            ref = track_ref(track, i)
            out.append(rule.finding(msg("explicit.clean_isrc", track=ref, other=found[0],
                                        isrc=track.isrc_code), field="isrc_code", kind="track",
                                    ref=ref))
    return out


def _explicit_release(ctx: StyleContext, rule: Rule) -> list[Finding]:
    """One explicit track makes the release explicit: a product named clean with one is refused."""
    explicit = [track_ref(t, i) for i, t in enumerate(ctx.tracks) if _is_explicit(t)]
    if explicit and re.search(r"[(\[]\s*clean", ctx.product.name or "", re.IGNORECASE):
        return [rule.finding(msg("explicit.release", tracks=", ".join(explicit)), field="name",
                             ref=ctx.product.id)]
    return []


_PROMO = re.compile(r"(?<!\w)(?P<word>exclusive|limited edition|out now|free download|new single|"
                    r"pre-?order now|buy now)(?!\w)", re.IGNORECASE)


def _promo_text(ctx: StyleContext, rule: Rule) -> list[Finding]:
    out = []
    for t in titled(ctx):
        m = _PROMO.search(t.text)
        if m:
            out.append(rule.finding(msg("style.promo_text", what=t.what, word=m.group("word")),
                                    field=t.field, kind=t.kind, ref=t.ref))
    return out


# ------------------------------------------------------------------------------------ the table

_E, _W = Severity.ERROR, Severity.WARNING
T = TrackCase


def _cases(*cases: Case) -> tuple[Case, ...]:
    return cases


RULES: tuple[Rule, ...] = (
    Rule("featuring", "style.featuring", _W, "all", "featuring", _featuring, _cases(
        Case(True, "Open Road featuring Jo", fix="Open Road (feat. Jo)"),
        Case(True, "Open Road ft. Jo and Kim", fix="Open Road (feat. Jo & Kim)"),
        Case(True, "Open Road (feat. Jo, Kim)", fix="Open Road (feat. Jo & Kim)"),
        Case(False, "Open Road (feat. Jo & Kim)"),
        Case(False, "Left Feet"),
    )),
    Rule("capitalisation", "style.capitalisation", _W, "all", "capitalisation", _capitalisation, _cases(
        Case(True, "NIGHT DRIVE", fix="Night Drive"),
        Case(True, "night drive in the city", fix="Night Drive in the City"),
        Case(True, "BAILANDO DE NOCHE", fix="Bailando de Noche", language="es"),
        Case(False, "Night Drive"),
        Case(False, "UFO"),
    )),
    Rule("title_case", "style.title_case", _W, "apple", "title-case", _title_case, _cases(
        Case(True, "Dancing In The Dark", fix="Dancing in the Dark"),
        Case(True, "Noche De La Luna", fix="Noche de la Luna", language="es"),
        Case(True, "Canção Do Mar", fix="Canção do Mar", language="pt"),
        Case(True, "La Vie En Rose", fix="La Vie en Rose", language="fr"),
        Case(True, "Sous le ciel de Paris", fix="Sous le Ciel de Paris", language="fr"),
        Case(False, "Dancing in the Dark"),
        Case(False, "Noche de la Luna", language="es"),
        Case(False, "The Way You Are"),
        Case(False, "Walk on the Wild Side (feat. DJ Kool) [Radio Edit]"),
        Case(False, "iPhone Love"),
    )),
    Rule("various_artists", "style.various_artists", _E, "all", "various-artists", _various_artists,
         _cases(
             Case(True, "Song", product_artists=("Various Artists",)),
             Case(True, "Song", artists=("Various Artists",)),
             Case(False, tracks=(T("A", artists=("A1",)), T("B", artists=("B1",)),
                                 T("C", artists=("C1",)), T("D", artists=("D1",))),
                  product_artists=("Various Artists",)),
             Case(False, "Song"),
         )),
    Rule("explicit_flags", "style.explicit_flags", _E, "all", "explicit", _explicit_flags, _cases(
        Case(True, tracks=(T("Song", explicit=True, clean=True),)),
        Case(True, tracks=(T("Song"),), product_fields=(("extra", {"parental-advisory": True}),)),
        Case(False, tracks=(T("Song", explicit=True),)),
    )),
    Rule("line_year", "style.line_year", _W, "all", "line-year", _line_year, _cases(
        Case(True, "Song", product_fields=(("copyright_line", "2026 Nova Records"),
                                           ("production_year", 2026))),
        Case(False, "Song", product_fields=(("copyright_line", "Nova Records"),
                                            ("production_year", 2026))),
    )),
    Rule("banned_word", "style.banned_word", _E, "all", "banned-words", _banned_words(_BANNED), _cases(
        Case(True, "Night Drive (Original Mix)", fix="Night Drive"),
        Case(True, "Night Drive [Album Version]", fix="Night Drive"),
        Case(True, "Night Drive (Clean Version)", fix="Night Drive"),
        Case(True, "Night Drive (Explicit Version)", fix="Night Drive"),
        Case(True, "Night Drive - Official Music Video", fix="Night Drive"),
        Case(True, "Night Drive (Digital Single)", fix="Night Drive"),
        Case(True, "Night Drive Original Mix", fix="Night Drive"),
        Case(True, "Night Drive (Original Mix) (feat. Jo)", fix="Night Drive (feat. Jo)"),
        Case(False, "Night Drive (Extended Mix)"),
        Case(False, "Original Sin"),
        Case(False, "The Album"),
    )),
    Rule("format_word", "style.banned_word", _E, "spotify", "single-ep-words",
         _banned_words(_FORMAT_WORDS), _cases(
             Case(True, product_name="Night Drive - Single", title="Night Drive", fix="Night Drive"),
             Case(True, product_name="Night Drive - EP", title="Night Drive", fix="Night Drive"),
             Case(False, product_name="Single Ladies", title="Single Ladies"),
             Case(False, product_name="Elastica EP Sessions", title="Night Drive"),
         )),
    Rule("promo_text", "style.promo_text", _E, "all", "promo-text", _promo_text, _cases(
        Case(True, "Night Drive (Exclusive)"),
        Case(True, "Night Drive - Out Now"),
        Case(False, "Night Drive"),
        Case(False, "Exclusively Yours"),
    )),
    Rule("generic_title", "style.generic_title", _W, "all", "generic-titles", _generic_title, _cases(
        Case(True, "Track 2"),
        Case(True, "Track01"),
        Case(True, "Untitled"),
        Case(True, "Intro 2"),
        Case(True, "Audio Track 03"),
        Case(True, "Pista 4"),
        Case(False, "Intro"),
        Case(False, "Untitled Love Song"),
        Case(False, "Track of My Heart"),
        Case(False, "22"),
    )),
    Rule("version_format", "style.version_format", _W, "all", "versions", _version_format, _cases(
        Case(True, "Night Drive - Remix", fix="Night Drive (Remix)"),
        Case(True, "Night Drive - Kim Remix", fix="Night Drive (Kim Remix)"),
        Case(True, "Night Drive - Live", fix="Night Drive (Live)"),
        Case(True, "Night Drive - Acoustic", fix="Night Drive (Acoustic)"),
        Case(True, "Night Drive Remix", fix="Night Drive (Remix)"),
        Case(True, "Night Drive [Radio Edit] (Kim Remix)", fix="Night Drive (Kim Remix) [Radio Edit]"),
        Case(True, "Night Drive [Live]", fix="Night Drive (Live)"),
        Case(True, "Night Drive (feat. Jo) - Radio Edit", fix="Night Drive (feat. Jo) [Radio Edit]"),
        Case(False, "Night Drive (Kim Remix) [Radio Edit]"),
        Case(False, "Numb (feat. Jo & Kim) [Bonus Track]"),
        Case(False, "Live Forever"),
        Case(False, "Celebrate - Live at the Hydro"),
        Case(False, "Remix the World"),
    )),
    Rule("artist_in_title", "style.artist_in_title", _W, "all", "artist-in-title", _artist_in_title,
         _cases(
             Case(True, "Nova - Night Drive", fix="Night Drive"),
             Case(True, "Night Drive by Nova", fix="Night Drive"),
             Case(True, "Night Drive with Nova and Friends"),
             Case(False, "Night Drive (Nova Remix)"),
             Case(False, "Supernova"),
             Case(False, "Nova", product_name="Nova"),
             Case(False, "Night Drive (feat. Jo)", artists=("Nova", "Jo")),
         )),
    Rule("duplicate_title", "style.duplicate_title", _W, "all", "duplicates", _duplicate_title, _cases(
        Case(True, tracks=(T("Night Drive"), T("Night Drive"))),
        Case(True, tracks=(T("Night Drive"), T("night  drive"))),
        Case(False, tracks=(T("Night Drive"), T("Night Drive (Kim Remix)"))),
        Case(False, tracks=(T("Night Drive", explicit=True), T("Night Drive", clean=True))),
    )),
    Rule("release_shape.apple", "style.release_shape", _W, "apple", "release-shape",
         _shape_apple, _cases(
             Case(True, tracks=(T("A"), T("B"), T("C"), T("D")), product_name="A",
                  product_type="Single"),
             Case(True, tracks=(T("A", seconds=11 * 60),), product_name="A", product_type="Single"),
             Case(True, tracks=(T("A"), T("B")), product_type="EP"),
             Case(False, tracks=(T("A"), T("B")), product_name="A", product_type="Single"),
             Case(False, tracks=(T("A"), T("B"), T("C"), T("D")), product_type="EP"),
         )),
    Rule("release_shape.spotify", "style.release_shape", _W, "spotify", "release-shape",
         _shape_spotify, _cases(
             Case(True, tracks=(T("A", seconds=20 * 60), T("B", seconds=15 * 60)), product_name="A",
                  product_type="Single"),
             Case(True, tracks=tuple(T(f"Song {c}") for c in "ABCDEFG"), product_type="EP"),
             Case(False, tracks=(T("A"), T("B")), product_name="A", product_type="Single"),
             Case(False, tracks=tuple(T(f"Song {c}", seconds=300) for c in "ABCDEFGH"),
                  product_type="Album"),
         )),
    Rule("single_title", "style.release_shape", _W, "all", "single-title", _single_title, _cases(
        Case(True, "Night Drive", product_name="Night Drives", fix="Night Drive"),
        Case(True, tracks=(T("Night Drive"), T("Day Drive")), product_name="Day Drive",
             product_type="Single"),
        Case(False, "Night Drive", product_name="Night Drive"),
        Case(False, tracks=(T("Night Drive"), T("Day Drive")), product_name="Drives"),
    )),
    Rule("explicit_title", "explicit.title_word", _E, "all", "explicit", _explicit_title_word, _cases(
        Case(True, "Night Drive (Explicit)", fix="Night Drive"),
        Case(True, "Night Drive [Clean]", fix="Night Drive"),
        Case(True, "Night Drive (Dirty)", fix="Night Drive"),
        Case(False, "Clean Slate"),
        Case(False, "Explicit Content Only Tonight"),
    )),
    Rule("explicit_clean", "explicit.clean_without_explicit", _W, "all", "explicit",
         _explicit_clean, _cases(
             Case(True, tracks=(T("Night Drive", clean=True),)),
             Case(False, tracks=(T("Night Drive", explicit=True, isrc="USAB12600001"),
                                 T("Night Drive", clean=True, isrc="USAB12600002"))),
         )),
    Rule("explicit_clean_isrc", "explicit.clean_isrc", _E, "all", "explicit",
         _explicit_clean_isrc, _cases(
             Case(True, tracks=(T("Night Drive", explicit=True, isrc="USAB12600001"),
                                T("Night Drive", clean=True, isrc="USAB12600001"))),
             Case(False, tracks=(T("Night Drive", explicit=True, isrc="USAB12600001"),
                                 T("Night Drive", clean=True, isrc="USAB12600002"))),
         )),
    Rule("explicit_release", "explicit.release", _E, "all", "explicit", _explicit_release, _cases(
        Case(True, tracks=(T("A", explicit=True), T("B")), product_name="Drives (Clean)"),
        Case(False, tracks=(T("A", explicit=True), T("B")), product_name="Drives"),
    )),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def rules_for(store: str = "all") -> tuple[Rule, ...]:
    """The rules a store applies: what all stores share plus its own; ``"all"``: every rule."""
    if store == "all":
        return RULES
    return tuple(r for r in RULES if r.store in ("all", store))


def check_style(product: Product, tracks: Sequence[Track], *, product_type_name: str | None = None,
                language: str | None = None, durations: Mapping[str, float] | None = None,
                store: str = "all") -> list[Finding]:
    """Every style finding over ``product`` and ``tracks`` from the rules ``store`` applies."""
    ctx = StyleContext(product, list(tracks), product_type_name, language, dict(durations or {}))
    found: list[Finding] = []
    for rule in rules_for(store):
        found.extend(rule.check(ctx, rule))
    return found


def title_findings(obj: Product | Track, *, language: str | None = None) -> list[Finding]:
    """The findings about one product's name or one track's title alone (the editors show them beside
    the field as it is typed): the table's rules over a release holding only that object."""
    if isinstance(obj, Track):
        ctx = StyleContext(Product(), [obj], None, language)
        wanted = ("track", "title")
    else:
        ctx = StyleContext(obj, [], None, language)
        wanted = ("product", "name")
    found: list[Finding] = []
    for rule in RULES:
        found.extend(f for f in rule.check(ctx, rule) if (f.kind, f.field) == wanted)
    return sorted(found, key=lambda f: not f.blocks)


def with_store(finding: Finding, store: str) -> Finding:
    return dataclasses.replace(finding, store=store)


# Language names as the server's reference data spells them -> ISO 639-1 (for title case).
LANGUAGE_CODES: dict[str, str] = {
    "english": "en", "spanish": "es", "español": "es", "castilian": "es", "portuguese": "pt",
    "português": "pt", "brazilian portuguese": "pt", "french": "fr", "français": "fr",
}


def language_code(name: str | None) -> str | None:
    if not name:
        return None
    text = name.strip().lower()
    if text in LANGUAGE_CODES:
        return LANGUAGE_CODES[text]
    return text if text in LOWERCASE_WORDS else None
