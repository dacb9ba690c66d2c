"""LRC in, Apple TTML out and back without loss; Apple's lyrics formatting rules."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.domain.errors import UserError
from app.domain.lyrics import (
    SyncedLine,
    SyncedLyrics,
    check_lyrics,
    fix_lyrics_lines,
    parse_lrc,
    parse_ttml,
    to_lrc,
    to_ttml,
)

LRC = """\ufeff[ti:Night Drive]
[ar:Nova]
[00:00.00]
[00:12.50]City lights are calling
[00:15.05][01:15.05]We drive into the night
[00:19.123]
[00:20.00]Second verse begins
[00:23.00]
[00:24.00]
[00:30.00]Last words
[00:35.00]
"""


def test_lrc_parses_times_repeats_and_tags() -> None:
    lyrics = parse_lrc(LRC)
    assert lyrics.tags == (("ti", "Night Drive"), ("ar", "Nova"))
    assert SyncedLine(12_500, "City lights are calling") in lyrics.lines
    assert SyncedLine(19_123, "") in lyrics.lines
    assert [ln.time_ms for ln in lyrics.lines if ln.text == "We drive into the night"] == [15_050, 75_050]
    assert [ln.time_ms for ln in lyrics.lines] == sorted(ln.time_ms for ln in lyrics.lines)


def test_round_trip_lrc_ttml_lrc_is_lossless() -> None:
    lyrics = parse_lrc(LRC)
    ttml = to_ttml(lyrics, language="en")
    root = ET.fromstring(ttml.encode())  # well-formed XML
    assert root.tag == "{http://www.w3.org/ns/ttml}tt"
    back = parse_ttml(ttml)
    assert back == lyrics
    assert parse_lrc(to_lrc(back)) == lyrics
    assert to_lrc(parse_lrc(to_lrc(lyrics))) == to_lrc(lyrics)


def test_ttml_has_one_div_per_stanza_and_line_timing() -> None:
    ttml = to_ttml(parse_lrc("[00:01.00]One\n[00:02.00]Two\n[00:03.00]\n[00:04.00]Three\n"))
    root = ET.fromstring(ttml.encode())
    divs = root.findall(".//{http://www.w3.org/ns/ttml}div")
    assert [len(d) for d in divs] == [2, 1]
    first = divs[0][0]
    assert (first.get("begin"), first.get("end"), first.text) == ("00:00:01.000", "00:00:02.000", "One")
    assert divs[0][1].get("end") == "00:00:03.000"


def test_plain_text_from_synced_lines() -> None:
    assert parse_lrc(LRC).plain() == ("City lights are calling\nWe drive into the night\n\n"
                                      "Second verse begins\n\nLast words\n\nWe drive into the night")


@pytest.mark.parametrize("bad", ["[00:12.50]ok\njust words\n", "[00:75.00]bad seconds\n"])
def test_bad_lrc_names_the_line(bad: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_lrc(bad, source="song.lrc")
    assert "song.lrc" in str(caught.value) and "line" in str(caught.value)


def test_hostile_ttml_is_refused() -> None:
    with pytest.raises(UserError):
        parse_ttml('<!DOCTYPE x [<!ENTITY a "b">]><tt/>')
    with pytest.raises(UserError):
        parse_ttml("<tt><body>")


@pytest.mark.parametrize(("text", "code"), [
    ("[Chorus]\nWe drive", "lyrics.section_label"),
    ("We drive (x2)", "lyrics.repeat_marker"),
    ("We drive all night,", "lyrics.line_end"),
    ("we drive all night", "lyrics.capital"),
    ("One\n\n\nTwo", "lyrics.blank_lines"),
    ("We drive\nLyrics by Jo Smith", "lyrics.extra_text"),
])
def test_apple_lyrics_rules(text: str, code: str) -> None:
    codes = {f.code for f in check_lyrics("#1", text)}
    assert code in codes
    assert not check_lyrics("#1", "We drive all night\nInto the light!\n\nSecond verse...")


def test_fix_makes_the_lyrics_pass() -> None:
    messy = "[Chorus]\nwe drive all night,\n\n\nInto the light."
    fixed = fix_lyrics_lines(messy)
    assert fixed == "We drive all night\n\nInto the light"
    assert not check_lyrics("#1", fixed)
    finding = next(f for f in check_lyrics("#1", messy) if f.code == "lyrics.line_end")
    assert finding.fix is not None and finding.fix.edits[0].changes == {"lyrics": fixed}


def test_synced_checks() -> None:
    synced = SyncedLyrics((SyncedLine(1000, "One"), SyncedLine(400_000, "Two")))
    codes = {f.code for f in check_lyrics("#1", "One\nThree", synced, duration_s=200)}
    assert {"lyrics.timing", "lyrics.synced_mismatch"} <= codes
    [missing] = [f for f in check_lyrics("#1", None, synced, 500) if f.code == "lyrics.plain_missing"]
    assert missing.fix is not None and missing.fix.edits[0].changes == {"lyrics": "One\nTwo"}
