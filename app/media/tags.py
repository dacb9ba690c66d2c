"""Tags for import: what a master's metadata says about the track and the release.

Sources, in order of trust: Vorbis comments (FLAC, Ogg), ID3 (an ``id3 `` chunk in WAV, MP3, AIFF, or a tag
glued in front of a FLAC), MP4 atoms, and RIFF LIST/INFO text in WAV. The first source that has a value
wins, field by field. :func:`read_tags` never raises for a bad or foreign file: it returns empty tags.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.codes import isrc_problem, normalize_isrc

log = logging.getLogger(__name__)


@dataclass
class AudioTags:
    title: str | None = None
    artists: list[str] = field(default_factory=list)
    album: str | None = None
    album_artists: list[str] = field(default_factory=list)
    track_number: int | None = None
    track_total: int | None = None
    disc_number: int | None = None
    disc_total: int | None = None
    isrc: str | None = None
    barcode: str | None = None
    copyright: str | None = None
    date: str | None = None
    year: int | None = None
    explicit: bool | None = None
    composers: list[str] = field(default_factory=list)
    lyricists: list[str] = field(default_factory=list)
    producers: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    iswc: str | None = None
    genre: str | None = None
    label: str | None = None
    lyrics: str | None = None  # plain (unsynchronised) lyrics

    def is_empty(self) -> bool:
        return self == AudioTags()


# One list of candidate keys per field, per tag family (upper-case; first present wins).
_VORBIS: dict[str, tuple[str, ...]] = {
    "title": ("TITLE",),
    "artists": ("ARTISTS", "ARTIST", "PERFORMER"),
    "album": ("ALBUM",),
    "album_artists": ("ALBUMARTISTS", "ALBUMARTIST", "ALBUM ARTIST", "ALBUM_ARTIST"),
    "track": ("TRACKNUMBER", "TRACK"),
    "track_total": ("TRACKTOTAL", "TOTALTRACKS"),
    "disc": ("DISCNUMBER", "DISC"),
    "disc_total": ("DISCTOTAL", "TOTALDISCS"),
    "isrc": ("ISRC",),
    "barcode": ("BARCODE", "UPC", "EAN", "UPC_EAN"),
    "copyright": ("COPYRIGHT",),
    "date": ("DATE", "ORIGINALDATE", "YEAR", "RELEASEDATE"),
    "explicit": ("ITUNESADVISORY", "EXPLICIT", "RATING", "CONTENTRATING", "ADVISORY"),
    "composers": ("COMPOSER",),
    "lyricists": ("LYRICIST", "WRITER"),
    "producers": ("PRODUCER",),
    "publishers": ("PUBLISHER",),
    "iswc": ("ISWC",),
    "genre": ("GENRE",),
    "label": ("LABEL", "ORGANIZATION", "PUBLISHER", "RECORDLABEL"),
    "lyrics": ("LYRICS", "UNSYNCEDLYRICS", "UNSYNCED LYRICS"),
}

_ID3: dict[str, tuple[str, ...]] = {
    "title": ("TIT2",),
    "artists": ("TXXX:ARTISTS", "TPE1"),
    "album": ("TALB",),
    "album_artists": ("TPE2", "TXXX:ALBUMARTIST", "TXXX:ALBUM ARTIST"),
    "track": ("TRCK",),
    "track_total": ("TXXX:TRACKTOTAL", "TXXX:TOTALTRACKS"),
    "disc": ("TPOS",),
    "disc_total": ("TXXX:DISCTOTAL", "TXXX:TOTALDISCS"),
    "isrc": ("TSRC", "TXXX:ISRC"),
    "barcode": ("TXXX:BARCODE", "TXXX:UPC", "TXXX:EAN", "TXXX:CATALOGNUMBER"),
    "copyright": ("TCOP",),
    "date": ("TDRC", "TDRL", "TDOR", "TYER"),
    "explicit": ("TXXX:ITUNESADVISORY", "TXXX:EXPLICIT", "TXXX:RATING"),
    "composers": ("TCOM",),
    "lyricists": ("TEXT", "TXXX:LYRICIST"),
    "producers": ("TXXX:PRODUCER",),
    "publishers": ("TXXX:PUBLISHER",),
    "iswc": ("TXXX:ISWC",),
    "genre": ("TCON",),
    "label": ("TPUB", "TXXX:LABEL", "TXXX:ORGANIZATION"),
    "lyrics": ("USLT", "TXXX:LYRICS"),
}

_MP4: dict[str, tuple[str, ...]] = {
    "title": ("©nam",),
    "artists": ("----:com.apple.iTunes:ARTISTS", "©ART"),
    "album": ("©alb",),
    "album_artists": ("aART",),
    "track": ("trkn",),
    "disc": ("disk",),
    "isrc": ("----:com.apple.iTunes:ISRC",),
    "barcode": ("----:com.apple.iTunes:BARCODE", "----:com.apple.iTunes:UPC"),
    "copyright": ("cprt",),
    "date": ("©day",),
    "explicit": ("rtng",),
    "composers": ("©wrt",),
    "lyricists": ("----:com.apple.iTunes:LYRICIST",),
    "producers": ("----:com.apple.iTunes:PRODUCER",),
    "publishers": ("----:com.apple.iTunes:PUBLISHER",),
    "iswc": ("----:com.apple.iTunes:ISWC",),
    "genre": ("©gen",),
    "label": ("----:com.apple.iTunes:LABEL",),
    "lyrics": ("©lyr",),
}

# RIFF INFO ids (Microsoft's list plus the ones common tools write).
_INFO: dict[str, tuple[str, ...]] = {
    "title": ("INAM", "TITL"),
    "artists": ("IART",),
    "album": ("IPRD", "IALB"),
    "album_artists": ("IAAR",),
    "track": ("ITRK", "IPRT", "TRCK"),
    "isrc": ("ISRC",),  # officially "source"; kept only when it really is an ISRC
    "copyright": ("ICOP",),
    "date": ("ICRD", "IYER"),
    "composers": ("IMUS", "ICOM", "IWRI"),
    "genre": ("IGNR", "GENR"),
    "label": ("IPUB", "ICMS"),
}

_SPLIT = re.compile(r"\s*;\s*|\x00")
_NUMBER = re.compile(r"^\s*(\d+)\s*(?:/\s*(\d+))?")


def _texts(value: Any) -> list[str]:
    """Every text a tag value holds, flattened (mutagen gives lists, frames, tuples, bytes...)."""
    out: list[str] = []
    if value is None:
        return out
    if hasattr(value, "text") and not isinstance(value, str):  # ID3 text frame
        return _texts(list(value.text))
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = value.decode("latin-1")
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        # MP4 trkn/disk: (number, total)
        number, total = value
        return [f"{number}/{total}" if total else str(number)] if number else []
    if isinstance(value, list | tuple):
        for item in value:
            out.extend(_texts(item))
        return out
    text = str(value).strip()
    return [text] if text else []


def _split_names(values: Iterable[str]) -> list[str]:
    names: list[str] = []
    for value in values:
        for part in _SPLIT.split(value):
            part = part.strip()
            if part and part not in names:
                names.append(part)
    return names


def _parse_number(text: str | None) -> tuple[int | None, int | None]:
    if not text:
        return None, None
    match = _NUMBER.match(text)
    if not match:
        return None, None
    number = int(match.group(1)) or None
    total = int(match.group(2)) if match.group(2) else None
    return number, total or None


def _parse_explicit(texts: list[str]) -> bool | None:
    for text in texts:
        value = text.strip().lower()
        if value in ("1", "4", "explicit", "yes", "true", "e", "x"):
            return True
        if value in ("0", "2", "clean", "no", "false", "none", "c", "not explicit"):
            return False
    return None


def _normalize_barcode(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"[\s-]", "", text)
    return digits if digits.isdigit() else text.strip()


class _Source:
    """One tag family: a lookup from a field name to the texts stored under the first matching key."""

    def __init__(self, keys: dict[str, tuple[str, ...]], get: Callable[[str], Any]) -> None:
        self._keys = keys
        self._get = get

    def texts(self, name: str) -> list[str]:
        for key in self._keys.get(name, ()):
            try:
                texts = _texts(self._get(key))
            except (KeyError, ValueError, TypeError):
                continue
            if texts:
                return texts
        return []


def _vorbis_source(tags: Any) -> _Source:
    upper: dict[str, list[str]] = {}
    for key, value in tags:
        upper.setdefault(str(key).upper(), []).append(value)
    return _Source(_VORBIS, lambda key: upper.get(key))


def _id3_source(id3: Any) -> _Source:
    def get(key: str) -> Any:
        if key.startswith("TXXX:"):
            wanted = key[5:].upper()
            for frame in id3.getall("TXXX"):
                if str(frame.desc).upper() == wanted:
                    return frame
            return None
        frames = id3.getall(key)
        if key == "USLT":  # its .text is one string, not a list of texts
            return [str(f.text) for f in frames]
        if key == "TDRC" and frames:
            return [str(t) for f in frames for t in f.text]
        return frames

    return _Source(_ID3, get)


def _mp4_source(tags: Any) -> _Source:
    def get(key: str) -> Any:
        value = tags.get(key)
        if key == "rtng" and value:
            return ["1" if value[0] in (1, 4) else "0"]
        return value

    return _Source(_MP4, get)


def _info_source(info: dict[str, str]) -> _Source:
    return _Source(_INFO, lambda key: info.get(key))


def _sources(path: Path) -> list[_Source]:
    import mutagen
    from mutagen.id3 import ID3

    from app.media.riff import parse_wav
    from app.media.sniff import sniff

    sniffed = sniff(path)
    if sniffed.kind != "audio":
        return []
    sources: list[_Source] = []
    audio = mutagen.File(path)
    tags = getattr(audio, "tags", None)
    if tags is not None:
        kind = type(tags).__name__
        if isinstance(tags, ID3):
            sources.append(_id3_source(tags))
        elif "VComment" in kind or "Vorbis" in kind or hasattr(tags, "vendor"):
            sources.append(_vorbis_source(tags))
        elif "MP4" in kind:
            sources.append(_mp4_source(tags))
    if sniffed.format == "flac" and sniffed.id3_prefix:
        try:
            sources.append(_id3_source(ID3(path)))  # type: ignore[no-untyped-call]
        except Exception:  # noqa: BLE001 - a broken leading tag only loses its fields
            log.debug("unreadable ID3 tag before FLAC data in %s", path, exc_info=True)
    if sniffed.format in ("wav", "rf64"):
        layout = parse_wav(path)
        if layout is not None and layout.info:
            sources.append(_info_source(layout.info))
    return sources


def read_tags(path: Path) -> AudioTags:
    """The tags of the audio file at ``path``; empty tags for a file without any or that can't be read."""
    try:
        sources = _sources(Path(path))
    except Exception:  # noqa: BLE001 - never raise for a bad file: import falls back to file names
        log.info("could not read tags from %s", path, exc_info=True)
        return AudioTags()
    return _merge(sources)


