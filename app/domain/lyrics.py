"""Lyrics: plain text and time-synced lines, LRC in, Apple TTML out (and back), and Apple's
formatting rules (``lyrics.*`` findings). Pure and stdlib only; see docs/STYLE-RULES.md#lyrics.

A :class:`SyncedLyrics` is the lossless form: lines with their start in milliseconds, an empty line
marking a stanza break, and the LRC header tags (``ar``, ``ti`` ...). ``parse_lrc`` → ``to_ttml`` →
``parse_ttml`` → ``to_lrc`` gives back the same lines, times and tags (tests/domain/test_lyrics.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.errors import UserError
from app.domain.findings import Edit, Finding, Fix
from app.domain.messages import msg
from app.domain.problems import Problem, Severity


@dataclass(frozen=True)
class SyncedLine:
    time_ms: int
    text: str  # "" marks a stanza break


@dataclass(frozen=True)
class SyncedLyrics:
    lines: tuple[SyncedLine, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()  # LRC header tags in file order

    def plain(self) -> str:
        """The plain lyrics these lines sing: one line each, one empty line between stanzas."""
        out: list[str] = []
        for line in self.lines:
            if line.text:
                out.append(line.text)
            elif out and out[-1] != "":
                out.append("")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out)


_STAMP = re.compile(r"\[(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\]")
_TAG = re.compile(r"^\[([A-Za-z#]+):(.*)\]\s*$")


def _ms(minutes: str, seconds: str, fraction: str | None) -> int:
    frac = fraction or ""
    scale = {0: 0, 1: 100, 2: 10, 3: 1}[len(frac)]
    return (int(minutes) * 60 + int(seconds)) * 1000 + (int(frac) * scale if frac else 0)


def parse_lrc(text: str, *, source: str = "LRC") -> SyncedLyrics:
    """Lines of ``[mm:ss.xx]text`` (several stamps on a line repeat it), and ``[ar:Name]`` tags.

    A line that is neither is refused with its number, so nothing is half-imported."""
    lines: list[SyncedLine] = []
    tags: list[tuple[str, str]] = []
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        stamps = []
        rest = line
        while True:
            m = _STAMP.match(rest)
            if not m:
                break
            if int(m.group(2)) >= 60:
                raise UserError(msg("lyrics.bad_lrc", file=source, line=number, text=line[:60]))
            stamps.append(_ms(m.group(1), m.group(2), m.group(3)))
            rest = rest[m.end():]
        if stamps:
            lines.extend(SyncedLine(ms, rest.strip()) for ms in stamps)
            continue
        tag = _TAG.match(line.strip())
        if tag:
            tags.append((tag.group(1).lower(), tag.group(2).strip()))
            continue
        raise UserError(msg("lyrics.bad_lrc", file=source, line=number, text=line[:60]))
    lines.sort(key=lambda ln: ln.time_ms)  # stable: lines at one time keep their order
    return SyncedLyrics(tuple(lines), tuple(tags))


def _lrc_stamp(ms: int) -> str:
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    if millis % 10 == 0:
        return f"[{minutes:02d}:{seconds:02d}.{millis // 10:02d}]"
    return f"[{minutes:02d}:{seconds:02d}.{millis:03d}]"


def to_lrc(lyrics: SyncedLyrics) -> str:
    head = [f"[{k}:{v}]" for k, v in lyrics.tags]
    return "\n".join(head + [f"{_lrc_stamp(ln.time_ms)}{ln.text}" for ln in lyrics.lines]) + "\n"


# ------------------------------------------------------------------------------------ TTML

TT = "http://www.w3.org/ns/ttml"
TTM = "http://www.w3.org/ns/ttml#metadata"
ITUNES = "http://music.apple.com/lyric-ttml-internal"
RD = "urn:releasedesk:lyrics"  # our own namespace for LRC tags Apple's TTML has no field for
LAST_LINE_MS = 4000  # how long the last line shows when nothing follows it


def _clock(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?$|^(\d+(?:\.\d+)?)s$")


def _parse_clock(value: str | None) -> int:
    m = _CLOCK.match((value or "").strip())
    if not m:
        raise UserError(msg("lyrics.bad_ttml", reason=f"time {value!r}"))
    if m.group(5):
        return int(round(float(m.group(5)) * 1000))
    hours = int(m.group(1) or 0)
    frac = m.group(4) or ""
    millis = int(frac.ljust(3, "0")) if frac else 0
    return (hours * 3600 + int(m.group(2)) * 60 + int(m.group(3))) * 1000 + millis


def to_ttml(lyrics: SyncedLyrics, *, language: str | None = None) -> str:
    """Apple's time-synced lyrics TTML: one ``<div>`` per stanza, one ``<p begin end>`` per line.

    A stanza break between two sung lines is the boundary of two ``<div>``s (at the end of the line
    before it); any other empty line (first, last, or several in a row) is an empty ``<div>`` at its
    time, so the file reads back to the same lines."""
    ET.register_namespace("", TT)
    ET.register_namespace("ttm", TTM)
    ET.register_namespace("itunes", ITUNES)
    ET.register_namespace("rd", RD)
    root = ET.Element(f"{{{TT}}}tt", {"{http://www.w3.org/XML/1998/namespace}lang": language or "en",
                                       f"{{{ITUNES}}}timing": "Line"})
    head = ET.SubElement(root, f"{{{TT}}}head")
    meta = ET.SubElement(head, f"{{{TT}}}metadata")
    for key, value in lyrics.tags:
        ET.SubElement(meta, f"{{{RD}}}tag", {"name": key}).text = value
        if key == "ti":
            ET.SubElement(meta, f"{{{TTM}}}title").text = value
    body = ET.SubElement(root, f"{{{TT}}}body")
    lines = list(lyrics.lines)
    div: ET.Element | None = None
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        prev = lines[i - 1] if i > 0 else None
        if not line.text:
            if prev is not None and prev.text and nxt is not None and nxt.text:
                div = None  # a boundary: the next sung line opens a new stanza
            else:
                ET.SubElement(body, f"{{{TT}}}div", {"begin": _clock(line.time_ms),
                                                    "end": _clock(line.time_ms)})
                div = None
            continue
        if div is None:
            div = ET.SubElement(body, f"{{{TT}}}div")
        end = nxt.time_ms if nxt is not None else line.time_ms + LAST_LINE_MS
        ET.SubElement(div, f"{{{TT}}}p", {"begin": _clock(line.time_ms), "end": _clock(end)}).text = \
            line.text
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def parse_ttml(text: str) -> SyncedLyrics:
    """Read a TTML written by :func:`to_ttml` (or Apple's line-timed TTML) back into lines."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise UserError(msg("lyrics.bad_ttml", reason="DOCTYPE"))
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise UserError(msg("lyrics.bad_ttml", reason=str(exc))) from None
    tags = tuple((el.get("name", ""), el.text or "") for el in root.iter(f"{{{RD}}}tag"))
    lines: list[SyncedLine] = []
    last_sung_end: int | None = None
    for div in root.iter(f"{{{TT}}}div"):
        paragraphs = list(div.iter(f"{{{TT}}}p"))
        if not paragraphs:
            lines.append(SyncedLine(_parse_clock(div.get("begin")), ""))
            last_sung_end = None
            continue
        if last_sung_end is not None:  # a boundary between two stanzas of sung lines
            lines.append(SyncedLine(last_sung_end, ""))
        for p in paragraphs:
            lines.append(SyncedLine(_parse_clock(p.get("begin")), "".join(p.itertext()).strip()))
            last_sung_end = _parse_clock(p.get("end"))
    return SyncedLyrics(tuple(lines), tags)


# ------------------------------------------------------------------------------------ rules

_SECTION = re.compile(r"^\s*[\[(]?\s*(chorus|verse|hook|bridge|intro|outro|pre-chorus|refrain|coro|"
                      r"estribillo|couplet|refrão)(\s*\d+)?\s*[\])]?\s*:?\s*$", re.IGNORECASE)
_REPEAT = re.compile(r"(\(\s*(x\s*\d+|\d+\s*x|repeat[^)]*)\s*\)|\brepeat\s+x?\d+\b|\s[x×]\s*\d+\s*$)",
                     re.IGNORECASE)
_EXTRA = re.compile(r"(https?://|www\.|\blyrics by\b|\bwritten by\b|\ball rights reserved\b|©)",
                    re.IGNORECASE)


def _warning(code: str, ref: str, message_code: str, fix: Fix | None = None,
             **params: str | int) -> Finding:
    return Finding(Problem(code, Severity.WARNING, msg(message_code, track=ref, **params), "lyrics"),
                   "track", ref, fix, "apple")


def fix_lyrics_lines(text: str) -> str:
    """The fixes Apple's rules make certain: section labels removed, no period or comma at a line's
    end, each line starting with a capital, one empty line between stanzas."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if _SECTION.match(line):
            continue
        if line.endswith((",", ".")) and not line.endswith("..."):
            line = line.rstrip(",.").rstrip()
        if line[:1].islower():
            line = line[:1].upper() + line[1:]
        if not line and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def check_lyrics(ref: str, plain: str | None, synced: SyncedLyrics | None = None,
                 duration_s: float | None = None) -> list[Finding]:
    """Apple's lyrics formatting rules over one track's plain (and synced) lyrics."""
    found: list[Finding] = []
    text = plain or ""
    lines = text.splitlines()
    fixed = fix_lyrics_lines(text) if text else text
    fix = Fix(msg("fix.lyrics_format"), (Edit("track", ref, {"lyrics": fixed}),)) \
        if text and fixed != text else None

    def first(pred: object) -> tuple[int, str] | None:
        for n, line in enumerate(lines, start=1):
            if callable(pred) and pred(line):
                return n, line.strip()
        return None

    labels = first(lambda s: bool(_SECTION.match(s)) and bool(s.strip()))
    if labels:
        found.append(_warning("lyrics.section_label", ref, "lyrics.section_label", fix,
                              line=labels[0], text=labels[1]))
    repeat = first(lambda s: bool(_REPEAT.search(s)))
    if repeat:
        found.append(_warning("lyrics.repeat_marker", ref, "lyrics.repeat_marker",
                              line=repeat[0], text=repeat[1]))
    punct = first(lambda s: s.rstrip().endswith((",", ".")) and not s.rstrip().endswith("..."))
    if punct:
        found.append(_warning("lyrics.line_end", ref, "lyrics.line_end", fix,
                              line=punct[0], text=punct[1]))
    lower = first(lambda s: s.strip()[:1].islower())
    if lower:
        found.append(_warning("lyrics.capital", ref, "lyrics.capital", fix,
                              line=lower[0], text=lower[1]))
    if re.search(r"\n\s*\n\s*\n", text):
        found.append(_warning("lyrics.blank_lines", ref, "lyrics.blank_lines", fix))
    extra = first(lambda s: bool(_EXTRA.search(s)))
    if extra:
        found.append(_warning("lyrics.extra_text", ref, "lyrics.extra_text",
                              line=extra[0], text=extra[1]))
    if synced is not None and synced.lines:
        times = [ln.time_ms for ln in synced.lines]
        if duration_s and times[-1] > duration_s * 1000:
            found.append(Finding(Problem("lyrics.timing", Severity.ERROR, msg(
                "lyrics.timing.after_end", track=ref, time=_lrc_stamp(times[-1]).strip("[]"),
                seconds=int(duration_s)), "lyrics"), "track", ref, None, "apple"))
        sung = [ln.text for ln in synced.lines if ln.text]
        written = [ln.strip() for ln in lines if ln.strip()]
        if text and sung != written:
            found.append(_warning("lyrics.synced_mismatch", ref, "lyrics.synced_mismatch"))
        if not text:
            found.append(_warning("lyrics.plain_missing", ref, "lyrics.plain_missing", Fix(
                msg("fix.lyrics_from_synced"), (Edit("track", ref, {"lyrics": synced.plain()}),))))
    return found


def check_release_lyrics(refs: Sequence[tuple[str, str | None, float | None]],
                         synced: dict[str, SyncedLyrics]) -> list[Finding]:
    """``refs``: (track ref, plain lyrics, duration in seconds) per track."""
    out: list[Finding] = []
    for ref, plain, duration in refs:
        if plain or ref in synced:
            out.extend(check_lyrics(ref, plain, synced.get(ref), duration))
    return out
