"""A tolerant walk over a WAV file's chunks: what the header says, and what is really there.

libsndfile and mutagen either refuse a damaged WAV or quietly fix it up; QC needs to see the quirks
themselves: WAVE_FORMAT_EXTENSIBLE, a data chunk before ``fmt``, a size field left at 0 or 0xFFFFFFFF by a
streaming writer, a data chunk longer than the file (truncation), bytes after the data that belong to no
chunk, a missing pad byte, RIFF INFO text. Never raises on malformed content; only OSError escapes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WAVE_FORMAT_PCM = 0x0001
WAVE_FORMAT_IEEE_FLOAT = 0x0003
WAVE_FORMAT_ALAW = 0x0006
WAVE_FORMAT_MULAW = 0x0007
WAVE_FORMAT_EXTENSIBLE = 0xFFFE

FORMAT_NAMES = {
    0x0001: "PCM",
    0x0002: "MS ADPCM",
    0x0003: "IEEE float",
    0x0006: "A-law",
    0x0007: "mu-law",
    0x0011: "IMA ADPCM",
    0x0031: "GSM 6.10",
    0x0050: "MPEG",
    0x0055: "MP3",
    0x2000: "AC-3",
}

# The walk visits every chunk header (a file may bury ``fmt `` after thousands of junk chunks) but keeps
# only the first few in ``WavLayout.chunks``: a hostile file of millions of empty chunks costs time in
# proportion to its size, never memory.
KEPT_CHUNKS = 4096
UNKNOWN_SIZES = (0, 0xFFFFFFFF)


@dataclass
class Chunk:
    id: str
    offset: int  # where the chunk's payload starts
    size: int  # the size the header declares
    available: int  # payload bytes actually present in the file


@dataclass
class WavFmt:
    format_tag: int
    channels: int
    sample_rate: int
    byte_rate: int
    block_align: int
    bits_per_sample: int
    extensible: bool = False
    valid_bits: int | None = None
    channel_mask: int | None = None
    sub_format: int | None = None  # the real format tag inside WAVE_FORMAT_EXTENSIBLE
    chunk_size: int = 16

    @property
    def codec(self) -> int:
        return self.sub_format if self.extensible and self.sub_format is not None else self.format_tag

    @property
    def codec_name(self) -> str:
        return FORMAT_NAMES.get(self.codec, f"format 0x{self.codec:04X}")

    @property
    def bit_depth(self) -> int:
        return self.valid_bits or self.bits_per_sample


@dataclass
class WavLayout:
    container: str  # "RIFF", "RIFX" (big-endian) or "RF64"/"BW64"
    file_size: int
    riff_size: int
    chunks: list[Chunk] = field(default_factory=list)
    fmt: WavFmt | None = None
    data: Chunk | None = None
    data_size: int | None = None  # declared data bytes (from ds64 for RF64), None when unknown
    fmt_after_data: bool = False
    missing_pad: bool = False
    junk_offset: int | None = None  # where bytes start that belong to no chunk
    info: dict[str, str] = field(default_factory=dict)  # RIFF LIST/INFO text, by four-letter id

    @property
    def junk_bytes(self) -> int:
        return 0 if self.junk_offset is None else self.file_size - self.junk_offset

    @property
    def data_available(self) -> int:
        return self.data.available if self.data else 0

    @property
    def truncated(self) -> bool:
        return self.data_size is not None and self.data_available < self.data_size


def _is_chunk_id(raw: bytes) -> bool:
    return len(raw) == 4 and all(0x20 <= b <= 0x7E for b in raw)


def _decode_text(raw: bytes) -> str:
    raw = raw.split(b"\x00", 1)[0]
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding).strip()
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1").strip()


def _parse_fmt(payload: bytes, endian: str, size: int) -> WavFmt | None:
    if len(payload) < 14:
        return None
    tag, channels, rate, byte_rate, align = struct.unpack(endian + "HHIIH", payload[:14])
    bits = struct.unpack(endian + "H", payload[14:16])[0] if len(payload) >= 16 else 0
    fmt = WavFmt(tag, channels, rate, byte_rate, align, bits, chunk_size=size)
    if tag == WAVE_FORMAT_EXTENSIBLE:
        fmt.extensible = True
        if len(payload) >= 40:
            valid, mask = struct.unpack(endian + "HI", payload[18:24])
            fmt.valid_bits = valid or None
            fmt.channel_mask = mask
            fmt.sub_format = struct.unpack(endian + "H", payload[24:26])[0]
    return fmt


def _parse_info(payload: bytes, endian: str) -> dict[str, str]:
    info: dict[str, str] = {}
    pos = 4  # after the "INFO" list type
    while pos + 8 <= len(payload):
        cid = payload[pos : pos + 4]
        size = struct.unpack(endian + "I", payload[pos + 4 : pos + 8])[0]
        if not _is_chunk_id(cid):
            break
        text = _decode_text(payload[pos + 8 : pos + 8 + size])
        if text:
            info[cid.decode("ascii")] = text
        pos += 8 + size + (size & 1)
    return info


def parse_wav(path: Path, start: int = 0) -> WavLayout | None:
    """The chunk layout of the WAV at ``path`` (``start``: bytes to skip, e.g. a leading ID3 tag).

    None when the file is not RIFF/RIFX/RF64 WAVE at all.
    """
    with open(path, "rb") as fh:
        file_size = fh.seek(0, 2)
        fh.seek(start)
        head = fh.read(12)
        if len(head) < 12 or head[8:12] != b"WAVE" or head[:4] not in (b"RIFF", b"RIFX", b"RF64", b"BW64"):
            return None
        container = head[:4].decode("ascii")
        endian = ">" if container == "RIFX" else "<"
        riff_size = struct.unpack(endian + "I", head[4:8])[0]
        layout = WavLayout(container=container, file_size=file_size, riff_size=riff_size)
        ds64_data_size: int | None = None
        pos = start + 12
        while True:
            if pos + 8 > file_size:
                if pos < file_size:
                    layout.junk_offset = pos
                break
            fh.seek(pos)
            header = fh.read(8)
            cid_raw = header[:4]
            if not _is_chunk_id(cid_raw):
                if cid_raw.strip(b"\x00") == b"":
                    # zero padding at the end (some editors round files up to a sector): harmless
                    fh.seek(pos)
                    rest = fh.read(min(file_size - pos, 1 << 16))
                    if rest.strip(b"\x00") == b"" and file_size - pos <= 1 << 16:
                        break
                layout.junk_offset = pos
                break
            cid = cid_raw.decode("ascii")
            size = struct.unpack(endian + "I", header[4:8])[0]
            payload_at = pos + 8
            if cid == "data":
                if container in ("RF64", "BW64") and ds64_data_size is not None and size == 0xFFFFFFFF:
                    size = ds64_data_size
                    layout.data_size = size
                elif size in UNKNOWN_SIZES:
                    # a streaming writer could not go back to fill in the length: the data runs to the end
                    layout.data_size = None
                    size = file_size - payload_at
                else:
                    layout.data_size = size
            available = max(0, min(size, file_size - payload_at))
            chunk = Chunk(cid, payload_at, size, available)
            if len(layout.chunks) < KEPT_CHUNKS:
                layout.chunks.append(chunk)
            if cid == "fmt " and layout.fmt is None:
                fmt = _parse_fmt(fh.read(min(size, 256)), endian, size)
                layout.fmt = fmt
                if layout.data is not None:
                    layout.fmt_after_data = True
            elif cid == "ds64" and size >= 16:
                ds = fh.read(28)
                if len(ds) >= 16:
                    ds64_data_size = struct.unpack("<Q", ds[8:16])[0]
            elif cid == "data" and layout.data is None:
                layout.data = chunk
            elif cid == "LIST" and 4 <= size <= (1 << 20):
                payload = fh.read(size)
                if payload[:4] == b"INFO":
                    layout.info.update(_parse_info(payload, endian))
            next_pos = payload_at + size
            if size & 1:
                fh.seek(next_pos)
                peek = fh.read(5)
                if len(peek) >= 4 and not _is_chunk_id(peek[1:5]) and _is_chunk_id(peek[:4]):
                    layout.missing_pad = True  # the writer forgot the pad byte after an odd-sized chunk
                else:
                    next_pos += 1
            if available < size:
                break
            pos = next_pos
    return layout


# ------------------------------------------------------------------------------------------------ FLAC


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _flac_frame_header(buf: bytes, at: int, fixed_block: int) -> tuple[int, int] | None:
    """(first sample, block size) of a valid FLAC frame header at ``buf[at]``, else None."""
    if at + 6 > len(buf) or buf[at] != 0xFF or buf[at + 1] not in (0xF8, 0xF9):
        return None
    variable = buf[at + 1] == 0xF9
    bs_code, sr_code = buf[at + 2] >> 4, buf[at + 2] & 0x0F
    if bs_code == 0 or sr_code == 0x0F or (buf[at + 3] >> 4) > 10 or buf[at + 3] & 0x01:
        return None
    pos = at + 4
    first = buf[pos]
    if first < 0x80:
        value, extra = first, 0
    elif 0xC0 <= first < 0xFE:
        extra = 1 if first < 0xE0 else 2 if first < 0xF0 else 3 if first < 0xF8 else 4 if first < 0xFC else 5
        if first == 0xFE:
            extra = 6
        value = first & (0x3F >> extra)
    else:
        return None
    if pos + 1 + extra > len(buf):
        return None
    for i in range(1, extra + 1):
        cont = buf[pos + i]
        if cont & 0xC0 != 0x80:
            return None
        value = (value << 6) | (cont & 0x3F)
    pos += 1 + extra
    if bs_code == 1:
        block = 192
    elif bs_code <= 5:
        block = 576 << (bs_code - 2)
    elif bs_code == 6:
        if pos + 1 > len(buf):
            return None
        block = buf[pos] + 1
        pos += 1
    elif bs_code == 7:
        if pos + 2 > len(buf):
            return None
        block = struct.unpack(">H", buf[pos : pos + 2])[0] + 1
        pos += 2
    else:
        block = 256 << (bs_code - 8)
    if sr_code == 12:
        pos += 1
    elif sr_code in (13, 14):
        pos += 2
    if pos >= len(buf) or _crc8(buf[at:pos]) != buf[pos]:
        return None
    start = value if variable else value * fixed_block
    return start, block


def flac_total_from_last_frame(path: Path, fixed_block: int, near: int) -> int | None:
    """Samples in a FLAC whose STREAMINFO doesn't say (streaming encoders), from its last frame header.

    ``near``: samples already decoded; a header whose end lands far from it is a false sync in the
    compressed data and is ignored.
    """
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        span = min(size, 1 << 20)
        fh.seek(size - span)
        buf = fh.read(span)
    at = len(buf)
    while True:
        at = buf.rfind(b"\xff", 0, at)
        if at < 0:
            return None
        found = _flac_frame_header(buf, at, fixed_block)
        if found is not None:
            start, block = found
            total = start + block
            if near <= total <= near + (1 << 20):
                return total


# -------------------------------------------------------------------------------------- PCM WAV reading


class WavPcmReader:
    """Reads the PCM frames of a WAV from the layout we walked ourselves, in the same shape and scaling
    libsndfile gives (``int16``, left-justified ``int32`` or float), so odd chunk orders, unknown sizes
    and truncated files decode exactly as far as their bytes go. ``last_raw`` holds the bytes of the last
    read, so a caller can hash 16/24-bit little-endian PCM without repacking it.
    """

    def __init__(self, path: Path, layout: WavLayout) -> None:
        fmt = layout.fmt
        if fmt is None or layout.data is None or fmt.channels <= 0:
            raise ValueError("no format or data chunk")
        self.codec = fmt.codec
        if self.codec not in (WAVE_FORMAT_PCM, WAVE_FORMAT_IEEE_FLOAT):
            raise ValueError(f"not PCM ({fmt.codec_name})")
        self.channels = fmt.channels
        self.samplerate = fmt.sample_rate
        self.width = (fmt.bits_per_sample + 7) // 8
        float_ok = self.codec != WAVE_FORMAT_IEEE_FLOAT or self.width in (4, 8)
        if self.width not in (1, 2, 3, 4) and not (self.width == 8 and self.codec == WAVE_FORMAT_IEEE_FLOAT):
            raise ValueError(f"unsupported sample size {fmt.bits_per_sample}")
        if not float_ok:
            raise ValueError(f"unsupported sample size {fmt.bits_per_sample}")
        self.frame_bytes = self.width * self.channels
        self.big_endian = layout.container == "RIFX"
        data = layout.data
        usable = data.available if layout.data_size is None else min(data.available, layout.data_size)
        self.frames = usable // self.frame_bytes
        self._left = self.frames
        self._fh = open(path, "rb")  # noqa: SIM115 - closed by close()/__exit__
        self._fh.seek(data.offset)
        self.last_raw = b""

    def __enter__(self) -> WavPcmReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._fh.close()

    def seek(self, frame: int) -> int:
        raise OSError("seeking is not needed for WAV")

    @property
    def raw_is_flac_pcm(self) -> bool:
        """True when the file's bytes are already the samples as FLAC's MD5 wants them (LE, signed)."""
        return not self.big_endian and self.codec == WAVE_FORMAT_PCM and self.width in (2, 3)

    def read(self, frames: int, dtype: str, always_2d: bool = True, out: Any = None) -> Any:
        import numpy as np

        n = min(frames, self._left)
        raw = self._fh.read(n * self.frame_bytes)
        n = len(raw) // self.frame_bytes
        raw = raw[: n * self.frame_bytes]
        self._left -= n
        self.last_raw = raw
        e = ">" if self.big_endian else "<"
        w = self.width
        if self.codec == WAVE_FORMAT_IEEE_FLOAT:
            samples = np.frombuffer(raw, dtype=f"{e}f{w}")
        elif w == 1:
            samples = (np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128) << 8
        elif w == 2:
            samples = np.frombuffer(raw, dtype=f"{e}i2")
        elif w == 3:
            b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.uint32)
            lo, mid, hi = (b[:, 0], b[:, 1], b[:, 2]) if e == "<" else (b[:, 2], b[:, 1], b[:, 0])
            samples = ((lo << 8) | (mid << 16) | (hi << 24)).view(np.int32)
        elif w == 4:
            samples = np.frombuffer(raw, dtype=f"{e}i4")
        else:
            raise ValueError("64-bit integer PCM")
        samples = samples.reshape(n, self.channels)
        if dtype == "int16" and samples.dtype != np.int16:
            samples = (samples.astype(np.int32) >> 16).astype(np.int16) if w > 2 else samples.astype(np.int16)
        elif dtype == "int32" and samples.dtype.kind == "i" and samples.itemsize < 4:
            samples = samples.astype(np.int32) << (8 * (4 - samples.itemsize))
        elif dtype.startswith("float") and samples.dtype.kind == "i":
            samples = samples.astype(np.float64) / float(1 << (8 * samples.itemsize - 1))
        if out is not None and n:
            out[:n] = samples
            return out[:n]
        return np.ascontiguousarray(samples, dtype=dtype)