def _merge(sources: list[_Source]) -> AudioTags:
    def first(name: str) -> list[str]:
        for source in sources:
            texts = source.texts(name)
            if texts:
                return texts
        return []

    def one(name: str) -> str | None:
        texts = first(name)
        return texts[0] if texts else None

    tags = AudioTags()
    tags.title = one("title")
    tags.artists = _split_names(first("artists"))
    tags.album = one("album")
    tags.album_artists = _split_names(first("album_artists"))
    tags.track_number, tags.track_total = _parse_number(one("track"))
    if tags.track_total is None:
        tags.track_total = _parse_number(one("track_total"))[0]
    tags.disc_number, tags.disc_total = _parse_number(one("disc"))
    if tags.disc_total is None:
        tags.disc_total = _parse_number(one("disc_total"))[0]
    for candidate in first("isrc"):
        if isrc_problem(candidate) is None:
            tags.isrc = normalize_isrc(candidate)
            break
    tags.barcode = _normalize_barcode(one("barcode"))
    tags.copyright = one("copyright")
    tags.date = one("date")
    if tags.date:
        match = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", tags.date)
        tags.year = int(match.group(1)) if match else None
    tags.explicit = _parse_explicit(first("explicit"))
    tags.composers = _split_names(first("composers"))
    tags.lyricists = _split_names(first("lyricists"))
    tags.producers = _split_names(first("producers"))
    tags.publishers = _split_names(first("publishers"))
    tags.iswc = one("iswc")
    tags.genre = one("genre")
    tags.label = one("label")
    tags.lyrics = one("lyrics")
    return tags
