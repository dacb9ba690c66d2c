"""What an MP4 / MOV / M4V file holds, read from its boxes alone — no decoder, nothing to bundle.

ISO base media files (MP4, M4V, M4A, 3GP) and QuickTime movies are trees of boxes (``size``, ``type``,
payload). :func:`read_movie` walks the top level (every box, however many, without reading ``mdat``),
reads ``moov`` into memory (small: a few kB to a few MB even for hours of video), and from each track's
sample table works out what a decoder would: codec, size, frame rate, duration, sound format, and where
every sample lies in the file. A sample table pointing past the end of the file is a truncated copy;
a box whose size runs past its parent is a broken file. For H.264 the sequence parameter set is parsed
(the real coded size, profile and whether it is interlaced); for ProRes the first frame's header.

The parser never raises on malformed content: what it cannot make sense of becomes a :class:`Damage`
entry; only OSError escapes. Memory: ``moov`` (refused over :data:`MAX_MOOV` bytes) and the sample
tables as numpy arrays, whatever the size of the media data. See ``docs/MEDIA.md``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np

MAX_MOOV = 256 * 1024 * 1024  # a two-hour film's moov is ~10 MB; beyond this the file is not sane
MAX_TOP_BOXES = 1_000_000
MAX_MOOF = 16 * 1024 * 1024  # one fragment's header  # a fragmented file has two boxes per fragment
PAYLOAD_CHECK_SAMPLES = 2_000_000

# Boxes whose payload is only other boxes (what the walk descends into).
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf", b"mvex", b"udta", b"tref"}

CODEC_NAMES = {
    "avc1": "H.264", "avc3": "H.264", "hvc1": "HEVC", "hev1": "HEVC", "dvh1": "HEVC (Dolby Vision)",
    "dvhe": "HEVC (Dolby Vision)", "apch": "ProRes 422 HQ", "apcn": "ProRes 422", "apcs": "ProRes 422 LT",
    "apco": "ProRes 422 Proxy", "ap4h": "ProRes 4444", "ap4x": "ProRes 4444 XQ", "AVdn": "DNxHD",
    "AVdh": "DNxHR", "mp4v": "MPEG-4 Part 2", "jpeg": "Motion JPEG", "mjpa": "Motion JPEG",
    "mjpb": "Motion JPEG", "av01": "AV1", "vp09": "VP9", "vp08": "VP8", "s263": "H.263", "h263": "H.263",
    "mp4a": "AAC", "lpcm": "PCM", "sowt": "PCM", "twos": "PCM", "in24": "PCM", "in32": "PCM", "fl32": "PCM",
    "fl64": "PCM", "ipcm": "PCM", "fpcm": "PCM", "raw ": "PCM", "alac": "ALAC", "ac-3": "AC-3",
    "ec-3": "E-AC-3", "Opus": "Opus", "fLaC": "FLAC", ".mp3": "MP3", "samr": "AMR",
}
PCM_FOURCCS = frozenset({"lpcm", "sowt", "twos", "in24", "in32", "fl32", "fl64", "ipcm", "fpcm", "raw "})
PRORES_FOURCCS = frozenset({"apch", "apcn", "apcs", "apco", "ap4h", "ap4x"})
AVC_FOURCCS = frozenset({"avc1", "avc3"})
HEVC_FOURCCS = frozenset({"hvc1", "hev1", "dvh1", "dvhe"})
_AAC_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350)


@dataclass(frozen=True)
class Damage:
    """One structural fault: ``kind`` is "truncated" (data promised past the end of the file), "box"
    (a box that cannot be what it says), "table" (a sample table that contradicts itself) or "payload"
    (a sample whose bytes are not what its codec's framing says)."""

    kind: str
    detail: str
    missing_bytes: int = 0


@dataclass
class Track:
    track_id: int = 0
    handler: str = ""  # "vide", "soun", "text", "tmcd", ...
    fourcc: str = ""
    timescale: int = 0
    duration: int = 0  # media duration in timescale units
    width: int = 0  # from the sample entry (coded size of the pictures)
    height: int = 0
    display_width: float = 0.0  # from tkhd (after pixel aspect and transforms)
    display_height: float = 0.0
    pixel_aspect: tuple[int, int] | None = None  # pasp box
    fields: int | None = None  # fiel box: 1 progressive, 2 interlaced
    interlaced: bool | None = None  # from the codec's own header (H.264 SPS, ProRes frame)
    profile: str | None = None
    bit_depth: int | None = None
    chroma: str | None = None
    coded_width: int | None = None  # from the H.264 SPS (after cropping)
    coded_height: int | None = None
    channels: int = 0
    sample_rate: float = 0.0
    sample_bits: int = 0
    nal_length_size: int = 4
    sample_count: int = 0
    sample_deltas: list[tuple[int, int]] = field(default_factory=list)  # stts (count, delta)
    sizes: np.ndarray | None = None  # per sample bytes (None when they are all ``fixed_size``)
    fixed_size: int = 0
    chunk_offsets: np.ndarray | None = None
    chunk_samples: np.ndarray | None = None  # samples in each chunk
    sample_offsets: np.ndarray | None = None  # filled by locate(): byte offset of each sample
    has_tables: bool = False

    @property
    def codec(self) -> str:
        return CODEC_NAMES.get(self.fourcc, self.fourcc.strip() or "unknown")

    @property
    def duration_s(self) -> float:
        return self.duration / self.timescale if self.timescale else 0.0

    def _regular(self) -> tuple[int, int, int]:
        """(samples, their total duration) of the frames whose duration is within 1 % of the most
        common one (29.97 fps in a 1/1000 timescale alternates 33 and 34), and the count of the rest."""
        runs = [(count, delta) for count, delta in self.sample_deltas if count and delta]
        if not runs:
            return 0, 0, 0
        totals: dict[int, int] = {}
        for count, delta in runs:
            totals[delta] = totals.get(delta, 0) + count
        dominant = max(totals, key=lambda d: totals[d])
        slack = 1 + dominant // 100
        regular = [(c, d) for d, c in totals.items() if abs(d - dominant) <= slack]
        n = sum(c for c, _d in regular)
        return n, sum(c * d for c, d in regular), sum(totals.values()) - n

    @property
    def frame_rate(self) -> float | None:
        """Frames per second from the usual frame duration (a muxer often gives the last frame whatever
        time is left, so the plain average is off); None when unknown."""
        if not self.timescale:
            return None
        n, total, _odd = self._regular()
        if n and total:
            return n * self.timescale / total
        if self.sample_count and self.duration:
            return self.sample_count * self.timescale / self.duration
        return None

    @property
    def variable_rate(self) -> bool:
        """Frames of more than one duration (one odd frame, the last, is normal)."""
        return self._regular()[2] > 1


@dataclass
class Movie:
    brand: str | None = None  # major brand of ftyp, None for a QuickTime file without one
    compatible: tuple[str, ...] = ()
    file_size: int = 0
    timescale: int = 0
    duration: int = 0  # mvhd, in its timescale
    tracks: list[Track] = field(default_factory=list)
    fragmented: bool = False
    has_moov: bool = False
    mdat_bytes: int = 0
    damage: list[Damage] = field(default_factory=list)
    top_boxes: list[str] = field(default_factory=list)  # the first few top-level box types

    @property
    def duration_s(self) -> float:
        if self.timescale and self.duration:
            return self.duration / self.timescale
        return max((t.duration_s for t in self.tracks), default=0.0)

    def first(self, handler: str) -> Track | None:
        return next((t for t in self.tracks if t.handler == handler), None)

    def of(self, handler: str) -> list[Track]:
        return [t for t in self.tracks if t.handler == handler]


# --------------------------------------------------------------------------- the walk


def _box_header(fh: BinaryIO, at: int, end: int) -> tuple[bytes, int, int] | None:
    """(type, header length, total size) of the box at ``at``; None when no header fits before ``end``.
    A size of 0 means "to the end"; the caller checks the size against the space it has."""
    fh.seek(at)
    raw = fh.read(16)
    if len(raw) < 8 or at + 8 > end:
        return None
    size, kind = struct.unpack(">I4s", raw[:8])
    header = 8
    if size == 1:
        if len(raw) < 16:
            return None
        size = struct.unpack(">Q", raw[8:16])[0]
        header = 16
    elif size == 0:
        size = end - at
    return kind, header, size


def _printable(kind: bytes) -> bool:
    return all(32 <= b < 127 or b == 0xA9 for b in kind)


def read_movie(path: Path) -> Movie:
    """Everything the boxes say about ``path``. Raises OSError only."""
    with open(path, "rb") as fh:
        return read_movie_from(fh)


def read_movie_from(fh: BinaryIO) -> Movie:
    size = fh.seek(0, 2)
    movie = Movie(file_size=size)
    at = 0
    moov: tuple[int, int] | None = None
    moofs: list[tuple[int, bytes]] = []
    boxes = 0
    while at < size:
        boxes += 1
        if boxes > MAX_TOP_BOXES:
            movie.damage.append(Damage("box", "too many top-level boxes"))
            break
        header = _box_header(fh, at, size)
        if header is None:
            # fewer than 8 bytes left: not a box; a copy cut there or junk appended
            movie.damage.append(Damage("box", f"{size - at} stray bytes at the end"))
            break
        kind, hlen, box_size = header
        if box_size < hlen or not _printable(kind):
            movie.damage.append(Damage("box", f"a broken box header at byte {at}"))
            break
        name = kind.decode("latin-1")
        if len(movie.top_boxes) < 64:
            movie.top_boxes.append(name)
        if at + box_size > size:
            movie.damage.append(Damage("truncated", f"the '{name}' box is cut short",
                                       at + box_size - size))
        if kind == b"ftyp" and movie.brand is None:
            fh.seek(at + hlen)
            payload = fh.read(min(box_size - hlen, 256))
            if len(payload) >= 4:
                movie.brand = payload[:4].decode("latin-1")
                movie.compatible = tuple(payload[i:i + 4].decode("latin-1")
                                         for i in range(8, len(payload) - 3, 4))
        elif kind == b"moov" and moov is None:
            moov = (at + hlen, min(at + box_size, size))
        elif kind == b"mdat":
            movie.mdat_bytes += min(at + box_size, size) - at - hlen
        elif kind == b"moof":
            movie.fragmented = True
            if box_size <= MAX_MOOF:
                fh.seek(at + hlen)
                moofs.append((at, fh.read(min(at + box_size, size) - at - hlen)))
        at += box_size
    if moov is None:
        return movie
    start, end = moov
    if end - start > MAX_MOOV:
        movie.damage.append(Damage("box", "a movie header larger than any real file's"))
        return movie
    fh.seek(start)
    data = fh.read(end - start)
    movie.has_moov = True
    _parse_moov(data, movie)
    for track in movie.tracks:
        _locate(track, movie)
    if moofs:
        _fragments(moofs, movie, _trex_defaults(data, movie))
    return movie


def _children(data: bytes, start: int, end: int, movie: Movie, where: str) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box in ``data[start:end]``."""
    out: list[tuple[bytes, int, int]] = []
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, at)
        header = 8
        if size == 1:
            if at + 16 > end:
                movie.damage.append(Damage("box", f"a broken box in '{where}'"))
                break
            size = struct.unpack_from(">Q", data, at + 8)[0]
            header = 16
        elif size == 0:
            size = end - at
        if size < header or at + size > end:
            if size == 0 or kind == b"\x00\x00\x00\x00":
                break  # QuickTime pads some containers with a zero terminator
            movie.damage.append(Damage("box", f"the '{kind.decode('latin-1')}' box runs past '{where}'"))
            break
        out.append((kind, at + header, at + size))
        at += size
    return out


def _parse_moov(data: bytes, movie: Movie) -> None:
    for kind, start, end in _children(data, 0, len(data), movie, "moov"):
        if kind == b"mvhd":
            _parse_mvhd(data, start, end, movie)
        elif kind == b"trak":
            track = Track()
            _parse_container(data, start, end, track, movie, "trak")
            movie.tracks.append(track)
        elif kind == b"mvex":
            movie.fragmented = True


def _parse_mvhd(data: bytes, start: int, end: int, movie: Movie) -> None:
    if end - start < 20:
        movie.damage.append(Damage("box", "a short 'mvhd' box"))
        return
    version = data[start]
    if version == 1 and end - start >= 32:
        movie.timescale, movie.duration = struct.unpack_from(">IQ", data, start + 20)
    else:
        movie.timescale, movie.duration = struct.unpack_from(">II", data, start + 12)


def _parse_container(data: bytes, start: int, end: int, track: Track, movie: Movie, where: str) -> None:
    for kind, s, e in _children(data, start, end, movie, where):
        if kind in _CONTAINERS:
            _parse_container(data, s, e, track, movie, kind.decode("latin-1"))
        elif kind == b"tkhd" and e - s >= 84:
            version = data[s]
            track.track_id = struct.unpack_from(">I", data, s + (20 if version == 1 else 12))[0]
            w, h = struct.unpack_from(">II", data, e - 8)
            track.display_width, track.display_height = w / 65536, h / 65536
        elif kind == b"mdhd" and e - s >= 20:
            if data[s] == 1 and e - s >= 32:
                track.timescale, track.duration = struct.unpack_from(">IQ", data, s + 20)
            else:
                track.timescale, track.duration = struct.unpack_from(">II", data, s + 12)
        elif kind == b"hdlr" and e - s >= 12 and where == "mdia":  # minf's hdlr names a data handler
            track.handler = data[s + 8:s + 12].decode("latin-1")
        elif kind == b"stsd":
            _parse_stsd(data, s, e, track, movie)
        elif kind == b"stts":
            _parse_stts(data, s, e, track, movie)
        elif kind == b"stsz":
            _parse_stsz(data, s, e, track, movie)
        elif kind == b"stz2":
            _parse_stz2(data, s, e, track, movie)
        elif kind in (b"stco", b"co64"):
            _parse_chunk_offsets(data, s, e, track, movie, kind == b"co64")
        elif kind == b"stsc":
            _parse_stsc(data, s, e, track, movie)


def _count(data: bytes, s: int, e: int, entry: int, movie: Movie, name: str) -> int | None:
    """The entry count of a full box with fixed-size entries, when its payload holds that many."""
    if e - s < 8:
        movie.damage.append(Damage("table", f"a short '{name}' table"))
        return None
    n = struct.unpack_from(">I", data, s + 4)[0]
    if n * entry > e - s - 8:
        movie.damage.append(Damage("table", f"the '{name}' table promises {n} entries but holds fewer"))
        return None
    return int(n)


def _parse_stts(data: bytes, s: int, e: int, track: Track, movie: Movie) -> None:
    n = _count(data, s, e, 8, movie, "stts")
    if n is None:
        return
    table = np.frombuffer(data, dtype=">u4", count=n * 2, offset=s + 8).reshape(n, 2)
    # run-length form keeps its size small; merge equal neighbours
    runs: list[tuple[int, int]] = []
    for count, delta in table.tolist():
        if runs and runs[-1][1] == delta:
            runs[-1] = (runs[-1][0] + count, delta)
        else:
            runs.append((count, delta))
    track.sample_deltas = runs


def _parse_stsz(data: bytes, s: int, e: int, track: Track, movie: Movie) -> None:
    if e - s < 12:
        movie.damage.append(Damage("table", "a short 'stsz' table"))
        return
    fixed, n = struct.unpack_from(">II", data, s + 4)
    if fixed:
        track.fixed_size = int(fixed)  # PCM sound: millions of samples, never expanded into a table
    else:
        if n * 4 > e - s - 12:
            movie.damage.append(Damage("table", f"the 'stsz' table promises {n} entries but holds fewer"))
            return
        track.sizes = np.frombuffer(data, dtype=">u4", count=n, offset=s + 12).astype(np.int64)
    track.sample_count = int(n)


def _parse_stz2(data: bytes, s: int, e: int, track: Track, movie: Movie) -> None:
    if e - s < 12:
        return
    bits = data[s + 7]
    n = struct.unpack_from(">I", data, s + 8)[0]
    raw = data[s + 12:e]
    if bits == 16 and len(raw) >= 2 * n:
        track.sizes = np.frombuffer(raw, dtype=">u2", count=n).astype(np.int64)
    elif bits == 8 and len(raw) >= n:
        track.sizes = np.frombuffer(raw, dtype=np.uint8, count=n).astype(np.int64)
    elif bits == 4 and len(raw) >= (n + 1) // 2:
        packed = np.frombuffer(raw, dtype=np.uint8, count=(n + 1) // 2)
        track.sizes = np.stack([packed >> 4, packed & 15], axis=1).reshape(-1)[:n].astype(np.int64)
    else:
        movie.damage.append(Damage("table", "a broken 'stz2' table"))
        return
    track.sample_count = int(n)


def _parse_chunk_offsets(data: bytes, s: int, e: int, track: Track, movie: Movie, wide: bool) -> None:
    n = _count(data, s, e, 8 if wide else 4, movie, "co64" if wide else "stco")
    if n is None:
        return
    track.chunk_offsets = np.frombuffer(data, dtype=">u8" if wide else ">u4", count=n,
                                        offset=s + 8).astype(np.int64)


def _parse_stsc(data: bytes, s: int, e: int, track: Track, movie: Movie) -> None:
    n = _count(data, s, e, 12, movie, "stsc")
    if n is None:
        return
    table = np.frombuffer(data, dtype=">u4", count=n * 3, offset=s + 8).reshape(n, 3).astype(np.int64)
    track.chunk_samples = table[:, :2].copy()  # (first chunk, samples per chunk); expanded in _locate


def _parse_stsd(data: bytes, s: int, e: int, track: Track, movie: Movie) -> None:
    if e - s < 16:
        movie.damage.append(Damage("table", "a short 'stsd' box"))
        return
    entries = _children(data, s + 8, e, movie, "stsd")
    if not entries:
        return
    kind, es, ee = entries[0]  # the first description describes the track
    track.fourcc = kind.decode("latin-1")
    if track.handler == "vide" and ee - es >= 70:
        track.width, track.height = struct.unpack_from(">HH", data, es + 24)
        for child, cs, ce in _children(data, es + 78, ee, movie, track.fourcc):
            if child == b"avcC":
                _parse_avcc(data[cs:ce], track)
            elif child == b"hvcC" and ce - cs >= 23:
                profile = data[cs + 1] & 0x1F
                track.profile = {1: "Main", 2: "Main 10", 3: "Main Still Picture",
                                 4: "Range Extensions"}.get(profile, f"profile {profile}")
                track.bit_depth = (data[cs + 20] & 0x07) + 8
                track.chroma = {0: "4:0:0", 1: "4:2:0", 2: "4:2:2", 3: "4:4:4"}.get(data[cs + 16] & 0x03)
                track.nal_length_size = (data[cs + 21] & 0x03) + 1
            elif child == b"pasp" and ce - cs >= 8:
                h, v = struct.unpack_from(">II", data, cs)
                track.pixel_aspect = (h, v)
            elif child == b"fiel" and ce - cs >= 1:
                track.fields = data[cs]
    elif track.handler == "soun" and ee - es >= 28:
        version = struct.unpack_from(">H", data, es + 8)[0]
        channels, bits = struct.unpack_from(">HH", data, es + 16)
        rate = struct.unpack_from(">I", data, es + 24)[0] / 65536
        children_at = es + 28
        if version == 1:
            children_at += 16
        elif version == 2 and ee - es >= 64:
            rate = struct.unpack_from(">d", data, es + 32)[0]
            channels = struct.unpack_from(">I", data, es + 40)[0]
            bits = struct.unpack_from(">I", data, es + 48)[0]
            children_at = es + 64
        bits = {"in24": 24, "in32": 32, "fl32": 32, "fl64": 64}.get(track.fourcc, bits)
        track.channels, track.sample_bits, track.sample_rate = channels, bits, rate
        if track.fourcc in ("mp4a",):
            _audio_config(data, children_at, ee, track, movie)


def _audio_config(data: bytes, start: int, end: int, track: Track, movie: Movie) -> None:
    """The AAC AudioSpecificConfig in ``esds`` (directly or in QuickTime's ``wave``): the real rate and
    channel layout (a sample entry may say 2 channels / 48 kHz for anything)."""
    for kind, s, e in _children(data, start, end, movie, track.fourcc):
        if kind == b"wave":
            _audio_config(data, s, e, track, movie)
        elif kind == b"esds":
            config = _esds_config(data[s + 4:e])
            if config is not None and len(config) >= 2:
                bits = int.from_bytes(config[:4].ljust(4, b"\x00"), "big")
                index = (bits >> 23) & 0x0F
                if index == 0x0F:
                    rate = (bits >> 3) & 0xFFFFFF if len(config) >= 5 else 0
                    layout = (int.from_bytes(config[:5], "big") >> 3) & 0x0F if len(config) >= 5 else 0
                else:
                    rate = _AAC_RATES[index] if index < len(_AAC_RATES) else 0
                    layout = (bits >> 19) & 0x0F
                if rate:
                    track.sample_rate = float(rate)
                if layout:
                    track.channels = {7: 8, 11: 7, 12: 8, 13: 24, 14: 8}.get(layout, layout)


def _esds_config(payload: bytes) -> bytes | None:
    """The DecoderSpecificInfo (tag 5) bytes in an ES descriptor."""
    at = 0
    while at < len(payload):
        tag = payload[at]
        at += 1
        length = 0
        for _ in range(4):
            if at >= len(payload):
                return None
            byte = payload[at]
            at += 1
            length = (length << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        if tag == 0x03:  # ES_Descriptor: id(2) flags(1) [+ optional fields], then children
            if at + 3 > len(payload):
                return None
            flags = payload[at + 2]
            at += 3
            if flags & 0x80:
                at += 2
            if flags & 0x40 and at < len(payload):
                at += 1 + payload[at]
            if flags & 0x20:
                at += 2
            continue
        if tag == 0x04:  # DecoderConfigDescriptor: 13 bytes, then DecoderSpecificInfo
            at += 13
            continue
        if tag == 0x05:
            return payload[at:at + length]
        at += length
    return None


# --------------------------------------------------------------------------- fragmented files


def _trex_defaults(moov: bytes, movie: Movie) -> dict[int, tuple[int, int]]:
    """(default sample duration, default sample size) per track id, from ``mvex/trex``."""
    out: dict[int, tuple[int, int]] = {}
    for kind, s, e in _children(moov, 0, len(moov), movie, "moov"):
        if kind != b"mvex":
            continue
        for child, cs, ce in _children(moov, s, e, movie, "mvex"):
            if child == b"trex" and ce - cs >= 24:
                track_id, _desc, duration, size = struct.unpack_from(">IIII", moov, cs + 4)
                out[track_id] = (duration, size)
    return out


def _fragments(moofs: list[tuple[int, bytes]], movie: Movie, defaults: dict[int, tuple[int, int]]) -> None:
    """Sample counts and durations of a fragmented file, from each ``moof``'s track runs; a run whose
    data lies past the end of the file is truncation."""
    by_id = {t.track_id: t for t in movie.tracks}
    counts: dict[int, int] = {}
    durations: dict[int, int] = {}
    deltas: dict[int, dict[int, int]] = {}
    missing = 0
    for moof_at, payload in moofs:
        for kind, s, e in _children(payload, 0, len(payload), movie, "moof"):
            if kind != b"traf":
                continue
            track_id, base, default_duration, default_size = 0, moof_at, 0, 0
            for child, cs, ce in _children(payload, s, e, movie, "traf"):
                if child == b"tfhd" and ce - cs >= 8:
                    flags = int.from_bytes(payload[cs + 1:cs + 4], "big")
                    track_id = struct.unpack_from(">I", payload, cs + 4)[0]
                    default_duration, default_size = defaults.get(track_id, (0, 0))
                    at = cs + 8
                    if flags & 0x01 and at + 8 <= ce:
                        base = struct.unpack_from(">Q", payload, at)[0]
                        at += 8
                    if flags & 0x02:
                        at += 4
                    if flags & 0x08 and at + 4 <= ce:
                        default_duration = struct.unpack_from(">I", payload, at)[0]
                        at += 4
                    if flags & 0x10 and at + 4 <= ce:
                        default_size = struct.unpack_from(">I", payload, at)[0]
                elif child == b"trun" and ce - cs >= 8:
                    flags = int.from_bytes(payload[cs + 1:cs + 4], "big")
                    n = struct.unpack_from(">I", payload, cs + 4)[0]
                    at = cs + 8
                    offset = 0
                    if flags & 0x01:
                        offset = struct.unpack_from(">i", payload, at)[0]
                        at += 4
                    if flags & 0x04:
                        at += 4
                    fields = [bit for bit in (0x100, 0x200, 0x400, 0x800) if flags & bit]
                    width = 4 * len(fields)
                    if at + n * width > ce:
                        movie.damage.append(Damage("table", "a track run longer than its fragment"))
                        continue
                    table = np.frombuffer(payload, dtype=">u4", count=n * len(fields), offset=at) \
                        .reshape(n, len(fields)) if fields else np.zeros((n, 0), dtype=np.uint32)
                    col = {bit: i for i, bit in enumerate(fields)}
                    runs = deltas.setdefault(track_id, {})
                    if 0x100 in col:
                        values, times = np.unique(table[:, col[0x100]], return_counts=True)
                        for value, times_seen in zip(values.tolist(), times.tolist(), strict=True):
                            runs[value] = runs.get(value, 0) + times_seen
                    elif n:
                        runs[default_duration] = runs.get(default_duration, 0) + n
                    duration = int(table[:, col[0x100]].sum()) if 0x100 in col else n * default_duration
                    size = int(table[:, col[0x200]].sum()) if 0x200 in col else n * default_size
                    counts[track_id] = counts.get(track_id, 0) + n
                    durations[track_id] = durations.get(track_id, 0) + duration
                    end = base + offset + size
                    if end > movie.file_size:
                        missing += min(size, end - movie.file_size)
    for track_id, count in counts.items():
        track = by_id.get(track_id)
        if track is not None:
            track.sample_count += count
            track.duration = max(track.duration, durations.get(track_id, 0))
            track.sample_deltas = [(times, delta) for delta, times in deltas.get(track_id, {}).items()]
    if missing:
        movie.damage.append(Damage("truncated", "fragments run past the end of the file", missing))


# --------------------------------------------------------------------------- codec headers


class _Bits:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def u(self, n: int) -> int:
        value = 0
        for _ in range(n):
            byte = self.pos >> 3
            if byte >= len(self.data):
                raise ValueError("past the end")
            value = (value << 1) | ((self.data[byte] >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return value

    def ue(self) -> int:
        zeros = 0
        while self.u(1) == 0:
            zeros += 1
            if zeros > 31:
                raise ValueError("bad exp-Golomb code")
        return (1 << zeros) - 1 + self.u(zeros)

    def se(self) -> int:
        k = self.ue()
        return (k + 1) // 2 if k & 1 else -(k // 2)


def unescape_nal(nal: bytes) -> bytes:
    """A NAL unit's payload without its emulation-prevention bytes (00 00 03 → 00 00)."""
    return nal.replace(b"\x00\x00\x03", b"\x00\x00") if b"\x00\x00\x03" in nal else nal


_AVC_PROFILES = {66: "Baseline", 77: "Main", 88: "Extended", 100: "High", 110: "High 10", 122: "High 4:2:2",
                 244: "High 4:4:4 Predictive", 44: "CAVLC 4:4:4"}
_HIGH_PROFILES = {100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135}


@dataclass(frozen=True)
class AvcSps:
    profile: str
    level: float
    width: int
    height: int
    frame_mbs_only: bool
    chroma: str
    bit_depth: int


def parse_avc_sps(nal: bytes) -> AvcSps | None:
    """The picture size, profile and frame/field coding of an H.264 sequence parameter set NAL unit."""
    try:
        bits = _Bits(unescape_nal(nal[1:]))
        profile_idc = bits.u(8)
        bits.u(8)
        level_idc = bits.u(8)
        bits.ue()
        chroma_format = 1
        depth = 8
        if profile_idc in _HIGH_PROFILES:
            chroma_format = bits.ue()
            if chroma_format == 3:
                bits.u(1)
            depth = bits.ue() + 8
            bits.ue()
            bits.u(1)
            if bits.u(1):
                for i in range(8 if chroma_format != 3 else 12):
                    if bits.u(1):
                        last, nxt = 8, 8
                        for _ in range(16 if i < 6 else 64):
                            if nxt:
                                nxt = (last + bits.se() + 256) % 256
                            last = nxt or last
        bits.ue()  # log2_max_frame_num
        poc_type = bits.ue()
        if poc_type == 0:
            bits.ue()
        elif poc_type == 1:
            bits.u(1)
            bits.se()
            bits.se()
            for _ in range(bits.ue()):
                bits.se()
        bits.ue()  # max_num_ref_frames
        bits.u(1)
        width_mbs = bits.ue() + 1
        height_units = bits.ue() + 1
        frame_mbs_only = bool(bits.u(1))
        if not frame_mbs_only:
            bits.u(1)
        bits.u(1)
        crop = (bits.ue(), bits.ue(), bits.ue(), bits.ue()) if bits.u(1) else (0, 0, 0, 0)
    except ValueError:
        return None
    sub_w, sub_h = {0: (1, 1), 1: (2, 2), 2: (2, 1), 3: (1, 1)}.get(chroma_format, (2, 2))
    unit_x = 1 if chroma_format == 0 else sub_w
    unit_y = (2 - frame_mbs_only) * (1 if chroma_format == 0 else sub_h)
    width = width_mbs * 16 - unit_x * (crop[0] + crop[1])
    height = (2 - frame_mbs_only) * height_units * 16 - unit_y * (crop[2] + crop[3])
    chroma = {0: "4:0:0", 1: "4:2:0", 2: "4:2:2", 3: "4:4:4"}.get(chroma_format, "?")
    return AvcSps(_AVC_PROFILES.get(profile_idc, f"profile {profile_idc}"), level_idc / 10, width, height,
                  frame_mbs_only, chroma, depth)


def _parse_avcc(config: bytes, track: Track) -> None:
    if len(config) < 8:
        return
    track.nal_length_size = (config[4] & 0x03) + 1
    count = config[5] & 0x1F
    at = 6
    if count < 1 or at + 2 > len(config):
        return
    length = int.from_bytes(config[at:at + 2], "big")
    sps = parse_avc_sps(config[at + 2:at + 2 + length])
    if sps is None:
        return
    track.profile = sps.profile
    track.coded_width, track.coded_height = sps.width, sps.height
    track.interlaced = not sps.frame_mbs_only
    track.chroma = sps.chroma
    track.bit_depth = sps.bit_depth


def parse_prores_frame(head: bytes) -> tuple[int, int, bool] | None:
    """(width, height, interlaced) from the first bytes of a ProRes frame (``size``, ``icpf``, header)."""
    if len(head) < 21 or head[4:8] != b"icpf":
        return None
    width, height = struct.unpack_from(">HH", head, 16)
    interlace_mode = (head[20] >> 2) & 0x03
    return width, height, interlace_mode != 0


# --------------------------------------------------------------------------- where the samples are


def _locate(track: Track, movie: Movie) -> None:
    """Where each chunk of samples ends, checked against the file (a truncated copy), and each video
    frame's byte offset (for the framing check). Works per chunk, so memory follows the size of the
    tables in ``moov`` — not a count a header claims (a PCM track of 24 million samples of one fixed
    size costs nothing; a hostile count of 4 billion neither). Damage when the tables contradict each
    other or point past the end of the file."""
    sizes, offsets, stsc = track.sizes, track.chunk_offsets, track.chunk_samples
    if (sizes is None and not track.fixed_size) or offsets is None or stsc is None:
        if not movie.fragmented and track.handler in ("vide", "soun"):
            movie.damage.append(Damage("table", f"the {track.handler} track has no complete sample table"))
        return
    track.has_tables = True
    n_chunks = len(offsets)
    listed = len(sizes) if sizes is not None else track.sample_count
    if len(stsc) == 0 or n_chunks == 0:
        if listed:
            movie.damage.append(Damage("table", "samples but no chunks to find them in"))
        return
    firsts = stsc[:, 0]
    if firsts[0] != 1 or np.any(np.diff(firsts) <= 0) or firsts[-1] > n_chunks:
        movie.damage.append(Damage("table", "a sample-to-chunk table out of order"))
        return
    runs = np.diff(np.append(firsts, n_chunks + 1))
    per_chunk = np.repeat(stsc[:, 1], runs)  # one entry per chunk
    total = int(per_chunk.sum())
    if total != listed:
        movie.damage.append(Damage("table", f"the chunks hold {total} samples but the size table lists "
                                            f"{listed}"))
        if total > listed:
            return
    stts_total = sum(count for count, _delta in track.sample_deltas)
    if track.sample_deltas and stts_total != listed:
        movie.damage.append(Damage("table", f"{stts_total} sample durations for {listed} samples"))
    first_sample = np.concatenate(([0], np.cumsum(per_chunk)[:-1]))
    if sizes is None:
        chunk_bytes = per_chunk * track.fixed_size
    else:
        cumsizes = np.concatenate(([0], np.cumsum(sizes[:total])))
        chunk_bytes = cumsizes[first_sample + per_chunk] - cumsizes[first_sample]
        if track.handler == "vide":  # frames: as many as the table in moov lists, never more
            chunk_base = np.repeat(offsets - cumsizes[first_sample], per_chunk)
            track.sample_offsets = chunk_base + cumsizes[:total]
    ends = offsets + chunk_bytes
    past = ends > movie.file_size
    if past.any():
        missing = int(np.minimum(chunk_bytes, ends - movie.file_size)[past].sum())
        movie.damage.append(Damage("truncated", f"{int(past.sum())} chunks of {track.handler} samples lie "
                                                f"past the end of the file", missing))


def check_payload(fh: BinaryIO, track: Track, movie: Movie, limit: int = PAYLOAD_CHECK_SAMPLES) -> None:
    """Reads the framing at the start of each video sample (a ProRes frame's size and ``icpf``, the
    NAL unit lengths of H.264/HEVC, which must add up to the sample's size exactly): bytes overwritten
    or shifted in the media data show up without decoding a picture. Damage is added to ``movie``."""
    if track.sample_offsets is None or track.sizes is None:
        return
    offsets = track.sample_offsets.tolist()[:limit]
    sizes = track.sizes.tolist()[:limit]
    size = movie.file_size
    bad = 0
    first_bad: int | None = None
    prores = track.fourcc in PRORES_FOURCCS
    nal = track.fourcc in AVC_FOURCCS or track.fourcc in HEVC_FOURCCS
    if not (prores or nal):
        return
    width = track.nal_length_size
    for index, (offset, length) in enumerate(zip(offsets, sizes, strict=False)):
        if offset + length > size:
            continue  # counted as truncation already
        fh.seek(offset)
        if prores:
            head = fh.read(8)
            ok = len(head) == 8 and head[4:8] == b"icpf" and int.from_bytes(head[:4], "big") <= length
        else:
            at, ok = 0, True
            while at < length:
                if at + width > length:
                    ok = False
                    break
                fh.seek(offset + at)
                raw = fh.read(width)
                if len(raw) < width:
                    ok = False
                    break
                at += width + int.from_bytes(raw, "big")
            ok = ok and at == length
        if not ok:
            bad += 1
            if first_bad is None:
                first_bad = index
    if bad:
        movie.damage.append(Damage("payload", f"{bad} video frames are damaged (the first is frame "
                                              f"{(first_bad or 0) + 1})"))


def read_first_sample(fh: BinaryIO, track: Track, n: int = 64) -> bytes:
    if track.sample_offsets is None or not len(track.sample_offsets):
        return b""
    fh.seek(int(track.sample_offsets[0]))
    return fh.read(n)


def handler_kinds(path: Path) -> tuple[set[str], bool]:
    """The handler types of the tracks in ``path`` and whether a ``moov`` was found, reading only
    the boxes (for telling a music video from an M4A)."""
    movie = read_movie(path)
    return {t.handler for t in movie.tracks}, movie.has_moov
